// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowtable.h"

#include <QHeaderView>

namespace entente {

RowTable::RowTable(const QString &name, const QStringList &headers, int stretchColumn,
                   QWidget *parent)
    : QTableWidget(0, int(headers.size()), parent)
{
    setObjectName(name);
    setHorizontalHeaderLabels(headers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

void RowTable::setRows(const QList<QStringList> &rows)
{
    clearSelection();
    setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < columnCount(); ++column) {
            const QString text = rows.at(row).value(column);
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            setItem(row, column, item);
        }
    }
}

int RowTable::selectedRow() const
{
    const QList<QTableWidgetItem *> items = selectedItems();
    return items.isEmpty() ? -1 : items.first()->row();
}

} // namespace entente
