// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmark.h"

#include "calendar.h"
#include "editbenchmark.h"
#include "eventcriteria.h"
#include "eventstore.h"
#include "importbenchmark.h"
#include "matchdensity.h"
#include "matchset.h"
#include "percentile.h"
#include "searchbenchmark.h"
#include "synthetictimeline.h"
#include "tilequery.h"
#include "timelinerenderer.h"
#include "timelineview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <cstdio>

#ifdef Q_OS_WIN
#define NOMINMAX // windows.h's min and max macros would hide std::min and std::max
#include <windows.h>
// windows.h first: psapi.h needs its types.
#include <psapi.h>
#else
#include <sys/resource.h>
#endif

namespace entente {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Day = SecondsPerDay;
const QSize FrameSize(1920, 1080);

struct Span
{
    const char *name;
    qint64 seconds; // 0: everything
};
const Span Spans[] = {
    {"all", 0}, {"10y", 3652 * Day}, {"1y", 365 * Day}, {"1mo", 30 * Day}, {"1d", Day}};

// The view under measurement: 1920×1080, on the store, reading tiles on its worker thread.
void showFullHd(TimelineView &view, EventStore &store)
{
    view.resize(FrameSize);
    view.setStore(&store);
}

// About the lanes a 1080 px high view shows at once.
constexpr int VisibleLanes = 20;

qint64 randomStart(QRandomGenerator &random, const std::pair<qint64, qint64> &bounds, qint64 width)
{
    const qint64 room = std::max<qint64>(1, bounds.second - bounds.first - width);
    return bounds.first + qint64(random.bounded(double(room)));
}

double peakRssMb()
{
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters{};
    GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters);
    return double(counters.PeakWorkingSetSize) / (1024.0 * 1024.0);
#else
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
#if defined(Q_OS_MACOS)
    return double(usage.ru_maxrss) / (1024.0 * 1024.0); // bytes on macOS
#else
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
#endif
#endif
}

} // namespace

Benchmark::Benchmark(qint64 events, const QString &database, int positions,
                     SyntheticTimeline::Vocabulary vocabulary)
    : m_events(events), m_positions(positions), m_vocabulary(vocabulary)
{
    const QString name = vocabulary == SyntheticTimeline::Vocabulary::Zipf
                             ? QStringLiteral("entente-bench-zipf-%1.entente")
                             : QStringLiteral("entente-bench-%1.entente");
    m_database = database.isEmpty() ? QDir::temp().filePath(name.arg(events)) : database;
}

