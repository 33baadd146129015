// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statement.h"

#include <QList>
#include <QString>

#include <algorithm>

namespace entente {

class Database;

// An INSERT of many rows per statement, for the bulk writes of an import: SQLite's cost per
// statement (opening the table and each of its indexes, the statement's savepoint, the reset)
// then comes once per RowsPerStatement rows instead of once per row. At a million events that
// was a quarter of the time SQLite spent storing them.
class MultiRowInsert final
{
public:
    static constexpr int RowsPerStatement = 32;

    // `head` is the statement up to VALUES ("INSERT INTO t (a, b) VALUES"), `tail` what follows
    // the rows (an ON CONFLICT clause, or nothing).
    MultiRowInsert(Database &db, const QString &head, int columns, const QString &tail = {});

    // Inserts `count` rows: bindRow(statement, firstParameter, row) binds row `row` at the
    // parameters firstParameter … firstParameter + columns - 1.
    template <typename BindRow>
    void run(qsizetype count, BindRow &&bindRow)
    {
        for (qsizetype first = 0; first < count; first += RowsPerStatement) {
            const int rows = int(std::min<qsizetype>(RowsPerStatement, count - first));
            Statement &statement = statementFor(rows);
            for (int row = 0; row < rows; ++row) {
                bindRow(statement, row * m_columns + 1, first + row);
            }
            statement.run();
        }
    }

private:
    Statement &statementFor(int rows);

    Database &m_db;
    QString m_head, m_tail;
    int m_columns;
    QList<QString> m_sql; // by number of rows - 1, made when first needed
};

} // namespace entente
