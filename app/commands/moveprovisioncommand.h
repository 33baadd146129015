// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storecommand.h"

namespace entente {

// Moves a provision one place up or down its agreement's order: it swaps positions with its
// neighbour. Positions are unique within an agreement, so the swap goes through a free
// position, all in one write. A swap undoes itself.
class MoveProvisionCommand final : public StoreCommand
{
public:
    enum class Direction { Up, Down };

    // Null when there is no neighbour that way (the first moved up, the last down).
    static MoveProvisionCommand *create(EventStore *store, qint64 provisionId, Direction direction);

    void redo() override { swap(); }
    void undo() override { swap(); }

private:
    MoveProvisionCommand(EventStore *store, qint64 first, qint64 second, const QString &text);
    void swap();

    qint64 m_first;
    qint64 m_second;
};

} // namespace entente
