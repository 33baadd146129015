// SPDX-License-Identifier: GPL-3.0-or-later
#include "ententejson.h"

#include "ententejsonreader.h"
#include "jsonwriter.h"

#include <QBuffer>
#include <QHash>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

constexpr qsizetype MaxKeyLength = 40;

// Writes the content in the order a reader needs it: what events name comes before them.
class ContentWriter
{
public:
    ContentWriter(const TimelineContent &content, QIODevice *device)
        : m_content(content), m_json(device)
    {}

    void write()
    {
        makeKeys();
        m_json.beginObject();
        m_json.field(QStringLiteral("format"), QString::fromLatin1(EntenteJson::Format));
        m_json.field(QStringLiteral("version"), EntenteJson::Version);
        m_json.field(QStringLiteral("title"), m_content.title);
        writeCategories();
        writeRelationTypes();
        writeEras();
        writeActors();
        writeSources();
        writeEvents();
        writeRelations();
        writeSavedViews();
        writeAgreementSections();
        m_json.endObject();
        m_json.flush();
    }

private:
    void makeKeys()
    {
        for (qsizetype i = 0; i < m_content.provisions.size(); ++i) {
            m_provisionIndexes.insert(m_content.provisions.at(i).id, i);
        }
        QSet<QString> used;
        for (const Actor &actor : m_content.actors) {
            m_actorKeys.insert(actor.id,
                               EntenteJson::uniqueKey(actor.name, QStringLiteral("actor"), &used));
        }
        used.clear();
        for (const Source &source : m_content.sources) {
            const QString name = source.outlet.isEmpty() ? source.title : source.outlet;
            m_sourceKeys.insert(source.id,
                                EntenteJson::uniqueKey(name, QStringLiteral("source"), &used));
        }
    }

    void writeCategories()
    {
        m_json.key(QStringLiteral("categories")).beginArray();
        for (const Category &category : m_content.categories) {
            m_json.beginObject();
            m_json.field(QStringLiteral("name"), category.name);
            m_json.field(QStringLiteral("color"), category.color);
            m_json.endObject();
        }
        m_json.endArray();
    }

    void writeRelationTypes()
    {
        m_json.key(QStringLiteral("relationTypes")).beginArray();
        for (const RelationType &type : m_content.relationTypes) {
            m_json.beginObject();
            m_json.field(QStringLiteral("name"), type.name);
            m_json.field(QStringLiteral("label"), type.label);
            m_json.field(QStringLiteral("color"), type.color);
            m_json.endObject();
        }
        m_json.endArray();
    }

    void writeEras()
    {
        m_json.key(QStringLiteral("eras")).beginArray();
        for (const Era &era : m_content.eras) {
            m_json.beginObject();
            m_json.field(QStringLiteral("name"), era.name);
            m_json.stringOrNull(QStringLiteral("start"), era.start.toEdtf());
            m_json.stringOrNull(QStringLiteral("end"), era.end.toEdtf());
            m_json.field(QStringLiteral("color"), era.color);
            m_json.endObject();
        }
        m_json.endArray();
    }

    void writeActors()
    {
        m_json.key(QStringLiteral("actors")).beginArray();
        for (const Actor &actor : m_content.actors) {
            m_json.beginObject();
            m_json.field(QStringLiteral("key"), m_actorKeys.value(actor.id));
            m_json.field(QStringLiteral("name"), actor.name);
            m_json.field(QStringLiteral("shortName"), actor.shortName);
            m_json.field(QStringLiteral("type"), Actor::typeName(actor.type));
            m_json.stringOrNull(QStringLiteral("affiliation"),
                                m_actorKeys.value(actor.affiliationId));
            m_json.field(QStringLiteral("color"), actor.color);
            m_json.field(QStringLiteral("aliases"), actor.aliases);
            m_json.endObject();
        }
        m_json.endArray();
    }

