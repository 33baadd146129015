// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentimport.h"
#include "storecommand.h"

#include <optional>

namespace entente {

// Adds a TimelineContent (what a file's reader made of it) to the store as one undo step,
// through ContentImport: the first redo imports (matching actors, sources, events by uid …),
// undo takes back exactly what it did, and a later redo re-creates it with the same ids.
class ImportCommand : public StoreCommand
{
public:
    // Text: "Import FILE (N events)", N the events the content has.
    ImportCommand(EventStore *store, const TimelineContent &content,
                  const ContentImport::Options &options, const QString &fileName,
                  QUndoCommand *parent = nullptr);
    // The content as `produce` streams it (a file read again, chunk by chunk), of `events`
    // events: what a big file imports through, never held whole.
    ImportCommand(EventStore *store, ContentImport::Producer produce, qsizetype events,
                  const ContentImport::Options &options, const QString &fileName,
                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // What the import did (after the first redo; empty before).
    const ImportOutcome &outcome() const { return m_outcome; }

private:
    ContentImport::Producer m_produce; // until the first redo, then the outcome says it all
    ContentImport::Options m_options;
    ImportOutcome m_outcome;
    bool m_done = false;
};

} // namespace entente
