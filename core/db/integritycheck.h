// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace entente {

class Database;

// Reads every page of a file with PRAGMA quick_check: a damaged file is refused when it
// opens, rather than failing (or showing less than it holds) somewhere in the middle of
// its use. Seconds on a file of a million events, so CheckedFile decides when it runs.
class IntegrityCheck final
{
    Q_DECLARE_TR_FUNCTIONS(entente::IntegrityCheck)

public:
    // How many problems a refusal names; the rest are counted.
    static constexpr int ProblemsNamed = 3;

    // Throws an Error naming the file and its first problems. Database::requestStop, from
    // another thread, stops it with the Error that says so.
    static void verify(Database &db);

private:
    static QStringList problems(Database &db);
    // SQLite 3.40.0 to 3.41.0 report NULLs that are not there in a WITHOUT ROWID table whose
    // key lists its columns in another order (event_actors): a report is believed only when
    // the table has such a row.
    static bool isFalseNull(Database &db, const QString &problem);
};

} // namespace entente
