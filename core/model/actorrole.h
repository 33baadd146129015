// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace entente {

// A role an actor can have at an event ("party", "mediator"), one row of the timeline's own
// list so that users can add theirs. Where the role puts the actor decides how the
// negotiating table shows it: at the table, kept from it, or neither (a speaker, a subject).
struct ActorRole
{
    enum class Seat { AtTable, Absent, None }; // "at-table", "absent", "none"

    QString name; // stored in each event's actor list; never empty
    QString label;
    QString color; // "#rrggbb" or empty: the table's default for its seat
    Seat seat = Seat::None;

    // Every new timeline's roles, in this order: party, signatory, mediator, guarantor,
    // observer (at the table); excluded, demanded-seat ("demanded a seat": absent); speaker,
    // subject (none).
    static QList<ActorRole> builtIn();
    // The label to show: a built-in role's in the user's language while it is the one a new
    // timeline gave it (stored in English when the file was made), else the label as stored.
    QString shownLabel() const;
    static QString seatName(Seat seat);
    static bool seatFromName(const QString &name, Seat *seat);

    friend bool operator==(const ActorRole &, const ActorRole &) = default;
};

} // namespace entente
