// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QDateTime>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include "database.h"
#include "densityindex.h"
#include "error.h"
#include "eventstore.h"
#include "fileupgrade.h"
#include "lanekey.h"
#include "statement.h"
#include "testsupport.h"

#include <algorithm>
#include <cmath>
#include <memory>

using namespace entente;

namespace {

struct Abort
{
};

// One row of the density table, as the brute force expects it or as the store keeps it.
struct Key
{
    int level = 0;
    qint64 actorId = 0;
    qint64 bucket = 0;
    friend auto operator<=>(const Key &, const Key &) = default;
};

struct Row
{
    int count = 0;
    qint64 topEventId = 0;
    int topImportance = 0;
    friend bool operator==(const Row &, const Row &) = default;
};

using Density = QMap<Key, Row>;

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr qint64 Year = 365 * Day + Day / 4;

QString keyText(const Key &key)
{
    return QStringLiteral("level %1 actor %2 bucket %3")
        .arg(key.level)
        .arg(key.actorId)
        .arg(key.bucket);
}

QString rowText(const Row &row)
{
    return QStringLiteral("count %1 top %2 (importance %3)")
        .arg(row.count)
        .arg(row.topEventId)
        .arg(row.topImportance);
}

PartialDate minuteAt(qint64 seconds)
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return PartialDate::minute(when.date().year(), when.date().month(), when.date().day(),
                               when.time().hour(), when.time().minute());
}

Event pointEvent(const QString &uid, const PartialDate &start, int importance,
                 const QList<qint64> &actors = {})
{
    Event event;
    event.uid = uid;
    event.title = QStringLiteral("Event %1").arg(uid);
    event.start = start;
    event.importance = importance;
    for (qint64 actor : actors) {
        event.actors.append({actor, QStringLiteral("party")});
    }
    return event;
}

// The lanes an event counts in: every one of its actors (once), or "no actor", "all", and its
// category.
QList<qint64> lanesOf(const Event &event)
{
    QList<qint64> lanes{LaneKey::AllActors};
    for (const EventActor &participant : event.actors) {
        if (!lanes.contains(participant.actorId)) {
            lanes.append(participant.actorId);
        }
    }
    if (lanes.size() == 1) {
        lanes.append(LaneKey::NoActor);
    }
    lanes.append(LaneKey::ofCategory(event.category));
    return lanes;
}

// What the density table should hold for these events, computed the slow way.
Density bruteForce(const QList<Event> &events)
{
    Density density;
    for (const Event &event : events) {
        if (event.isUndated()) {
            continue;
        }
        for (int level = DensityIndex::FinestLevel; level <= DensityIndex::CoarsestLevel; ++level) {
            const qint64 bucket = DensityIndex::bucketOf(event.earliestSecond(), level);
            for (qint64 lane : lanesOf(event)) {
                Row &row = density[{level, lane, bucket}];
                ++row.count;
                if (event.importance > row.topImportance ||
                    (event.importance == row.topImportance && event.id < row.topEventId)) {
                    row.topEventId = event.id;
                    row.topImportance = event.importance;
                }
            }
        }
    }
    return density;
}

// Every row of the density table, as it is on disk.
Density stored(Database &db)
{
    Density density;
    Statement st(db, QStringLiteral("SELECT level, actor_id, bucket, count, top_event_id, "
                                    "top_importance FROM density"));
    while (st.step()) {
        density.insert({st.integer(0), st.int64(1), st.int64(2)},
                       {st.integer(3), st.int64(4), st.integer(5)});
    }
    return density;
}

// The table as text, for "exactly as before" comparisons.
QStringList dump(Database &db)
{
    QStringList rows;
    Statement st(db, QStringLiteral("SELECT * FROM density ORDER BY 1, 2, 3"));
    while (st.step()) {
        QStringList columns;
        for (int i = 0; i < 6; ++i) {
            columns.append(st.text(i));
        }
        rows.append(columns.join(QLatin1Char(' ')));
    }
    return rows;
}

QList<qint64> lanesIn(const Density &density)
{
    QSet<qint64> lanes{LaneKey::AllActors, LaneKey::NoActor};
    for (auto it = density.cbegin(); it != density.cend(); ++it) {
        lanes.insert(it.key().actorId);
    }
    QList<qint64> sorted(lanes.cbegin(), lanes.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// The rows of one lane and level in [from, to] (seconds) from DensityIndex::buckets().
Density viaBuckets(const DensityIndex &index, int level, qint64 lane, qint64 from, qint64 to,
                   QStringList *problems)
{
    Density density;
    for (const DensityIndex::Bucket &bucket : index.buckets(level, lane, from, to)) {
        const qint64 number = DensityIndex::bucketOf(bucket.from, level);
        const Key key{level, lane, number};
        if (bucket.actorId != lane || bucket.from != DensityIndex::bucketStart(number, level) ||
            bucket.to != bucket.from + DensityIndex::bucketSeconds(level) - 1) {
            problems->append(QStringLiteral("%1: buckets() gave actor %2, [%3, %4]")
                                 .arg(keyText(key))
                                 .arg(bucket.actorId)
                                 .arg(bucket.from)
                                 .arg(bucket.to));
        }
        if (density.contains(key)) {
            problems->append(keyText(key) + QStringLiteral(": buckets() gave it twice"));
        }
        density.insert(key, {bucket.count, bucket.topEventId, bucket.topImportance});
    }
    return density;
}

void compareDensities(const Density &expected, const Density &actual, const QString &what,
                      QStringList *problems)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.cend()) {
            problems->append(QStringLiteral("%1: %2 is missing, expected %3")
                                 .arg(keyText(it.key()), what, rowText(*it)));
        } else if (*found != *it) {
            problems->append(QStringLiteral("%1: %2 has %3, expected %4")
                                 .arg(keyText(it.key()), what, rowText(*found), rowText(*it)));
        }
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key())) {
            problems->append(QStringLiteral("%1: %2 has %3, expected no row")
                                 .arg(keyText(it.key()), what, rowText(*it)));
        }
    }
}

