// SPDX-License-Identifier: GPL-3.0-or-later
#include "categorycommand.h"

#include "eventstore.h"

#include <QCoreApplication>

namespace entente {

namespace {
// The translator's context of this file's texts: lupdate reads it here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(entente::CategoryCommand)
};
} // namespace

CategoryCommand::CategoryCommand(EventStore *store, Action action, const QString &text)
    : StoreCommand(store, text), m_action(action)
{}

CategoryCommand *CategoryCommand::set(EventStore *store, const std::optional<Category> &before,
                                      const Category &after)
{
    auto *command = new CategoryCommand(
        store, Action::Set,
        (before ? Texts::tr("Edit Category “%1”") : Texts::tr("Add Category “%1”"))
            .arg(after.name));
    command->m_before = before;
    command->m_after = after;
    return command;
}

CategoryCommand *CategoryCommand::rename(EventStore *store, const QString &from, const QString &to)
{
    auto *command = new CategoryCommand(store, Action::Rename,
                                        Texts::tr("Rename Category “%1” to “%2”").arg(from, to));
    command->m_before = Category{from, {}, 0};
    command->m_after = Category{to, {}, 0};
    return command;
}

CategoryCommand *CategoryCommand::remove(EventStore *store, const Category &category,
                                         const QString &reassignTo)
{
    auto *command = new CategoryCommand(store, Action::Remove,
                                        Texts::tr("Delete Category “%1”").arg(category.name));
    command->m_before = category;
    command->m_reassignTo = reassignTo;
    return command;
}

void CategoryCommand::redo()
{
    switch (m_action) {
    case Action::Set:
        store()->setCategory(m_after);
        break;
    case Action::Rename:
        store()->renameCategory(m_before->name, m_after.name);
        break;
    case Action::Remove:
        m_moved =
            store()->events(store()->eventsInCategory(m_before->name), EventStore::Detail::Full);
        store()->removeCategory(m_before->name, m_reassignTo);
        break;
    }
}

void CategoryCommand::undo()
{
    switch (m_action) {
    case Action::Set:
        if (m_before) {
            store()->setCategory(*m_before);
        } else {
            store()->removeCategory(m_after.name, m_after.name); // forget it, events untouched
        }
        break;
    case Action::Rename:
        store()->renameCategory(m_after.name, m_before->name);
        break;
    case Action::Remove:
        store()->batch([&] {
            if (m_before->defined) {
                store()->setCategory(*m_before);
            }
            for (const Event &event : std::as_const(m_moved)) {
                store()->updateEvent(event);
            }
        });
        break;
    }
}

} // namespace entente
