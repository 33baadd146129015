// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritycheck.h"

#include "database.h"
#include "error.h"
#include "statement.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>

#include <sqlite3.h>

namespace entente {

namespace {
// Enough to name the first few, with false NULL reports (one per row) among them.
constexpr int ProblemsRead = 100;
} // namespace

void IntegrityCheck::verify(Database &db)
{
    QStringList found;
    try {
        found = problems(db);
    } catch (const Error &error) {
        // Damage bad enough to stop the check itself (a page that cannot be parsed).
        const int primary = error.sqliteCode() & 0xff;
        if (primary != SQLITE_CORRUPT && primary != SQLITE_NOTADB) {
            throw;
        }
        found = {QString::fromUtf8(sqlite3_errstr(primary))};
    }
    if (found.isEmpty()) {
        return;
    }
    QString named = found.mid(0, ProblemsNamed).join(QStringLiteral("; "));
    if (found.size() > ProblemsNamed) {
        named += tr(" and %n more", nullptr, int(found.size() - ProblemsNamed));
    }
    throw Error(tr("%1 is damaged (%2); it was not changed")
                    .arg(QDir::toNativeSeparators(db.path()), named),
                SQLITE_CORRUPT);
}

QStringList IntegrityCheck::problems(Database &db)
{
    QStringList found;
    QHash<QString, bool> falseNulls; // one query per column, not per reported row
    Statement check(db, QStringLiteral("PRAGMA quick_check(%1)").arg(ProblemsRead));
    while (check.step()) {
        // The b-tree's problems come as one row of lines, under a line naming the database.
        for (const QString &problem : check.text(0).split(u'\n', Qt::SkipEmptyParts)) {
            if (problem == QLatin1String("ok") || problem.startsWith(QLatin1String("*** "))) {
                continue;
            }
            auto known = falseNulls.find(problem);
            if (known == falseNulls.end()) {
                known = falseNulls.insert(problem, isFalseNull(db, problem));
            }
            if (!known.value()) {
                found += problem;
            }
        }
    }
    return found;
}

bool IntegrityCheck::isFalseNull(Database &db, const QString &problem)
{
    // Names of plain letters only: the schema was checked before (SchemaCheck), and a name
    // that is not ours is no report to explain away.
    static const QRegularExpression nullValue(
        QStringLiteral("^NULL value in ([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)$"));
    const QRegularExpressionMatch match = nullValue.match(problem);
    if (!match.hasMatch()) {
        return false;
    }
    Statement count(db, QStringLiteral("SELECT count(*) FROM \"%1\" WHERE \"%2\" IS NULL")
                            .arg(match.captured(1), match.captured(2)));
    return count.scalar() == 0;
}

} // namespace entente