// Empty when the density table, and what DensityIndex reads from it, match the brute force
// over store.events(); otherwise the first differences.
QString densityMismatch(EventStore &store)
{
    const Density expected = bruteForce(store.events());
    QStringList problems;
    compareDensities(expected, stored(store.database()), QStringLiteral("the table"), &problems);

    const qint64 first = PartialDate::year(1).earliestSecond();
    const qint64 last = Event::OpenEnd;
    for (int level = DensityIndex::FinestLevel; level <= DensityIndex::CoarsestLevel; ++level) {
        for (qint64 lane : lanesIn(expected)) {
            Density wanted;
            qint64 total = 0;
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                if (it.key().level == level && it.key().actorId == lane) {
                    wanted.insert(it.key(), *it);
                    total += it->count;
                }
            }
            compareDensities(wanted,
                             viaBuckets(store.density(), level, lane, first, last, &problems),
                             QStringLiteral("buckets()"), &problems);
            const qint64 counted = store.density().count(level, lane, first, last);
            if (counted != total) {
                problems.append(QStringLiteral("level %1 actor %2: count() over all time is %3, "
                                               "expected %4")
                                    .arg(level)
                                    .arg(lane)
                                    .arg(counted)
                                    .arg(total));
            }
        }
    }
    // QTest cuts messages at about 1000 characters.
    if (problems.size() > 6) {
        const qsizetype more = problems.size() - 6;
        problems.resize(6);
        problems.append(QStringLiteral("... and %1 more").arg(more));
    }
    return problems.join(QLatin1Char('\n'));
}

// A random event of 1990–2025: points and periods, year to minute precision, 0–3 actors (the
// same one possibly twice, in different roles), importance 1–5, one of four categories, and
// now and then no date.
Event randomEvent(QRandomGenerator &rng, const QList<qint64> &actors, const QString &uid)
{
    static const qint64 first = utc(1990, 1, 1);
    static const int minutes = int((utc(2026, 1, 1) - first) / 60);

    Event event;
    event.uid = uid;
    event.title = QStringLiteral("Event %1").arg(uid);
    event.importance = 1 + rng.bounded(5);
    // Uncategorized too, and a name beyond ASCII: its lane key hashes the UTF-8 bytes.
    static const QStringList categories = {QString(), QStringLiteral("military"),
                                           QStringLiteral("diplomacy"),
                                           QStringLiteral("Waffenstillstand ü")};
    event.category = categories.at(rng.bounded(int(categories.size())));
    const int actorCount = rng.bounded(4);
    for (int i = 0; i < actorCount; ++i) {
        event.actors.append({actors.at(rng.bounded(int(actors.size()))),
                             i % 2 == 0 ? QStringLiteral("party") : QStringLiteral("mediator")});
    }
    if (rng.bounded(50) == 0) {
        return event; // undated
    }
    PartialDate start = minuteAt(first + qint64(rng.bounded(minutes)) * 60);
    switch (rng.bounded(8)) {
    case 0:
        start = PartialDate::year(start.yearValue(), rng.bounded(2) == 0);
        break;
    case 1:
        start = PartialDate::month(start.yearValue(), start.monthValue());
        break;
    case 2:
    case 3:
        start = PartialDate::day(start.yearValue(), start.monthValue(), start.dayValue());
        break;
    default:
        break;
    }
    event.start = start;
    if (rng.bounded(5) < 2) {
        event.kind = Event::Kind::Period;
        if (rng.bounded(10) == 0) {
            event.ongoing = true;
        } else {
            const qint64 span = qint64(std::exp(rng.generateDouble() * std::log(double(5 * Year))));
            event.end = minuteAt(start.latestSecond() + 1 + span);
        }
    }
    return event;
}

QList<qint64> addActors(EventStore &store, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        ids.append(store.addActor(
            {0, QStringLiteral("Actor %1").arg(i), QString(), Actor::Type::State, 0, QString()}));
    }
    return ids;
}

// The bucket of one lane holding second, as DensityIndex::buckets() reports it; a zero row if
// it reports none.
Row bucketAt(const EventStore &store, int level, qint64 lane, qint64 second)
{
    const QList<DensityIndex::Bucket> found = store.density().buckets(level, lane, second, second);
    if (found.isEmpty()) {
        return {};
    }
    return {found.first().count, found.first().topEventId, found.first().topImportance};
}

// Readable QCOMPARE failures for rows.
char *toString(const Row &row)
{
    return qstrdup(rowText(row).toUtf8().constData());
}

} // namespace

// Fails the test unless the density table matches the brute force over the store's events.
#define VERIFY_DENSITY(store, step)                                                                \
    do {                                                                                           \
        const QString mismatch_ = densityMismatch(store);                                          \
        QVERIFY2(mismatch_.isEmpty(),                                                              \
                 qPrintable(QStringLiteral(step) + QLatin1Char('\n') + mismatch_));                \
    } while (false)

class TstDensityIndex : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void bucketArithmetic_data();
    void bucketArithmetic();
    void levelFor_data();
    void levelFor();
    void levelForSweep();
    void categoryKeysAreStableAndApart();

    void randomWindowsMatchBruteForce();
    void editsKeepSummaries();
    void removeActorKeepsSummaries();
    void randomEditsMatchBruteForce();
    void removeActorInsideBatch_data();
    void removeActorInsideBatch();
    void importanceIsClampedLikeTheEvent();

    void failedBatchLeavesTableAsItWas();
    void poisonedBatchLeavesTableAsItWas();
    void failedInnerBatchKeepsOnlyOuterCounts();
    void committedInnerBatchCounts();

    void migrationFromSchema1RebuildsTable();
    void emptiedSummariesAreRebuiltOnOpen();
    void incompleteOnlyWhenDatedEventsLackSummaries();
    void summariesSurviveReopen();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("t.entente")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstDensityIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// --- bucket arithmetic ------------------------------------------------------------------------

