// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedloader.h"

#include "agreementimport.h"

#include "ententejson.h"
#include "error.h"
#include "eventstore.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace entente {

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
    // The whole file is read and checked before the first write.
    const TimelineContent content = EntenteJson::read(json, fileName);
    store.batch([&] { addContent(store, content); });
}

void SeedLoader::loadBundled(EventStore &store)
{
    loadFile(store, QString::fromLatin1(BundledTimeline));
}

void SeedLoader::addActors(EventStore &store, const TimelineContent &content,
                           QHash<qint64, qint64> *actorIds)
{
    for (Actor actor : content.actors) {
        const qint64 key = actor.id;
        actor.id = 0;
        actor.affiliationId = 0;
        actorIds->insert(key, store.addActor(actor));
    }
    // Affiliations may point forward in the list, so they are linked once all actors exist.
    for (const Actor &actor : content.actors) {
        if (actor.affiliationId != 0) {
            Actor stored = *store.actor(actorIds->value(actor.id));
            stored.affiliationId = actorIds->value(actor.affiliationId);
            store.updateActor(stored);
        }
    }
}

void SeedLoader::addContent(EventStore &store, const TimelineContent &content)
{
    if (!content.title.isEmpty() && store.title().isEmpty()) {
        store.setTitle(content.title);
    }
    for (const Category &category : content.categories) {
        store.setCategory(category);
    }
    for (const RelationType &type : content.relationTypes) {
        store.setRelationType(type);
    }
    QHash<qint64, qint64> actorIds, sourceIds, eventIds; // the content's → the store's
    const QList<ActorRole> rolesBefore = store.actorRoles();
    addActors(store, content, &actorIds);
    // In the file's order, which is the order of the first events citing them in version 1.
    for (Source source : content.sources) {
        const qint64 key = source.id;
        source.id = 0;
        sourceIds.insert(key, store.addSource(source));
    }
    for (qsizetype i = 0; i < content.events.size(); ++i) {
        Event event = content.events.at(i);
        for (EventActor &actor : event.actors) {
            actor.actorId = actorIds.value(actor.actorId);
        }
        for (qint64 &id : event.sourceIds) {
            id = sourceIds.value(id);
        }
        eventIds.insert(TimelineContent::placeholderOf(i), store.addEvent(event));
    }
    for (Relation relation : content.relations) {
        relation.fromEventId = eventIds.value(relation.fromEventId);
        relation.toEventId = eventIds.value(relation.toEventId);
        store.addRelation(relation);
    }
    for (Era era : content.eras) {
        era.id = 0;
        store.addEra(era);
    }
    const AgreementImport::Ids ids{actorIds, sourceIds, [&eventIds](qint64 placeholder) {
                                       return eventIds.value(placeholder);
                                   }};
    AgreementImport::run(store, content, ids, false, rolesBefore);
}

} // namespace entente
