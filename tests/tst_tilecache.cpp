// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QApplication>
#include <QDeadlineTimer>
#include <QImage>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "database.h"
#include "densityindex.h"
#include "eventstore.h"
#include "lanekey.h"
#include "seedloader.h"
#include "testsupport.h"
#include "tilecache.h"
#include "tilekey.h"
#include "tilequery.h"
#include "timelineview.h"

#include <algorithm>
#include <cmath>
#include <memory>

using namespace entente;

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

PartialDate minuteAt(qint64 seconds)
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return PartialDate::minute(when.date().year(), when.date().month(), when.date().day(),
                               when.time().hour(), when.time().minute());
}

QString isoMinute(qint64 seconds)
{
    return minuteAt(seconds).toIso();
}

Event makeEvent(const QString &uid, const PartialDate &start, const PartialDate &end = {},
                bool ongoing = false, int importance = 3, const QList<qint64> &actors = {})
{
    Event event;
    event.uid = uid;
    event.title = QStringLiteral("Event %1").arg(uid);
    event.start = start;
    if (!end.isNull() || ongoing) {
        event.kind = Event::Kind::Period;
        event.end = end;
        event.ongoing = ongoing;
    }
    event.importance = importance;
    for (qint64 actor : actors) {
        event.actors.append({actor, QStringLiteral("party")});
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

QList<qint64> randomActors(QRandomGenerator &rng, const QList<qint64> &actors, int most)
{
    QList<qint64> chosen;
    const int count = rng.bounded(most + 1);
    for (int i = 0; i < count; ++i) {
        chosen.append(actors.at(rng.bounded(int(actors.size()))));
    }
    return chosen;
}

// A random event starting in [first, last): points to the minute or the day, imprecise months
// and years, periods from an hour to two years, now and then an ongoing or an undated one,
// with 0–3 of the actors.
Event randomEvent(QRandomGenerator &rng, const QList<qint64> &actors, qint64 first, qint64 last,
                  const QString &uid)
{
    Event event =
        makeEvent(uid, PartialDate(), {}, false, 1 + rng.bounded(5), randomActors(rng, actors, 3));
    if (rng.bounded(60) == 0) {
        return event; // undated
    }
    PartialDate start = minuteAt(first + rng.bounded(last - first));
    switch (rng.bounded(12)) {
    case 0:
        start = PartialDate::year(start.yearValue(), rng.bounded(2) == 0);
        break;
    case 1:
    case 2:
        start = PartialDate::month(start.yearValue(), start.monthValue(), rng.bounded(2) == 0);
        break;
    case 3:
    case 4:
    case 5:
        start = PartialDate::day(start.yearValue(), start.monthValue(), start.dayValue());
        break;
    default:
        break;
    }
    event.start = start;
    if (rng.bounded(10) < 3) {
        event.kind = Event::Kind::Period;
        if (rng.bounded(12) == 0) {
            event.ongoing = true;
        } else {
            const double longest = 2 * 365 * Day;
            const auto span = qint64(
                std::exp(std::log(double(Hour)) + rng.generateDouble() * std::log(longest / Hour)));
            event.end = minuteAt(start.latestSecond() + 1 + span);
        }
    }
    return event;
}

// Adds `count` random events starting in [first, last) in one batch.
void addRandomEvents(EventStore &store, QRandomGenerator &rng, const QList<qint64> &actors,
                     int count, qint64 first, qint64 last,
                     const QString &prefix = QStringLiteral("e"))
{
    store.batch([&] {
        for (int i = 0; i < count; ++i) {
            store.addEvent(randomEvent(rng, actors, first, last, prefix + QString::number(i)));
        }
    });
}

// Adds `count` points to the minute in [first, last], with 0–2 of the actors each: a crowd.
void addCrowd(EventStore &store, QRandomGenerator &rng, const QList<qint64> &actors, int count,
              qint64 first, qint64 last)
{
    store.batch([&] {
        for (int i = 0; i < count; ++i) {
            const qint64 at = first + rng.bounded(last - first + 1);
            store.addEvent(makeEvent(QStringLiteral("crowd%1").arg(i), minuteAt(at), {}, false,
                                     1 + rng.bounded(5), randomActors(rng, actors, 2)));
        }
    });
}

qint64 startOf(const Event &event)
{
    return event.earliestSecond();
}

qint64 endOf(const Event &event)
{
    return std::max(event.earliestSecond(), event.latestSecond());
}

// Whether the event may cover some second of [from, to], worked out from its dates alone.
bool overlaps(const Event &event, qint64 from, qint64 to)
{
    return !event.isUndated() && startOf(event) <= to && endOf(event) >= from;
}

bool startsIn(const Event &event, qint64 from, qint64 to)
{
    return !event.isUndated() && startOf(event) >= from && startOf(event) <= to;
}

bool inLane(const Event &event, qint64 lane)
{
    if (lane == LaneKey::NoActor) {
        return event.actors.isEmpty();
    }
    return std::any_of(event.actors.cbegin(), event.actors.cend(),
                       [&](const EventActor &participant) { return participant.actorId == lane; });
}

QSet<qint64> idsOf(const QList<Event> &events)
{
    QSet<qint64> ids;
    for (const Event &event : events) {
        ids.insert(event.id);
    }
    return ids;
}

QSet<qint64> overlapping(const QList<Event> &events, qint64 from, qint64 to)
{
    QSet<qint64> ids;
    for (const Event &event : events) {
        if (overlaps(event, from, to)) {
            ids.insert(event.id);
        }
    }
    return ids;
}

// A few of the events, by id with their dates, for failure messages.
QString describe(const QSet<qint64> &ids, const QList<Event> &events)
{
    QStringList parts;
    for (const Event &event : events) {
        if (ids.contains(event.id)) {
            parts.append(
                QStringLiteral("%1 [%2, %3]").arg(event.id).arg(startOf(event)).arg(endOf(event)));
        }
        if (parts.size() == 5) {
            parts.append(QStringLiteral("..."));
            break;
        }
    }
    return QStringLiteral("{%1}").arg(parts.join(QStringLiteral(", ")));
}

QString keyText(const TileKey &key)
{
    return QStringLiteral("tile zoom %1 index %2 lane %3 [%4, %5]")
        .arg(key.zoom)
        .arg(key.index)
        .arg(key.lane)
        .arg(key.from())
        .arg(key.to());
}

// Empty when the tile holds exactly the events that overlap its stretch of time, each once.
QString coverageMismatch(const Tile &tile, const QList<Event> &all)
{
    const QSet<qint64> ids = idsOf(tile.events);
    if (ids.size() != tile.events.size()) {
        return keyText(tile.key) + QStringLiteral(": an event is in it twice");
    }
    const QSet<qint64> expected = overlapping(all, tile.key.from(), tile.key.to());
    if (ids == expected) {
        return {};
    }
    return QStringLiteral("%1: missing %2, extra %3")
        .arg(keyText(tile.key), describe(expected - ids, all), describe(ids - expected, all));
}

// How many events began before the tile and run into it.
int crossing(const QList<Event> &all, const TileKey &key)
{
    return int(std::count_if(all.cbegin(), all.cend(), [&](const Event &event) {
        return !event.isUndated() && startOf(event) < key.from() && endOf(event) >= key.from();
    }));
}

// Empty when the lane tile agrees with the events of its lane: the density counts exactly the
// lane's events that start in the tile, every bucket starts in the tile, and the events are
// the most important of the lane, one per TopSpacing pixels.
constexpr qint64 NotInTile = std::numeric_limits<qint64>::min();

QString laneMismatch(const Tile &tile, const TileKey &key, const QList<Event> &all)
{
    QStringList problems;
    const double secondsPerPixel = double(TileKey::span(key.zoom)) / TileKey::TilePixels;
    const int level = DensityIndex::levelFor(secondsPerPixel);
    const double stretch = TileQuery::TopSpacing * secondsPerPixel;
    if (!(tile.key == key)) {
        problems.append(QStringLiteral("the tile says it is %1").arg(keyText(tile.key)));
    }
    qint64 counted = 0;
    for (const DensityIndex::Bucket &bucket : tile.density) {
        counted += bucket.count;
        if (bucket.actorId != key.lane || bucket.to < key.from() || bucket.from > key.to()) {
            problems.append(QStringLiteral("bucket of actor %1 at [%2, %3] does not touch it")
                                .arg(bucket.actorId)
                                .arg(bucket.from)
                                .arg(bucket.to));
        }
    }
    // A lane tile carries every bucket that touches it, also one that begins before it or is
    // longer than it, so it counts the lane's events whose bucket touches the tile.
    const auto bucketTouches = [&](const Event &event) {
        const qint64 from =
            DensityIndex::bucketStart(DensityIndex::bucketOf(startOf(event), level), level);
        return from <= key.to() && from + DensityIndex::bucketSeconds(level) - 1 >= key.from();
    };
    qint64 starting = 0;
    QSet<qint64> laneIds;
    for (const Event &event : all) {
        if (!event.isUndated() && inLane(event, key.lane)) {
            laneIds.insert(event.id);
            starting += bucketTouches(event);
        }
    }
    if (counted != starting) {
        problems.append(QStringLiteral("the density counts %1 events, %2 of the lane are in its "
                                       "buckets")
                            .arg(counted)
                            .arg(starting));
    }

    // The stretch of TopSpacing pixels an event falls in, by the bucket that counts it.
    const auto stretchOf = [&](const Event &event) {
        const qint64 bucketFrom =
            DensityIndex::bucketStart(DensityIndex::bucketOf(startOf(event), level), level);
        if (!bucketTouches(event)) {
            return NotInTile;
        }
        return qint64(std::floor(double(bucketFrom - key.from()) / stretch));
    };
    QHash<qint64, int> bestImportance; // per stretch, of the lane's events
    for (const Event &event : all) {
        if (laneIds.contains(event.id)) {
            if (const qint64 index = stretchOf(event); index != NotInTile) {
                bestImportance[index] = std::max(bestImportance.value(index), event.importance);
            }
        }
    }
    QSet<qint64> shown;
    QHash<qint64, qint64> shownIn; // stretch -> event
    for (const Event &event : tile.events) {
        if (!laneIds.contains(event.id)) {
            problems.append(QStringLiteral("event %1 is not of the lane").arg(event.id));
            continue;
        }
        if (shown.contains(event.id)) {
            problems.append(QStringLiteral("event %1 is in it twice").arg(event.id));
        }
        shown.insert(event.id);
        const qint64 index = stretchOf(event);
        if (index == NotInTile) {
            problems.append(QStringLiteral("event %1 starts at %2, in a bucket not touching it")
                                .arg(event.id)
                                .arg(startOf(event)));
            continue;
        }
        if (shownIn.contains(index)) {
            problems.append(QStringLiteral("events %1 and %2 share stretch %3 of %4 px")
                                .arg(shownIn.value(index))
                                .arg(event.id)
                                .arg(index)
                                .arg(TileQuery::TopSpacing));
        }
        shownIn.insert(index, event.id);
        if (event.importance != bestImportance.value(index)) {
            problems.append(QStringLiteral("event %1 of importance %2 stands for stretch %3, "
                                           "whose most important has %4")
                                .arg(event.id)
                                .arg(event.importance)
                                .arg(index)
                                .arg(bestImportance.value(index)));
        }
    }
    for (auto it = bestImportance.cbegin(); it != bestImportance.cend(); ++it) {
        if (!shownIn.contains(it.key())) {
            problems.append(
                QStringLiteral("stretch %1 has events but none is shown").arg(it.key()));
        }
    }
    // One stretch more for a bucket that begins before the tile.
    const auto most = qsizetype(std::ceil(TileKey::TilePixels / TileQuery::TopSpacing)) + 1;
    if (tile.events.size() > most) {
        problems.append(
            QStringLiteral("%1 events, at most %2 fit").arg(tile.events.size()).arg(most));
    }
    if (problems.size() > 6) {
        const qsizetype more = problems.size() - 6;
        problems.resize(6);
        problems.append(QStringLiteral("... and %1 more").arg(more));
    }
    return problems.isEmpty() ? QString()
                              : keyText(key) + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
}

QString bucketText(const DensityIndex::Bucket &b)
{
    return QStringLiteral("actor %1 [%2, %3] count %4 top %5 (%6)")
        .arg(b.actorId)
        .arg(b.from)
        .arg(b.to)
        .arg(b.count)
        .arg(b.topEventId)
        .arg(b.topImportance);
}

// Empty when both tiles hold the same.
QString tileDifference(const Tile &actual, const Tile &expected)
{
    if (!(actual.key == expected.key)) {
        return QStringLiteral("%1 instead of %2").arg(keyText(actual.key), keyText(expected.key));
    }
    if (actual.summarized != expected.summarized) {
        return QStringLiteral("summarized %1, expected %2")
            .arg(actual.summarized)
            .arg(expected.summarized);
    }
    if (actual.events.size() != expected.events.size()) {
        return QStringLiteral("%1 events, expected %2")
            .arg(actual.events.size())
            .arg(expected.events.size());
    }
    for (qsizetype i = 0; i < actual.events.size(); ++i) {
        if (actual.events.at(i) != expected.events.at(i)) {
            return QStringLiteral("event %1 is %2, expected %3")
                .arg(i)
                .arg(actual.events.at(i).id)
                .arg(expected.events.at(i).id);
        }
    }
    if (actual.density.size() != expected.density.size()) {
        return QStringLiteral("%1 buckets, expected %2")
            .arg(actual.density.size())
            .arg(expected.density.size());
    }
    for (qsizetype i = 0; i < actual.density.size(); ++i) {
        const QString a = bucketText(actual.density.at(i)), e = bucketText(expected.density.at(i));
        if (a != e) {
            return QStringLiteral("bucket %1 is %2, expected %3").arg(i).arg(a, e);
        }
    }
    return {};
}

qint64 densityTotal(const Tile &tile)
{
    qint64 total = 0;
    for (const DensityIndex::Bucket &bucket : tile.density) {
        total += bucket.count;
    }
    return total;
}

const Event *findEvent(const Tile &tile, qint64 id)
{
    for (const Event &event : tile.events) {
        if (event.id == id) {
            return &event;
        }
    }
    return nullptr;
}

// Asks the cache for the keys and, in Background mode, runs the event loop until they are all
// there.
bool fetchInto(TileCache &cache, const QList<TileKey> &keys)
{
    cache.request(keys);
    const auto allThere = [&] {
        return std::all_of(keys.cbegin(), keys.cend(),
                           [&](const TileKey &key) { return cache.find(key) != nullptr; });
    };
    QSignalSpy arrived(&cache, &TileCache::tilesArrived);
    const QDeadlineTimer deadline(30000);
    while (!allThere()) {
        if (deadline.hasExpired()) {
            return false;
        }
        arrived.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

QImage renderOf(TimelineView &view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    view.render(&image);
    return image;
}

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size()) {
        return -1;
    }
    int differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            differing += a.pixel(x, y) != b.pixel(x, y);
        }
    }
    return differing;
}

