// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "category.h"
#include "event.h"
#include "storecommand.h"

#include <QList>
#include <optional>

namespace entente {

// Creates or recolours a category, renames one in every event that has it, or removes one and
// moves its events to another.
class CategoryCommand final : public StoreCommand
{
public:
    // `before` is empty when the category is new.
    static CategoryCommand *set(EventStore *store, const std::optional<Category> &before,
                                const Category &after);
    static CategoryCommand *rename(EventStore *store, const QString &from, const QString &to);
    static CategoryCommand *remove(EventStore *store, const Category &category,
                                   const QString &reassignTo);

    void redo() override;
    void undo() override;

private:
    enum class Action { Set, Rename, Remove };
    CategoryCommand(EventStore *store, Action action, const QString &text);

    Action m_action;
    std::optional<Category> m_before;
    Category m_after;
    QString m_reassignTo;
    QList<Event> m_moved; // the removed category's events as they were, read at each redo
};

} // namespace entente
