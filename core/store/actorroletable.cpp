// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorroletable.h"

#include "database.h"
#include "error.h"
#include "statement.h"
#include "validator.h"
#include "writebatch.h"

namespace entente {

QList<ActorRole> ActorRoleTable::all() const
{
    Statement &select = m_db.cached(
        QStringLiteral("SELECT name, label, color, seat FROM actor_roles ORDER BY rowid"));
    QList<ActorRole> roles;
    while (select.step()) {
        ActorRole role{select.text(0), select.text(1), select.text(2), ActorRole::Seat::None};
        ActorRole::seatFromName(select.text(3), &role.seat);
        roles.append(role);
    }
    select.reset();
    return roles;
}

bool ActorRoleTable::contains(const QString &name) const
{
    return m_db.cached(QStringLiteral("SELECT count(*) FROM actor_roles WHERE name = ?1"))
               .bind(1, name)
               .scalar() > 0;
}

QHash<QString, qint64> ActorRoleTable::eventCounts() const
{
    Statement &select = m_db.cached(QStringLiteral(
        "SELECT role, count(DISTINCT event_id) FROM event_actors WHERE role <> '' GROUP BY role"));
    QHash<QString, qint64> counts;
    while (select.step()) {
        counts.insert(select.text(0), select.int64(1));
    }
    select.reset();
    return counts;
}

void ActorRoleTable::add(const ActorRole &role, const QString &before)
{
    const QList<Validator::Problem> problems = Validator::check(role);
    if (!problems.isEmpty()) {
        throw Error(tr("role “%1”: %2 Nothing was changed.")
                        .arg(role.name, Validator::describe(problems).replace(u'\n', u' ')));
    }
    if (contains(role.name)) {
        throw Error(tr("There is a role “%1” already. Nothing was changed.").arg(role.name));
    }
    m_db.cached(QStringLiteral(
                    "INSERT INTO actor_roles (name, label, color, seat) VALUES (?1, ?2, ?3, ?4)"))
        .bind(1, role.name)
        .bind(2, role.label)
        .bind(3, role.color)
        .bind(4, ActorRole::seatName(role.seat))
        .run();
    if (!before.isEmpty() && contains(before)) {
        insertBefore(role.name, before);
    }
    announce();
}

void ActorRoleTable::insertBefore(const QString &name, const QString &before)
{
    // The rowid is the order. Those from `before` on move down one, in two steps (through
    // negative rowids) since SQLite checks each row's rowid as it is updated.
    const qint64 place =
        m_db.cached(QStringLiteral("SELECT rowid FROM actor_roles WHERE name = ?1"))
            .bind(1, before)
            .scalar();
    m_db.cached(QStringLiteral("UPDATE actor_roles SET rowid = -rowid - 1 WHERE rowid >= ?1 AND "
                               "name <> ?2"))
        .bind(1, place)
        .bind(2, name)
        .run();
    m_db.cached(QStringLiteral("UPDATE actor_roles SET rowid = ?1 WHERE name = ?2"))
        .bind(1, place)
        .bind(2, name)
        .run();
    m_db.cached(QStringLiteral("UPDATE actor_roles SET rowid = -rowid WHERE rowid < 0")).run();
}

void ActorRoleTable::addMissing(const QStringList &names)
{
    Statement &insert = m_db.cached(QStringLiteral(
        "INSERT INTO actor_roles (name, label) VALUES (?1, ?1) ON CONFLICT (name) DO NOTHING"));
    bool added = false;
    for (const QString &name : names) {
        if (!name.isEmpty()) {
            insert.bind(1, name).run();
            added |= m_db.changes() > 0;
        }
    }
    if (added) {
        announce();
    }
}

void ActorRoleTable::noteUsedBefore(const QStringList &names)
{
    for (const QString &name : names) {
        if (!name.isEmpty()) {
            m_noted.insert(name);
        }
    }
}

void ActorRoleTable::forgetUnused()
{
    if (m_noted.isEmpty()) {
        return;
    }
    // A role in use is found at once; an unused one costs a scan of event_actors.
    Statement &forget = m_db.cached(QStringLiteral(
        "DELETE FROM actor_roles WHERE name = ?1 AND label = name AND color = '' AND seat = "
        "'none' AND NOT EXISTS (SELECT 1 FROM event_actors WHERE role = ?1)"));
    QSet<QString> builtIn;
    for (const ActorRole &role : ActorRole::builtIn()) {
        builtIn.insert(role.name);
    }
    bool forgot = false;
    for (const QString &name : std::as_const(m_noted)) {
        if (!builtIn.contains(name)) {
            forget.bind(1, name).run();
            forgot |= m_db.changes() > 0;
        }
    }
    m_noted.clear();
    if (forgot) {
        announce();
    }
}

void ActorRoleTable::rename(const QString &from, const QString &to)
{
    requireKnown(from);
    if (to.trimmed().isEmpty() || to.size() > Validator::MaxNameLength) {
        throw Error(tr("A role needs a name of at most %L1 characters. Nothing was changed.")
                        .arg(Validator::MaxNameLength));
    }
    if (contains(to)) {
        throw Error(tr("There is a role “%1” already. Nothing was changed.").arg(to));
    }
    const QList<qint64> events =
        m_db.cached(QStringLiteral("SELECT DISTINCT event_id FROM event_actors WHERE role = ?1 "
                                   "ORDER BY event_id"))
            .bind(1, from)
            .integers();
    m_db.cached(QStringLiteral("UPDATE actor_roles SET name = ?2 WHERE name = ?1"))
        .bind(1, from)
        .bind(2, to)
        .run();
    m_db.cached(QStringLiteral("UPDATE event_actors SET role = ?2 WHERE role = ?1"))
        .bind(1, from)
        .bind(2, to)
        .run();
    announce(events);
}

void ActorRoleTable::relabel(const QString &name, const QString &label, const QString &color)
{
    requireKnown(name);
    const QList<Validator::Problem> problems = Validator::check(ActorRole{name, label, color});
    if (!problems.isEmpty()) {
        throw Error(tr("role “%1”: %2 Nothing was changed.")
                        .arg(name, Validator::describe(problems).replace(u'\n', u' ')));
    }
    m_db.cached(QStringLiteral("UPDATE actor_roles SET label = ?2, color = ?3 WHERE name = ?1"))
        .bind(1, name)
        .bind(2, label)
        .bind(3, color)
        .run();
    announce();
}

void ActorRoleTable::setSeat(const QString &name, ActorRole::Seat seat)
{
    requireKnown(name);
    m_db.cached(QStringLiteral("UPDATE actor_roles SET seat = ?2 WHERE name = ?1"))
        .bind(1, name)
        .bind(2, ActorRole::seatName(seat))
        .run();
    announce();
}

void ActorRoleTable::remove(const QString &name)
{
    requireKnown(name);
    // A scan of event_actors (roles have no index of their own): a rare edit.
    const qint64 users =
        m_db.cached(
                QStringLiteral("SELECT count(DISTINCT event_id) FROM event_actors WHERE role = ?1"))
            .bind(1, name)
            .scalar();
    if (users > 0) {
        throw Error(tr("The role “%1” is used by %n event(s); give them another role first. "
                       "Nothing was changed.",
                       nullptr, int(users))
                        .arg(name));
    }
    m_db.cached(QStringLiteral("DELETE FROM actor_roles WHERE name = ?1")).bind(1, name).run();
    announce();
}

void ActorRoleTable::requireKnown(const QString &name) const
{
    if (!contains(name)) {
        throw Error(tr("There is no role “%1” in this timeline. Nothing was changed.").arg(name));
    }
}

void ActorRoleTable::announce(const QList<qint64> &changedEvents)
{
    StoreChange change;
    change.rolesChanged = true;
    change.events.changed = changedEvents;
    m_batch.record(change);
}

} // namespace entente