// The first tile at this zoom, from the one holding `second` on, whose first second is a
// multiple of `unit`, so that a date of that precision can start exactly on it.
qint64 alignedTile(qint64 second, int zoom, qint64 unit)
{
    qint64 index = TileKey::indexOf(second, zoom);
    while (TileKey{zoom, index}.from() % unit != 0) {
        ++index;
    }
    return index;
}

} // namespace

class TstTileCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Tiles hold what a window holds.
    void tilesCoverTheWindow();
    void tileEdges_data();
    void tileEdges();

    // Crowded tiles.
    void crowdedTilesSummarize_data();
    void crowdedTilesSummarize();

    // The cache.
    void immediateCacheFetchesOnRequest();
    void backgroundCacheFetchesOnWorker_data();
    void backgroundCacheFetchesOnWorker();
    void editsDropTheirTiles_data();
    void editsDropTheirTiles();
    void editWhileFetchingIsNotLost();
    void failedReadIsReportedAndAskedAgain();
    void failedImmediateReadIsReported();

    // The view.
    void viewDrawsTheSameByTiles_data();
    void viewDrawsTheSameByTiles();
    void uiThreadNeverWaits();
    void fewEventsOfACrowdedDayAreDrawn();
    void frameLargerThanTheCacheCompletes_data();
    void frameLargerThanTheCacheCompletes();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("t.entente")); }
    std::unique_ptr<TimelineView> makeView(EventStore *store, TileCache::Mode mode) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstTileCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstTileCache::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<TimelineView> TstTileCache::makeView(EventStore *store, TileCache::Mode mode) const
{
    auto view = std::make_unique<TimelineView>();
    // Only one window can have focus, and the view draws a frame when it has it.
    view->setFocusPolicy(Qt::NoFocus);
    view->setFetchMode(mode);
    view->setStore(store);
    view->resize(1000, 600);
    view->show();
    return view;
}

