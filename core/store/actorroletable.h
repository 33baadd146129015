// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actorrole.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace entente {

class Database;
class WriteBatch;

// The actor_roles table (schema 12): the roles actors have at events, the built-in ones first,
// then the others in the order they came. Events keep their roles as text (event_actors.role),
// so a rename renames them there too, and a role in use cannot be removed. Writes run inside
// the store's WriteBatch and are announced through it; they throw Error, leaving the batch to
// roll back.
class ActorRoleTable final
{
    Q_DECLARE_TR_FUNCTIONS(entente::ActorRoleTable)

public:
    ActorRoleTable(Database &db, WriteBatch &batch) : m_db(db), m_batch(batch) {}

    QList<ActorRole> all() const;
    QHash<QString, qint64> eventCounts() const; // by role; a scan of event_actors
    // With `before`, the role takes that role's place in the order (see EventStore).
    void add(const ActorRole &role, const QString &before = QString());
    // Adds the roles events name that the table does not have yet, labelled by their names and
    // seating no one: what an event's write does for the roles of its actors.
    void addMissing(const QStringList &names);
    // Notes roles that events used before a write: forgetUnused() then forgets those that no
    // event uses any more and that say nothing but their name (labelled by it, no colour,
    // seating no one, not built in): what addMissing made, so that taking an event back (undo)
    // leaves the list as it was. Once per batch, before it commits: a role no event uses costs
    // a scan of event_actors (roles have no index), once rather than once per event.
    void noteUsedBefore(const QStringList &names);
    void forgetUnused();
    void clearNoted() { m_noted.clear(); }
    void rename(const QString &from, const QString &to);
    void relabel(const QString &name, const QString &label, const QString &color);
    void setSeat(const QString &name, ActorRole::Seat seat);
    void remove(const QString &name);

private:
    bool contains(const QString &name) const;
    void insertBefore(const QString &name, const QString &before);
    void requireKnown(const QString &name) const;
    void announce(const QList<qint64> &changedEvents = {});

    Database &m_db;
    WriteBatch &m_batch;
    QSet<QString> m_noted;
};

} // namespace entente
