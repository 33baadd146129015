// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the tests. Header-only: every tst_<unit> is a program of its own.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTime>

#include <optional>

// Seconds since 1970-01-01T00:00 of a wall-clock time, computed independently of PartialDate.
inline qint64 utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC)
        .toSecsSinceEpoch();
}

// Settings of this test process in a directory of its own, gone when it exits: two runs of the
// suite at once (a second checkout, or CI beside a developer) once shared a recent-files list and
// failed each other's tests. Call before the first QSettings is made.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir directory;
    // Windows keeps native settings in the registry and macOS in its preferences, neither in a
    // folder: INI files are the format that setPath moves on every system.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, directory.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, directory.path());
}

// The whole content of a file, or nothing if it cannot be read.
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

// The helpers below need the core library's headers. tst_cli runs the program instead of
// linking it and does not see them, so it gets only the ones above.
#if __has_include("partialdate.h")

#include "error.h"
#include "partialdate.h"

namespace entente {
// Lets QCOMPARE print dates instead of "<unknown>" when a comparison fails. It is found by
// argument-dependent lookup, so it must stay in the namespace of PartialDate.
inline char *toString(const PartialDate &date)
{
    const QString text = date.isNull() ? QStringLiteral("<null>") : date.toEdtf();
    return qstrdup(text.toUtf8().constData());
}
} // namespace entente

// "" stands for the null (undated) date in test tables.
inline entente::PartialDate parsed(const QString &text)
{
    return text.isEmpty() ? entente::PartialDate() : entente::PartialDate::fromIso(text);
}

// The message of the Error f throws, or nothing if it does not throw. Other exceptions pass
// through and fail the test.
template <typename F>
std::optional<QString> errorOf(F &&f)
{
    try {
        f();
    } catch (const entente::Error &error) {
        return error.message();
    }
    return std::nullopt;
}

#endif

#if __has_include("datasetreader.h")

#include "datasetreader.h"

#include <QBuffer>
#include <QStringList>

// Problems or warnings as the command line prints them.
inline QStringList problemStrings(const QList<entente::ImportProblem> &problems)
{
    QStringList list;
    for (const entente::ImportProblem &problem : problems) {
        list.append(problem.toString());
    }
    return list;
}

#endif

#if __has_include("statement.h")

#include "database.h"
#include "eventstore.h"
#include "schemamigrator.h"
#include "statement.h"

#include <QStringList>

#include <sqlite3.h>

