// SPDX-License-Identifier: GPL-3.0-or-later
#include "negotiatingtableinput.h"

#include "eventstore.h"

#include <QSet>

#include <algorithm>

namespace entente {

namespace {

QList<Event> eventsOfCategories(const EventStore &store, const QStringList &categories,
                                qsizetype limit, bool *cut)
{
    QList<qint64> ids;
    for (const QString &category : QSet<QString>(categories.cbegin(), categories.cend())) {
        ids += store.eventsInCategory(category);
    }
    if (cut) {
        *cut = ids.size() > limit;
    }
    if (ids.size() > limit) {
        std::sort(ids.begin(), ids.end());
        ids.resize(limit);
    }
    return store.events(ids, EventStore::Detail::Full);
}

QList<Agreement> agreementsOf(const EventStore &store, const QList<Event> &events)
{
    QList<Agreement> agreements;
    for (const Event &event : events) {
        if (const std::optional<Agreement> agreement = store.agreement(event.id)) {
            agreements.append(*agreement);
        }
    }
    return agreements;
}

// The names of the events' actors and the groups' members: one lookup each, never the
// whole table.
void readActorNames(const EventStore &store, NegotiatingTable::Input &input)
{
    const QList<Event> &events = input.events;
    const QList<ActorGroup> &groups = input.groups;
    QSet<qint64> ids;
    for (const Event &event : events) {
        for (const EventActor &actor : event.actors) {
            ids.insert(actor.actorId);
        }
    }
    for (const ActorGroup &group : groups) {
        ids.unite(QSet<qint64>(group.memberIds.cbegin(), group.memberIds.cend()));
    }
    for (const qint64 id : ids) {
        if (const std::optional<Actor> actor = store.actor(id)) {
            input.actorNames.insert(id, actor->name);
            if (!actor->shortName.isEmpty()) {
                input.actorShortNames.insert(id, actor->shortName);
            }
        }
    }
}

} // namespace

NegotiatingTable::Input NegotiatingTableInput::read(const EventStore &store,
                                                    const NegotiatingTable::Options &options,
                                                    qsizetype limit, bool *cut)
{
    NegotiatingTable::Input input;
    input.options = options;
    input.events = eventsOfCategories(store, options.categories, limit, cut);
    input.agreements = agreementsOf(store, input.events);
    input.roles = store.actorRoles();
    input.groups = store.actorGroups();
    readActorNames(store, input);
    return input;
}

QStringList NegotiatingTableInput::processesOf(const NegotiatingTable::Input &input)
{
    QSet<QString> processes;
    for (const Agreement &agreement : input.agreements) {
        if (!agreement.process.isEmpty()) {
            processes.insert(agreement.process);
        }
    }
    QStringList sorted(processes.cbegin(), processes.cend());
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return sorted;
}

} // namespace entente