// --- tiles hold what a window holds -----------------------------------------------------------

// For random windows and zooms over a timeline of a few hundred events, the tiles covering a
// window hold every event the window holds, and each tile exactly those that overlap it.
void TstTileCache::tilesCoverTheWindow()
{
    QRandomGenerator rng(1789);
    EventStore store(path());
    const QList<qint64> actors = addActors(store, 8);
    addRandomEvents(store, rng, actors, 300, utc(2015, 1, 1), utc(2020, 1, 1));
    const QList<Event> all = store.events();
    QVERIFY(store.undatedEventCount() > 0);
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const Event &e) { return e.ongoing; }));

    int windowsWithEvents = 0;
    int tilesChecked = 0;
    for (int round = 0; round < 300; ++round) {
        // From a second to 18 hours per pixel: tiles of a few minutes to a year.
        const double secondsPerPixel = std::exp(rng.generateDouble() * std::log(65536.0));
        const auto span = qint64(secondsPerPixel * (300 + rng.bounded(1500)));
        // Half the windows around an event's start or end, the others anywhere.
        qint64 from = utc(2014, 6, 1) + rng.bounded(utc(2020, 6, 1) - utc(2014, 6, 1));
        if (round % 2 == 0) {
            const Event &event = all.at(rng.bounded(int(all.size())));
            if (!event.isUndated()) {
                const qint64 at =
                    event.ongoing || rng.bounded(2) == 0 ? startOf(event) : endOf(event);
                from = at - rng.bounded(span + 1);
            }
        }
        const qint64 to = from + span;
        const int zoom = TileKey::zoomFor(secondsPerPixel);
        const QString window =
            QStringLiteral("window [%1, %2] at %3 s/px").arg(from).arg(to).arg(secondsPerPixel);

        QSet<qint64> fromTiles;
        for (qint64 index = TileKey::indexOf(from, zoom); index <= TileKey::indexOf(to, zoom);
             ++index) {
            const TileKey key{zoom, index};
            const Tile tile = TileQuery::fetch(store, key);
            // The premises of this test: few events per tile, few long ones across it.
            QVERIFY2(!tile.summarized, qPrintable(keyText(key) + QStringLiteral(" summarized")));
            QVERIFY2(crossing(all, key) < TileQuery::SpanningLimit, qPrintable(keyText(key)));

            const QString mismatch = coverageMismatch(tile, all);
            QVERIFY2(mismatch.isEmpty(), qPrintable(window + QLatin1Char('\n') + mismatch));
            fromTiles += idsOf(tile.events);
            ++tilesChecked;
        }
        const QSet<qint64> inWindow = idsOf(store.eventsInRange(from, to));
        QVERIFY2(inWindow == overlapping(all, from, to),
                 qPrintable(window + QStringLiteral(": eventsInRange disagrees with the dates")));
        const QSet<qint64> missing = inWindow - fromTiles;
        QVERIFY2(missing.isEmpty(), qPrintable(window + QStringLiteral(": not in its tiles: ") +
                                               describe(missing, all)));
        windowsWithEvents += !inWindow.isEmpty();
    }
    // Enough of the windows must have held something for this to prove anything.
    QVERIFY2(windowsWithEvents > 100, qPrintable(QString::number(windowsWithEvents)));
    QVERIFY(tilesChecked > 300);
}

