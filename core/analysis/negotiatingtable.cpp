// SPDX-License-Identifier: GPL-3.0-or-later
#include "negotiatingtable.h"

#include <QSet>

#include <algorithm>

namespace entente {

namespace {
using Seat = ActorRole::Seat;

// At the table over kept from it, over neither.
Seat stronger(Seat a, Seat b)
{
    const auto rank = [](Seat seat) {
        return seat == Seat::AtTable ? 2 : seat == Seat::Absent ? 1 : 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

bool overlapsRange(const Event &event, const NegotiatingTable::Options &options)
{
    if (options.from.isNull() && options.to.isNull()) {
        return true;
    }
    if (event.isUndated()) {
        return false;
    }
    return (options.from.isNull() || event.latestSecond() >= options.from.earliestSecond()) &&
           (options.to.isNull() || event.earliestSecond() <= options.to.latestSecond());
}

bool isOfProcess(const Event &event, const QHash<qint64, QString> &processes,
                 const QString &process)
{
    return process.isEmpty() || processes.value(event.id) == process;
}

bool hasSeat(const QList<NegotiatingTable::Cell> &cells)
{
    return std::any_of(cells.cbegin(), cells.cend(), [](const NegotiatingTable::Cell &cell) {
        return !cell.isEmpty() && cell.seat != Seat::None;
    });
}

// By name as the user's language sorts, then by id, so that the order never depends on input.
bool namedBefore(const QString &aName, qint64 aId, const QString &bName, qint64 bId)
{
    const int byName = aName.localeAwareCompare(bName);
    return byName != 0 ? byName < 0 : aId < bId;
}
} // namespace

QStringList NegotiatingTable::defaultCategories()
{
    return {QStringLiteral("agreement"), QStringLiteral("talks"), QStringLiteral("meeting"),
            QStringLiteral("call")};
}

NegotiatingTable::NegotiatingTable(const Input &input) : m_columns(columnsOf(input))
{
    QHash<QString, Seat> seats;
    for (const ActorRole &role : input.roles) {
        seats.insert(role.name, role.seat);
    }
    const QHash<qint64, Cells> byActor = actorCells(seats);
    addGroups(input, byActor);
    addOtherActors(input, byActor);
}

QList<Event> NegotiatingTable::columnsOf(const Input &input)
{
    QHash<qint64, QString> processes;
    for (const Agreement &agreement : input.agreements) {
        processes.insert(agreement.id, agreement.process);
    }
    const Options &options = input.options;
    QList<Event> columns;
    for (const Event &event : input.events) {
        if (options.categories.contains(event.category) &&
            isOfProcess(event, processes, options.process) && overlapsRange(event, options)) {
            columns.append(event);
        }
    }
    std::sort(columns.begin(), columns.end(), &Event::startsBefore);
    return columns;
}

QHash<qint64, NegotiatingTable::Cells>
NegotiatingTable::actorCells(const QHash<QString, Seat> &seats) const
{
    QHash<qint64, Cells> byActor;
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        for (const EventActor &actor : m_columns.at(column).actors) {
            Cells &cells = byActor[actor.actorId];
            cells.resize(m_columns.size());
            Cell &cell = cells[column];
            if (!cell.roles.contains(actor.role)) {
                cell.roles.append(actor.role);
            }
            cell.seat = stronger(cell.seat, seats.value(actor.role, Seat::None));
        }
    }
    return byActor;
}

void NegotiatingTable::addGroups(const Input &input, const QHash<qint64, Cells> &byActor)
{
    QList<ActorGroup> groups = input.groups;
    std::sort(groups.begin(), groups.end(), [](const ActorGroup &a, const ActorGroup &b) {
        return namedBefore(a.name, a.id, b.name, b.id);
    });
    const Cells absentEverywhere(m_columns.size());
    for (const ActorGroup &group : groups) {
        Cells cells = groupCells(group, byActor);
        if (!hasSeat(cells)) {
            continue;
        }
        m_rows.append({Row::Kind::Group, group.id, group.name, 0});
        m_cells.append(std::move(cells));
        for (const qint64 memberId : group.memberIds) {
            m_rows.append(actorRow(input, Row::Kind::Member, memberId, group.id));
            m_cells.append(byActor.value(memberId, absentEverywhere));
        }
    }
}

NegotiatingTable::Cells NegotiatingTable::groupCells(const ActorGroup &group,
                                                     const QHash<qint64, Cells> &byActor) const
{
    Cells cells(m_columns.size());
    for (const qint64 memberId : group.memberIds) {
        const Cells member = byActor.value(memberId);
        for (qsizetype column = 0; column < member.size(); ++column) {
            const Seat seat = member.at(column).seat;
            if (member.at(column).isEmpty() || seat == Seat::None) {
                continue;
            }
            Cell &cell = cells[column];
            ++(seat == Seat::AtTable ? cell.seated : cell.absent);
            cell.seat = stronger(cell.seat, seat);
        }
    }
    return cells;
}

void NegotiatingTable::addOtherActors(const Input &input, const QHash<qint64, Cells> &byActor)
{
    QSet<qint64> members;
    for (const ActorGroup &group : input.groups) {
        members.unite(QSet<qint64>(group.memberIds.cbegin(), group.memberIds.cend()));
    }
    QList<qint64> actorIds;
    for (auto it = byActor.cbegin(); it != byActor.cend(); ++it) {
        if (!members.contains(it.key()) && hasSeat(it.value())) {
            actorIds.append(it.key());
        }
    }
    QList<Row> rows;
    for (const qint64 actorId : actorIds) {
        rows.append(actorRow(input, Row::Kind::Actor, actorId, 0));
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return namedBefore(a.displayName(), a.id, b.displayName(), b.id);
    });
    for (const Row &row : std::as_const(rows)) {
        m_rows.append(row);
        m_cells.append(byActor.value(row.id));
    }
}

NegotiatingTable::Row NegotiatingTable::actorRow(const Input &input, Row::Kind kind, qint64 actorId,
                                                 qint64 groupId)
{
    return {kind, actorId, input.actorNames.value(actorId), groupId,
            input.actorShortNames.value(actorId)};
}

} // namespace entente
