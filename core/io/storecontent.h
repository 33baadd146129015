// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventcriteria.h"
#include "timelinecontent.h"

#include <QHash>
#include <QList>

namespace entente {

class EventStore;

// A store's timeline, or some of its events, as TimelineContent: what the clipboard copies and
// what the exports write. Actors and sources keep their store ids as keys; events keep their
// uids; relations name events by placeholder.
class StoreContent final
{
public:
    // The whole timeline: its title, every event (in time order, undated ones last), actor, source,
    // relation, relation type, era, saved view, and every category the user named or coloured;
    // the agreements' rows, provisions, links and assessments, the roles that are not as built
    // in, and the actor groups. Provisions keep their store ids as keys.
    static TimelineContent read(const EventStore &store);
    // The events the criteria let through (a search, filters, the command line's options), with
    // only the actors and sources they name and the relations among them; with the timeline's
    // title, categories, relation types and eras, but not its saved views or actor groups (whose
    // actors may not be among those). The agreements among the events come with their
    // provisions (and the actors and sources those name), their assessments and the links from
    // events among them. Empty criteria read the whole timeline.
    static TimelineContent read(const EventStore &store, const EventCriteria &criteria);
    // The events the criteria let through, in time order, undated ones last.
    static QList<Event> events(const EventStore &store, const EventCriteria &criteria);
    // The events of `eventIds` that exist, in that order, with the actors and sources they name,
    // the relations among them and those relations' types; an agreement among them with its
    // provisions, their assessments and the links from events among them; the roles not as
    // built in. The events and provisions carry no uid: what is made of them (a paste, a
    // duplicate) is new.
    static TimelineContent gather(const EventStore &store, const QList<qint64> &eventIds);

private:
    static void addNamedActorsAndSources(const EventStore &store, TimelineContent *content);
    static void addRelationTypes(const EventStore &store, TimelineContent *content);
    static void addAgreements(const EventStore &store, const QList<qint64> &eventIds,
                              const QHash<qint64, qint64> &placeholder, TimelineContent *content);
    static void addRoles(const EventStore &store, TimelineContent *content);
};

} // namespace entente
