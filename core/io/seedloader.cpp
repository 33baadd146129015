// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedloader.h"

#include "error.h"
#include "eventstore.h"
#include "validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace entente {

namespace {

QJsonArray arrayOrEmpty(const QJsonValue &value)
{
    return value.toArray();
}

} // namespace

SeedLoader::SeedLoader(EventStore &store, const QByteArray &json, const QString &fileName)
    : m_store(store), m_json(json), m_fileName(fileName)
{}

void SeedLoader::loadFile(EventStore &store, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(SeedLoader::tr("%1: cannot read: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    loadData(store, file.readAll(), QDir::toNativeSeparators(path));
}

void SeedLoader::loadData(EventStore &store, const QByteArray &json, const QString &fileName)
{
    SeedLoader loader(store, json, fileName);
    store.batch([&] { loader.load(); });
}

void SeedLoader::loadBundled(EventStore &store)
{
    loadFile(store, QString::fromLatin1(BundledTimeline));
}

int SeedLoader::lineOf(const QString &needle) const
{
    const qsizetype at = m_json.indexOf(needle.toUtf8());
    return at < 0 ? 0 : int(m_json.left(at).count('\n')) + 1;
}

void SeedLoader::fail(const QString &where, const QString &problem) const
{
    throw Error(SeedLoader::tr("%1:%2: %3").arg(m_fileName, where, problem));
}

// "line 42, event 3 (article-03-minsk-ii), field “start”": the JSON parser gives no positions
// for values, so the line is where the object's key or uid first appears in the text.
QString SeedLoader::where(const QString &what, int index, const QString &key) const
{
    const int line = key.isEmpty() ? 0 : lineOf(QLatin1Char('"') + key + QLatin1Char('"'));
    QString text = line > 0 ? QString::number(line) + QLatin1Char(':') : QString();
    text += QStringLiteral(" %1 %2").arg(what).arg(index + 1);
    if (!key.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(key);
    }
    return text;
}

void SeedLoader::load()
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = m_json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - before.lastIndexOf('\n'));
        throw Error(SeedLoader::tr("%1:%2:%3: not valid JSON: %4")
                        .arg(m_fileName)
                        .arg(line)
                        .arg(column)
                        .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (root.value(u"format") != QLatin1String("entente-timeline")) {
        fail(QStringLiteral("1"), SeedLoader::tr("not an Entente timeline (expected \"format\": "
                                                 "\"entente-timeline\")"));
    }
    if (root.value(u"version").toInt() != 1) {
        fail(QString::number(std::max(1, lineOf(QStringLiteral("\"version\"")))),
             SeedLoader::tr("timeline version %1 is not supported (this Entente reads version 1)")
                 .arg(root.value(u"version").toVariant().toString()));
    }
    const QJsonObject documents = root.value(u"documents").toObject();
    for (auto it = documents.begin(); it != documents.end(); ++it) {
        m_documents.insert(it.key(), it.value().toObject());
    }
    loadActors(root.value(u"actors"));
    loadEvents(root.value(u"events"));
    loadRelations(root.value(u"relations"));
    loadEras(root.value(u"eras"));
}

void SeedLoader::loadActors(const QJsonValue &actors)
{
    const QJsonArray list = arrayOrEmpty(actors);
    QHash<qint64, QString> affiliations;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        const QString key = object.value(u"key").toString();
        const QString place = where(SeedLoader::tr("actor"), i, key);
        Actor actor;
        actor.name = object.value(u"name").toString();
        actor.shortName = object.value(u"shortName").toString();
        actor.color = object.value(u"color").toString();
        if (key.isEmpty() || actor.name.isEmpty()) {
            fail(place, SeedLoader::tr("an actor needs a \"key\" and a \"name\""));
        }
        if (!Actor::typeFromName(object.value(u"type").toString(), &actor.type)) {
            fail(place, SeedLoader::tr(
                            "field “type”: “%1” is not one of state, organisation, person, group")
                            .arg(object.value(u"type").toString()));
        }
        if (m_actorIds.contains(key)) {
            fail(place, SeedLoader::tr("field “key”: “%1” is used twice").arg(key));
        }
        const qint64 id = m_store.addActor(actor);
        m_actorIds.insert(key, id);
        if (const QString parent = object.value(u"affiliation").toString(); !parent.isEmpty()) {
            affiliations.insert(id, parent);
        }
    }
    // Affiliations may point forward in the list, so they are linked once all actors exist.
    for (auto it = affiliations.begin(); it != affiliations.end(); ++it) {
        if (!m_actorIds.contains(it.value())) {
            fail(QString::number(lineOf(QStringLiteral("\"%1\"").arg(it.value()))),
                 SeedLoader::tr("field “affiliation”: no actor has the key “%1”").arg(it.value()));
        }
        Actor actor = *m_store.actor(it.key());
        actor.affiliationId = m_actorIds.value(it.value());
        m_store.updateActor(actor);
    }
}

void SeedLoader::loadEvents(const QJsonValue &events)
{
    const QJsonArray list = arrayOrEmpty(events);
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        loadEvent(object, where(SeedLoader::tr("event"), i, object.value(u"uid").toString()));
    }
}

void SeedLoader::loadEvent(const QJsonObject &object, const QString &place)
{
    Event event = readEventFields(object, place);
    event.actors = readEventActors(object, place);
    event.sourceIds = addEventSources(object, place);
    if (m_eventIds.contains(event.uid)) {
        fail(place, SeedLoader::tr("field “uid”: “%1” is used twice").arg(event.uid));
    }
    m_eventIds.insert(event.uid, m_store.addEvent(event));
}

