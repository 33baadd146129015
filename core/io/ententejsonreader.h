// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinecontent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

class QJsonArray;
class QJsonValue;

namespace entente {

// What EntenteJson::read does: checks every field's type and value as it takes it, and
// throws an Error naming the file, the line, the element and the field on the first problem.
// The JSON parser gives no positions for values, so a line is found again in the text, by
// counting the elements of the array (only when there is something to report).
class EntenteJsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(entente::EntenteJsonReader)

public:
    EntenteJsonReader(const QByteArray &json, const QString &fileName);
    TimelineContent read();

private:
    // Where the value being read is: the element `index` of the top-level array `section`, or
    // (index < 0) the first place `label` is quoted.
    struct Place
    {
        QString section;
        int index = -1;
        QString label;
    };

    QJsonObject parse() const;
    void readVersion(const QJsonObject &root);
    void readCategories(const QJsonArray &list);
    void readRelationTypes(const QJsonArray &list);
    void readEras(const QJsonArray &list);
    void readActors(const QJsonArray &list);
    void readAffiliations(const QJsonArray &list);
    void readSources(const QJsonArray &list);
    void readDocuments(const QJsonObject &documents);
    void readEvents(const QJsonArray &list);
    Event readEvent(const QJsonObject &object);
    QList<EventActor> readEventActors(const QJsonObject &object);
    QList<qint64> readEventSources(const QJsonObject &object);
    qint64 addCitation(const QJsonObject &citation);
    Attributes readAttributes(const QJsonObject &object);
    void readRelations(const QJsonArray &list);
    void readSavedViews(const QJsonArray &list);
    QJsonObject withActorIds(const QJsonObject &view);
    qint64 eventPlaceholder(const QJsonObject &object, const QString &field);
    // Issue 15's sections (version 2, optional).
    void readRoles(const QJsonArray &list);
    void readGroups(const QJsonArray &list);
    void readAgreements(const QJsonArray &list);
    void readProvisionUids(const QJsonArray &list);
    void readProvisions(const QJsonArray &list);
    Provision::Deadline readDeadline(const QJsonObject &object);
    void readProvisionLinks(const QJsonArray &list);
    void readAssessments(const QJsonArray &list);
    qint64 provisionId(const QJsonObject &object, const QString &field) const;
    qint64 sourceId(const QJsonObject &object, const QString &field);
    qint64 sourceOf(const QJsonValue &value, const QString &field);
    QList<qint64> actorIds(const QJsonObject &object, const QString &field) const;
    template <typename Enum>
    Enum named(const QJsonObject &object, const QString &field,
               bool (*fromName)(const QString &, Enum *), QString (*nameOf)(Enum), int count) const;

    QJsonArray array(const QJsonObject &root, const QString &section);
    QJsonObject element(const QJsonArray &list, int index, const QString &section,
                        const QString &keyField);
    QString string(const QJsonObject &object, const QString &field) const;
    QString required(const QJsonObject &object, const QString &field) const;
    bool boolean(const QJsonObject &object, const QString &field) const;
    int integer(const QJsonObject &object, const QString &field, int fallback) const;
    QJsonArray list(const QJsonObject &object, const QString &field) const;
    QStringList strings(const QJsonObject &object, const QString &field) const;
    PartialDate date(const QJsonObject &object, const QString &field) const;
    template <typename Value>
    void validate(const Value &value) const;

    [[noreturn]] void fail(const QString &field, const QString &problem) const;
    int lineOf(const QString &field) const;
    qsizetype elementOffset() const;
    QString describePlace(const QString &field) const;

    const QByteArray &m_json;
    QString m_fileName;
    int m_version = 0;
    Place m_place;
    TimelineContent m_content;
    QHash<QString, qint64> m_actorKeys;
    QHash<QString, qint64> m_sourceKeys;
    QHash<QString, QJsonObject> m_documents; // version 1
    QHash<QString, qsizetype> m_eventUids;
    QSet<QString> m_relationTypes;
    QSet<QString> m_savedViewNames;         // case-folded
    QHash<QString, qint64> m_provisionUids; // → the id the content gives the provision
    qsizetype m_provisionCount = 0;
};

} // namespace entente
