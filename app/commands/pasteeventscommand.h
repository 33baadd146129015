// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventclipboard.h"
#include "importcommand.h"

#include <QList>

namespace entente {

// Pastes events copied from this timeline or another, as one undo step: an import
// (ContentImport's rules: actors matched by name or alias, sources by what they say, the
// missing ones and the missing relation types created) of events that are always new, at
// their own dates, with the relations among them.
class PasteEventsCommand final : public ImportCommand
{
public:
    PasteEventsCommand(EventStore *store, const EventClipboard::Content &content,
                       QUndoCommand *parent = nullptr);

    // The pasted events' ids (valid after the first redo).
    QList<qint64> ids() const { return outcome().addedEventIds(); }

private:
    static TimelineContent contentOf(const EventClipboard::Content &content);
};

} // namespace entente