Event SeedLoader::readEventFields(const QJsonObject &object, const QString &place)
{
    Event event;
    event.uid = object.value(u"uid").toString();
    event.title = object.value(u"title").toString();
    event.description = object.value(u"description").toString();
    event.category = object.value(u"category").toString();
    event.location = object.value(u"location").toString();
    event.importance = object.value(u"importance").toInt(3);
    event.ongoing = object.value(u"ongoing").toBool();
    if (event.uid.isEmpty() || event.title.isEmpty()) {
        fail(place, SeedLoader::tr("an event needs a \"uid\" and a \"title\""));
    }
    if (!Event::kindFromName(object.value(u"kind").toString(), &event.kind)) {
        fail(place, SeedLoader::tr("field “kind”: expected \"point\" or \"period\""));
    }
    event.start = readDate(object, "start", place);
    event.end = readDate(object, "end", place);
    for (const QJsonValue &tag : object.value(u"tags").toArray()) {
        event.tags.append(tag.toString());
    }
    // The rules every editor and importer follows; the file's own shape is checked above.
    const QList<Validator::Problem> problems = Validator::check(event);
    if (!problems.isEmpty()) {
        fail(place, Validator::describe(problems).replace(u'\n', u' '));
    }
    return event;
}

PartialDate SeedLoader::readDate(const QJsonObject &object, const char *field,
                                 const QString &place) const
{
    const QJsonValue value = object.value(QLatin1String(field));
    if (value.isNull() || value.isUndefined()) {
        return {};
    }
    QString error;
    const PartialDate date = PartialDate::fromIso(value.toString(), &error);
    if (date.isNull()) {
        fail(place, SeedLoader::tr("field “%1”: “%2”: %3")
                        .arg(QLatin1String(field), value.toVariant().toString(), error));
    }
    return date;
}

QList<EventActor> SeedLoader::readEventActors(const QJsonObject &object, const QString &place)
{
    QList<EventActor> actors;
    for (const QJsonValue &value : object.value(u"actors").toArray()) {
        const QString key = value.toObject().value(u"actor").toString();
        if (!m_actorIds.contains(key)) {
            fail(place, SeedLoader::tr("field “actors”: no actor has the key “%1”").arg(key));
        }
        actors.append({m_actorIds.value(key), value.toObject().value(u"role").toString()});
    }
    return actors;
}

QList<qint64> SeedLoader::addEventSources(const QJsonObject &object, const QString &place)
{
    QList<qint64> ids;
    for (const QJsonValue &value : object.value(u"sources").toArray()) {
        const QJsonObject citation = value.toObject();
        const QString documentKey = citation.value(u"document").toString();
        const QJsonObject document = m_documents.value(documentKey, citation);
        if (!documentKey.isEmpty() && !m_documents.contains(documentKey)) {
            fail(place,
                 SeedLoader::tr("field “sources”: no document has the key “%1”").arg(documentKey));
        }
        const QJsonValue published = document.value(u"published");
        QString error;
        Source source{0,
                      document.value(u"outlet").toString(),
                      document.value(u"title").toString(),
                      document.value(u"url").toString(),
                      PartialDate::fromIso(published.toString(), &error),
                      citation.value(u"quote").toString()};
        if (!published.isNull() && !published.isUndefined() && source.published.isNull()) {
            fail(place,
                 SeedLoader::tr("field “sources”: document “%1”, field “published”: “%2”: %3")
                     .arg(documentKey, published.toVariant().toString(), error));
        }
        ids.append(m_store.addSource(source));
    }
    return ids;
}

void SeedLoader::loadRelations(const QJsonValue &relations)
{
    const QJsonArray list = arrayOrEmpty(relations);
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        const QString from = object.value(u"from").toString(), to = object.value(u"to").toString();
        const QString place = where(SeedLoader::tr("relation"), i, QString());
        Relation relation;
        relation.note = object.value(u"note").toString();
        // A seed file knows the built-in types only: a new timeline has no others yet.
        relation.type = object.value(u"type").toString();
        if (!Relation::builtInTypes().contains(relation.type)) {
            fail(place,
                 SeedLoader::tr("field “type”: “%1” is not a relation type").arg(relation.type));
        }
        if (!m_eventIds.contains(from) || !m_eventIds.contains(to)) {
            fail(place, SeedLoader::tr("fields “from”/“to”: no event has the uid “%1”")
                            .arg(m_eventIds.contains(from) ? to : from));
        }
        relation.fromEventId = m_eventIds.value(from);
        relation.toEventId = m_eventIds.value(to);
        m_store.addRelation(relation);
    }
}

void SeedLoader::loadEras(const QJsonValue &eras)
{
    const QJsonArray list = arrayOrEmpty(eras);
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        const QString place = where(SeedLoader::tr("era"), i, object.value(u"name").toString());
        Era era;
        era.name = object.value(u"name").toString();
        era.color = object.value(u"color").toString();
        QString error;
        era.start = PartialDate::fromIso(object.value(u"start").toString(), &error);
        if (era.start.isNull()) {
            fail(place, SeedLoader::tr("field “start”: “%1”: %2")
                            .arg(object.value(u"start").toVariant().toString(), error));
        }
        era.end = PartialDate::fromIso(object.value(u"end").toString(), &error);
        if (era.end.isNull()) {
            fail(place, SeedLoader::tr("field “end”: “%1”: %2")
                            .arg(object.value(u"end").toVariant().toString(), error));
        }
        m_store.addEra(era);
    }
}

} // namespace entente
