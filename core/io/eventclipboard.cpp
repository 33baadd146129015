// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventclipboard.h"

#include "error.h"
#include "eventstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace entente {

namespace {

const QString Format = QStringLiteral("entente-events");

QJsonArray stringArray(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

QJsonObject actorJson(const Actor &actor)
{
    return {{QStringLiteral("key"), actor.id},
            {QStringLiteral("name"), actor.name},
            {QStringLiteral("shortName"), actor.shortName},
            {QStringLiteral("type"), Actor::typeName(actor.type)},
            {QStringLiteral("color"), actor.color},
            {QStringLiteral("aliases"), stringArray(actor.aliases)}};
}

QJsonObject sourceJson(const Source &source)
{
    return {{QStringLiteral("key"), source.id},
            {QStringLiteral("outlet"), source.outlet},
            {QStringLiteral("title"), source.title},
            {QStringLiteral("url"), source.url},
            {QStringLiteral("published"), source.published.toEdtf()},
            {QStringLiteral("quote"), source.quote}};
}

QJsonObject eventJson(const Event &event)
{
    QJsonArray actors;
    for (const EventActor &actor : event.actors) {
        actors.append(QJsonObject{{QStringLiteral("actor"), actor.actorId},
                                  {QStringLiteral("role"), actor.role}});
    }
    QJsonArray sources;
    for (qint64 id : event.sourceIds) {
        sources.append(id);
    }
    return {{QStringLiteral("title"), event.title},
            {QStringLiteral("description"), event.description},
            {QStringLiteral("kind"), Event::kindName(event.kind)},
            {QStringLiteral("start"), event.start.toEdtf()},
            {QStringLiteral("end"), event.end.toEdtf()},
            {QStringLiteral("ongoing"), event.ongoing},
            {QStringLiteral("category"), event.category},
            {QStringLiteral("importance"), event.importance},
            {QStringLiteral("location"), event.location},
            {QStringLiteral("tags"), stringArray(event.tags)},
            {QStringLiteral("actors"), actors},
            {QStringLiteral("sources"), sources}};
}

QJsonObject relationJson(const Relation &relation)
{
    // Placeholders -1, -2 … become indexes 0, 1 … in the text, which is easier to read.
    return {{QStringLiteral("from"), -relation.fromEventId - 1},
            {QStringLiteral("to"), -relation.toEventId - 1},
            {QStringLiteral("type"), relation.type},
            {QStringLiteral("note"), relation.note}};
}

} // namespace

EventClipboard::Content EventClipboard::gather(const EventStore &store,
                                               const QList<qint64> &eventIds)
{
    Content content;
    QHash<qint64, qint64> placeholder; // event id → -1, -2 …
    QSet<qint64> actors, sources;
    for (qint64 id : eventIds) {
        std::optional<Event> event = store.event(id);
        if (!event || placeholder.contains(id)) {
            continue;
        }
        placeholder.insert(id, -qint64(content.events.size()) - 1);
        for (const EventActor &actor : std::as_const(event->actors)) {
            if (!actors.contains(actor.actorId)) {
                actors.insert(actor.actorId);
                content.actors.append(store.actor(actor.actorId).value_or(Actor{}));
            }
        }
        for (qint64 source : std::as_const(event->sourceIds)) {
            if (!sources.contains(source)) {
                sources.insert(source);
                content.sources.append(store.source(source).value_or(Source{}));
            }
        }
        event->id = 0;
        event->uid.clear();
        content.events.append(*event);
    }
    for (Relation relation : store.relationsOf(placeholder.keys())) {
        if (placeholder.contains(relation.fromEventId) &&
            placeholder.contains(relation.toEventId)) {
            relation.id = 0;
            relation.fromEventId = placeholder.value(relation.fromEventId);
            relation.toEventId = placeholder.value(relation.toEventId);
            content.relations.append(relation);
        }
    }
    addRelationTypes(store, &content);
    return content;
}

void EventClipboard::addRelationTypes(const EventStore &store, Content *content)
{
    // With their labels and colours: a paste into a timeline without them creates them so.
    QSet<QString> used;
    for (const Relation &relation : std::as_const(content->relations)) {
        used.insert(relation.type);
    }
    for (const RelationType &type : store.relationTypes(EventStore::Count::Nothing)) {
        if (used.contains(type.name)) {
            content->relationTypes.append(type);
        }
    }
}

QByteArray EventClipboard::toJson(const Content &content)
{
    QJsonArray events, actors, sources, relations, relationTypes;
    for (const Event &event : content.events) {
        events.append(eventJson(event));
    }
    for (const Actor &actor : content.actors) {
        actors.append(actorJson(actor));
    }
    for (const Source &source : content.sources) {
        sources.append(sourceJson(source));
    }
    for (const Relation &relation : content.relations) {
        relations.append(relationJson(relation));
    }
    for (const RelationType &type : content.relationTypes) {
        relationTypes.append(QJsonObject{{QStringLiteral("name"), type.name},
                                         {QStringLiteral("label"), type.label},
                                         {QStringLiteral("color"), type.color}});
    }
    QJsonObject root{
        {QStringLiteral("format"), Format},   {QStringLiteral("version"), 1},
        {QStringLiteral("events"), events},   {QStringLiteral("actors"), actors},
        {QStringLiteral("sources"), sources}, {QStringLiteral("relations"), relations}};
    if (!relationTypes.isEmpty()) {
        root.insert(QStringLiteral("relationTypes"), relationTypes);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void EventClipboard::fail(const QString &problem)
{
    throw Error(tr("The clipboard does not hold Entente events: %1").arg(problem));
}

EventClipboard::Content EventClipboard::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        fail(parseError.errorString());
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != Format) {
        fail(tr("the format is not “%1”").arg(Format));
    }
    Content content;
    for (const QJsonValue &value : root.value(QStringLiteral("actors")).toArray()) {
        const QJsonObject object = value.toObject();
        Actor actor;
        actor.id = object.value(QStringLiteral("key")).toInteger();
        actor.name = object.value(QStringLiteral("name")).toString();
        actor.shortName = object.value(QStringLiteral("shortName")).toString();
        if (!Actor::typeFromName(object.value(QStringLiteral("type")).toString(), &actor.type)) {
            fail(tr("actor “%1” has an unknown type").arg(actor.name));
        }
        actor.color = object.value(QStringLiteral("color")).toString();
        actor.aliases = strings(object.value(QStringLiteral("aliases")));
        content.actors.append(actor);
    }
    for (const QJsonValue &value : root.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject object = value.toObject();
        Source source;
        source.id = object.value(QStringLiteral("key")).toInteger();
        source.outlet = object.value(QStringLiteral("outlet")).toString();
        source.title = object.value(QStringLiteral("title")).toString();
        source.url = object.value(QStringLiteral("url")).toString();
        source.published =
            PartialDate::fromIso(object.value(QStringLiteral("published")).toString());
        source.quote = object.value(QStringLiteral("quote")).toString();
        content.sources.append(source);
    }
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    for (int i = 0; i < events.size(); ++i) {
        content.events.append(readEvent(events.at(i).toObject(), i));
    }
    for (const QJsonValue &value : root.value(QStringLiteral("relations")).toArray()) {
        const QJsonObject object = value.toObject();
        Relation relation;
        const qint64 from = object.value(QStringLiteral("from")).toInteger(-1);
        const qint64 to = object.value(QStringLiteral("to")).toInteger(-1);
        relation.type = object.value(QStringLiteral("type")).toString();
        if (from < 0 || to < 0 || from >= events.size() || to >= events.size() ||
            relation.type.isEmpty()) {
            fail(tr("a relation names no copied event or has no type"));
        }
        relation.fromEventId = -from - 1;
        relation.toEventId = -to - 1;
        relation.note = object.value(QStringLiteral("note")).toString();
        content.relations.append(relation);
    }
    for (const QJsonValue &value : root.value(QStringLiteral("relationTypes")).toArray()) {
        const QJsonObject object = value.toObject();
        RelationType type{object.value(QStringLiteral("name")).toString(),
                          object.value(QStringLiteral("label")).toString(),
                          object.value(QStringLiteral("color")).toString(), 0};
        if (type.name.isEmpty()) {
            fail(tr("a relation type has no name"));
        }
        content.relationTypes.append(type);
    }
    return content;
}

Event EventClipboard::readEvent(const QJsonObject &object, int index)
{
    Event event;
    event.title = object.value(QStringLiteral("title")).toString();
    event.description = object.value(QStringLiteral("description")).toString();
    if (!Event::kindFromName(object.value(QStringLiteral("kind")).toString(), &event.kind)) {
        fail(tr("event %1 has an unknown kind").arg(index + 1));
    }
    QString error;
    const QString start = object.value(QStringLiteral("start")).toString();
    const QString end = object.value(QStringLiteral("end")).toString();
    event.start = start.isEmpty() ? PartialDate() : PartialDate::fromIso(start, &error);
    event.end = end.isEmpty() ? PartialDate() : PartialDate::fromIso(end, &error);
    if (!error.isEmpty()) {
        fail(tr("event %1: %2").arg(index + 1).arg(error));
    }
    event.ongoing = object.value(QStringLiteral("ongoing")).toBool();
    event.category = object.value(QStringLiteral("category")).toString();
    event.importance = object.value(QStringLiteral("importance")).toInt(3);
    event.location = object.value(QStringLiteral("location")).toString();
    event.tags = strings(object.value(QStringLiteral("tags")));
    for (const QJsonValue &value : object.value(QStringLiteral("actors")).toArray()) {
        event.actors.append({value.toObject().value(QStringLiteral("actor")).toInteger(),
                             value.toObject().value(QStringLiteral("role")).toString()});
    }
    for (const QJsonValue &value : object.value(QStringLiteral("sources")).toArray()) {
        event.sourceIds.append(value.toInteger());
    }
    return event;
}

} // namespace entente