// Makes the timeline at `path` a file of format `version` as an older Entente wrote it: its
// schema exactly what that version's scripts made (a file that merely lacks the newer tables
// is refused as not a timeline), holding the rows of the tables and columns that version has.
// For the tests of the migrations from it (up to schema 8: the search index is not copied).
inline void makeOlderTimeline(const QString &path, int version)
{
    using entente::Database;
    const QString older = path + QStringLiteral(".older");
    QFile::remove(older);
    {
        Database target(older, Database::OpenMode::ReadWriteCreate);
        entente::SchemaMigrator(target).bringUpToDate(version, entente::EventStore::ApplicationId);
        sqlite3_limit(target.handle(), SQLITE_LIMIT_ATTACHED, 1);
        QString quoted = path;
        target.execute(QStringLiteral("ATTACH '%1' AS current")
                           .arg(quoted.replace(QLatin1Char('\''), QStringLiteral("''"))));
        target.execute(QStringLiteral("PRAGMA foreign_keys = OFF"));
        entente::Statement tables(
            target,
            QStringLiteral(
                "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                "'sqlite%' AND name IN (SELECT name FROM current.sqlite_schema)"));
        while (tables.step()) {
            const QString table = tables.text(0);
            entente::Statement columns(
                target,
                QStringLiteral(
                    "SELECT group_concat(name) FROM pragma_table_info(?1, 'main') WHERE name IN "
                    "(SELECT name FROM pragma_table_info(?1, 'current'))"));
            columns.bind(1, table);
            columns.step();
            const QString list = columns.text(0);
            target.execute(QStringLiteral("INSERT OR REPLACE INTO main.%1 (%2) SELECT %2 FROM "
                                          "current.%1")
                               .arg(table, list));
        }
        tables.reset();
        target.execute(QStringLiteral("DETACH current"));
        target.execute(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
    QFile::rename(older, path);
}

// Empty when the search index agrees with the events and its keys are in time order.
inline QString searchIndexProblem(entente::Database &db)
{
    using entente::Statement;
    if (db.isReadOnly()) {
        return QStringLiteral("search index not checked: read-only"); // the check is a write
    }
    try {
        db.execute(QStringLiteral(
            "INSERT INTO event_text (event_text, rank) VALUES ('integrity-check', 1)"));
    } catch (const entente::Error &error) {
        return QStringLiteral("search index: ") + error.message();
    }
    // Days since 0001-01-01 (SearchKey::dayOf), the undated last: never fewer than before.
    Statement disorder(
        db, QStringLiteral("SELECT count(*) FROM (SELECT search_key, day, lag(day) OVER (ORDER BY "
                           "search_key) AS before FROM (SELECT search_key, coalesce((start_key "
                           "+ 62135596800) / 86400, 1 << 40) AS day FROM events)) WHERE day < "
                           "before OR search_key IS NULL"));
    return disorder.scalar() == 0 ? QString() : QStringLiteral("search keys out of time order");
}

// The whole content of a timeline file as text: every table (derived ones such as the density
// summaries included), every row as its quoted columns, in a fixed order. Two files have the
// same content exactly when their dumps are equal; ids count, the order rows were written in
// does not.
inline QStringList canonicalDump(entente::Database &db)
{
    using entente::Statement;
    QStringList tables;
    // The search index's rows depend on the order of writes, and an event re-created by undo
    // takes a new place in it (search_key): what is compared is that it agrees with the
    // events, and that its keys are in time order.
    Statement names(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                       "name NOT LIKE 'sqlite_%' AND name NOT LIKE 'event_text%' "
                                       "ORDER BY name"));
    while (names.step()) {
        tables.append(names.text(0));
    }
    QStringList dump;
    for (const QString &table : std::as_const(tables)) {
        Statement columns(db,
                          QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid"));
        columns.bind(1, table);
        QStringList quoted;
        while (columns.step()) {
            if (table != u"events" || columns.text(0) != u"search_key") {
                quoted.append(QStringLiteral("quote(\"%1\")").arg(columns.text(0)));
            }
        }
        Statement rows(db, QStringLiteral("SELECT %1 AS r FROM \"%2\" ORDER BY r")
                               .arg(quoted.join(QStringLiteral(" || ',' || ")), table));
        while (rows.step()) {
            dump.append(table + QLatin1Char(':') + rows.text(0));
        }
    }
    if (tables.contains(QStringLiteral("events"))) {
        dump.append(searchIndexProblem(db));
    }
    return dump;
}

#endif

// For the tests of the undo commands.
#if __has_include("storecommand.h") && __has_include("statement.h")

#include <QTest>
#include <QUndoStack>

// The rows one dump has and the other lacks, for a failure message.
inline QString dumpDifference(const QStringList &actual, const QStringList &expected)
{
    QStringList lines;
    for (const QString &row : actual) {
        if (!expected.contains(row)) {
            lines.append(QStringLiteral("+ ") + row);
        }
    }
    for (const QString &row : expected) {
        if (!actual.contains(row)) {
            lines.append(QStringLiteral("- ") + row);
        }
    }
    return lines.join(u'\n');
}

#define COMPARE_DUMP(actual, expected)                                                             \
    do {                                                                                           \
        const QStringList a_ = (actual), e_ = (expected);                                          \
        QVERIFY2(a_ == e_, qPrintable(dumpDifference(a_, e_)));                                    \
    } while (false)

// Pushes the command: it must change the file; undo must give back the file as it was (every
// row, with its id), and redo the file as after.
inline void checkRoundTrip(QUndoStack &stack, entente::EventStore &store, QUndoCommand *command)
{
    const QStringList before = canonicalDump(store.database());
    stack.push(command);
    const QStringList after = canonicalDump(store.database());
    QVERIFY2(after != before, "the command changed nothing");
    stack.undo();
    COMPARE_DUMP(canonicalDump(store.database()), before);
    stack.redo();
    COMPARE_DUMP(canonicalDump(store.database()), after);
}

#endif

// For the tests of the dataset readers.
#if __has_include("datasetreader.h")

#include "datasetreader.h"

#include <QBuffer>
#include <QStringList>

// What `reader` makes of `bytes`, read as the file `fileName`.
inline entente::TimelineContent readContent(entente::DatasetReader &&reader,
                                            const QByteArray &bytes, const QString &fileName,
                                            entente::ImportReport *report,
                                            const entente::ImportProgress &progress = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return reader.read(buffer, fileName, report, progress);
}

// "Name (role)" for each of the event's actors, named as in `content`.
inline QStringList actorsWithRoles(const entente::TimelineContent &content,
                                   const entente::Event &event)
{
    QStringList actors;
    for (const entente::EventActor &eventActor : event.actors) {
        for (const entente::Actor &actor : content.actors) {
            if (actor.id == eventActor.actorId) {
                actors.append(actor.name + QStringLiteral(" (") + eventActor.role + u')');
            }
        }
    }
    return actors;
}

#endif

#if __has_include("eventstore.h")

#include "eventstore.h"

// The id of the first event whose title starts so, of the actor so named; 0 for none.
inline qint64 eventTitled(const entente::EventStore &store, const QString &prefix)
{
    for (const entente::Event &event : store.events()) {
        if (event.title.startsWith(prefix)) {
            return event.id;
        }
    }
    return 0;
}

inline qint64 actorNamed(const entente::EventStore &store, const QString &name)
{
    for (const entente::Actor &actor : store.actors()) {
        if (actor.name == name) {
            return actor.id;
        }
    }
    return 0;
}

// The bundled timeline without its agreements' rows, provisions and groups (issue 15), for tests
// that build their own on its events: theirs would clash with the bundled ones' positions and
// names.
inline void removeBundledAgreements(entente::EventStore &store)
{
    for (const entente::Event &event : store.events()) {
        for (const entente::Provision &provision : store.provisionsOf(event.id)) {
            store.removeProvision(provision.id);
        }
        if (store.agreement(event.id)) {
            store.removeAgreement(event.id);
        }
    }
    for (const entente::ActorGroup &group : store.actorGroups()) {
        store.removeActorGroup(group.id);
    }
}

#endif
