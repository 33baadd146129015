// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreementimport.h"
#include "datasetreader.h"
#include "error.h"
#include "importprogress.h"
#include "importreport.h"
#include "timelinecontent.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace entente {

class EventStore;

// What an import did to a store: enough to tell the user and to undo it exactly, and to redo
// it with the same ids. The added events are kept as ranges of ids (those of one import follow
// each other, so a million events are one range), not whole: an import that is never undone,
// the usual case, then costs a few bytes however big it was. Undo copies the events it removes
// into `removedEvents`, which redo adds again (with their ids) and empties: only an undone
// import holds its events. The other rows it created are few and kept whole.
struct ImportOutcome
{
    struct IdRange
    {
        qint64 first = 0, last = 0;
        friend bool operator==(const IdRange &, const IdRange &) = default;
    };

    qint64 added = 0, updated = 0, skipped = 0; // events
    QList<IdRange> addedEventRanges;            // the ids of the added events, in order
    QList<Event> removedEvents;                 // the added events, while undone
    QList<Event> eventsBeforeUpdate;            // the updated events as they were
    QList<Event> eventsAfterUpdate;             // and as the import left them
    QList<Relation> addedRelations;             // with their ids
    QList<Actor> createdActors;                 // with their ids and (mapped) affiliations
    QList<Source> createdSources;
    QList<Era> createdEras;
    QList<Category> createdCategories;
    QList<RelationType> createdRelationTypes;
    QList<SavedView> createdSavedViews;      // with their ids and (mapped) actors
    QList<SavedView> savedViewsBeforeUpdate; // the updated saved views as they were
    QList<SavedView> savedViewsAfterUpdate;  // and as the import left them
    QString title; // the title the import gave the timeline, which had none; "" for none
    AgreementImport::Outcome agreements; // roles, groups, agreements, provisions, …

    QList<qint64> addedEventIds() const;
    void noteAdded(qint64 id);
    friend bool operator==(const ImportOutcome &, const ImportOutcome &) = default;
};

// Adds a TimelineContent to a store, all or nothing, in one batch: the one place where what a
// file, the clipboard or another timeline brings becomes rows (and so the one place a bulk
// path will go). The content may come whole or as the chunks a DatasetReader streams, stored
// as they come, inside the one batch: the same rules hold across chunks as within one.
// - Actors are matched by name or alias, case-insensitively (an actor whose name is an alias
//   of an actor in the store is that actor), and created otherwise, with their affiliations.
// - Sources are matched by equality of every field, one to one (two equal sources of the
//   content take two equal sources of the store), and created otherwise; categories and
//   relation types are created when the store has none of that name, with their colours
//   (a relation type the content does not describe takes its name as label); eras are added
//   unless an equal one is there. A category that events name and the content gives no colour
//   is given the palette's hue the store's categories show least (CategoryColours::forNew),
//   unless the content's categories are complete (then it stays automatic).
// - The content's title (streamed: the first chunk's that has one) becomes the timeline's when
//   the timeline has none (see noteTitle).
// - Events are identified by uid: one already in the store (or earlier in the content) is
//   skipped or, with Duplicates::Update, updated, keeping the store's id. An event without uid
//   is new and gets one.
// - Saved views are added after the last chunk, with their criteria's actors mapped as the
//   events' are (an actor the content does not have, 0, stays 0: it matches nothing). One
//   whose name the timeline has, whatever its case, is skipped or, with Duplicates::Update,
//   updated, keeping the store's id; a view later in the content with the name of an earlier
//   one does the same to that one.
// - Relations name their events by placeholder (see TimelineContent) or, when positive, by
//   the id of an event in the store. One between two events that were already there is added
//   only if the store has no equal one. They are added after the last chunk's events.
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
        // Events done of the content's; of a streamed import, of those delivered so far.
        ImportProgress progress;
        // Whether nothing else has the timeline open (the command line), which lets an import
        // into an empty timeline write faster (EventStore::BulkAdd::Access::Sole).
        bool soleAccess = false;
    };
    // Delivers a content's chunks to the sink it is given (e.g. DatasetReader::stream).
    using Producer = std::function<void(const ContentSink &sink)>;

    static ImportOutcome run(EventStore &store, const TimelineContent &content,
                             const Options &options);
    static ImportOutcome run(EventStore &store, const TimelineContent &content)
    {
        return run(store, content, Options());
    }
    // Stores each chunk `produce` delivers as it comes, all in one batch: an error or Cancelled
    // thrown by the producer (a bad file, a row the caller refuses) or by the import changes
    // nothing.
    static ImportOutcome run(EventStore &store, const Producer &produce, const Options &options);

    // The uids of the content's events that have one.
    static QStringList uidsOf(const TimelineContent &content);
    // How many of `uids` the store already has (one query): what Skip or Update would apply to.
    static qint64 countKnown(const EventStore &store, const QStringList &uids);
    static qint64 countKnown(const EventStore &store, const TimelineContent &content)
    {
        return countKnown(store, uidsOf(content));
    }
    // When a file has a title (`title`, its content's) and the store another, which run()
    // keeps: a warning of `report` that says so.
    static void noteTitle(const EventStore &store, const QString &title, const QString &fileName,
                          ImportReport *report);

    // Takes the import back: the store is as before run() (one batch). Keeps the events it
    // removes in `outcome->removedEvents`, for redo.
    static void undo(EventStore &store, ImportOutcome *outcome);
    // Does it again after undo(), with the same ids (one batch).
    static void redo(EventStore &store, ImportOutcome *outcome);

