// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemacheck.h"

#include "database.h"
#include "error.h"
#include "schemamigrator.h"
#include "statement.h"

#include <QDir>
#include <QHash>
#include <QMutex>

namespace entente {

namespace {

struct SchemaObject
{
    QString type;
    QString table;
    QString sql;

    friend bool operator==(const SchemaObject &, const SchemaObject &) = default;
};

// By name: every schema object's name is unique in its database.
using Schema = QHash<QString, SchemaObject>;

Schema schemaOf(Database &db)
{
    Statement rows(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema"));
    Schema schema;
    while (rows.step()) {
        schema.insert(rows.text(1), {rows.text(0), rows.text(2), rows.text(3)});
    }
    return schema;
}

Schema expectedSchema(int version, qint32 applicationId)
{
    static QMutex mutex;
    static QHash<int, Schema> known;
    const QMutexLocker lock(&mutex);
    auto it = known.find(version);
    if (it == known.end()) {
        Database memory(QStringLiteral(":memory:"), Database::OpenMode::ReadWriteCreate);
        SchemaMigrator(memory).bringUpToDate(version, applicationId);
        it = known.insert(version, schemaOf(memory));
    }
    return it.value();
}

// SQLite's own statistics tables, which ANALYZE or PRAGMA optimize may add to any file.
bool isStatistics(const QString &name)
{
    return name.startsWith(QLatin1String("sqlite_stat"));
}

QString kindOf(const QString &type)
{
    if (type == QLatin1String("table")) {
        return SchemaCheck::tr("table");
    }
    if (type == QLatin1String("index")) {
        return SchemaCheck::tr("index");
    }
    if (type == QLatin1String("view")) {
        return SchemaCheck::tr("view");
    }
    if (type == QLatin1String("trigger")) {
        return SchemaCheck::tr("trigger");
    }
    return type;
}

} // namespace

void SchemaCheck::verify(Database &db, int version, qint32 applicationId)
{
    const Schema expected = expectedSchema(version, applicationId);
    const Schema found = schemaOf(db);
    const QString file = QDir::toNativeSeparators(db.path());
    for (auto it = found.begin(); it != found.end(); ++it) {
        const auto wanted = expected.find(it.key());
        if (wanted == expected.end() && !isStatistics(it.key())) {
            throw Error(tr("%1 has a %2 “%3” that no Entente timeline has; it was not opened "
                           "and not changed, because it could run code that the file brings")
                            .arg(file, kindOf(it->type), it.key()));
        }
        if (wanted != expected.end() && *wanted != *it) {
            throw Error(tr("%1: its %2 “%3” is not the one of timeline format %4; it was not "
                           "opened and not changed")
                            .arg(file, kindOf(it->type), it.key())
                            .arg(version));
        }
    }
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (!found.contains(it.key())) {
            throw Error(tr("%1 lacks the %2 “%3” of timeline format %4: it is damaged or was "
                           "not written by Entente; it was not changed")
                            .arg(file, kindOf(it->type), it.key())
                            .arg(version));
        }
    }
}

} // namespace entente
