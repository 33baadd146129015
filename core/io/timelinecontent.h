// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "actorgroup.h"
#include "actorrole.h"
#include "agreement.h"
#include "category.h"
#include "era.h"
#include "event.h"
#include "eventrows.h"
#include "levelassessment.h"
#include "provision.h"
#include "provisionlink.h"
#include "relation.h"
#include "relationtype.h"
#include "savedview.h"
#include "source.h"
#include "stablehash.h"

#include <QList>
#include <QString>

namespace entente {

// A timeline, or part of one, as it travels between a store and the world: what an importer
// reads from a file, what the clipboard carries and what an export writes. Ids here are keys
// of the content itself, not of any store (a store gives its own on import):
// - an event's actors name the `Actor::id` of an actor here, its `sourceIds` the `Source::id`
//   of a source here; an actor's `affiliationId` names another actor here (0: none);
// - a relation names its events by placeholder: -1 for events[0], -2 for events[1] … (as
//   AddEventsCommand takes them);
// - an event's `uid` is its identity across files (an importer makes it from the dataset's own
//   id, e.g. "acled:UKR12345", so that importing the same file again finds it); empty for
//   "a new event";
// - a saved view's criteria name the `Actor::id` of actors here (0: one the timeline it came
//   from no longer has, which matches nothing);
// - agreements (issue 15): an agreement's `id` and `endEventId` are event placeholders (0: no
//   end event); a provision's `id` is a key of the content (the reader gives 1, 2 … in order), its
//   `agreementId` an event placeholder, its `partyIds` actors here and its deadline's
//   `afterProvisionId` a provision here; a link's `provisionId` is a provision here, its `eventId`
//   an event placeholder and its `sourceId` a source here (0: none); an assessment's likewise; a
//   group's `memberIds` are actors here. A provision's `uid` is its identity across files, like an
//   event's.
struct TimelineContent
{
    QString title;
    QList<Event> events;
    QList<Actor> actors;
    QList<Source> sources;
    QList<Relation> relations;
    QList<RelationType> relationTypes; // those the relations are of, described
    QList<Category> categories;        // names with colours (event counts mean nothing here)
    // Whether `categories` lists every category that has a colour of its own, the others
    // showing the automatic one (Entente JSON, the clipboard); else an import gives the
    // categories it creates without a colour one of their own.
    bool categoriesComplete = false;
    QList<Era> eras;
    QList<SavedView> savedViews; // a whole timeline's (Entente JSON); ids mean nothing here
    QList<Agreement> agreements;
    QList<Provision> provisions;
    QList<ProvisionLink> provisionLinks;
    QList<LevelAssessment> assessments;
    QList<ActorRole> actorRoles; // those not built in, or changed from how they are built in
    QList<ActorGroup> actorGroups;
    // The events as the store writes them (EventRows::encode), when whoever made the content
    // encoded them beforehand (ReadAhead, on its reading thread); else empty. Derived from the
    // events, so not part of the content's value: equal whatever they hold.
    struct Encoded
    {
        QList<EventRows::Encoded> events;
        friend bool operator==(const Encoded &, const Encoded &) { return true; }
    } encoded;

    // What stands for an event's id in a file that gives none: a hash of its start and title,
    // so that importing the same file again finds the event again.
    static QString identityOf(const Event &event)
    {
        return QString::number(stableHash((event.start.toEdtf() + u'\n' + event.title).toUtf8()),
                               16);
    }

    static qint64 placeholderOf(qsizetype eventIndex) { return -1 - qint64(eventIndex); }
    static qsizetype indexOfPlaceholder(qint64 placeholder) { return qsizetype(-1 - placeholder); }

    friend bool operator==(const TimelineContent &, const TimelineContent &) = default;
};

} // namespace entente