    void writeSources()
    {
        m_json.key(QStringLiteral("sources")).beginArray();
        for (const Source &source : m_content.sources) {
            m_json.beginObject();
            m_json.field(QStringLiteral("key"), m_sourceKeys.value(source.id));
            m_json.field(QStringLiteral("outlet"), source.outlet);
            m_json.field(QStringLiteral("title"), source.title);
            m_json.field(QStringLiteral("url"), source.url);
            m_json.stringOrNull(QStringLiteral("published"), source.published.toEdtf());
            m_json.field(QStringLiteral("quote"), source.quote);
            m_json.endObject();
        }
        m_json.endArray();
    }

    void writeEvents()
    {
        m_json.key(QStringLiteral("events")).beginArray();
        for (const Event &event : m_content.events) {
            writeEvent(event);
        }
        m_json.endArray();
    }

    void writeEvent(const Event &event)
    {
        m_json.beginObject();
        m_json.field(QStringLiteral("uid"), event.uid);
        m_json.field(QStringLiteral("title"), event.title);
        m_json.field(QStringLiteral("description"), event.description);
        m_json.field(QStringLiteral("kind"), Event::kindName(event.kind));
        m_json.stringOrNull(QStringLiteral("start"), event.start.toEdtf());
        m_json.stringOrNull(QStringLiteral("end"), event.end.toEdtf());
        m_json.field(QStringLiteral("ongoing"), event.ongoing);
        m_json.field(QStringLiteral("category"), event.category);
        m_json.field(QStringLiteral("importance"), event.importance);
        m_json.field(QStringLiteral("location"), event.location);
        m_json.field(QStringLiteral("tags"), event.tags);
        m_json.key(QStringLiteral("actors")).beginArray();
        for (const EventActor &actor : event.actors) {
            m_json.beginObject();
            m_json.field(QStringLiteral("actor"), m_actorKeys.value(actor.actorId));
            m_json.field(QStringLiteral("role"), actor.role);
            m_json.endObject();
        }
        m_json.endArray();
        m_json.key(QStringLiteral("sources")).beginArray();
        for (qint64 source : event.sourceIds) {
            m_json.value(m_sourceKeys.value(source));
        }
        m_json.endArray();
        m_json.key(QStringLiteral("attributes")).beginObject();
        for (const auto &[key, value] : event.attributes) {
            m_json.field(key, value);
        }
        m_json.endObject();
        m_json.endObject();
    }

    void writeRelations()
    {
        m_json.key(QStringLiteral("relations")).beginArray();
        for (const Relation &relation : m_content.relations) {
            m_json.beginObject();
            writeEventReference(QStringLiteral("from"), relation.fromEventId);
            writeEventReference(QStringLiteral("to"), relation.toEventId);
            m_json.field(QStringLiteral("type"), relation.type);
            m_json.field(QStringLiteral("note"), relation.note);
            m_json.endObject();
        }
        m_json.endArray();
    }

    // An event by its uid, readable and stable; by its index in "events" when it has none
    // (copies on the clipboard).
    void writeEventReference(const QString &name, qint64 placeholder)
    {
        const qsizetype index = TimelineContent::indexOfPlaceholder(placeholder);
        const QString uid = index >= 0 && index < m_content.events.size()
                                ? m_content.events.at(index).uid
                                : QString();
        if (uid.isEmpty()) {
            m_json.field(name, qint64(index));
        } else {
            m_json.field(name, uid);
        }
    }

    // Their actors by key: null for one the content does not have (it matches nothing).
    void writeSavedViews()
    {
        m_json.key(QStringLiteral("savedViews")).beginArray();
        for (const SavedView &view : m_content.savedViews) {
            const QJsonObject json = view.toJson();
            QJsonObject criteria = json.value(u"criteria").toObject();
            if (!view.criteria.actors.isEmpty()) {
                QJsonArray keys;
                for (qint64 id : view.criteria.actors) {
                    const QString key = m_actorKeys.value(id);
                    keys.append(key.isEmpty() ? QJsonValue() : QJsonValue(key));
                }
                criteria.insert(u"actors"_s, keys);
            }
            m_json.beginObject();
            m_json.field(QStringLiteral("name"), view.name);
            writeValue(QStringLiteral("criteria"), criteria);
            writeValue(QStringLiteral("visible"), json.value(u"visible"));
            m_json.field(QStringLiteral("lanes"), view.lanes);
            m_json.endObject();
        }
        m_json.endArray();
    }