private:
    ContentImport(EventStore &store, const Options &options);
    void add(const TimelineContent &chunk);
    void finish();
    void findExisting();
    void mapActors(const TimelineContent &chunk);
    void mapAffiliations();
    void mapSources(const TimelineContent &chunk);
    void setTitle(const TimelineContent &chunk);
    void addCategories(const TimelineContent &chunk);
    void addRelationTypes(const TimelineContent &chunk);
    void addEras(const TimelineContent &chunk);
    void addEvents(const TimelineContent &chunk);
    void addEvent(const Event &event, qsizetype index, const EventRows::Encoded *encoded);
    void storeNewEvents(const TimelineContent &chunk, qsizetype first, qint64 total);
    static Error eventError(qsizetype index, qint64 total, const QString &title,
                            const Error &error);
    void addRelations();
    void addSavedViews();
    void addSavedView(SavedView view);
    void gatherAgreements(const TimelineContent &chunk);
    void addAgreements();
    bool isAdded(qint64 reference) const;
    bool hasEqual(const Relation &relation) const;
    Event mapped(const Event &event) const;
    qint64 eventIdOf(qint64 reference) const;
    void addActorNames(const Actor &actor, qint64 id);

    EventStore &m_store;
    const Options &m_options;
    ImportOutcome m_outcome;
    // What the store had and the import made so far, found once and kept from chunk to chunk.
    QHash<QString, qint64> m_actorsByName;          // name or alias key → store id
    QHash<QString, QList<qint64>> m_untakenSources; // source key → equal sources no one took
    QSet<QString> m_categories, m_relationTypes, m_eras;
    QList<Category> m_categoryRows;         // the store's and those made (for forNew)
    QList<qint64> m_affiliations;           // of the created actors, as content keys
    QHash<qint64, qint64> m_actorIds;       // content key → store id
    QHash<qint64, qint64> m_sourceIds;      // content key → store id
    QList<qint64> m_eventIds;               // per content event: its id in the store
    QList<bool> m_eventAdded;               // per content event: whether this import added it
    QHash<QString, qsizetype> m_uidIndex;   // uid → the first content event that has it
    QList<Relation> m_relations;            // of every chunk, added after the last events
    QList<SavedView> m_savedViews;          // of every chunk, added after every actor
    TimelineContent m_agreementParts;       // of every chunk, added after the relations
    QList<ActorRole> m_rolesBefore;         // the store's before the import
    QHash<QString, qint64> m_savedViewIds;  // case-folded name → store id
    QList<Event> m_newEvents;               // met and not yet stored (storeNewEvents)
    QList<EventRows::Encoded> m_newEncoded; // theirs, when the chunks came encoded
    QList<qsizetype> m_newEventIndexes;     // their content indexes
    bool m_storeWasEmpty = false;           // then no uid needs looking up
    bool m_titleMet = false;                // whether a chunk had a title
};

} // namespace entente
