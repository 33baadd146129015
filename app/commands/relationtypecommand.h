// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relation.h"
#include "relationtype.h"
#include "storecommand.h"

#include <QList>
#include <optional>

namespace entente {

// Creates a relation type or changes its label and colour, renames one (its relations
// follow), or removes one, moving its relations to another type or removing them with it.
class RelationTypeCommand final : public StoreCommand
{
public:
    // `before` is empty when the type is new.
    static RelationTypeCommand *set(EventStore *store, const std::optional<RelationType> &before,
                                    const RelationType &after, QUndoCommand *parent = nullptr);
    static RelationTypeCommand *rename(EventStore *store, const QString &from, const QString &to);
    // `reassignTo` "": its relations are removed too.
    static RelationTypeCommand *remove(EventStore *store, const RelationType &type,
                                       const QString &reassignTo);

    void redo() override;
    void undo() override;

private:
    enum class Action { Set, Rename, Remove };
    RelationTypeCommand(EventStore *store, Action action, const QString &text,
                        QUndoCommand *parent = nullptr);
    void undoRemove();

    Action m_action;
    std::optional<RelationType> m_before;
    RelationType m_after;
    QString m_reassignTo;
    QList<Relation> m_relations; // the removed type's relations as they were, read at each redo
};

} // namespace entente