void TstTileCache::tileEdges_data()
{
    QTest::addColumn<int>("zoom");
    QTest::addColumn<qint64>("tile"); // the index of tile T
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end"); // a period's end; empty for a point or an ongoing period
    QTest::addColumn<bool>("ongoing");
    // The tiles holding the event, relative to T, among T-3 .. T+5.
    QTest::addColumn<int>("firstOffset");
    QTest::addColumn<int>("lastOffset");

    // Tiles of 2^20 s (about 12 days); tile m starts on a minute, so tile m-1 ends on the
    // last second of a minute.
    constexpr int zoom = 20;
    const qint64 span = TileKey::span(zoom);
    const qint64 m = alignedTile(utc(2016, 3, 1), zoom, Minute);
    const qint64 mFrom = TileKey{zoom, m}.from();
    const qint64 before = TileKey{zoom, m - 1}.from();
    const QString none;

    QTest::newRow("point in the last minute of a tile")
        << zoom << m - 1 << isoMinute(mFrom - Minute) << none << false << 0 << 0;
    QTest::newRow("period ending at the last second of a tile")
        << zoom << m - 1 << isoMinute(before + Day) << isoMinute(mFrom - Minute) << false << 0 << 0;
    QTest::newRow("period ending in the first second of the next tile")
        << zoom << m - 1 << isoMinute(before + Day) << isoMinute(mFrom) << false << 0 << 1;
    QTest::newRow("period from two tiles back ending at the last second of a tile")
        << zoom << m - 1 << isoMinute(before - 2 * span + Day) << isoMinute(mFrom - Minute) << false
        << -2 << 0;
    QTest::newRow("point at the first second of a tile")
        << zoom << m << isoMinute(mFrom) << none << false << 0 << 0;
    QTest::newRow("period starting at the first second of a tile")
        << zoom << m << isoMinute(mFrom) << isoMinute(mFrom + span + Day) << false << 0 << 1;
    QTest::newRow("period covering several whole tiles")
        << zoom << m << isoMinute(mFrom + span / 2) << isoMinute(mFrom + 4 * span + span / 2)
        << false << 0 << 4;
    QTest::newRow("ongoing period that began years before")
        << zoom << m << QStringLiteral("2009-05-05") << none << true << -3 << 5;
    QTest::newRow("ongoing period starting in the tile")
        << zoom << m << isoMinute(mFrom + span / 3) << none << true << 0 << 5;

    // Tiles of 2^16 s (18 h 12 min) starting at midnight: a day covers T and part of T+1.
    const qint64 d = alignedTile(utc(2016, 3, 1), 16, Day);
    const QDate dDate = QDateTime::fromSecsSinceEpoch(TileKey{16, d}.from(), Qt::UTC).date();
    QTest::newRow("day starting at the first second of a tile")
        << 16 << d << dDate.toString(Qt::ISODate) << none << false << 0 << 1;
    QTest::newRow("day ending in the middle of a tile")
        << 16 << d + 1 << dDate.toString(Qt::ISODate) << none << false << -1 << 0;

    // Imprecise points cover their whole year or month.
    const qint64 june2016 = TileKey::indexOf(utc(2016, 6, 1), zoom);
    const qint64 newYear2017 = TileKey::indexOf(utc(2017, 1, 1), zoom);
    QVERIFY((TileKey{zoom, newYear2017}.from() < utc(2017, 1, 1))); // the year ends inside T
    QTest::newRow("year point, a tile inside its year")
        << zoom << june2016 << QStringLiteral("2016") << none << false << -3 << 5;
    QTest::newRow("year point ending inside a tile")
        << zoom << newYear2017 << QStringLiteral("2016") << none << false << -3 << 0;
    QTest::newRow("year point starting inside a tile")
        << zoom << newYear2017 << QStringLiteral("2017~") << none << false << 0 << 5;
    // March 2016 runs from 0.3 into the tile holding its first day to 0.9 into T+2; with April,
    // to 0.3 into T+5.
    QTest::newRow("month point") << zoom << TileKey::indexOf(utc(2016, 3, 1), zoom)
                                 << QStringLiteral("2016-03") << none << false << 0 << 2;
    QTest::newRow("month period") << zoom << TileKey::indexOf(utc(2016, 3, 1), zoom)
                                  << QStringLiteral("2016-03") << QStringLiteral("2016-04") << false
                                  << 0 << 5;
}

void TstTileCache::tileEdges()
{
    QFETCH(int, zoom);
    QFETCH(qint64, tile);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(bool, ongoing);
    QFETCH(int, firstOffset);
    QFETCH(int, lastOffset);

    EventStore store(path());
    const Event event = makeEvent(QStringLiteral("edge"), parsed(start), parsed(end), ongoing);
    QVERIFY(!event.start.isNull());
    QVERIFY(end.isEmpty() || !event.end.isNull());
    const qint64 id = store.addEvent(event);
    // Neighbours that are in no tile examined here.
    store.addEvent(makeEvent(QStringLiteral("long before"), PartialDate::day(1990, 1, 1)));
    store.addEvent(makeEvent(QStringLiteral("long after"), PartialDate::day(2040, 1, 1)));
    const Event stored = *store.event(id);

    for (int offset = -3; offset <= 5; ++offset) {
        const TileKey key{zoom, tile + offset};
        const bool expected = offset >= firstOffset && offset <= lastOffset;
        // The expectation of the row, checked against the dates themselves.
        QVERIFY2(overlaps(stored, key.from(), key.to()) == expected,
                 qPrintable(QString::asprintf("bad row: T%+d", offset)));
        const Tile fetched = TileQuery::fetch(store, key);
        QVERIFY(!fetched.summarized);
        const bool held = findEvent(fetched, id) != nullptr;
        QVERIFY2(held == expected,
                 qPrintable(QStringLiteral("%1 (%2) %3 the event [%4, %5]")
                                .arg(keyText(key), QString::asprintf("T%+d", offset))
                                .arg(held ? QStringLiteral("holds") : QStringLiteral("lacks"))
                                .arg(startOf(stored))
                                .arg(endOf(stored))));
        QCOMPARE(fetched.events.size(), qsizetype(expected ? 1 : 0));
        // The store agrees about the same stretch of time.
        QCOMPARE(idsOf(store.eventsInRange(key.from(), key.to())).contains(id), expected);
    }
}

// --- crowded tiles -----------------------------------------------------------------------------

