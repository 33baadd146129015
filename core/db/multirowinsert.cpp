// SPDX-License-Identifier: GPL-3.0-or-later
#include "multirowinsert.h"

#include "database.h"

namespace entente {

MultiRowInsert::MultiRowInsert(Database &db, const QString &head, int columns, const QString &tail)
    : m_db(db), m_head(head), m_tail(tail), m_columns(columns), m_sql(RowsPerStatement)
{}

Statement &MultiRowInsert::statementFor(int rows)
{
    QString &sql = m_sql[rows - 1];
    if (sql.isEmpty()) {
        QStringList marks(m_columns, QStringLiteral("?"));
        const QString row = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        sql = m_head + QLatin1Char(' ') + QStringList(rows, row).join(QLatin1Char(',')) +
              QLatin1Char(' ') + m_tail;
    }
    return m_db.cached(sql);
}

} // namespace entente