void TstDensityIndex::categoryKeysAreStableAndApart()
{
    // Stored in files: a key may never change between versions, runs or machines.
    QCOMPARE(LaneKey::ofCategory(QString()), Q_INT64_C(-3673995259836664012));
    QCOMPARE(LaneKey::ofCategory(QStringLiteral("military")), Q_INT64_C(-3934671320195360064));
    QSet<qint64> keys;
    for (const QString &name :
         {QString(), QStringLiteral("military"), QStringLiteral("Military"),
          QStringLiteral("diplomacy"), QStringLiteral("Waffenstillstand \u00fc")}) {
        const qint64 key = LaneKey::ofCategory(name);
        QVERIFY(key <= -3); // never an actor, "no actor", "all" or the tiles' "all lanes"
        keys.insert(key);
    }
    QCOMPARE(keys.size(), 5);
}

void TstDensityIndex::bucketArithmetic_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<qint64>("size");
    qint64 size = Day;
    for (int level = 0; level <= DensityIndex::CoarsestLevel; ++level) {
        if (level >= DensityIndex::FinestLevel) {
            QTest::addRow("level %d: %lld days", level, size / Day) << level << size;
        }
        size *= 8;
    }
}

void TstDensityIndex::bucketArithmetic()
{
    QFETCH(int, level);
    QFETCH(qint64, size);
    QCOMPARE(DensityIndex::bucketSeconds(level), size);

    // Buckets count from 0001-01-01.
    const qint64 origin = utc(1, 1, 1);
    QCOMPARE(PartialDate::year(1).earliestSecond(), origin);
    QCOMPARE(DensityIndex::bucketOf(origin, level), 0);
    QCOMPARE(DensityIndex::bucketStart(0, level), origin);
    QCOMPARE(DensityIndex::bucketOf(origin + size - 1, level), 0);
    QCOMPARE(DensityIndex::bucketOf(origin + size, level), 1);

    QRandomGenerator rng(7);
    for (int i = 0; i < 1000; ++i) {
        const qint64 second = origin + rng.bounded(Event::OpenEnd - origin + 1);
        const qint64 bucket = DensityIndex::bucketOf(second, level);
        const qint64 start = DensityIndex::bucketStart(bucket, level);
        QVERIFY2(start <= second && second < start + size, qPrintable(QString::number(second)));
        // Coarser buckets are made of whole finer ones.
        if (level > DensityIndex::FinestLevel) {
            QCOMPARE(DensityIndex::bucketOf(second, level - 1) / 8, bucket);
        }
    }
}

void TstDensityIndex::levelFor_data()
{
    QTest::addColumn<double>("secondsPerPixel");
    QTest::addColumn<double>("minPixels");
    QTest::addColumn<int>("level");

    // Every level's buckets are at least a day, so at a second per pixel the finest is wide
    // enough.
    QTest::newRow("1 s per pixel") << 1.0 << 3.0 << DensityIndex::FinestLevel;
    QTest::newRow("1 day per pixel") << double(Day) << 3.0 << 1;
    QTest::newRow("8/3 days per pixel: level 1 is exactly 3 px") << 8.0 * Day / 3 << 3.0 << 1;
    QTest::newRow("just over 8/3 days per pixel") << 8.0 * Day / 3 + 1 << 3.0 << 2;
    QTest::newRow("7.2 days per pixel") << 7.2 * Day << 3.0 << 2;
    QTest::newRow("64/3 days per pixel: level 2 is exactly 3 px") << 64.0 * Day / 3 << 3.0 << 2;
    QTest::newRow("just over 64/3 days per pixel") << 64.0 * Day / 3 + 1 << 3.0 << 3;
    QTest::newRow("100 days per pixel") << 100.0 * Day << 3.0 << 3;
    QTest::newRow("10000 days per pixel: coarsest even when narrower") << 10000.0 * Day << 3.0 << 3;
    QTest::newRow("1 day per pixel, 10 px wanted") << double(Day) << 10.0 << 2;
    QTest::newRow("1 day per pixel, 8 px wanted") << double(Day) << 8.0 << 1;
}

void TstDensityIndex::levelFor()
{
    QFETCH(double, secondsPerPixel);
    QFETCH(double, minPixels);
    QFETCH(int, level);
    QCOMPARE(DensityIndex::levelFor(secondsPerPixel, minPixels), level);
    if (minPixels == 3.0) {
        QCOMPARE(DensityIndex::levelFor(secondsPerPixel), level);
    }
}

// At any zoom, against expectations worked out by hand rather than DensityIndex's own
// arithmetic: buckets of 1, 8, 64 and 512 days; a level is chosen once its buckets are at least
// minPixels wide and the next finer level's are not (the coarsest when none is wide enough).
void TstDensityIndex::levelForSweep()
{
    const qint64 bucketDays[] = {1, 8, 64, 512};
    for (double secondsPerPixel = 1; secondsPerPixel < 1e9; secondsPerPixel *= 1.07) {
        const QString where = QString::number(secondsPerPixel, 'f', 1);
        // For 3 px, a level serves up to 1/3, 8/3 and 64/3 of a day per pixel.
        const int expected = secondsPerPixel <= 28800     ? 0
                             : secondsPerPixel <= 230400  ? 1
                             : secondsPerPixel <= 1843200 ? 2
                                                          : 3;
        QVERIFY2(DensityIndex::levelFor(secondsPerPixel) == expected, qPrintable(where));
        for (double minPixels : {1.0, 3.0, 10.0}) {
            const int level = DensityIndex::levelFor(secondsPerPixel, minPixels);
            QVERIFY2(level >= 0 && level <= 3, qPrintable(where));
            const auto pixels = [&](int l) {
                return double(bucketDays[l] * Day) / secondsPerPixel;
            };
            QVERIFY2(level == 3 || pixels(level) >= minPixels, qPrintable(where));
            QVERIFY2(level == 0 || pixels(level - 1) < minPixels, qPrintable(where));
        }
    }
}

// --- summaries against brute force ------------------------------------------------------------

