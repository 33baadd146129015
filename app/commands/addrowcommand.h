// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storecommand.h"
#include "storerows.h"

namespace entente {

// Adds an actor, a source, an era, a relation, a saved view or an actor group. The first redo gives
// it a new id; later redos re-create it with that id.
template <typename T>
class AddRowCommand final : public StoreCommand
{
public:
    AddRowCommand(EventStore *store, const T &row, QUndoCommand *parent = nullptr)
        : StoreCommand(store,
                       QCoreApplication::translate("entente::AddRowCommand", "Add %1 “%2”")
                           .arg(StoreRows<T>::noun(), StoreRows<T>::name(*store, row)),
                       parent),
          m_row(row)
    {}

    void redo() override
    {
        m_row.id = StoreRows<T>::add(*store(), m_row,
                                     m_done ? EventStore::Ids::Keep : EventStore::Ids::New);
        m_done = true;
    }
    void undo() override { StoreRows<T>::remove(*store(), m_row.id); }

    qint64 rowId() const { return m_row.id; } // valid after the first redo

private:
    T m_row;
    bool m_done = false;
};

} // namespace entente
