// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "negotiatingtable.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace entente {

// The negotiating table for spreadsheets, written as CsvExport writes (UTF-8 with a byte order
// mark, CRLF, RFC 4180 quoting, formulas neutralised). Six records describe the columns, one
// per event: "Actor", "Shown as", then each event's title; "uid" and its uid; then "start",
// "end", "precision" and "approximate" as CsvExport writes them (CsvExport::dateCells), so that
// "c. 9 Feb 2025" reads 2025-02-09, day, true and "Sep 2014" 2014-09, month, false, as in the
// events' CSV, which the uids join. Then one record per row of the table in its order: the
// actor's full name (lossless, and the name the events' CSV gives), then the name the table
// shows (its short name when it has one: "OSCE"), then the cells. A group's record is named
// "Normandy format (group)" and says how many of its members sat at the table and how many
// were kept from it; its members follow, indented by two spaces in the first column (a column
// of their own would break the one-name-then-events shape). An actor's cell is its roles'
// labels joined by "; ".
class NegotiatingTableCsv final
{
    Q_DECLARE_TR_FUNCTIONS(entente::NegotiatingTableCsv)

public:
    // Throws Error if the device refuses to be written.
    static void write(const NegotiatingTable &table, const QList<ActorRole> &roles,
                      QIODevice *device);
    // The records before the table's rows, which describe its columns.
    static QList<QStringList> header(const NegotiatingTable &table);
    // The name in a row's first cell.
    static QString rowName(const NegotiatingTable::Row &row);
};

} // namespace entente