void Benchmark::report(const QString &figure, double value, const QString &unit,
                       const QJsonObject &context)
{
    QJsonObject line{{QStringLiteral("figure"), figure},
                     {QStringLiteral("value"), std::round(value * 100) / 100},
                     {QStringLiteral("unit"), unit},
                     {QStringLiteral("events"), m_events}};
    for (auto it = context.begin(); it != context.end(); ++it) {
        line.insert(it.key(), it.value());
    }
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void Benchmark::ensureTimeline()
{
    if (QFileInfo::exists(m_database)) {
        std::fprintf(stderr, "using existing %s\n", qPrintable(m_database));
        // Made by an earlier version: upgraded once here, or every child would read it through
        // an upgraded copy (ReadingCopy) and the figures would measure the copy.
        EventStore(m_database, EventStore::Access::Upgrade).eventCount();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 generatingNs = 0;
    {
        EventStore store(m_database);
        generatingNs =
            SyntheticTimeline(1991, m_vocabulary).populate(store, m_events, [&](qint64 done) {
                if (done % 100000 == 0) {
                    std::fprintf(stderr, "imported %lld events\n", done);
                }
            });
    }
    // From creating the file to closing it, less the time spent making the events up: what
    // the store costs, not the stand-in for a file being read.
    const double seconds = (timer.nsecsElapsed() - generatingNs) / 1e9;
    report(QStringLiteral("import_rate"), m_events / seconds, QStringLiteral("events/s"),
           {{QStringLiteral("seconds"), seconds},
            {QStringLiteral("generating_seconds"), generatingNs / 1e9}});
    const qint64 bytes = QFileInfo(m_database).size();
    report(QStringLiteral("db_bytes_per_event"), double(bytes) / m_events, QStringLiteral("bytes"),
           {{QStringLiteral("db_bytes"), bytes}});
}

int Benchmark::run(const QString &program)
{
    ensureTimeline();
    const QStringList common = {QStringLiteral("--events"),    QString::number(m_events),
                                QStringLiteral("--database"),  m_database,
                                QStringLiteral("--positions"), QString::number(m_positions)};
    // A cold start: a fresh process opens the file and draws the fit-all view.
    QList<double> firstFrames;
    for (int run = 0; run < 5; ++run) {
        QProcess child;
        QElapsedTimer timer;
        timer.start();
        child.start(program,
                    common + QStringList{QStringLiteral("--child"), QStringLiteral("first-frame")});
        child.waitForFinished(-1);
        firstFrames.append(timer.nsecsElapsed() / 1e6);
    }
    report(QStringLiteral("open_to_first_frame_ms"), percentile(firstFrames, 0.5),
           QStringLiteral("ms"),
           {{QStringLiteral("runs"), 5}, {QStringLiteral("stat"), u"median"_s}});
    QProcess view;
    view.setProcessChannelMode(QProcess::ForwardedChannels);
    view.start(program, common + QStringList{QStringLiteral("--child"), QStringLiteral("view")});
    view.waitForFinished(-1);
    if (view.exitCode() != 0) {
        return view.exitCode();
    }
    QProcess search;
    search.setProcessChannelMode(QProcess::ForwardedChannels);
    search.start(program,
                 common + QStringList{QStringLiteral("--child"), QStringLiteral("search")});
    search.waitForFinished(-1);
    if (search.exitCode() != 0) {
        return search.exitCode();
    }
    // Edits last and in a process of their own: they write (and undo) into the timeline, and
    // must not count in the viewer's memory.
    QProcess edit;
    edit.setProcessChannelMode(QProcess::ForwardedChannels);
    edit.start(program, common + QStringList{QStringLiteral("--child"), QStringLiteral("edit")});
    edit.waitForFinished(-1);
    return edit.exitCode();
}

int Benchmark::measureEdits()
{
    // At least 100 of each command, as the editing issue asks, whatever --positions says;
    // ENTENTE_BENCH_EDITS sets another count, for a profiler's run (not for the figures).
    bool forProfile = false;
    const int count = qEnvironmentVariableIntValue("ENTENTE_BENCH_EDITS", &forProfile);
    EditBenchmark edits(
        m_database, forProfile ? count : std::max(100, m_positions / 2),
        [this](const QString &figure, double value, const QString &unit,
               const QJsonObject &context) { report(figure, value, unit, context); });
    return edits.run();
}

int Benchmark::measureSearch()
{
    SearchBenchmark search(
        m_database, m_vocabulary, std::max(50, m_positions / 2),
        [this](const QString &figure, double value, const QString &unit,
               const QJsonObject &context) { report(figure, value, unit, context); });
    return search.run();
}

int Benchmark::measureCsvImport(const QString &program, const QString &fullDatabase,
                                const QString &csv)
{
    ImportBenchmark import(
        m_events, program, fullDatabase,
        [this](const QString &figure, double value, const QString &unit,
               const QJsonObject &context) { report(figure, value, unit, context); });
    return csv.isEmpty() ? import.run() : import.writeCsvOnly(csv);
}

int Benchmark::exportVis(const QString &path)
{
    ensureTimeline();
    EventStore store(m_database);
    QJsonArray groups, items;
    for (const Actor &actor : store.actors()) {
        groups.append(QJsonObject{{u"id"_s, actor.id}, {u"content"_s, actor.displayName()}});
    }
    const auto iso = [](qint64 second) {
        return QDateTime::fromSecsSinceEpoch(second, QTimeZone::utc()).toString(Qt::ISODate);
    };
    const qint64 openEnd = PartialDate::year(2026).earliestSecond();
    for (const Event &event : store.events()) {
        if (event.isUndated()) {
            continue;
        }
        QJsonObject item{
            {u"id"_s, event.id},
            {u"content"_s, event.title},
            {u"start"_s, iso(event.earliestSecond())},
            {u"group"_s, event.actors.isEmpty() ? qint64(0) : event.actors.first().actorId}};
        if (event.kind == Event::Kind::Period) {
            item.insert(u"end"_s, iso(std::min(event.latestSecond(), openEnd)));
        }
        items.append(item);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    file.write(QJsonDocument(QJsonObject{{u"groups"_s, groups}, {u"items"_s, items}})
                   .toJson(QJsonDocument::Compact));
    return 0;
}

int Benchmark::drawFirstFrame()
{
    EventStore store(m_database);
    TimelineView view;
    showFullHd(view, store);
    view.waitForData();
    QImage image(FrameSize, QImage::Format_ARGB32_Premultiplied);
    view.render(&image);
    return 0;
}

int Benchmark::measureView()
{
    measureQueries();
    measureFrames();
    measureZoomSteps();
    report(QStringLiteral("rss_mb"), peakRssMb(), QStringLiteral("MB"),
           {{QStringLiteral("stat"), u"peak of the viewing process"_s}});
    return 0;
}

// The visible-window fetch of a cold view: the window's all-lanes tiles, and for those that
// are crowded the tiles of the lanes a 1080 px view shows.
static qint64 fetchWindow(const EventStore &store, qint64 from, qint64 to,
                          const QList<qint64> &lanes)
{
    const double secondsPerPixel =
        double(to - from) / TimelineRenderer::timeAreaWidth(FrameSize.width());
    const int zoom = TileKey::zoomFor(secondsPerPixel);
    qint64 rows = 0;
    for (qint64 index = TileKey::indexOf(from, zoom); index <= TileKey::indexOf(to, zoom);
         ++index) {
        const Tile tile = TileQuery::fetch(store, {zoom, index, TileKey::AllLanes});
        rows += tile.events.size();
        if (tile.summarized) {
            for (qint64 lane : lanes) {
                const Tile laneTile = TileQuery::fetch(store, {zoom, index, lane});
                rows += laneTile.events.size() + laneTile.density.size();
            }
        }
    }
    return rows;
}

void Benchmark::measureSpans(const EventStore &store, const QString &figure, quint32 seed,
                             const std::function<qint64(qint64, qint64)> &work,
                             const QJsonObject &context)
{
    measureSpans(store, seed, {{figure, context, work}});
}

void Benchmark::measureSpans(const EventStore &store, quint32 seed, const QList<Work> &works)
{
    // At every span, `m_positions` random windows, each measured with every work in turn, so
    // that a busy spell of a shared machine weighs on them all alike; work() returns the rows
    // it handled.
    const auto bounds = store.timeBounds().value_or(std::make_pair(qint64(0), qint64(Day)));
    QRandomGenerator random(seed);
    for (const Span &span : Spans) {
        const qint64 width = span.seconds ? span.seconds : bounds.second - bounds.first;
        QList<QList<double>> times(works.size());
        QList<qint64> rows(works.size(), 0);
        for (int i = 0; i < m_positions; ++i) {
            const qint64 from = randomStart(random, bounds, width);
            for (qsizetype w = 0; w < works.size(); ++w) {
                QElapsedTimer timer;
                timer.start();
                rows[w] += works.at(w).work(from, from + width);
                times[w].append(timer.nsecsElapsed() / 1e6);
            }
        }
        for (qsizetype w = 0; w < works.size(); ++w) {
            QJsonObject line = works.at(w).context;
            line.insert(u"span"_s, QString::fromLatin1(span.name));
            if (rows.at(w) > 0) {
                line.insert(u"mean_rows"_s, double(rows.at(w)) / m_positions);
            }
            report(works.at(w).figure + u"_p50"_s, percentile(times.at(w), 0.5), u"ms"_s, line);
            report(works.at(w).figure + u"_p99"_s, percentile(times.at(w), 0.99), u"ms"_s, line);
        }
    }
}

void Benchmark::measureQueries()
{
    EventStore store(m_database);
    const QList<qint64> lanes = store.actorsInUse().mid(0, VisibleLanes);
    measureSpans(store, u"query_ms"_s, 7,
                 [&](qint64 from, qint64 to) { return fetchWindow(store, from, to, lanes); });
}

void Benchmark::measureFrames()
{
    EventStore store(m_database);
    QImage image(FrameSize, QImage::Format_ARGB32_Premultiplied);
    const QList<Filter> filters = frameFilters(store);
    // Each kind of lane at the same windows (the same seed): by actor, the most lanes; by
    // category, a handful; packed, one crowded lane.
    const std::pair<LaneModel::Mode, QString> modes[] = {{LaneModel::Mode::Actor, u"actor"_s},
                                                         {LaneModel::Mode::Category, u"category"_s},
                                                         {LaneModel::Mode::Packed, u"packed"_s}};
    for (const auto &[mode, name] : modes) {
        // A view without and one with each search or filter, each with tiles of its own, drawn
        // in turn at each window, so that the figures compare.
        std::vector<std::unique_ptr<TimelineView>> views;
        QList<Work> works;
        for (qsizetype i = -1; i < filters.size(); ++i) {
            TimelineView &view = *views.emplace_back(std::make_unique<TimelineView>());
            showFullHd(view, store);
            view.setLaneMode(mode);
            view.setMatches(i < 0 ? nullptr : filters.at(i).matches);
            warmUp(view, image);
            QJsonObject context{{u"lanes"_s, name}};
            if (i >= 0) {
                context.insert(u"keeps"_s, filters.at(i).keeps);
                context.insert(u"filter"_s, filters.at(i).label);
                context.insert(u"matches"_s, filters.at(i).matches->count());
            }
            works.append({i < 0 ? u"frame_ms"_s : u"filter_frame_ms"_s, context,
                          [&view, &image](qint64 from, qint64 to) {
                              view.setVisibleRange(from, to);
                              // The worker thread's tiles (and the matches' density), then the
                              // layout.
                              view.waitForData();
                              view.render(&image);
                              return qint64(0);
                          }});
        }
        measureSpans(store, 11, works);
    }
}

void Benchmark::warmUp(TimelineView &view, QImage &image)
{
    view.zoomToFit();
    // A few frames first, as a running program has drawn before: the first ones fill the
    // glyph and font caches (the cold start is open_to_first_frame_ms).
    for (int i = 0; i < 5; ++i) {
        view.zoomIn();
        view.waitForData();
        view.render(&image);
    }
}

// Criteria that keep about 1% and 10% of the synthetic events: a phrase of its prose, which
// falls in every lane, and the third busiest actor, with the actors it meets. The density of
// their matches is read once per query; that cost is reported as match_density_ms.
QList<Benchmark::Filter> Benchmark::frameFilters(EventStore &store)
{
    EventCriteria phrase;
    phrase.query = u"\"prisoner exchange\""_s;
    EventCriteria actor;
    for (const Actor &candidate : store.actors()) {
        if (candidate.shortName == u"A3"_s) {
            actor.actors = {candidate.id};
        }
    }
    const std::pair<QString, EventCriteria> asked[] = {{u"1%"_s, phrase}, {u"10%"_s, actor}};
    QList<Filter> filters;
    for (const auto &[keeps, criteria] : asked) {
        const auto matches = std::make_shared<const MatchSet>(store.matches(criteria));
        const QString label = criteria.query.isEmpty() ? u"actor A3"_s : criteria.query;
        const std::pair<MatchDensity::Lanes, QString> kinds[] = {
            {MatchDensity::Lanes::Actors, u"actor"_s},
            {MatchDensity::Lanes::Categories, u"category"_s},
            {MatchDensity::Lanes::AllOnly, u"packed"_s}};
        for (const auto &[lanes, name] : kinds) {
            QList<double> times;
            for (int run = 0; run < 3; ++run) {
                QElapsedTimer timer;
                timer.start();
                MatchDensity::read(store.database(), *matches, lanes);
                times.append(timer.nsecsElapsed() / 1e6);
            }
            report(u"match_density_ms"_s, percentile(times, 0.5), u"ms"_s,
                   {{u"keeps"_s, keeps},
                    {u"filter"_s, label},
                    {u"lanes"_s, name},
                    {u"matches"_s, matches->count()},
                    {u"first_ms"_s, times.first()},
                    {u"stat"_s, u"median of 3"_s}});
        }
        filters.append({keeps, label, matches});
    }
    return filters;
}

void Benchmark::measureZoomSteps()
{
    EventStore store(m_database);
    TimelineView view;
    showFullHd(view, store);
    QImage image(FrameSize, QImage::Format_ARGB32_Premultiplied);
    QRandomGenerator random(13);
    QList<double> times;
    for (int i = 0; i < m_positions; ++i) {
        if (i % 40 == 0) {
            view.zoomToFit(); // from everything down to hours, then again
        }
        const QPointF at(TimelineRenderer::HeaderWidth + random.bounded(1700), 500);
        QWheelEvent wheel(at, at, QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QElapsedTimer timer;
        timer.start();
        QCoreApplication::sendEvent(&view, &wheel);
        view.waitForData();
        view.render(&image);
        times.append(timer.nsecsElapsed() / 1e6);
    }
    report(QStringLiteral("zoom_step_ms_p99"), percentile(times, 0.99), QStringLiteral("ms"),
           {{QStringLiteral("steps"), m_positions}});
}

} // namespace entente