void TstTileCache::crowdedTilesSummarize_data()
{
    QTest::addColumn<int>("zoom");
    QTest::addColumn<qint64>("tile");
    QTest::addColumn<qint64>("crowdFrom");
    QTest::addColumn<qint64>("crowdTo");
    QTest::addColumn<int>("crowdSize");
    QTest::addColumn<bool>("crowded"); // more than TileBudget events start in tile T

    // Tiles of 2^24 s (194 days) counted in buckets of 8 days.
    const qint64 t24 = TileKey::indexOf(utc(2016, 6, 1), 24);
    const TileKey k24{24, t24};
    QTest::newRow("crowded tile, events clear of its edges")
        << 24 << t24 << k24.from() + 20 * Day << k24.to() - 20 * Day << 400 << true;
    QTest::newRow("crowded tile, events across its edges")
        << 24 << t24 << k24.from() - 30 * Day << k24.to() + 30 * Day << 500 << true;
    // Tiles of 2^28 s (8.5 years) counted in buckets of 64 days.
    const qint64 t28 = TileKey::indexOf(utc(2016, 6, 1), 28);
    const TileKey k28{28, t28};
    QTest::newRow("zoomed far out, events clear of the tile's edges")
        << 28 << t28 << k28.from() + 140 * Day << k28.to() - 140 * Day << 400 << true;
    // Tiles of 2^13 s (2 h 17 min) within a day of 400 events: about 40 start in each, so none
    // summarizes (the count is exact, not by day buckets).
    const qint64 t13 = TileKey::indexOf(utc(2016, 6, 1, 12), 13);
    QTest::newRow("crowded day, tiles of a few hours")
        << 13 << t13 << utc(2016, 6, 1) << utc(2016, 6, 2) - 1 << 400 << false;
}

// With more than TileBudget events in a tile, the all-lanes tile is summarized and empty, and
// each lane's tile carries that lane's density and its most important events.
void TstTileCache::crowdedTilesSummarize()
{
    QFETCH(int, zoom);
    QFETCH(qint64, tile);
    QFETCH(qint64, crowdFrom);
    QFETCH(qint64, crowdTo);
    QFETCH(int, crowdSize);
    QFETCH(bool, crowded);

    QRandomGenerator rng(1848);
    EventStore store(path());
    const QList<qint64> actors = addActors(store, 4);
    addCrowd(store, rng, actors, crowdSize, crowdFrom, crowdTo);
    // Long periods that run through the crowd: drawn with every tile while there are few.
    const TileKey centre{zoom, tile};
    store.addEvent(makeEvent(QStringLiteral("long"), PartialDate::year(1990),
                             minuteAt(centre.to() + 3 * TileKey::span(zoom)), false, 5,
                             {actors.at(0)}));
    store.addEvent(makeEvent(QStringLiteral("ongoing"), PartialDate::year(1991), {}, true, 4));
    const QList<Event> all = store.events();

    QList<qint64> lanes = actors;
    lanes.append(LaneKey::NoActor);
    int summarizedTiles = 0;
    for (qint64 index = tile - 1; index <= tile + 1; ++index) {
        const TileKey key{zoom, index};
        const Tile allLanes = TileQuery::fetch(store, key);
        QVERIFY(allLanes.key == key);
        const qint64 starting = std::count_if(all.cbegin(), all.cend(), [&](const Event &e) {
            return startsIn(e, key.from(), key.to());
        });
        if (index == tile) {
            QVERIFY2((starting > TileQuery::TileBudget) == crowded,
                     qPrintable(QStringLiteral("bad row: %1 events in T").arg(starting)));
        }
        if (starting > TileQuery::TileBudget) {
            QVERIFY2(
                allLanes.summarized,
                qPrintable(QStringLiteral("%1 with %2 events").arg(keyText(key)).arg(starting)));
        }
        if (!allLanes.summarized) {
            const QString mismatch = coverageMismatch(allLanes, all);
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
            continue;
        }
        ++summarizedTiles;
        QVERIFY2(allLanes.events.isEmpty(),
                 qPrintable(QStringLiteral("%1 events").arg(allLanes.events.size())));
        for (qint64 lane : std::as_const(lanes)) {
            const TileKey laneKey = key.forLane(lane);
            const Tile laneTile = TileQuery::fetch(store, laneKey);
            const QString mismatch = laneMismatch(laneTile, laneKey, all);
            QVERIFY2(mismatch.isEmpty(),
                     qPrintable(mismatch + QStringLiteral("\n(%1 events of all lanes start in "
                                                          "the tile)")
                                               .arg(starting)));
        }
    }
    // A crowd spread over a day does not crowd a tile of two hours: it shows its events.
    QCOMPARE(summarizedTiles > 0, crowded);
}

// --- the cache ---------------------------------------------------------------------------------

void TstTileCache::immediateCacheFetchesOnRequest()
{
    QRandomGenerator rng(1917);
    EventStore store(path());
    const QList<qint64> actors = addActors(store, 4);
    addRandomEvents(store, rng, actors, 100, utc(2015, 1, 1), utc(2020, 1, 1));
    const TileKey plain{22, TileKey::indexOf(utc(2017, 6, 1), 22)};
    const TileKey lane = plain.forLane(actors.at(1));
    QVERIFY(!TileQuery::fetch(store, plain).events.isEmpty());

    TileCache cache(&store, TileCache::Mode::Immediate);
    QCOMPARE(cache.mode(), TileCache::Mode::Immediate);
    QVERIFY(cache.find(plain) == nullptr);
    QSignalSpy arrived(&cache, &TileCache::tilesArrived);
    cache.request({plain, lane, plain});
    QVERIFY(!cache.isPending());
    for (const TileKey &key : {plain, lane}) {
        const Tile *tile = cache.find(key);
        QVERIFY2(tile, qPrintable(keyText(key)));
        const QString difference = tileDifference(*tile, TileQuery::fetch(store, key));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    // Other keys are not fetched along.
    QVERIFY(cache.find({22, plain.index + 1}) == nullptr);
    QVERIFY(cache.find(plain.forLane(actors.at(2))) == nullptr);
}

void TstTileCache::backgroundCacheFetchesOnWorker_data()
{
    QTest::addColumn<int>("zoom");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<bool>("summarized");
    QTest::addColumn<bool>("withLanes");

    QTest::newRow("a tile of events") << 22 << utc(2017, 6, 1) << false << false;
    QTest::newRow("an empty tile") << 22 << utc(1999, 6, 1) << false << false;
    QTest::newRow("a summarized tile") << 24 << utc(2018, 3, 1) << true << false;
    QTest::newRow("a summarized tile and its lanes") << 24 << utc(2018, 3, 1) << true << true;
}

void TstTileCache::backgroundCacheFetchesOnWorker()
{
    QFETCH(int, zoom);
    QFETCH(qint64, at);
    QFETCH(bool, summarized);
    QFETCH(bool, withLanes);

    QRandomGenerator rng(1968);
    EventStore store(path());
    const QList<qint64> actors = addActors(store, 4);
    addRandomEvents(store, rng, actors, 100, utc(2015, 1, 1), utc(2020, 1, 1));
    addCrowd(store, rng, actors, 300, utc(2018, 1, 1), utc(2018, 5, 1));
    const TileKey key{zoom, TileKey::indexOf(at, zoom)};
    QCOMPARE(TileQuery::fetch(store, key).summarized, summarized);
    QList<TileKey> keys{key};
    if (withLanes) {
        keys << key.forLane(actors.at(0)) << key.forLane(actors.at(3))
             << key.forLane(LaneKey::NoActor);
    }

    TileCache cache(&store, TileCache::Mode::Background);
    QCOMPARE(cache.mode(), TileCache::Mode::Background);
    QSignalSpy arrived(&cache, &TileCache::tilesArrived);
    cache.request(keys);
    // Nothing is read on this thread: the tiles come by the event loop.
    for (const TileKey &k : std::as_const(keys)) {
        QVERIFY2(cache.find(k) == nullptr, qPrintable(keyText(k)));
    }
    QVERIFY(cache.isPending());
    // Asking again for what is on its way changes nothing.
    cache.request(keys);
    QVERIFY(cache.isPending());

    QVERIFY(arrived.wait(30000));
    const QDeadlineTimer deadline(30000);
    while (cache.isPending() && !deadline.hasExpired()) {
        arrived.wait(100);
    }
    QVERIFY(!cache.isPending());
    QVERIFY(arrived.count() >= 1);
    for (const TileKey &k : std::as_const(keys)) {
        const Tile *tile = cache.find(k);
        QVERIFY2(tile, qPrintable(keyText(k)));
        const QString difference = tileDifference(*tile, TileQuery::fetch(store, k));
        QVERIFY2(difference.isEmpty(), qPrintable(keyText(k) + QStringLiteral(": ") + difference));
    }
    // Cached tiles are not asked for again.
    arrived.clear();
    cache.request(keys);
    QVERIFY(!cache.isPending());
}

void TstTileCache::editsDropTheirTiles_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<bool>("background");

    for (const bool background : {false, true}) {
        const char *mode = background ? "background" : "immediate";
        for (const char *edit : {"add", "update", "remove", "batch", "seed"}) {
            QTest::addRow("%s, %s", edit, mode) << QString::fromLatin1(edit) << background;
        }
    }
}

