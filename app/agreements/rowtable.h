// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableWidget>

namespace entente {

// A table of rows to pick one from, as the agreement editor lists provisions, links and
// assessments: whole rows selected one at a time, cells read-only, one column taking the room
// left, each cell's text also its tool tip (a long one is cut).
class RowTable final : public QTableWidget
{
    Q_OBJECT

public:
    RowTable(const QString &name, const QStringList &headers, int stretchColumn,
             QWidget *parent = nullptr);

    // The rows anew, nothing selected.
    void setRows(const QList<QStringList> &rows);
    int selectedRow() const; // -1: none
};

} // namespace entente
