// SPDX-License-Identifier: GPL-3.0-or-later
#include "importbenchmark.h"

#include "statement.h"

#include "database.h"
#include "eventstore.h"
#include "synthetictimeline.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

#ifndef ENTENTE_FLOOR_SQL
#error "ENTENTE_FLOOR_SQL must name bench/sqlite-floor.sql"
#endif

namespace entente {

using namespace Qt::StringLiterals;

namespace {

constexpr int Columns = 33;
constexpr int ActorPool = 200;
constexpr int SourcePool = 60;

// A cheap, well-mixed number per (row, purpose): the rows are the same in every run.
quint64 mix(qint64 row, quint64 salt)
{
    quint64 x = quint64(row) * 0x9e3779b97f4a7c15ULL + salt * 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 31;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 29);
}

const QStringList EventTypes = {
    u"Battles"_s, u"Explosions/Remote violence"_s, u"Protests"_s,
    u"Riots"_s,   u"Strategic developments"_s,     u"Violence against civilians"_s};
const QStringList SubEventTypes = {
    u"Armed clash"_s,  u"Shelling/artillery/missile attack"_s, u"Peaceful protest"_s,
    u"Mob violence"_s, u"Looting/property destruction"_s,      u"Attack"_s};
const QStringList Regions = {u"Donetsk"_s,    u"Luhansk"_s, u"Kharkiv"_s, u"Kyiv City"_s,
                             u"Zaporizhia"_s, u"Kherson"_s, u"Odesa"_s,   u"Dnipropetrovsk"_s};
const QStringList Words = {u"forces"_s,  u"shelled"_s,  u"positions"_s, u"near"_s,      u"the"_s,
                           u"village"_s, u"using"_s,    u"artillery"_s, u"mortars"_s,   u"and"_s,
                           u"small"_s,   u"arms"_s,     u"one"_s,       u"soldier"_s,   u"was"_s,
                           u"wounded"_s, u"during"_s,   u"day"_s,       u"rebels"_s,    u"fired"_s,
                           u"at"_s,      u"military"_s, u"Ukrainian"_s, u"government"_s};

QString actorName(quint64 n)
{
    return u"Military Forces of Group %1 (2014-2019)"_s.arg(n % ActorPool);
}

QString sourceName(quint64 n)
{
    return u"Interfax-%1; Liveuamap"_s.arg(n % SourcePool);
}

// About 250 characters of prose.
QString notes(qint64 index, const QDate &date)
{
    QString text = u"On %1, "_s.arg(date.toString(u"d MMMM yyyy"_s));
    for (quint64 i = 0; text.size() < 245; ++i) {
        text += Words.at(mix(index, 100 + i) % Words.size()) + u' ';
    }
    text.back() = u'.';
    return text;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')) {
        return value;
    }
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

QDate dateOf(qint64 index)
{
    return QDate(2014, 1, 1).addDays(qint64(mix(index, 1) % 4380)); // 2014–2025
}

} // namespace

QStringList ImportBenchmark::header()
{
    return u"id,iso,event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,"
           "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,"
           "admin1,admin2,admin3,location,latitude,longitude,source_scale,notes,fatalities,"
           "timestamp,geo_precision,source,civilian_targeting,disorder_type,tags,actor_dyad"_s
               .split(u',');
}

QStringList ImportBenchmark::row(qint64 index)
{
    const QDate date = dateOf(index);
    const int type = int(mix(index, 2) % EventTypes.size());
    const QString actor1 = actorName(mix(index, 3));
    const bool hasActor2 = mix(index, 4) % 100 < 55, hasAssoc = mix(index, 5) % 100 < 20;
    const QString actor2 = hasActor2 ? actorName(mix(index, 6)) : QString();
    const QString region = Regions.at(mix(index, 7) % Regions.size());
    const QString location = u"%1 settlement %2"_s.arg(region).arg(mix(index, 8) % 500);
    const QStringList fields = {
        QString::number(100000000 + index),
        u"804"_s,
        u"UKR%1"_s.arg(index + 1),
        date.toString(u"dd/MM/yyyy"_s) + u" 00:00:00"_s,
        QString::number(date.year()),
        QString::number(1 + mix(index, 9) % 10 / 8), // mostly to the day
        EventTypes.at(type),
        SubEventTypes.at(type),
        actor1,
        hasAssoc ? actorName(mix(index, 10)) : QString(),
        u"1"_s,
        actor2,
        QString(),
        hasActor2 ? u"2"_s : u"0"_s,
        u"12"_s,
        u"Europe"_s,
        u"Ukraine"_s,
        region,
        region + u"skyi"_s,
        QString(),
        location,
        QString::number(47.0 + double(mix(index, 11) % 40000) / 10000, 'f', 4),
        QString::number(33.0 + double(mix(index, 12) % 60000) / 10000, 'f', 4),
        u"Local partner-New media"_s,
        notes(index, date),
        QString::number(mix(index, 13) % 100 < 80 ? 0 : mix(index, 14) % 12),
        u"1708472497"_s,
        u"1"_s,
        sourceName(mix(index, 15)),
        QString(),
        u"Political violence"_s,
        QString(),
        actor1 + u" - "_s + actor2};
    Q_ASSERT(fields.size() == Columns);
    return fields;
}

void ImportBenchmark::writeCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.write(header().join(u',').toUtf8() + '\n');
    for (qint64 index = 0; index < m_rows; ++index) {
        QStringList fields = row(index);
        for (QString &field : fields) {
            field = csvField(field);
        }
        file.write(fields.join(u',').toUtf8() + '\n');
    }
}

