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
#include "statement.h"

#include <QStringList>

// The whole content of a timeline file as text: every table (derived ones such as the density
// summaries included), every row as its quoted columns, in a fixed order. Two files have the
// same content exactly when their dumps are equal; ids count, the order rows were written in
// does not.
inline QStringList canonicalDump(entente::Database &db)
{
    using entente::Statement;
    QStringList tables;
    Statement names(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                       "name NOT LIKE 'sqlite_%' ORDER BY name"));
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
            quoted.append(QStringLiteral("quote(\"%1\")").arg(columns.text(0)));
        }
        Statement rows(db, QStringLiteral("SELECT %1 AS r FROM \"%2\" ORDER BY r")
                               .arg(quoted.join(QStringLiteral(" || ',' || ")), table));
        while (rows.step()) {
            dump.append(table + QLatin1Char(':') + rows.text(0));
        }
    }
    return dump;
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
