// SPDX-License-Identifier: GPL-3.0-or-later
#include "negotiatingtablecsv.h"

#include "csvexport.h"
#include "devicewriter.h"
#include "negotiatingtabletext.h"

namespace entente {

void NegotiatingTableCsv::write(const NegotiatingTable &table, const QList<ActorRole> &roles,
                                QIODevice *device)
{
    const NegotiatingTableText text(roles);
    DeviceWriter out(device);
    out.write(CsvExport::byteOrderMark());
    QStringList header{tr("Actor")};
    for (const Event &event : table.columns()) {
        header.append(NegotiatingTableText::columnTitle(event));
    }
    out.write(CsvExport::record(header));
    for (qsizetype row = 0; row < table.rows().size(); ++row) {
        const NegotiatingTable::Row &tableRow = table.rows().at(row);
        QStringList cells{rowName(tableRow)};
        for (qsizetype column = 0; column < table.columns().size(); ++column) {
            cells.append(text.cellText(tableRow, table.cell(row, column)));
        }
        out.write(CsvExport::record(cells));
    }
    out.flush();
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
