// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorrolecommand.h"

#include "eventstore.h"

#include <QCoreApplication>

namespace entente {

namespace {
// The translator's context of this file's texts: lupdate reads it here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(entente::ActorRoleCommand)
};
} // namespace

ActorRoleCommand::ActorRoleCommand(EventStore *store, Action action, const QString &text)
    : StoreCommand(store, text), m_action(action)
{}

ActorRoleCommand *ActorRoleCommand::add(EventStore *store, const ActorRole &role)
{
    auto *command =
        new ActorRoleCommand(store, Action::Add, Texts::tr("Add Role “%1”").arg(role.label));
    command->m_after = role;
    return command;
}

ActorRoleCommand *ActorRoleCommand::rename(EventStore *store, const QString &from,
                                           const QString &to)
{
    auto *command = new ActorRoleCommand(store, Action::Rename,
                                         Texts::tr("Rename Role “%1” to “%2”").arg(from, to));
    command->m_before.name = from;
    command->m_after.name = to;
    return command;
}

ActorRoleCommand *ActorRoleCommand::edit(EventStore *store, const ActorRole &before,
                                         const ActorRole &after)
{
    Q_ASSERT(before.name == after.name);
    auto *command =
        new ActorRoleCommand(store, Action::Edit, Texts::tr("Edit Role “%1”").arg(after.label));
    command->m_before = before;
    command->m_after = after;
    return command;
}

ActorRoleCommand *ActorRoleCommand::remove(EventStore *store, const ActorRole &role)
{
    auto *command =
        new ActorRoleCommand(store, Action::Remove, Texts::tr("Delete Role “%1”").arg(role.label));
    command->m_before = role;
    return command;
}

void ActorRoleCommand::redo()
{
    switch (m_action) {
    case Action::Add:
        store()->addActorRole(m_after);
        break;
    case Action::Rename:
        store()->renameActorRole(m_before.name, m_after.name);
        break;
    case Action::Edit:
        write(m_before, m_after);
        break;
    case Action::Remove: {
        // Where it stood, so that undo puts it back there rather than last.
        const QList<ActorRole> roles = store()->actorRoles();
        m_next.clear();
        for (qsizetype i = 0; i + 1 < roles.size(); ++i) {
            if (roles.at(i).name == m_before.name) {
                m_next = roles.at(i + 1).name;
            }
        }
        store()->removeActorRole(m_before.name);
        break;
    }
    }
}

void ActorRoleCommand::undo()
{
    switch (m_action) {
    case Action::Add:
        // Any event given the role since was undone before this.
        store()->removeActorRole(m_after.name);
        break;
    case Action::Rename:
        store()->renameActorRole(m_after.name, m_before.name);
        break;
    case Action::Edit:
        write(m_after, m_before);
        break;
    case Action::Remove:
        store()->addActorRole(m_before, m_next);
        break;
    }
}

void ActorRoleCommand::write(const ActorRole &from, const ActorRole &to)
{
    store()->batch([&] {
        if (from.label != to.label || from.color != to.color) {
            store()->relabelActorRole(to.name, to.label, to.color);
        }
        if (from.seat != to.seat) {
            store()->setActorRoleSeat(to.name, to.seat);
        }
    });
}

} // namespace entente
