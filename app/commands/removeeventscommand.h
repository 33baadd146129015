// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreementrecords.h"
#include "event.h"
#include "relation.h"
#include "storecommand.h"

#include <QList>

namespace entente {

// Removes events with their relations and what hangs on them as agreements (provisions, their
// links and assessments, the events' own links); undo brings all back with the ids they had.
class RemoveEventsCommand final : public StoreCommand
{
public:
    RemoveEventsCommand(EventStore *store, const QList<qint64> &ids,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QList<qint64> m_ids;
    // Read at each redo, just before the removal: the values undo puts back.
    QList<Event> m_events;
    QList<Relation> m_relations;
    AgreementRecords m_agreementRecords;
};

} // namespace entente