// A write drops the tiles of the time it touched, and only those; what is fetched afterwards
// shows the write.
void TstTileCache::editsDropTheirTiles()
{
    QFETCH(QString, edit);
    QFETCH(bool, background);

    QRandomGenerator rng(1989);
    EventStore store(path());
    const QList<qint64> actors = addActors(store, 4);
    addRandomEvents(store, rng, actors, 100, utc(2015, 1, 1), utc(2020, 1, 1));
    const qint64 when = utc(2017, 3, 10, 12, 0);
    const qint64 edited = store.addEvent(
        makeEvent(QStringLiteral("edited"), minuteAt(when), {}, false, 2, {actors.at(0)}));
    // The seed's Minsk Protocol, 5 September 2014, is in none of the tiles of the random events.
    const qint64 at = edit == QStringLiteral("seed") ? utc(2014, 9, 5) : when;
    const TileKey key{20, TileKey::indexOf(at, 20)};
    const TileKey laneKey = key.forLane(actors.at(0));
    // Two years later: no edit but the seed's reaches it.
    const TileKey farKey{20, TileKey::indexOf(utc(2019, 6, 15), 20)};
    const TileKey farLaneKey = farKey.forLane(actors.at(0));

    TileCache cache(&store, background ? TileCache::Mode::Background : TileCache::Mode::Immediate);
    QVERIFY(fetchInto(cache, {key, laneKey, farKey, farLaneKey}));
    const Tile before = *cache.find(key);
    const qint64 laneBefore = densityTotal(*cache.find(laneKey));
    QCOMPARE(findEvent(before, edited) != nullptr, edit != QStringLiteral("seed"));
    QSignalSpy arrived(&cache, &TileCache::tilesArrived);

    QList<qint64> added;
    if (edit == QStringLiteral("add")) {
        added.append(store.addEvent(
            makeEvent(QStringLiteral("new"), minuteAt(when + Hour), {}, false, 5, {actors.at(0)})));
    } else if (edit == QStringLiteral("update")) {
        Event event = *store.event(edited);
        event.title = QStringLiteral("Edited title");
        event.importance = 5;
        store.updateEvent(event);
    } else if (edit == QStringLiteral("remove")) {
        store.removeEvent(edited);
    } else if (edit == QStringLiteral("batch")) {
        store.batch([&] {
            for (int i = 1; i <= 3; ++i) {
                added.append(store.addEvent(makeEvent(QStringLiteral("batch%1").arg(i),
                                                      minuteAt(when + i * Hour), {}, false, 3,
                                                      {actors.at(0)})));
            }
        });
    } else {
        SeedLoader::loadBundled(store);
        added.append(store.eventByUid(QStringLiteral("article-02-minsk-protocol"))->id);
    }

    QVERIFY2(cache.find(key) == nullptr, "the tile outlived the edit");
    QVERIFY2(cache.find(laneKey) == nullptr, "the lane's tile outlived the edit");
    if (edit != QStringLiteral("seed")) {
        QVERIFY2(cache.find(farKey), "a tile far from the edit was dropped");
        QVERIFY2(cache.find(farLaneKey), "a lane tile far from the edit was dropped");
    }
    QVERIFY(!cache.isPending());
    QVERIFY2(arrived.count() >= 1, "the view is not told to draw again");

    QVERIFY(fetchInto(cache, {key, laneKey}));
    const Tile after = *cache.find(key);
    const QString difference = tileDifference(after, TileQuery::fetch(store, key));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    const qint64 laneAfter = densityTotal(*cache.find(laneKey));
    for (qint64 id : std::as_const(added)) {
        QVERIFY2(findEvent(after, id), qPrintable(QStringLiteral("event %1 is missing").arg(id)));
    }
    if (edit == QStringLiteral("update")) {
        const Event *event = findEvent(after, edited);
        QVERIFY(event);
        QCOMPARE(event->title, QStringLiteral("Edited title"));
        QCOMPARE(event->importance, 5);
    } else if (edit == QStringLiteral("remove")) {
        QVERIFY(!findEvent(after, edited));
        QCOMPARE(after.events.size(), before.events.size() - 1);
        QCOMPARE(laneAfter, laneBefore - 1);
    } else if (edit == QStringLiteral("seed")) {
        QVERIFY(after.events.size() > before.events.size());
    } else {
        QCOMPARE(after.events.size(), before.events.size() + added.size());
        QCOMPARE(laneAfter, laneBefore + added.size());
    }
}

