// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actorgroup.h"
#include "actorrole.h"
#include "agreement.h"
#include "event.h"
#include "partialdate.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace entente {

// Who sat at which table: events of the table's categories as columns, in time order
// (Event::startsBefore: undated last), filtered by peace process and date range; actors as
// rows; in each cell the actor's roles at that event and the strongest seat they give
// (at the table, over kept from it, over neither). Who is not at the table is often the
// story, so `excluded` and `demanded-seat` (seat Absent) make rows as `party` does, while
// speakers and subjects (seat None) do not: an actor whose roles are all of seat None at every
// column is not a row. Rows, in order:
// - each group (a format: the Normandy format) in name order, followed by all its members
//   in the group's order, even one that took no part: a format is known by who is in it. A
//   group is shown when one of its members has a seat at some column. Its cell counts its
//   members there: how many at the table, how many kept from it;
// - every other actor with a seat at some column, by the name shown (its short name when it
//   has one: "OSCE", not "Organization for Security and Co-operation in Europe"). An actor
//   in a group is always under the group, never a row of its own.
// A plain walk for every reader: the CSV export and the painter go row by row, column by
// column; a view hides a group's member rows while the group is folded.
class NegotiatingTable final
{
public:
    struct Options
    {
        QStringList categories = defaultCategories();
        QString process;  // Agreement::process of the column's event; empty: every event
        PartialDate from; // the event's dates overlap [from, to]; a null bound is open, and
        PartialDate to;   // an undated event is left out once either is set
    };

    struct Input
    {
        QList<Event> events;
        QList<Agreement> agreements; // the process of each event that has one (id = event id)
        QList<ActorRole> roles;      // a role not in the list has seat None
        QList<ActorGroup> groups;
        QHash<qint64, QString> actorNames;      // their full names
        QHash<qint64, QString> actorShortNames; // where an actor has one: what a row shows
        Options options;
    };

    struct Row
    {
        enum class Kind { Group, Member, Actor };
        Kind kind = Kind::Actor;
        qint64 id = 0;          // the group's id for a group row, else the actor's
        QString name;           // the actor's full name (Actor::name), or the group's
        qint64 groupId = 0;     // a member row's group
        QString shortName = {}; // the actor's, where it has one
        // What the row shows, as Actor::displayName: the short name when there is one.
        QString displayName() const { return shortName.isEmpty() ? name : shortName; }
        friend bool operator==(const Row &, const Row &) = default;
    };

    struct Cell
    {
        QStringList roles; // the actor's roles at the event, as it lists them; none for a group
        ActorRole::Seat seat = ActorRole::Seat::None; // the strongest; of any member for a group
        int seated = 0;                               // group rows: members at the table
        int absent = 0;                               // group rows: members kept from it
        // The actor was not at the event (for a group: none of its members had a seat).
        bool isEmpty() const { return roles.isEmpty() && seated == 0 && absent == 0; }
        friend bool operator==(const Cell &, const Cell &) = default;
    };

    // agreement, talks, meeting, call
    static QStringList defaultCategories();

    explicit NegotiatingTable(const Input &input);

    const QList<Event> &columns() const { return m_columns; }
    const QList<Row> &rows() const { return m_rows; }
    const Cell &cell(qsizetype row, qsizetype column) const { return m_cells.at(row).at(column); }

private:
    using Cells = QList<Cell>; // one per column

    static QList<Event> columnsOf(const Input &input);
    QHash<qint64, Cells> actorCells(const QHash<QString, ActorRole::Seat> &seats) const;
    void addGroups(const Input &input, const QHash<qint64, Cells> &byActor);
    void addOtherActors(const Input &input, const QHash<qint64, Cells> &byActor);
    Cells groupCells(const ActorGroup &group, const QHash<qint64, Cells> &byActor) const;
    static Row actorRow(const Input &input, Row::Kind kind, qint64 actorId, qint64 groupId);

    QList<Event> m_columns;
    QList<Row> m_rows;
    QList<Cells> m_cells; // per row
};

} // namespace entente
