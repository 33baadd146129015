// SPDX-License-Identifier: GPL-3.0-or-later
#include "editbenchmark.h"

#include "addeventscommand.h"
#include "calendar.h"
#include "editeventscommand.h"
#include "eventstore.h"
#include "percentile.h"
#include "removeeventscommand.h"
#include "timelineview.h"

#include <QElapsedTimer>
#include <QImage>
#include <QMap>
#include <QRandomGenerator>
#include <QUndoStack>

#include <algorithm>

namespace entente {

namespace {

constexpr qint64 Month = 30 * SecondsPerDay;

PartialDate dayAt(qint64 second)
{
    const QDate date = QDate(1970, 1, 1).addDays(second / SecondsPerDay);
    return PartialDate::day(date.year(), date.month(), date.day());
}

// The event moved by `days`, at day precision: what a drag by a few days writes.
Event shifted(Event event, int days, bool endOnly)
{
    const qint64 by = qint64(days) * SecondsPerDay;
    if (!endOnly) {
        event.start = dayAt(event.start.earliestSecond() + by);
    }
    if (event.kind == Event::Kind::Period && !event.ongoing) {
        event.end = dayAt(std::max(event.end.earliestSecond() + by, event.start.earliestSecond()));
    }
    return event;
}

} // namespace

int EditBenchmark::run()
{
    EventStore store(m_database);
    const auto bounds = store.timeBounds();
    if (!bounds) {
        return 1;
    }
    TimelineView view;
    view.resize(1920, 1080);
    view.setStore(&store);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    QUndoStack stack;
    QRandomGenerator random(2025);
    QMap<QString, QList<double>> times;

    // One month at a random place, drawn once before the edit: the edit is then measured
    // against a warm cache, as in a session.
    QList<double> plainFrames; // the same view drawn again without an edit: the floor
    auto showRandomMonth = [&] {
        const qint64 room = std::max<qint64>(1, bounds->second - bounds->first - Month);
        const qint64 from = bounds->first + qint64(random.bounded(double(room)));
        view.setVisibleRange(from, from + Month);
        view.waitForData();
        view.render(&image);
        QElapsedTimer timer;
        timer.start();
        view.update();
        view.waitForData();
        view.render(&image);
        plainFrames.append(timer.nsecsElapsed() / 1e6);
        return from;
    };
    // edit_ms in three parts: the command (the store's write and what its change notifies),
    // the tiles it dropped read again and laid out, and the frame drawn.
    QList<double> writes, refetches, frames;
    auto timed = [&](const QString &kind, const std::function<void()> &edit) {
        QElapsedTimer timer;
        timer.start();
        edit();
        const double written = timer.nsecsElapsed() / 1e6;
        view.waitForData();
        const double fetched = timer.nsecsElapsed() / 1e6;
        view.render(&image);
        const double done = timer.nsecsElapsed() / 1e6;
        writes.append(written);
        refetches.append(fetched - written);
        frames.append(done - fetched);
        times[kind].append(done);
    };
    auto someEvent = [&](qint64 from, bool period) -> std::optional<Event> {
        for (const Event &e :
             store.eventsStartingIn(from, from + Month, EventStore::Detail::Full)) {
            if ((e.kind == Event::Kind::Period && !e.ongoing) == period) {
                return e;
            }
        }
        return std::nullopt;
    };

    for (int i = 0; i < m_perKind; ++i) {
        qint64 from = showRandomMonth();
        Event added;
        added.title = QStringLiteral("Benchmark edit %1").arg(i);
        added.start = dayAt(from + Month / 2);
        added.importance = 1 + int(random.bounded(5));
        timed(QStringLiteral("add"), [&] { stack.push(new AddEventsCommand(&store, {added})); });

        from = showRandomMonth();
        if (const auto point = someEvent(from, false)) {
            timed(QStringLiteral("move"), [&] {
                stack.push(new EditEventsCommand(&store, {*point}, {shifted(*point, 3, false)},
                                                 QStringLiteral("Move")));
            });
        }
        from = showRandomMonth();
        if (const auto period = someEvent(from, true)) {
            timed(QStringLiteral("resize"), [&] {
                stack.push(new EditEventsCommand(&store, {*period}, {shifted(*period, 2, true)},
                                                 QStringLiteral("Resize")));
            });
        }
        from = showRandomMonth();
        if (const auto doomed = someEvent(from, false)) {
            timed(QStringLiteral("delete"),
                  [&] { stack.push(new RemoveEventsCommand(&store, {doomed->id})); });
            timed(QStringLiteral("undo"), [&] { stack.undo(); });
        }
    }
    QList<double> all;
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        all += it.value();
        m_report(QStringLiteral("edit_ms_p99"), percentile(it.value(), 0.99), QStringLiteral("ms"),
                 {{QStringLiteral("command"), it.key()}, {QStringLiteral("n"), it.value().size()}});
    }
    m_report(
        QStringLiteral("edit_ms_p50"), percentile(all, 0.5), QStringLiteral("ms"),
        {{QStringLiteral("command"), QStringLiteral("all")}, {QStringLiteral("n"), all.size()}});
    m_report(
        QStringLiteral("edit_ms_p99"), percentile(all, 0.99), QStringLiteral("ms"),
        {{QStringLiteral("command"), QStringLiteral("all")}, {QStringLiteral("n"), all.size()}});
    m_report(QStringLiteral("edit_floor_frame_ms_p50"), percentile(plainFrames, 0.5),
             QStringLiteral("ms"), {{QStringLiteral("n"), plainFrames.size()}});
    m_report(QStringLiteral("edit_floor_frame_ms_p99"), percentile(plainFrames, 0.99),
             QStringLiteral("ms"), {{QStringLiteral("n"), plainFrames.size()}});
    m_report(
        QStringLiteral("edit_write_ms_p50"), percentile(writes, 0.5), QStringLiteral("ms"),
        {{QStringLiteral("command"), QStringLiteral("all")}, {QStringLiteral("n"), writes.size()}});
    m_report(
        QStringLiteral("edit_write_ms_p99"), percentile(writes, 0.99), QStringLiteral("ms"),
        {{QStringLiteral("command"), QStringLiteral("all")}, {QStringLiteral("n"), writes.size()}});
    for (const auto &[figure, values] : {std::pair{QStringLiteral("edit_refetch_ms"), refetches},
                                         std::pair{QStringLiteral("edit_frame_ms"), frames}}) {
        for (const double p : {0.5, 0.99}) {
            m_report(figure + (p == 0.5 ? QStringLiteral("_p50") : QStringLiteral("_p99")),
                     percentile(values, p), QStringLiteral("ms"),
                     {{QStringLiteral("n"), values.size()}});
        }
    }
    // Leave the benchmark's timeline as it was for the next run.
    view.setStore(nullptr);
    while (stack.canUndo()) {
        stack.undo();
    }
    return 0;
}

} // namespace entente