void TstDensityIndex::randomWindowsMatchBruteForce()
{
    constexpr int EventCount = 1500;
    constexpr int WindowCount = 100;

    QRandomGenerator rng(7);
    EventStore store(path());
    const QList<qint64> actors = addActors(store, 12);
    store.batch([&] {
        for (int i = 0; i < EventCount; ++i) {
            store.addEvent(randomEvent(rng, actors, QStringLiteral("random-%1").arg(i)));
        }
        // The ends of the calendar.
        store.addEvent(pointEvent(QStringLiteral("first"), PartialDate::year(1), 2));
        store.addEvent(pointEvent(QStringLiteral("last"), PartialDate::minute(9999, 12, 31, 23, 59),
                                  2, {actors.first()}));
    });
    const QList<Event> all = store.events();
    QCOMPARE(all.size(), EventCount + 2);
    QVERIFY(store.undatedEventCount() > 0);
    QVERIFY(store.undatedEventCount() < 100);

    const QString mismatch = densityMismatch(store);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    const Density expected = bruteForce(all);
    const QList<qint64> lanes{LaneKey::AllActors, LaneKey::NoActor,   actors.at(0), actors.at(5),
                              actors.at(11),      actors.last() + 100}; // no such actor
    const qint64 first = utc(1989, 1, 1);
    const int days = int((utc(2027, 1, 1) - first) / Day);
    for (int w = 0; w < WindowCount; ++w) {
        qint64 from = first + qint64(rng.bounded(days)) * Day + rng.bounded(int(Day));
        qint64 to = from;
        if (w % 4 == 0) {
            // Exactly the buckets of some level, from the first second to the last.
            const int level =
                DensityIndex::FinestLevel +
                rng.bounded(DensityIndex::CoarsestLevel - DensityIndex::FinestLevel + 1);
            from = DensityIndex::bucketStart(DensityIndex::bucketOf(from, level), level);
            to = from + (1 + rng.bounded(20)) * DensityIndex::bucketSeconds(level) - 1;
        } else if (w % 4 != 1) {
            to = from + qint64(std::exp(rng.generateDouble() * std::log(double(10 * Year))));
        }

        for (int level = DensityIndex::FinestLevel; level <= DensityIndex::CoarsestLevel; ++level) {
            const qint64 firstBucket = DensityIndex::bucketOf(from, level);
            const qint64 lastBucket = DensityIndex::bucketOf(to, level);
            for (qint64 lane : lanes) {
                const QString context = QStringLiteral("window %1 [%2, %3], level %4, actor %5")
                                            .arg(w)
                                            .arg(from)
                                            .arg(to)
                                            .arg(level)
                                            .arg(lane);
                qint64 counted = 0;
                for (const Event &event : all) {
                    if (event.isUndated() || !lanesOf(event).contains(lane)) {
                        continue;
                    }
                    const qint64 bucket = DensityIndex::bucketOf(event.earliestSecond(), level);
                    if (bucket >= firstBucket && bucket <= lastBucket) {
                        ++counted;
                    }
                }
                QVERIFY2(store.density().count(level, lane, from, to) == counted,
                         qPrintable(context + QStringLiteral(": count() is %1, expected %2")
                                                  .arg(store.density().count(level, lane, from, to))
                                                  .arg(counted)));

                Density wanted;
                for (auto it = expected.lowerBound({level, lane, firstBucket});
                     it != expected.cend() && it.key() <= Key{level, lane, lastBucket}; ++it) {
                    wanted.insert(it.key(), *it);
                }
                QStringList problems;
                compareDensities(wanted,
                                 viaBuckets(store.density(), level, lane, from, to, &problems),
                                 QStringLiteral("buckets()"), &problems);
                QVERIFY2(problems.isEmpty(),
                         qPrintable(context + QLatin1Char('\n') +
                                    problems.mid(0, 6).join(QLatin1Char('\n'))));
            }
        }
    }
}

