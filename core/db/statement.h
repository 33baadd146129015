// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

struct sqlite3_stmt;

namespace entente {

class Database;

// One prepared statement. bind() takes 1-based parameter indexes, column() 0-based ones, as
// SQLite does. step() returns true while there is a row and throws on error.
class Statement final
{
public:
    Statement(Database &db, const QString &sql);
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);         // a null QString binds ''
    Statement &bindOptional(int index, const QString &value); // a null QString binds NULL
    // UTF-8 text that stays alive and unchanged until the statement is reset (no copy is
    // made); a null view binds NULL.
    Statement &bindUtf8(int index, QByteArrayView utf8);
    Statement &bindNull(int index);
    // 0 binds NULL: our ids start at 1, and "no reference" is stored as NULL.
    Statement &bindId(int index, qint64 id);

    bool step();
    // Steps once and expects no row (INSERT, UPDATE, DELETE).
    void run();
    // Steps once and returns the first column of the row, 0 if there is none, then resets:
    // a count, a flag.
    qint64 scalar();
    // Steps through every row and returns their first column, then resets: a list of ids.
    QList<qint64> integers();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
    // The UTF-8 of bound text, kept until reset() so that SQLite need not copy it.
    std::vector<QByteArray> m_texts;
};

} // namespace entente
