// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importprogress.h"
#include "importreport.h"
#include "timelinecontent.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace entente {

class EventStore;

// What an import did to a store: enough to tell the user and to undo it exactly, and to redo
// it with the same ids. Created rows are kept whole, with the ids the store gave them.
struct ImportOutcome
{
    qint64 added = 0, updated = 0, skipped = 0; // events
    QList<Event> addedEvents;                   // as stored, with their ids and uids
    QList<Event> eventsBeforeUpdate;            // the updated events as they were
    QList<Event> eventsAfterUpdate;             // and as the import left them
    QList<Relation> addedRelations;             // with their ids
    QList<Actor> createdActors;                 // with their ids and (mapped) affiliations
    QList<Source> createdSources;
    QList<Era> createdEras;
    QList<Category> createdCategories;
    QList<RelationType> createdRelationTypes;
    QString title; // the title the import gave the timeline, which had none; "" for none

    QList<qint64> addedEventIds() const;
    friend bool operator==(const ImportOutcome &, const ImportOutcome &) = default;
};

// Adds a TimelineContent to a store, all or nothing, in one batch: the one place where what a
// file, the clipboard or another timeline brings becomes rows (and so the one place a bulk
// path will go).
// - Actors are matched by name or alias, case-insensitively (an actor whose name is an alias
//   of an actor in the store is that actor), and created otherwise, with their affiliations.
// - Sources are matched by equality of every field, one to one (two equal sources of the
//   content take two equal sources of the store), and created otherwise; categories and
//   relation types are created when the store has none of that name, with their colours
//   (a relation type the content does not describe takes its name as label); eras are added
//   unless an equal one is there. A category that events name and the content gives no colour
//   is given the palette's hue the store's categories show least (CategoryColours::forNew),
//   unless the content's categories are complete (then it stays automatic).
// - The content's title becomes the timeline's when the timeline has none (see noteTitle).
// - Events are identified by uid: one already in the store (or earlier in the content) is
//   skipped or, with Duplicates::Update, updated, keeping the store's id. An event without uid
//   is new and gets one.
// - Relations name their events by placeholder (see TimelineContent) or, when positive, by
//   the id of an event in the store. One between two events that were already there is added
//   only if the store has no equal one.
// Throws Error (nothing changed) when a value breaks a rule, saying which event, actor, … it
// was; Cancelled when `progress` returns false.
class ContentImport final
{
    Q_DECLARE_TR_FUNCTIONS(entente::ContentImport)

public:
    enum class Duplicates { Skip, Update };
    static constexpr int ProgressEvery = 256; // events between calls of the progress function

    struct Options
    {
        Duplicates duplicates = Duplicates::Skip;
        ImportProgress progress;
    };

    static ImportOutcome run(EventStore &store, const TimelineContent &content,
                             const Options &options);
    static ImportOutcome run(EventStore &store, const TimelineContent &content)
    {
        return run(store, content, Options());
    }
    // How many events of the content have a uid the store already has: what Skip or Update
    // would apply to.
    static qint64 countKnown(const EventStore &store, const TimelineContent &content);
    // When the content has a title and the store another, which run() keeps: a warning of
    // `report` that says so.
    static void noteTitle(const EventStore &store, const TimelineContent &content,
                          const QString &fileName, ImportReport *report);

    // Takes the import back: the store is as before run() (one batch).
    static void undo(EventStore &store, const ImportOutcome &outcome);
    // Does it again after undo(), with the same ids (one batch).
    static void redo(EventStore &store, const ImportOutcome &outcome);

private:
    ContentImport(EventStore &store, const TimelineContent &content, const Options &options)
        : m_store(store), m_content(content), m_options(options)
    {}
    void importAll();
    void mapActors();
    void mapSources();
    void setTitle();
    void addCategories();
    void addRelationTypes();
    void addEras();
    void addEvents();
    void addEvent(const Event &event, qsizetype index);
    void addRelations();
    bool isAdded(qint64 reference) const;
    bool hasEqual(const Relation &relation) const;
    Event mapped(const Event &event) const;
    qint64 eventIdOf(qint64 reference) const;

    EventStore &m_store;
    const TimelineContent &m_content;
    const Options &m_options;
    ImportOutcome m_outcome;
    QHash<qint64, qint64> m_actorIds;     // content key → store id
    QHash<qint64, qint64> m_sourceIds;    // content key → store id
    QList<qint64> m_eventIds;             // per content event: its id in the store
    QList<bool> m_eventAdded;             // per content event: whether this import added it
    QHash<QString, qsizetype> m_uidIndex; // uid → the first content event that has it
    bool m_storeWasEmpty = false;         // then no uid needs looking up
};

} // namespace entente