void TstDensityIndex::editsKeepSummaries()
{
    EventStore store(path());
    const QList<qint64> actors = addActors(store, 3);
    const qint64 a = actors.at(0), b = actors.at(1), c = actors.at(2);

    // Four events in one level-1 bucket (and so in one bucket of every level), one elsewhere.
    const qint64 t0 = DensityIndex::bucketStart(DensityIndex::bucketOf(utc(2014, 3, 10), 1), 1);
    const qint64 elsewhere = utc(2016, 6, 1);
    qint64 e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0;
    store.batch([&] {
        e1 = store.addEvent(pointEvent(QStringLiteral("e1"), minuteAt(t0 + 1 * Hour), 3, {a}));
        e2 = store.addEvent(pointEvent(QStringLiteral("e2"), minuteAt(t0 + 2 * Hour), 4, {a, b}));
        e3 = store.addEvent(pointEvent(QStringLiteral("e3"), minuteAt(t0 + 3 * Hour), 4, {b}));
        e4 = store.addEvent(pointEvent(QStringLiteral("e4"), minuteAt(t0 + 4 * Hour), 2));
        e5 = store.addEvent(pointEvent(QStringLiteral("e5"), minuteAt(elsewhere), 1, {c}));
    });
    VERIFY_DENSITY(store, "after adding");
    const qint64 all = LaneKey::AllActors, none = LaneKey::NoActor;
    for (int level = DensityIndex::FinestLevel; level <= DensityIndex::CoarsestLevel; ++level) {
        QCOMPARE(bucketAt(store, level, all, t0), (Row{4, e2, 4})); // e2 before e3: smaller id
        QCOMPARE(bucketAt(store, level, a, t0), (Row{2, e2, 4}));
        QCOMPARE(bucketAt(store, level, b, t0), (Row{2, e2, 4}));
        QCOMPARE(bucketAt(store, level, none, t0), (Row{1, e4, 2}));
        QCOMPARE(bucketAt(store, level, c, t0), Row{});
        QCOMPARE(bucketAt(store, level, c, elsewhere), (Row{1, e5, 1}));
    }

    // Raising an importance makes the event the top of its buckets.
    Event event = *store.event(e1);
    event.importance = 5;
    store.updateEvent(event);
    VERIFY_DENSITY(store, "e1 raised to 5");
    QCOMPARE(bucketAt(store, 1, all, t0), (Row{4, e1, 5}));
    QCOMPARE(bucketAt(store, 1, a, t0), (Row{2, e1, 5}));
    QCOMPARE(bucketAt(store, 1, b, t0), (Row{2, e2, 4}));

    // A tie goes to the smaller id, a higher importance to the higher.
    event = *store.event(e3);
    event.importance = 5;
    store.updateEvent(event);
    VERIFY_DENSITY(store, "e3 raised to 5");
    QCOMPARE(bucketAt(store, 1, all, t0), (Row{4, e1, 5}));
    QCOMPARE(bucketAt(store, 1, b, t0), (Row{2, e3, 5}));

    // Lowering it again gives the bucket back to the next most important.
    event.importance = 1;
    store.updateEvent(event);
    VERIFY_DENSITY(store, "e3 lowered to 1");
    QCOMPARE(bucketAt(store, 1, b, t0), (Row{2, e2, 4}));
    event.importance = 5;
    store.updateEvent(event);
    VERIFY_DENSITY(store, "e3 raised to 5 again");

    // Moving the top event to another year: the old bucket loses it, the new one has it.
    const qint64 moved = utc(2020, 7, 14, 12, 0);
    event = *store.event(e1);
    event.start = minuteAt(moved);
    store.updateEvent(event);
    VERIFY_DENSITY(store, "e1 moved to 2020");
    for (int level = DensityIndex::FinestLevel; level <= DensityIndex::CoarsestLevel; ++level) {
        QCOMPARE(bucketAt(store, level, all, t0), (Row{3, e3, 5}));
        QCOMPARE(bucketAt(store, level, a, t0), (Row{1, e2, 4}));
        QCOMPARE(bucketAt(store, level, all, moved), (Row{1, e1, 5}));
        QCOMPARE(bucketAt(store, level, a, moved), (Row{1, e1, 5}));
        QCOMPARE(bucketAt(store, level, none, moved), Row{});
    }

    // Changing actors moves the event between lanes; a lane left empty disappears.
    event = *store.event(e2);
    event.actors = {{c, QStringLiteral("party")}};
    store.updateEvent(event);
    VERIFY_DENSITY(store, "e2 now with c only");
    for (int level = DensityIndex::FinestLevel; level <= DensityIndex::CoarsestLevel; ++level) {
        QCOMPARE(bucketAt(store, level, a, t0), Row{});
        QCOMPARE(store.density().count(level, a, t0, t0), 0);
        QCOMPARE(bucketAt(store, level, b, t0), (Row{1, e3, 5}));
        QCOMPARE(bucketAt(store, level, c, t0), (Row{1, e2, 4}));
        QCOMPARE(bucketAt(store, level, all, t0), (Row{3, e3, 5}));
    }

    event = *store.event(e3);
    event.actors.clear();
    store.updateEvent(event);
    VERIFY_DENSITY(store, "e3 without actors");
    QCOMPARE(bucketAt(store, 1, b, t0), Row{});
    QCOMPARE(bucketAt(store, 1, none, t0), (Row{2, e3, 5}));

    // An event that loses its date leaves every bucket; one that gains one comes back.
    event = *store.event(e4);
    event.start = PartialDate();
    store.updateEvent(event);
    VERIFY_DENSITY(store, "e4 undated");
    QCOMPARE(bucketAt(store, 1, none, t0), (Row{1, e3, 5}));
    QCOMPARE(bucketAt(store, 1, all, t0), (Row{2, e3, 5}));
    event.start = minuteAt(t0 + 4 * Hour);
    store.updateEvent(event);
    VERIFY_DENSITY(store, "e4 dated again");
    QCOMPARE(bucketAt(store, 1, none, t0), (Row{2, e3, 5}));

    // Removing the top event: the next most important takes over.
    store.removeEvent(e3);
    VERIFY_DENSITY(store, "e3 removed");
    for (int level = DensityIndex::FinestLevel; level <= DensityIndex::CoarsestLevel; ++level) {
        QCOMPARE(bucketAt(store, level, all, t0), (Row{2, e2, 4}));
        QCOMPARE(bucketAt(store, level, none, t0), (Row{1, e4, 2}));
    }

    // Removing the last event of a bucket removes the bucket.
    store.removeEvent(e4);
    VERIFY_DENSITY(store, "e4 removed");
    QCOMPARE(bucketAt(store, 1, none, t0), Row{});
    store.removeEvent(e2);
    VERIFY_DENSITY(store, "e2 removed");
    for (int level = DensityIndex::FinestLevel; level <= DensityIndex::CoarsestLevel; ++level) {
        QCOMPARE(bucketAt(store, level, all, t0), Row{});
        QCOMPARE(bucketAt(store, level, c, t0), Row{});
        QCOMPARE(store.density().count(level, all, t0, t0), 0);
    }
    Statement empty(store.database(), QStringLiteral("SELECT count(*) FROM density WHERE "
                                                     "count <= 0"));
    QVERIFY(empty.step());
    QCOMPARE(empty.int64(0), 0);

    // Removing what is not there changes nothing.
    const QStringList before = dump(store.database());
    store.removeEvent(e2);
    QCOMPARE(dump(store.database()), before);
}

