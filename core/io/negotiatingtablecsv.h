// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "negotiatingtable.h"

#include <QCoreApplication>

class QIODevice;

namespace entente {

// The negotiating table for spreadsheets, written as CsvExport writes (UTF-8 with a byte order
// mark, CRLF, RFC 4180 quoting, formulas neutralised): a header "Actor" then one column per
// event ("2015-02-12 Minsk II (Package of Measures) signed"), then one record per row of the
// table in its order. A group's record is named "Normandy format (group)" and says how many
// of its members sat at the table and how many were kept from it; its members follow,
// indented by two spaces (a column of their own would break the header's one-name-then-events
// shape, which a pivot reads as is). An actor's cell is its roles' labels joined by "; ".
class NegotiatingTableCsv final
{
    Q_DECLARE_TR_FUNCTIONS(entente::NegotiatingTableCsv)

public:
    // Throws Error if the device refuses to be written.
    static void write(const NegotiatingTable &table, const QList<ActorRole> &roles,
                      QIODevice *device);
    // The name in a row's first cell.
    static QString rowName(const NegotiatingTable::Row &row);
};

} // namespace entente
