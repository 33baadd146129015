// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actorrole.h"
#include "storecommand.h"

namespace entente {

// Adds a role to the timeline's list, renames one (the events that give it follow), changes
// its label, colour and seat, or removes one that no event gives (the store refuses one in
// use, saying by how many events). Undo of a removal puts the role back in its place.
class ActorRoleCommand final : public StoreCommand
{
public:
    static ActorRoleCommand *add(EventStore *store, const ActorRole &role);
    static ActorRoleCommand *rename(EventStore *store, const QString &from, const QString &to);
    // Label, colour and seat, in one step; `before` and `after` have the same name.
    static ActorRoleCommand *edit(EventStore *store, const ActorRole &before,
                                  const ActorRole &after);
    static ActorRoleCommand *remove(EventStore *store, const ActorRole &role);

    void redo() override;
    void undo() override;

private:
    enum class Action { Add, Rename, Edit, Remove };
    ActorRoleCommand(EventStore *store, Action action, const QString &text);
    void write(const ActorRole &from, const ActorRole &to);

    Action m_action;
    ActorRole m_before;
    ActorRole m_after;
    QString m_next; // a removed role's successor in the list, read at each redo
};

} // namespace entente