void TstDensityIndex::removeActorKeepsSummaries()
{
    EventStore store(path());
    const QList<qint64> actors = addActors(store, 3);
    const qint64 a = actors.at(0), b = actors.at(1), c = actors.at(2);
    const qint64 t0 = DensityIndex::bucketStart(DensityIndex::bucketOf(utc(2003, 3, 20), 1), 1);
    qint64 onlyC = 0, withA = 0, cTwice = 0;
    store.batch([&] {
        onlyC = store.addEvent(pointEvent(QStringLiteral("c"), minuteAt(t0 + Hour), 5, {c}));
        withA =
            store.addEvent(pointEvent(QStringLiteral("ca"), minuteAt(t0 + 2 * Hour), 4, {c, a}));
        store.addEvent(pointEvent(QStringLiteral("a"), minuteAt(t0 + 3 * Hour), 3, {a}));
        cTwice =
            store.addEvent(pointEvent(QStringLiteral("cc"), minuteAt(utc(2010, 1, 1)), 2, {c, c}));
        store.addEvent(pointEvent(QStringLiteral("b"), minuteAt(t0 + 4 * Hour), 1, {b}));
    });
    QString mismatch = densityMismatch(store);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(bucketAt(store, 1, c, t0), (Row{2, onlyC, 5}));
    QCOMPARE(bucketAt(store, 1, c, utc(2010, 1, 1)), (Row{1, cTwice, 2})); // once, not twice
    QCOMPARE(bucketAt(store, 1, LaneKey::NoActor, t0), Row{});

    store.removeActor(c);
    mismatch = densityMismatch(store);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    for (int level = DensityIndex::FinestLevel; level <= DensityIndex::CoarsestLevel; ++level) {
        QVERIFY(store.density()
                    .buckets(level, c, PartialDate::year(1).earliestSecond(), Event::OpenEnd)
                    .isEmpty());
        QCOMPARE(
            store.density().count(level, c, PartialDate::year(1).earliestSecond(), Event::OpenEnd),
            0);
        // The events that had only c now have no actor; the others keep theirs.
        QCOMPARE(bucketAt(store, level, LaneKey::NoActor, t0), (Row{1, onlyC, 5}));
        QCOMPARE(bucketAt(store, level, LaneKey::NoActor, utc(2010, 1, 1)), (Row{1, cTwice, 2}));
        QCOMPARE(bucketAt(store, level, a, t0), (Row{2, withA, 4}));
        QCOMPARE(bucketAt(store, level, LaneKey::AllActors, t0), (Row{4, onlyC, 5}));
    }
    Statement rows(store.database(),
                   QStringLiteral("SELECT count(*) FROM density WHERE actor_id = ?1"));
    rows.bind(1, c);
    QVERIFY(rows.step());
    QCOMPARE(rows.int64(0), 0);
}

void TstDensityIndex::randomEditsMatchBruteForce()
{
    QRandomGenerator rng(7);
    EventStore store(path());
    QList<qint64> actors = addActors(store, 12);
    QList<qint64> ids;
    int next = 0;
    store.batch([&] {
        for (; next < 300; ++next) {
            ids.append(store.addEvent(randomEvent(rng, actors, QStringLiteral("e%1").arg(next))));
        }
    });
    QString mismatch = densityMismatch(store);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    // One random write: add, update (anything but the id and uid) or remove.
    const auto randomWrite = [&](QString *log) {
        const int what = rng.bounded(10);
        if (what < 3 || ids.size() < 10) {
            const QString uid = QStringLiteral("e%1").arg(next++);
            ids.append(store.addEvent(randomEvent(rng, actors, uid)));
            log->append(QStringLiteral(" add %1").arg(ids.last()));
        } else if (what < 8) {
            const qint64 id = ids.at(rng.bounded(int(ids.size())));
            const Event before = *store.event(id);
            Event after = randomEvent(rng, actors, before.uid);
            after.id = id;
            if (rng.bounded(3) == 0) { // only the importance
                after = before;
                after.importance = 1 + rng.bounded(5);
            } else if (rng.bounded(3) == 0) { // only the actors
                const QList<EventActor> actorsOfAfter = after.actors;
                after = before;
                after.actors = actorsOfAfter;
            }
            store.updateEvent(after);
            log->append(QStringLiteral(" update %1").arg(id));
        } else {
            const qint64 id = ids.takeAt(rng.bounded(int(ids.size())));
            store.removeEvent(id);
            log->append(QStringLiteral(" remove %1").arg(id));
        }
    };

    for (int round = 0; round < 150; ++round) {
        QString log;
        const int kind = rng.bounded(10);
        if (kind < 5) {
            randomWrite(&log);
        } else if (kind < 9) {
            // Several writes in one batch, the same event possibly more than once.
            store.batch([&] {
                const int writes = 2 + rng.bounded(15);
                for (int i = 0; i < writes; ++i) {
                    randomWrite(&log);
                }
            });
        } else if (actors.size() > 4) {
            const qint64 actor = actors.takeAt(rng.bounded(int(actors.size())));
            store.removeActor(actor);
            log = QStringLiteral(" remove actor %1").arg(actor);
        }
        mismatch = densityMismatch(store);
        QVERIFY2(mismatch.isEmpty(),
                 qPrintable(QStringLiteral("round %1:%2\n").arg(round).arg(log) + mismatch));
    }
}

void TstDensityIndex::removeActorInsideBatch_data()
{
    QTest::addColumn<bool>("writesBefore");
    QTest::addColumn<bool>("writesAfter");
    QTest::newRow("event writes, then removeActor") << true << false;
    QTest::newRow("removeActor, then event writes") << false << true;
    QTest::newRow("event writes on both sides") << true << true;
}