    void writeValue(const QString &name, const QJsonValue &value)
    {
        m_json.key(name);
        writeValue(value);
    }

    // A value that QJsonObject holds, its numbers whole (what criteria have).
    void writeValue(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Object: {
            m_json.beginObject();
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                writeValue(it.key(), it.value());
            }
            m_json.endObject();
            break;
        }
        case QJsonValue::Array:
            m_json.beginArray();
            for (const QJsonValue &item : value.toArray()) {
                writeValue(item);
            }
            m_json.endArray();
            break;
        case QJsonValue::String:
            m_json.value(value.toString());
            break;
        case QJsonValue::Double:
            m_json.value(value.toInteger());
            break;
        case QJsonValue::Bool:
            m_json.value(value.toBool());
            break;
        default:
            m_json.null();
        }
    }

    // Issue 15's sections, after everything they name, and only when there is something in
    // them: a timeline without agreements is written as before.
    void writeAgreementSections()
    {
        writeSection(QStringLiteral("roles"), m_content.actorRoles, &ContentWriter::writeRole);
        writeSection(QStringLiteral("groups"), m_content.actorGroups, &ContentWriter::writeGroup);
        writeSection(QStringLiteral("agreements"), m_content.agreements,
                     &ContentWriter::writeAgreement);
        writeSection(QStringLiteral("provisions"), m_content.provisions,
                     &ContentWriter::writeProvision);
        writeSection(QStringLiteral("provisionLinks"), m_content.provisionLinks,
                     &ContentWriter::writeLink);
        writeSection(QStringLiteral("assessments"), m_content.assessments,
                     &ContentWriter::writeAssessment);
    }

    template <typename T>
    void writeSection(const QString &name, const QList<T> &items,
                      void (ContentWriter::*writeItem)(const T &))
    {
        if (items.isEmpty()) {
            return;
        }
        m_json.key(name).beginArray();
        for (const T &item : items) {
            m_json.beginObject();
            (this->*writeItem)(item);
            m_json.endObject();
        }
        m_json.endArray();
    }

    void writeRole(const ActorRole &role)
    {
        m_json.field(QStringLiteral("name"), role.name);
        m_json.field(QStringLiteral("label"), role.label);
        m_json.field(QStringLiteral("color"), role.color);
        m_json.field(QStringLiteral("seat"), ActorRole::seatName(role.seat));
    }

    void writeGroup(const ActorGroup &group)
    {
        m_json.field(QStringLiteral("name"), group.name);
        m_json.field(QStringLiteral("color"), group.color);
        writeActorKeys(QStringLiteral("members"), group.memberIds);
    }

    void writeAgreement(const Agreement &agreement)
    {
        writeEventReference(QStringLiteral("event"), agreement.id);
        m_json.field(QStringLiteral("stage"), Agreement::stageName(agreement.stage));
        m_json.field(QStringLiteral("process"), agreement.process);
        m_json.field(QStringLiteral("end"), Agreement::endName(agreement.end));
        if (agreement.endEventId == 0) {
            m_json.key(QStringLiteral("endEvent")).null();
        } else {
            writeEventReference(QStringLiteral("endEvent"), agreement.endEventId);
        }
    }

    void writeProvision(const Provision &provision)
    {
        m_json.field(QStringLiteral("uid"), provision.uid);
        writeEventReference(QStringLiteral("agreement"), provision.agreementId);
        m_json.field(QStringLiteral("number"), provision.number);
        m_json.field(QStringLiteral("position"), provision.position);
        m_json.field(QStringLiteral("summary"), provision.summary);
        m_json.field(QStringLiteral("text"), provision.text);
        m_json.field(QStringLiteral("topic"), provisionTopicName(provision.topic));
        writeActorKeys(QStringLiteral("parties"), provision.partyIds);
        writeDeadline(provision.deadline);
        m_json.field(QStringLiteral("codedBy"), provision.codedBy);
        m_json.field(QStringLiteral("paxCode"), provision.paxCode);
        m_json.field(QStringLiteral("paxValue"), provision.paxValue);
    }

    // null, {"date": …}, or {"days": N, "after": a provision or null for the agreement}.
    void writeDeadline(const Provision::Deadline &deadline)
    {
        m_json.key(QStringLiteral("deadline"));
        if (deadline.isNone()) {
            m_json.null();
            return;
        }
        m_json.beginObject();
        if (deadline.isRelative()) {
            m_json.field(QStringLiteral("days"), deadline.days);
            writeProvisionReference(QStringLiteral("after"), deadline.afterProvisionId);
        } else {
            m_json.field(QStringLiteral("date"), deadline.date.toEdtf());
        }
        m_json.endObject();
    }

    void writeLink(const ProvisionLink &link)
    {
        writeProvisionReference(QStringLiteral("provision"), link.provisionId);
        writeEventReference(QStringLiteral("event"), link.eventId);
        m_json.field(QStringLiteral("type"), ProvisionLink::typeName(link.type));
        m_json.stringOrNull(QStringLiteral("source"), m_sourceKeys.value(link.sourceId));
        m_json.field(QStringLiteral("note"), link.note);
    }

    void writeAssessment(const LevelAssessment &assessment)
    {
        writeProvisionReference(QStringLiteral("provision"), assessment.provisionId);
        m_json.field(QStringLiteral("date"), assessment.date.toEdtf());
        m_json.field(QStringLiteral("level"), implementationLevelName(assessment.level));
        m_json.stringOrNull(QStringLiteral("source"), m_sourceKeys.value(assessment.sourceId));
        m_json.field(QStringLiteral("note"), assessment.note);
    }

    void writeActorKeys(const QString &name, const QList<qint64> &actorIds)
    {
        m_json.key(name).beginArray();
        for (qint64 id : actorIds) {
            m_json.value(m_actorKeys.value(id));
        }
        m_json.endArray();
    }

    // A provision by its uid, or by its index in "provisions" when it has none; null for none.
    void writeProvisionReference(const QString &name, qint64 id)
    {
        const qsizetype index = m_provisionIndexes.value(id, -1);
        if (index < 0) {
            m_json.key(name).null();
        } else if (const QString &uid = m_content.provisions.at(index).uid; uid.isEmpty()) {
            m_json.field(name, qint64(index));
        } else {
            m_json.field(name, uid);
        }
    }

    const TimelineContent &m_content;
    JsonWriter m_json;
    QHash<qint64, QString> m_actorKeys, m_sourceKeys;
    QHash<qint64, qsizetype> m_provisionIndexes; // a provision's id → its index
};

} // namespace

QString EntenteJson::uniqueKey(const QString &name, const QString &fallback, QSet<QString> *used)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber()) {
            slug.append(c);
        } else if (!slug.isEmpty() && !slug.endsWith(u'-')) {
            slug.append(u'-');
        }
    }
    slug.truncate(MaxKeyLength);
    while (slug.endsWith(u'-')) {
        slug.chop(1);
    }
    if (slug.isEmpty()) {
        slug = fallback;
    }
    QString key = slug;
    for (int n = 2; used->contains(key); ++n) {
        key = slug + u'-' + QString::number(n);
    }
    used->insert(key);
    return key;
}

TimelineContent EntenteJson::read(const QByteArray &json, const QString &fileName)
{
    return EntenteJsonReader(json, fileName).read();
}

void EntenteJson::write(const TimelineContent &content, QIODevice *device)
{
    ContentWriter(content, device).write();
}

QByteArray EntenteJson::write(const TimelineContent &content)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(content, &buffer);
    return bytes;
}

} // namespace entente
