// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetreader.h"
#include "timelinecontent.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace entente {

// Builds the TimelineContent of a dataset row by row, for its reader: an actor named in many
// rows is one actor, and a source cited by many rows one source, found again through hash maps
// instead of a search; events that turn out bad after they were added (a date read only at the
// end) are taken out again, with the actors and sources no other event uses. It holds one chunk
// (DatasetReader::stream) at a time: delivered, the chunk's events and the actors and sources
// they named first go, and only the names and keys stay, so that a later chunk's events name the
// same actors and sources.
class ContentBuilder final
{
public:
    // The event's actor of that name, in `role`; nothing for an empty name or one the event
    // already has. Made the first time, of `kind` (else a Group): an actor made without a kind
    // takes the first one a later row of its chunk gives it (once delivered, it stays a Group).
    void addActor(Event *event, QStringView name, const QString &role,
                  std::optional<Actor::Type> kind = std::nullopt);
    // The source (its id aside) among the event's; an equal one is shared with other events.
    void addSource(Event *event, const Source &source);
    // The same for a source that names only its outlet, without a copy when it is known.
    void addOutlet(Event *event, QStringView outlet);
    // Indexes count the events of the chunk being built.
    qsizetype addEvent(Event event);
    Event &event(qsizetype index) { return m_content.events[index]; }
    qsizetype eventCount() const { return m_content.events.size(); }
    bool isChunkFull() const { return m_content.events.size() >= DatasetReader::ChunkEvents; }

    // The agreement row and provisions of the chunk's event at `index`, as the content names
    // them (its placeholder; provisions keyed 1, 2 … across chunks). Added last, after any
    // removeEvents() of the chunk, which does not move them.
    void addAgreement(qsizetype index, Agreement agreement, QList<Provision> provisions);

    // Takes out the events at `indexes` (in any order, repeats allowed), and what only they used.
    void removeEvents(QList<qsizetype> indexes);

    // Gives the chunk being built to `sink` (nothing when it is empty) and starts the next.
    void deliver(const ContentSink &sink);

private:
    // The source whose key m_sourceKey holds among the event's, made the first time of
    // *source, or of `outlet` alone when source is null.
    void addKeyedSource(Event *event, const Source *source, QStringView outlet);
    void removeUnused();

    TimelineContent m_content;
    QHash<QString, qint64> m_actorIds;  // by name
    QString m_actorName;                // buffer of the name looked up, kept from row to row
    QSet<qint64> m_kindless;            // actors made without a kind
    QHash<QString, qint64> m_sourceIds; // by the key writeSourceKey() writes
    QString m_sourceKey;                // that key's buffer, kept from source to source
    qint64 m_lastActorId = 0;
    qint64 m_lastSourceId = 0;
    qint64 m_lastProvisionId = 0;
    qsizetype m_deliveredEvents = 0; // of earlier chunks: placeholders count across the content
};

} // namespace entente