// removeActor recounts the whole table; writes gathered earlier in the same batch must not be
// counted twice, nor later ones lost.
void TstDensityIndex::removeActorInsideBatch()
{
    QFETCH(bool, writesBefore);
    QFETCH(bool, writesAfter);

    EventStore store(path());
    const QList<qint64> actors = addActors(store, 4);
    const qint64 a = actors.at(0), b = actors.at(1), c = actors.at(2), d = actors.at(3);
    const qint64 when = utc(2012, 5, 5, 10, 0);
    const qint64 kept = store.addEvent(pointEvent(QStringLiteral("kept"), minuteAt(when), 2, {a}));
    const qint64 changed =
        store.addEvent(pointEvent(QStringLiteral("changed"), minuteAt(when + Hour), 3, {b}));
    const qint64 removed =
        store.addEvent(pointEvent(QStringLiteral("removed"), minuteAt(when + 2 * Hour), 4, {b}));
    // Writes that involve actor x: c, which goes, before the removal, d after it.
    const auto writes = [&](const QString &suffix, qint64 x) {
        store.addEvent(
            pointEvent(QStringLiteral("new") + suffix, minuteAt(when + 3 * Hour), 5, {x}));
        store.addEvent(
            pointEvent(QStringLiteral("new-a") + suffix, minuteAt(when + 4 * Hour), 1, {a, x}));
        Event event = *store.event(changed);
        event.importance = std::min(event.importance + 1, 5);
        event.actors.append({x, QString()});
        store.updateEvent(event);
    };
    store.batch([&] {
        if (writesBefore) {
            writes(QStringLiteral("-before"), c);
            store.removeEvent(removed);
        }
        store.removeActor(c);
        if (writesAfter) {
            writes(QStringLiteral("-after"), d);
            if (!writesBefore) {
                store.removeEvent(removed);
            }
        }
    });
    QVERIFY(store.event(kept).has_value());
    const QString mismatch = densityMismatch(store);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

// Importance outside 1–5 is stored clamped; the summaries must rank by what is stored.
void TstDensityIndex::importanceIsClampedLikeTheEvent()
{
    EventStore store(path());
    const qint64 when = utc(2001, 9, 11, 9, 0);
    store.batch([&] {
        store.addEvent(pointEvent(QStringLiteral("five"), minuteAt(when), 5));
        store.addEvent(pointEvent(QStringLiteral("nine"), minuteAt(when + Hour), 9));
        store.addEvent(pointEvent(QStringLiteral("zero"), minuteAt(when + 2 * Hour), 0));
    });
    QCOMPARE(store.eventByUid(QStringLiteral("nine"))->importance, 5);
    const QString mismatch = densityMismatch(store);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

// --- all or nothing ---------------------------------------------------------------------------

void TstDensityIndex::failedBatchLeavesTableAsItWas()
{
    QRandomGenerator rng(7);
    EventStore store(path());
    const QList<qint64> actors = addActors(store, 5);
    QList<qint64> ids;
    store.batch([&] {
        for (int i = 0; i < 100; ++i) {
            ids.append(store.addEvent(randomEvent(rng, actors, QStringLiteral("e%1").arg(i))));
        }
    });
    const QStringList before = dump(store.database());
    QVERIFY(!before.isEmpty());

    bool thrown = false;
    try {
        store.batch([&] {
            for (int i = 0; i < 50; ++i) {
                store.addEvent(randomEvent(rng, actors, QStringLiteral("dropped-%1").arg(i)));
            }
            Event event = *store.event(ids.at(3));
            event.importance = event.importance % 5 + 1;
            event.start = minuteAt(utc(1995, 2, 2));
            store.updateEvent(event);
            store.removeEvent(ids.at(7));
            store.removeActor(actors.at(2));
            throw Abort();
        });
    } catch (const Abort &) {
        thrown = true;
    }
    QVERIFY(thrown);
    QCOMPARE(store.eventCount(), 100);
    QCOMPARE(dump(store.database()), before);

    // Nothing of the failed batch lingers to be written by the next one.
    store.addEvent(pointEvent(QStringLiteral("after"), minuteAt(utc(1970, 1, 1)), 3));
    const QString mismatch = densityMismatch(store);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TstDensityIndex::poisonedBatchLeavesTableAsItWas()
{
    EventStore store(path());
    const qint64 id =
        store.addEvent(pointEvent(QStringLiteral("a"), minuteAt(utc(2000, 1, 1, 12, 0)), 3));
    const QStringList before = dump(store.database());

    // A write that fails inside a batch, even if the lambda carries on, undoes the batch.
    const std::optional<QString> error = errorOf([&] {
        store.batch([&] {
            store.addEvent(pointEvent(QStringLiteral("b"), minuteAt(utc(2000, 1, 1, 13, 0)), 5));
            Event missing = *store.event(id);
            missing.id = id + 1000;
            try {
                store.updateEvent(missing);
            } catch (const Error &) {
            }
        });
    });
    QVERIFY(error.has_value());
    QCOMPARE(store.eventCount(), 1);
    QCOMPARE(dump(store.database()), before);
    const QString mismatch = densityMismatch(store);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TstDensityIndex::failedInnerBatchKeepsOnlyOuterCounts()
{
    EventStore store(path());
    const QList<qint64> actors = addActors(store, 2);
    const qint64 outerYear =
        DensityIndex::bucketStart(DensityIndex::bucketOf(utc(2001, 6, 1), 1), 1);
    const qint64 innerYear = utc(2004, 6, 1);
    const qint64 existing =
        store.addEvent(pointEvent(QStringLiteral("existing"), minuteAt(outerYear), 2, {actors[0]}));
    QList<qint64> outer;
    store.batch([&] {
        for (int i = 0; i < 5; ++i) {
            outer.append(store.addEvent(pointEvent(QStringLiteral("outer-%1").arg(i),
                                                   minuteAt(outerYear + i * Hour), 1 + i % 3,
                                                   {actors[i % 2]})));
        }
        try {
            store.batch([&] {
                for (int i = 0; i < 5; ++i) {
                    store.addEvent(pointEvent(QStringLiteral("inner-%1").arg(i),
                                              minuteAt(innerYear + i * Hour), 5, {actors[1]}));
                }
                // Edits of events the outer batch and the file already had, also undone.
                store.removeEvent(existing);
                Event event = *store.event(outer.first());
                event.importance = 5;
                event.actors.clear();
                store.updateEvent(event);
                throw Abort();
            });
        } catch (const Abort &) {
        }
        outer.append(store.addEvent(pointEvent(QStringLiteral("outer-late"),
                                               minuteAt(outerYear + 10 * Hour), 4, {actors[1]})));
    });
    QCOMPARE(store.eventCount(), 7);
    const QString mismatch = densityMismatch(store);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    for (int level = DensityIndex::FinestLevel; level <= DensityIndex::CoarsestLevel; ++level) {
        QCOMPARE(store.density().count(level, LaneKey::AllActors, innerYear, innerYear + Day), 0);
        QCOMPARE(bucketAt(store, level, LaneKey::AllActors, outerYear), (Row{7, outer.last(), 4}));
        QCOMPARE(bucketAt(store, level, LaneKey::NoActor, outerYear), Row{});
    }
}

void TstDensityIndex::committedInnerBatchCounts()
{
    EventStore store(path());
    const qint64 when = utc(1999, 12, 31, 23, 0);
    qint64 inner = 0, outer = 0;
    store.batch([&] {
        outer = store.addEvent(pointEvent(QStringLiteral("outer"), minuteAt(when), 3));
        store.batch([&] {
            inner = store.addEvent(pointEvent(QStringLiteral("inner"), minuteAt(when + 60), 3));
            store.batch([&] {
                Event event = *store.event(outer);
                event.importance = 2;
                store.updateEvent(event);
            });
        });
    });
    const QString mismatch = densityMismatch(store);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(bucketAt(store, 1, LaneKey::AllActors, when), (Row{2, inner, 3}));

    // The outer batch fails after an inner one committed: nothing at all is kept.
    const QStringList before = dump(store.database());
    try {
        store.batch([&] {
            store.batch([&] {
                store.addEvent(pointEvent(QStringLiteral("gone"), minuteAt(when + 120), 5));
                store.removeEvent(inner);
            });
            throw Abort();
        });
    } catch (const Abort &) {
    }
    QCOMPARE(dump(store.database()), before);
}

// --- files ------------------------------------------------------------------------------------

void TstDensityIndex::migrationFromSchema1RebuildsTable()
{
    QRandomGenerator rng(7);
    QStringList original;
    {
        EventStore store(path());
        const QList<qint64> actors = addActors(store, 6);
        store.batch([&] {
            for (int i = 0; i < 200; ++i) {
                store.addEvent(randomEvent(rng, actors, QStringLiteral("e%1").arg(i)));
            }
        });
        original = dump(store.database());
    }
    // As a schema 1 file was: no summaries, no copy of the actor ids in the rows and no
    // category lanes.
    makeOlderTimeline(path(), 1);
    FileUpgrade::run(path(), 1); // as the window does before the first edit
    {
        EventStore store(path());
        QCOMPARE(store.database().pragmaInteger(QStringLiteral("user_version")),
                 qint64(EventStore::SchemaVersion));
        const QString mismatch = densityMismatch(store);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QCOMPARE(dump(store.database()), original);

        // And it is kept up to date from there on.
        store.removeEvent(store.events().first().id);
        store.addEvent(pointEvent(QStringLiteral("new"), minuteAt(utc(2011, 2, 3)), 5));
        const QString later = densityMismatch(store);
        QVERIFY2(later.isEmpty(), qPrintable(later));
    }
    Database db(path(), Database::OpenMode::ReadOnly);
    QCOMPARE(db.pragmaInteger(QStringLiteral("user_version")), qint64(EventStore::SchemaVersion));
}

// What an upgrade from schema 1 cut short between its migrations and the rebuild of the
// summaries left, with the Entente of before: a file at schema 4 without any summaries.
void TstDensityIndex::emptiedSummariesAreRebuiltOnOpen()
{
    QRandomGenerator rng(11);
    {
        EventStore store(path());
        const QList<qint64> actors = addActors(store, 5);
        store.batch([&] {
            for (int i = 0; i < 200; ++i) {
                store.addEvent(randomEvent(rng, actors, QStringLiteral("e%1").arg(i)));
            }
        });
    }
    {
        Database db(path(), Database::OpenMode::ReadWrite);
        db.execute(QStringLiteral("DELETE FROM density"));
        db.execute(QStringLiteral("DELETE FROM category_lanes"));
    }
    EventStore store(path());
    VERIFY_DENSITY(store, "reopened after the summaries were lost");
    QVERIFY(!store.actorsInUse().isEmpty());
    QVERIFY(!store.categoriesInUse().isEmpty());
}

// The check runs on every open, so it must not call for a rebuild of a file that is fine.
void TstDensityIndex::incompleteOnlyWhenDatedEventsLackSummaries()
{
    const auto incomplete = [&] {
        Database db(path(), Database::OpenMode::ReadOnly);
        return DensityIndex(db).isIncomplete();
    };
    const Event undated = pointEvent(QStringLiteral("undated"), PartialDate(), 3);
    {
        EventStore store(path());
        store.addEvent(undated);
    }
    QVERIFY(!incomplete()); // no summaries, and none needed
    qint64 id = 0;
    {
        EventStore store(path());
        id = store.addEvent(pointEvent(QStringLiteral("dated"), minuteAt(utc(2014, 9, 5)), 3));
    }
    QVERIFY(!incomplete());
    {
        Database db(path(), Database::OpenMode::ReadWrite);
        db.execute(QStringLiteral("DELETE FROM density WHERE actor_id <= -3"));
    }
    QVERIFY(incomplete()); // no category lanes
    {
        Database db(path(), Database::OpenMode::ReadWrite);
        db.execute(QStringLiteral("DELETE FROM density"));
    }
    QVERIFY(incomplete()); // no summaries at all
    {
        EventStore store(path());
    }
    QVERIFY(!incomplete()); // opening rebuilt them
    {
        EventStore store(path());
        store.removeEvent(id);
    }
    QVERIFY(!incomplete()); // the dated event went, and its summaries with it
}

void TstDensityIndex::summariesSurviveReopen()
{
    QRandomGenerator rng(7);
    QStringList before;
    {
        EventStore store(path());
        const QList<qint64> actors = addActors(store, 4);
        for (int i = 0; i < 30; ++i) {
            store.addEvent(randomEvent(rng, actors, QStringLiteral("e%1").arg(i)));
        }
        before = dump(store.database());
    }
    EventStore store(path());
    QCOMPARE(dump(store.database()), before);
    const QString mismatch = densityMismatch(store);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    qint64 first = 0, last = 0;
    QVERIFY(store.density().bounds(&first, &last));
    const auto bounds = store.timeBounds();
    QVERIFY(bounds.has_value());
    constexpr int finest = DensityIndex::FinestLevel;
    QCOMPARE(first,
             DensityIndex::bucketStart(DensityIndex::bucketOf(bounds->first, finest), finest));
    qint64 lastStart = bounds->first;
    for (const Event &event : store.events()) {
        if (!event.isUndated()) {
            lastStart = std::max(lastStart, event.earliestSecond());
        }
    }
    QCOMPARE(last, DensityIndex::bucketStart(DensityIndex::bucketOf(lastStart, finest), finest) +
                       DensityIndex::bucketSeconds(finest) - 1);
}

QTEST_GUILESS_MAIN(TstDensityIndex)
#include "tst_densityindex.moc"