// A write while tiles are on their way: what the worker read before it must not be kept.
void TstTileCache::editWhileFetchingIsNotLost()
{
    QRandomGenerator rng(2001);
    EventStore store(path());
    const QList<qint64> actors = addActors(store, 4);
    addRandomEvents(store, rng, actors, 100, utc(2015, 1, 1), utc(2020, 1, 1));
    const qint64 when = utc(2017, 3, 10, 12, 0);
    QList<TileKey> keys;
    for (qint64 index = TileKey::indexOf(when, 20) - 3; index <= TileKey::indexOf(when, 20) + 3;
         ++index) {
        keys << TileKey{20, index} << TileKey{20, index}.forLane(actors.at(0));
    }

    TileCache cache(&store, TileCache::Mode::Background);
    for (int round = 0; round < 20; ++round) {
        cache.clear();
        cache.request(keys);
        QVERIFY(cache.isPending());
        // Let the worker start on some of them now and then.
        if (round % 2 == 1) {
            QCoreApplication::processEvents();
        }
        const qint64 id =
            store.addEvent(makeEvent(QStringLiteral("new%1").arg(round),
                                     minuteAt(when + round * Hour), {}, false, 3, {actors.at(0)}));
        QVERIFY(!cache.isPending());
        QVERIFY(fetchInto(cache, keys));
        for (const TileKey &key : std::as_const(keys)) {
            const QString difference =
                tileDifference(*cache.find(key), TileQuery::fetch(store, key));
            QVERIFY2(
                difference.isEmpty(),
                qPrintable(
                    QStringLiteral("round %1, %2: %3").arg(round).arg(keyText(key), difference)));
        }
        const TileKey newKey{20, TileKey::indexOf(when + round * Hour, 20)};
        QVERIFY(findEvent(*cache.find(newKey), id));
        // Tiles that arrive late from before the write must not replace these.
        QCoreApplication::processEvents();
        for (const TileKey &key : std::as_const(keys)) {
            QVERIFY(cache.find(key));
            const QString difference =
                tileDifference(*cache.find(key), TileQuery::fetch(store, key));
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
    }
}

// --- the view ----------------------------------------------------------------------------------

void TstTileCache::viewDrawsTheSameByTiles_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");

    QTest::newRow("the whole timeline, summarized") << utc(2014, 6, 1) << utc(2020, 6, 1);
    QTest::newRow("a year") << utc(2016, 1, 1) << utc(2017, 1, 1);
    QTest::newRow("a few months") << utc(2017, 3, 1) << utc(2017, 7, 1);
    QTest::newRow("a week") << utc(2018, 5, 1) << utc(2018, 5, 8);
}

// A view that fetches by tiles on a worker draws exactly what one that reads everything on
// the spot draws, however it got to the range.
void TstTileCache::viewDrawsTheSameByTiles()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);

    QRandomGenerator rng(2024);
    EventStore store(path());
    const QList<qint64> actors = addActors(store, 8);
    addRandomEvents(store, rng, actors, 300, utc(2015, 1, 1), utc(2020, 1, 1));

    const auto immediate = makeView(&store, TileCache::Mode::Immediate);
    const auto background = makeView(&store, TileCache::Mode::Background);
    const auto detour = makeView(&store, TileCache::Mode::Background);
    const auto panned = makeView(&store, TileCache::Mode::Background);
    for (TimelineView *view : {immediate.get(), background.get(), detour.get(), panned.get()}) {
        QVERIFY(QTest::qWaitForWindowExposed(view));
    }
    immediate->setVisibleRange(from, to);
    QVERIFY(immediate->waitForData());
    const QImage expected = renderOf(*immediate);
    const QList<Event> inRange =
        store.eventsInRange(immediate->scale().visibleFrom(), immediate->scale().visibleTo());
    QVERIFY(!inRange.isEmpty());
    int drawn = 0;
    for (const Event &event : inRange) {
        drawn += !immediate->eventRect(event.id).isEmpty();
    }
    QVERIFY2(drawn > 0, "nothing is drawn: the comparison proves nothing");

    QStringList problems;
    // Waits for the view's data, then compares it with the one that read everything at once.
    const auto compare = [&](const QString &name, TimelineView *view) {
        if (!view->waitForData()) {
            problems.append(name + QStringLiteral(": no data"));
            return;
        }
        if (view->scale().visibleFrom() != immediate->scale().visibleFrom() ||
            view->scale().visibleTo() != immediate->scale().visibleTo()) {
            problems.append(QStringLiteral("%1: shows [%2, %3] instead of [%4, %5]")
                                .arg(name)
                                .arg(view->scale().visibleFrom())
                                .arg(view->scale().visibleTo())
                                .arg(immediate->scale().visibleFrom())
                                .arg(immediate->scale().visibleTo()));
            return;
        }
        const int differing = differingPixels(renderOf(*view), expected);
        if (differing != 0) {
            problems.append(QStringLiteral("%1: %2 pixels differ").arg(name).arg(differing));
        }
        int onlyByTiles = 0, onlyInOneGo = 0;
        for (const Event &event : inRange) {
            const bool shown = !immediate->eventRect(event.id).isEmpty();
            if (!view->eventRect(event.id).isEmpty() != shown) {
                ++(shown ? onlyInOneGo : onlyByTiles);
            }
        }
        if (onlyByTiles != 0 || onlyInOneGo != 0) {
            problems.append(QStringLiteral("%1: %2 events drawn only by tiles, %3 only in one go")
                                .arg(name)
                                .arg(onlyByTiles)
                                .arg(onlyInOneGo));
        }
    };

    // From the same range a tile later: the tiles in view are then all cached, and the view
    // has all it needs before the event loop runs again.
    const qint64 tile = TileKey::span(TileKey::zoomFor(immediate->scale().secondsPerPixel()));
    panned->setVisibleRange(from + tile, to + tile);
    QVERIFY(panned->waitForData());
    panned->setVisibleRange(from, to);
    compare(QStringLiteral("after showing the range a tile later"), panned.get());

    background->setVisibleRange(from, to);
    compare(QStringLiteral("by tiles"), background.get());

    // Far out and back, through tiles of other zooms.
    detour->setVisibleRange(utc(1800, 1, 1), utc(2200, 1, 1));
    QVERIFY(detour->waitForData());
    detour->setVisibleRange(from, to);
    compare(QStringLiteral("after zooming far out and back"), detour.get());

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// Moving to a window never seen before lays out at once with what the view has; the tiles of
// the new window come later, by the event loop.
void TstTileCache::uiThreadNeverWaits()
{
    QRandomGenerator rng(2025);
    EventStore store(path());
    const QList<qint64> actors = addActors(store, 8);
    addRandomEvents(store, rng, actors, 300, utc(2015, 1, 1), utc(2020, 1, 1));
    const auto view = makeView(&store, TileCache::Mode::Background);
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));

    const qint64 from = utc(2016, 1, 1), to = utc(2016, 4, 1);
    view->setVisibleRange(from, to);
    QVERIFY(view->waitForData());
    QList<qint64> shownBefore;
    for (const Event &event : store.eventsInRange(from, to)) {
        if (!view->eventRect(event.id).isEmpty()) {
            shownBefore.append(event.id);
        }
    }
    QVERIFY(!shownBefore.isEmpty());
    // Points far to the right of the old window and of the tiles fetched ahead of it.
    const qint64 farFrom = to + 2 * (to - from), farTo = from + 4 * (to - from);
    QList<qint64> farPoints;
    for (const Event &event : store.eventsInRange(farFrom, farTo)) {
        if (event.kind == Event::Kind::Point && startOf(event) >= farFrom &&
            endOf(event) <= farTo) {
            farPoints.append(event.id);
        }
    }
    QVERIFY(!farPoints.isEmpty());

    // Four times as wide: tiles of another zoom, none of them cached.
    view->setVisibleRange(from, from + 4 * (to - from));
    int stillShown = 0;
    for (qint64 id : std::as_const(shownBefore)) {
        stillShown += !view->eventRect(id).isEmpty();
    }
    for (qint64 id : std::as_const(farPoints)) {
        QVERIFY2(view->eventRect(id).isEmpty(),
                 qPrintable(QStringLiteral("event %1 of the new window is laid out before the "
                                           "event loop ran: the tiles were read on this thread")
                                .arg(id)));
    }
    // The previous frame's events stay until the new tiles are there.
    QVERIFY2(stillShown > 0, "the view dropped what it had before the new tiles came");

    QVERIFY(view->waitForData());
    int farShown = 0;
    for (qint64 id : std::as_const(farPoints)) {
        farShown += !view->eventRect(id).isEmpty();
    }
    QVERIFY(farShown > 0);
}

