// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storecommand.h"
#include "storerows.h"

#include <type_traits>

namespace entente {

// Removes an actor, a source, an era, a relation, a saved view or an actor group. Events that
// named the actor or cited the source lose it, so do the groups it was a member of, the
// provisions it bound (their parties) and the provision links and assessments that cited the
// source, and the actors that belonged to it belong to no one (the schema sets their parent
// to null); undo gives it back to all of them, in its place, with the id it had.
template <typename T>
class RemoveRowCommand final : public StoreCommand
{
public:
    RemoveRowCommand(EventStore *store, qint64 id, QUndoCommand *parent = nullptr)
        : StoreCommand(store, QString(), parent), m_id(id)
    {
        const std::optional<T> row = StoreRows<T>::find(*store, id);
        setText(QCoreApplication::translate("entente::RemoveRowCommand", "Delete %1 “%2”")
                    .arg(StoreRows<T>::noun(), row ? StoreRows<T>::name(*store, *row) : QString()));
    }

    void redo() override
    {
        // Read just before the removal: what undo puts back.
        m_row = StoreRows<T>::find(*store(), m_id);
        m_dependents =
            store()->events(StoreRows<T>::dependents(*store(), m_id), EventStore::Detail::Full);
        m_agreementParts = StoreRows<T>::agreementParts(*store(), m_id);
        if constexpr (std::is_same_v<T, Actor>) {
            m_members.clear();
            for (const Actor &actor : store()->actors()) {
                if (actor.affiliationId == m_id) {
                    m_members.append(actor);
                }
            }
            m_groups.clear();
            for (const ActorGroup &group : store()->actorGroups()) {
                if (group.memberIds.contains(m_id)) {
                    m_groups.append(group);
                }
            }
        }
        StoreRows<T>::remove(*store(), m_id);
    }
    void undo() override
    {
        if (!m_row) {
            return; // it was gone already: nothing was removed
        }
        store()->batch([&] {
            StoreRows<T>::add(*store(), *m_row, EventStore::Ids::Keep);
            for (const Event &event : std::as_const(m_dependents)) {
                store()->updateEvent(event);
            }
            for (const Actor &member : std::as_const(m_members)) {
                store()->updateActor(member);
            }
            for (const ActorGroup &group : std::as_const(m_groups)) {
                store()->updateActorGroup(group); // its place among the members
            }
            store()->updateAgreementRecords(m_agreementParts); // its place among the parties
        });
    }

private:
    qint64 m_id;
    std::optional<T> m_row;
    QList<Event> m_dependents;
    AgreementRecords m_agreementParts;
    QList<Actor> m_members;     // actors only: those that belonged to it
    QList<ActorGroup> m_groups; // actors only: the groups it was a member of
};

} // namespace entente