double ImportBenchmark::importSeconds(const QString &csv, const QString &database) const
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    child.start(m_program,
                {u"--import"_s, csv, u"--format"_s, u"acled"_s, u"--database"_s, database});
    child.waitForFinished(-1);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        qFatal("%s --import failed (exit %d): %s %s", qPrintable(m_program), child.exitCode(),
               child.readAllStandardError().constData(), qPrintable(child.errorString()));
    }
    return seconds;
}

double ImportBenchmark::floorSeconds(const QString &database) const
{
    QFile file(QStringLiteral(ENTENTE_FLOOR_SQL));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", ENTENTE_FLOOR_SQL);
    }
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.startsWith(u'.')) { // sqlite3 shell commands such as .timer
            lines.append(line);
        }
    }
    const QString sql = lines.join(u'\n').replace(u"i < 1000000"_s, u"i < %1"_s.arg(m_rows));
    QElapsedTimer timer;
    timer.start();
    {
        Database db(database, Database::OpenMode::ReadWriteCreate);
        db.executeScript(sql);
    }
    return timer.nsecsElapsed() / 1e9;
}

// What SQLite alone needs to store exactly the rows Entente stored (`imported`): into a new
// timeline, the same tables copied by INSERT … SELECT from the attached file in one
// transaction, the indexes of the event tables made after the rows as the import makes them.
// No C++ per row, no parsing: the floor for these rows, where bench/sqlite-floor.sql is the
// floor for rows of the synthetic timeline's shape.
double ImportBenchmark::ownRowsFloorSeconds(const QString &imported, const QString &database) const
{
    EventStore(database).eventCount(); // the schema of a new timeline
    Database db(database, Database::OpenMode::ReadWrite);
    db.execute(u"PRAGMA cache_size = -262144"_s);
    db.execute(u"PRAGMA foreign_keys = OFF"_s);
    Statement attach(db, u"ATTACH DATABASE ?1 AS src"_s);
    attach.bind(1, imported).run();
    QStringList tables, indexes;
    Statement names(db, u"SELECT type, name, sql FROM src.sqlite_master WHERE sql IS NOT NULL "
                        u"AND name NOT LIKE 'sqlite_%'"_s);
    while (names.step()) {
        if (names.text(0) == u"table"_s) {
            tables.append(names.text(1));
        } else if (names.text(0) == u"index"_s) {
            indexes.append(names.text(1));
        }
    }
    names.reset();
    const QStringList eventIndexes = {u"events_by_span_and_start"_s, u"event_actors_by_actor"_s,
                                      u"event_sources_by_source"_s};
    QElapsedTimer timer;
    timer.start();
    db.execute(u"BEGIN"_s);
    QStringList made;
    for (const QString &index : eventIndexes) {
        Statement sql(db, u"SELECT sql FROM main.sqlite_master WHERE name = ?1"_s);
        sql.bind(1, index);
        made.append(sql.step() ? sql.text(0) : QString());
        sql.reset();
        db.execute(u"DROP INDEX main.\"%1\""_s.arg(index));
    }
    for (const QString &table : std::as_const(tables)) {
        db.execute(u"DELETE FROM main.\"%1\""_s.arg(table));
        db.execute(u"INSERT INTO main.\"%1\" SELECT * FROM src.\"%1\""_s.arg(table));
    }
    for (const QString &sql : std::as_const(made)) {
        db.execute(sql);
    }
    db.execute(u"COMMIT"_s);
    return timer.nsecsElapsed() / 1e9;
}

void ImportBenchmark::reportRates(const QString &prefix, double seconds, double floor,
                                  const QJsonObject &context) const
{
    QJsonObject line = context;
    line.insert(u"seconds"_s, seconds);
    line.insert(u"floor_seconds"_s, floor);
    line.insert(u"path"_s, u"entente --import FILE --format acled --database DB"_s);
    m_report(prefix + u"_rate"_s, m_rows / seconds, u"events/s"_s, line);
    m_report(prefix + u"_ratio"_s, floor / seconds, u"x floor"_s, line);
}

int ImportBenchmark::run()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"acled.csv"_s);
    writeCsv(csv);
    m_report(u"import_csv_bytes"_s, QFileInfo(csv).size(), u"bytes"_s, {});

    const double floor = floorSeconds(dir.filePath(u"floor.db"_s));
    m_report(u"import_floor_rate"_s, m_rows / floor, u"events/s"_s,
             {{u"seconds"_s, floor}, {u"sql"_s, u"bench/sqlite-floor.sql"_s}});

    const QString imported = dir.filePath(u"new.entente"_s);
    const double seconds = importSeconds(csv, imported);
    reportRates(u"import"_s, seconds, floor, {});
    const double ownFloor = ownRowsFloorSeconds(imported, dir.filePath(u"own-floor.entente"_s));
    const QJsonObject own = {
        {u"seconds"_s, ownFloor},
        {u"what"_s, u"the imported file's rows copied by INSERT ... SELECT"_s}};
    m_report(u"import_own_rows_floor_rate"_s, m_rows / ownFloor, u"events/s"_s, own);
    m_report(u"import_ratio_to_own_rows_floor"_s, ownFloor / seconds, u"x floor"_s, own);

    if (!QFileInfo::exists(m_fullDatabase)) {
        std::fprintf(stderr, "generating %s\n", qPrintable(m_fullDatabase));
        EventStore store(m_fullDatabase);
        SyntheticTimeline(1991).populate(store, 1000000, [](qint64) {});
    }
    const QString full = dir.filePath(u"full.entente"_s);
    // A file copy with its log (the file may be of an older format: the copy is upgraded
    // when it is first opened below, before the clock starts).
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        QFile::copy(m_fullDatabase + suffix, full + suffix);
    }
    const qint64 before = EventStore(full).eventCount();
    reportRates(u"import_into_full"_s, importSeconds(csv, full), floor,
                {{u"events_before"_s, before}});
    return 0;
}

} // namespace entente
