// SPDX-License-Identifier: GPL-3.0-or-later
#include "negotiatingtablecsv.h"

#include "csvexport.h"
#include "devicewriter.h"
#include "negotiatingtabletext.h"

#include <functional>

namespace entente {

namespace {

// A record that says something of every column's event: what it says (under the names), then
// each event's value.
QStringList aboutColumns(QStringList cells, const NegotiatingTable &table,
                         const std::function<QString(const Event &)> &value)
{
    for (const Event &event : table.columns()) {
        cells.append(value(event));
    }
    return cells;
}

} // namespace

void NegotiatingTableCsv::write(const NegotiatingTable &table, const QList<ActorRole> &roles,
                                QIODevice *device)
{
    DeviceWriter out(device);
    out.write(CsvExport::byteOrderMark());
    for (const QStringList &record : header(table)) {
        out.write(CsvExport::record(record));
    }
    const NegotiatingTableText text(roles);
    for (qsizetype row = 0; row < table.rows().size(); ++row) {
        const NegotiatingTable::Row &tableRow = table.rows().at(row);
        QStringList cells{rowName(tableRow), tableRow.displayName()};
        for (qsizetype column = 0; column < table.columns().size(); ++column) {
            cells.append(text.cellText(tableRow, table.cell(row, column)));
        }
        out.write(CsvExport::record(cells));
    }
    out.flush();
}

QList<QStringList> NegotiatingTableCsv::header(const NegotiatingTable &table)
{
    QList<QStringList> records{aboutColumns({tr("Actor"), tr("Shown as")}, table,
                                            [](const Event &event) { return event.title; }),
                               aboutColumns({QStringLiteral("uid"), QString()}, table,
                                            [](const Event &event) { return event.uid; })};
    const QStringList dateColumns = CsvExport::dateColumns();
    for (qsizetype field = 0; field < dateColumns.size(); ++field) {
        records.append(
            aboutColumns({dateColumns.at(field), QString()}, table, [field](const Event &event) {
                return CsvExport::dateCells(event).at(field);
            }));
    }
    return records;
}

QString NegotiatingTableCsv::rowName(const NegotiatingTable::Row &row)
{
    switch (row.kind) {
    case NegotiatingTable::Row::Kind::Group:
        return NegotiatingTableText::groupName(row.name);
    case NegotiatingTable::Row::Kind::Member:
        return QStringLiteral("  ") + row.name;
    case NegotiatingTable::Row::Kind::Actor:
        break;
    }
    return row.name;
}

} // namespace entente
