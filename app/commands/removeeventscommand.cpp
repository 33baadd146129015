// SPDX-License-Identifier: GPL-3.0-or-later
#include "removeeventscommand.h"

#include "eventstore.h"

namespace entente {

RemoveEventsCommand::RemoveEventsCommand(EventStore *store, const QList<qint64> &ids,
                                         QUndoCommand *parent)
    : StoreCommand(store, QString(), parent), m_ids(ids)
{
    const std::optional<Event> first =
        ids.size() == 1 ? store->event(ids.constFirst()) : std::nullopt;
    setText(first ? QCoreApplication::translate("entente::RemoveEventsCommand", "Delete “%1”")
                        .arg(first->title)
                  : QCoreApplication::translate("entente::RemoveEventsCommand", "Delete %n Events",
                                                nullptr, int(ids.size())));
}

void RemoveEventsCommand::redo()
{
    m_events = store()->events(m_ids, EventStore::Detail::Full);
    m_relations = store()->relationsOf(m_ids);
    m_agreementRecords = store()->agreementRecordsOf(m_ids);
    store()->batch([&] {
        for (qint64 id : std::as_const(m_ids)) {
            store()->removeEvent(id);
        }
    });
}

void RemoveEventsCommand::undo()
{
    store()->batch([&] {
        for (const Event &event : std::as_const(m_events)) {
            store()->addEvent(event, EventStore::Ids::Keep);
        }
        for (const Relation &relation : std::as_const(m_relations)) {
            store()->addRelation(relation, EventStore::Ids::Keep);
        }
        store()->restoreAgreementRecords(m_agreementRecords);
    });
}

} // namespace entente