// Zoomed in to two hours of a day of 400 events, a few dozen events are in view: few enough
// to draw one by one, and if the tiles summarize them, the lanes must at least show them.
void TstTileCache::fewEventsOfACrowdedDayAreDrawn()
{
    QRandomGenerator rng(1815);
    EventStore store(path());
    const QList<qint64> actors = addActors(store, 4);
    addCrowd(store, rng, actors, 400, utc(2016, 6, 1), utc(2016, 6, 2) - 1);
    const auto view = makeView(&store, TileCache::Mode::Immediate);
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));

    const qint64 from = utc(2016, 6, 1, 11), to = utc(2016, 6, 1, 13);
    view->setVisibleRange(from, to);
    QVERIFY(view->waitForData());
    const QList<Event> inRange = store.eventsInRange(from, to);
    QVERIFY(inRange.size() > 10 && inRange.size() < TileQuery::TileBudget);
    int shown = 0;
    for (const Event &event : inRange) {
        shown += !view->eventRect(event.id).isEmpty();
    }
    // Lanes that overflow the view may hide some, never all.
    QVERIFY2(
        shown > 0,
        qPrintable(QStringLiteral("none of the %1 events in view is drawn").arg(inRange.size())));
}

// A read that fails (here: the worker cannot open the file) is said, and its keys are no
// longer on their way: the next request asks for them again.
void TstTileCache::failedReadIsReportedAndAskedAgain()
{
    QRandomGenerator rng(1648);
    EventStore store(path());
    addRandomEvents(store, rng, addActors(store, 2), 50, utc(2015, 1, 1), utc(2020, 1, 1));
    const TileKey key{25, TileKey::indexOf(utc(2017, 1, 1), 25)};
    const QString away = path() + QStringLiteral(".away");
    QVERIFY(QFile::rename(path(), away));

    TileCache cache(&store, TileCache::Mode::Background);
    QSignalSpy failed(&cache, &TileCache::failed);
    QSignalSpy arrived(&cache, &TileCache::tilesArrived);
    cache.request({key});
    QVERIFY(failed.wait(10000));
    QVERIFY(!failed.first().at(0).toString().isEmpty());
    QVERIFY(!cache.isPending());
    QVERIFY(cache.find(key) == nullptr);

    QVERIFY(QFile::rename(away, path()));
    cache.request({key});
    QVERIFY(cache.isPending());
    QTRY_VERIFY_WITH_TIMEOUT(cache.find(key) != nullptr, 10000);
    QCOMPARE(failed.count(), 1);
}

// On the spot, a read that fails is said too, instead of an exception through the caller
// (a paint event).
void TstTileCache::failedImmediateReadIsReported()
{
    QRandomGenerator rng(1649);
    EventStore store(path());
    addRandomEvents(store, rng, addActors(store, 2), 50, utc(2015, 1, 1), utc(2020, 1, 1));
    const TileKey key{25, TileKey::indexOf(utc(2017, 1, 1), 25)};
    Database other(path(), Database::OpenMode::ReadWrite);
    other.execute(QStringLiteral("ALTER TABLE events RENAME TO events_away"));

    TileCache cache(&store, TileCache::Mode::Immediate);
    QSignalSpy failed(&cache, &TileCache::failed);
    cache.request({key});
    QCOMPARE(failed.count(), 1);
    QVERIFY(cache.find(key) == nullptr);

    other.execute(QStringLiteral("ALTER TABLE events_away RENAME TO events"));
    cache.request({key});
    QVERIFY(cache.find(key) != nullptr);
    QCOMPARE(failed.count(), 1);
}

void TstTileCache::frameLargerThanTheCacheCompletes_data()
{
    QTest::addColumn<bool>("immediate");
    QTest::newRow("background") << false;
    QTest::newRow("immediate") << true;
}

// An export as wide as a wall, of a crowded year: its frame needs the lane tiles of every
// lane for each of its tiles, more than a cache of 16 holds. It still completes, with every
// lane's events.
void TstTileCache::frameLargerThanTheCacheCompletes()
{
    QFETCH(bool, immediate);
    QRandomGenerator rng(1713);
    EventStore store(path());
    const QList<qint64> actors = addActors(store, 12);
    store.batch([&] {
        for (qint64 actor : actors) {
            for (int i = 0; i < 150; ++i) {
                const qint64 at = utc(2016, 1, 1) + rng.bounded(365 * Day);
                store.addEvent(makeEvent(QStringLiteral("a%1-%2").arg(actor).arg(i), minuteAt(at),
                                         {}, false, 1 + rng.bounded(5), {actor}));
            }
        }
    });
    TimelineView view;
    view.setFetchMode(immediate ? TileCache::Mode::Immediate : TileCache::Mode::Background);
    view.resize(4000, 2000);
    view.setStore(&store);
    view.tiles()->setCapacity(16);
    view.setVisibleRange(utc(2016, 1, 1), utc(2017, 1, 1));
    QVERIFY(view.waitForData(20000));
    QVERIFY(view.tiles()->capacity() > 16); // the frame did need more

    const QList<TimelineRenderer::LaneGeometry> lanes = view.laneGeometry();
    QCOMPARE(lanes.size(), actors.size());
    QList<int> perLane(lanes.size());
    for (const TimelineRenderer::Item &item : view.items()) {
        ++perLane[item.lane];
    }
    for (int lane = 0; lane < lanes.size(); ++lane) {
        QVERIFY(lanes.at(lane).top + lanes.at(lane).height <= view.height()); // all on screen
        QVERIFY2(perLane.at(lane) > 0, qPrintable(QStringLiteral("lane %1 is empty").arg(lane)));
    }
}

QTEST_MAIN(TstTileCache)
#include "tst_tilecache.moc"
