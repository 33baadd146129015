// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinecontent.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace entente {

// One row per event, for spreadsheets (columns in docs/FORMAT.md): UTF-8 with a byte order
// mark (which Excel needs to read UTF-8), CRLF line ends, RFC 4180 quoting. A cell a
// spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) gets
// a leading ' unless it is a plain number such as -12: OWASP's advice on CSV injection.
class CsvExport final
{
    Q_DECLARE_TR_FUNCTIONS(entente::CsvExport)

public:
    // The fixed columns; the events' attributes follow, one column per key, sorted.
    static QStringList columns();
    // When an event was, as the sources give it: "start" and "end" as ISO dates without the
    // "~" ("2014-09": its length is its precision), the start's "precision" by name and
    // whether either date is "approximate". Every CSV of events writes dates so.
    static QStringList dateColumns();
    static QStringList dateCells(const Event &event);
    static void write(const TimelineContent &content, QIODevice *device);

    // One cell as written: neutralised, then quoted when it must be.
    static QByteArray cell(const QString &text);
    // One record as written: its cells, separated by commas, and CRLF.
    static QByteArray record(const QStringList &cells);
    // What starts the file: Excel reads a CSV file as UTF-8 only after the byte order mark.
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
    // The cell with a ' before it if a spreadsheet would take it for a formula.
    static QString neutralised(const QString &text);
};

} // namespace entente
