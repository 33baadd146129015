// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storecommand.h"
#include "storerows.h"

namespace entente {

// Changes an actor, a source, an era, a relation, a saved view or an actor group (a rename, or an
// update to the current view) from one value to another.
template <typename T>
class EditRowCommand final : public StoreCommand
{
public:
    EditRowCommand(EventStore *store, const T &before, const T &after,
                   QUndoCommand *parent = nullptr)
        : StoreCommand(store,
                       QCoreApplication::translate("entente::EditRowCommand", "Edit %1 “%2”")
                           .arg(StoreRows<T>::noun(), StoreRows<T>::name(*store, after)),
                       parent),
          m_before(before), m_after(after)
    {
        Q_ASSERT(before.id == after.id);
    }

    void redo() override { StoreRows<T>::update(*store(), m_after); }
    void undo() override { StoreRows<T>::update(*store(), m_before); }

private:
    T m_before;
    T m_after;
};

} // namespace entente
