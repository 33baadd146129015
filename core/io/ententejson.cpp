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
        m_json.endObject();
        m_json.flush();
    }

private:
    void makeKeys()
    {
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

    const TimelineContent &m_content;
    JsonWriter m_json;
    QHash<qint64, QString> m_actorKeys, m_sourceKeys;
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
