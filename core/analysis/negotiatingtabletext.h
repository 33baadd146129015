// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "negotiatingtable.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace entente {

// The words of the negotiating table, the same in the view, its tooltips and the CSV: a
// column's title, a role's label (as Details names an event's roles too) and what a cell says.
class NegotiatingTableText final
{
    Q_DECLARE_TR_FUNCTIONS(entente::NegotiatingTableText)

public:
    explicit NegotiatingTableText(const QList<ActorRole> &roles);

    // "12 Feb 2015 Minsk II (Package of Measures) signed", "c. 9 Feb 2025 …" (an approximate
    // date says so); an undated event by its title.
    static QString columnTitle(const Event &event);
    // The role's label, or its name when it has none or is not in the list.
    QString roleLabel(const QString &name) const;
    // An actor's roles there, "signatory; mediator"; a group's members, "2 at the table, 1
    // excluded" (the members kept from the table, whichever role keeps them); "" for none.
    QString cellText(const NegotiatingTable::Row &row, const NegotiatingTable::Cell &cell) const;
    static QString groupSummary(const NegotiatingTable::Cell &cell);
    // A group's row as a list or a legend names it: "Normandy format (group)".
    static QString groupName(const QString &name);

private:
    QHash<QString, QString> m_labels; // by role name
};

} // namespace entente
