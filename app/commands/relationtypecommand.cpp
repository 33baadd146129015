// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationtypecommand.h"

#include "eventstore.h"

#include <QCoreApplication>

namespace entente {

namespace {
// The translator's context of this file's texts: lupdate reads it here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(entente::RelationTypeCommand)
};
} // namespace

RelationTypeCommand::RelationTypeCommand(EventStore *store, Action action, const QString &text,
                                         QUndoCommand *parent)
    : StoreCommand(store, text, parent), m_action(action)
{}

RelationTypeCommand *RelationTypeCommand::set(EventStore *store,
                                              const std::optional<RelationType> &before,
                                              const RelationType &after, QUndoCommand *parent)
{
    auto *command = new RelationTypeCommand(
        store, Action::Set,
        (before ? Texts::tr("Edit Relation Type “%1”") : Texts::tr("Add Relation Type “%1”"))
            .arg(after.label),
        parent);
    command->m_before = before;
    command->m_after = after;
    return command;
}

RelationTypeCommand *RelationTypeCommand::rename(EventStore *store, const QString &from,
                                                 const QString &to)
{
    auto *command = new RelationTypeCommand(
        store, Action::Rename, Texts::tr("Rename Relation Type “%1” to “%2”").arg(from, to));
    command->m_before = RelationType{from, {}, {}, 0};
    command->m_after = RelationType{to, {}, {}, 0};
    return command;
}

RelationTypeCommand *RelationTypeCommand::remove(EventStore *store, const RelationType &type,
                                                 const QString &reassignTo)
{
    auto *command = new RelationTypeCommand(store, Action::Remove,
                                            Texts::tr("Delete Relation Type “%1”").arg(type.label));
    command->m_before = type;
    command->m_reassignTo = reassignTo;
    return command;
}

void RelationTypeCommand::redo()
{
    switch (m_action) {
    case Action::Set:
        store()->setRelationType(m_after);
        break;
    case Action::Rename:
        store()->renameRelationType(m_before->name, m_after.name);
        break;
    case Action::Remove:
        m_relations = store()->relationsOfType(m_before->name);
        store()->removeRelationType(m_before->name, m_reassignTo);
        break;
    }
}

void RelationTypeCommand::undo()
{
    switch (m_action) {
    case Action::Set:
        if (m_before) {
            store()->setRelationType(*m_before);
        } else {
            // Any relation made of it since was undone before this.
            store()->removeRelationType(m_after.name);
        }
        break;
    case Action::Rename:
        store()->renameRelationType(m_after.name, m_before->name);
        break;
    case Action::Remove:
        undoRemove();
        break;
    }
}

void RelationTypeCommand::undoRemove()
{
    // The type first, then its relations: moved back, or made again with the ids they had.
    store()->batch([&] {
        store()->setRelationType(*m_before);
        for (const Relation &relation : std::as_const(m_relations)) {
            if (m_reassignTo.isEmpty()) {
                store()->addRelation(relation, EventStore::Ids::Keep);
            } else {
                store()->updateRelation(relation);
            }
        }
    });
}

} // namespace entente
