// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

class QJsonObject;
class QJsonValue;

namespace entente {

class EventStore;

// Reads a timeline in Entente's readable JSON form ("format": "entente-timeline"), such as the
// bundled article timeline, into a store. All or nothing: on the first problem it throws an
// Error naming the file, the line and the field, and the store is left as it was.
class SeedLoader final
{
    Q_DECLARE_TR_FUNCTIONS(entente::SeedLoader)

public:
    static constexpr auto BundledTimeline = ":/entente/seed/article-timeline.json";

    static void loadFile(EventStore &store, const QString &path);
    static void loadData(EventStore &store, const QByteArray &json, const QString &fileName);
    static void loadBundled(EventStore &store);

private:
    SeedLoader(EventStore &store, const QByteArray &json, const QString &fileName);
    void load();
    void loadActors(const QJsonValue &actors);
    void loadEvents(const QJsonValue &events);
    void loadEvent(const QJsonObject &object, const QString &where);
    Event readEventFields(const QJsonObject &object, const QString &where);
    PartialDate readDate(const QJsonObject &object, const char *field, const QString &where) const;
    QList<EventActor> readEventActors(const QJsonObject &object, const QString &where);
    // Adds the event's sources to the store (they need ids before the event is added).
    QList<qint64> addEventSources(const QJsonObject &object, const QString &where);
    void loadRelations(const QJsonValue &relations);
    void loadEras(const QJsonValue &eras);

    [[noreturn]] void fail(const QString &where, const QString &problem) const;
    int lineOf(const QString &needle) const;
    QString where(const QString &what, int index, const QString &key) const;

    EventStore &m_store;
    const QByteArray &m_json;
    QString m_fileName;
    QHash<QString, QJsonObject> m_documents;
    QHash<QString, qint64> m_actorIds;
    QHash<QString, qint64> m_eventIds;
};

} // namespace entente
