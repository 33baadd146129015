// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synthetictimeline.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

class QImage;

namespace entente {

class EventStore;
class MatchSet;
class TimelineView;

// The measurements of entente_bench. Viewing is measured in fresh child processes, so that
// open_to_first_frame_ms is a real cold start and rss_mb is the viewer's peak, not the
// importer's.
class Benchmark final
{
public:
    Benchmark(qint64 events, const QString &database, int positions,
              SyntheticTimeline::Vocabulary vocabulary = SyntheticTimeline::Vocabulary::Plain);

    int run(const QString &program);
    int drawFirstFrame();
    // The same synthetic timeline as vis-timeline DataSet items, one per event in its first
    // actor's group, for the side-by-side comparison in bench/web.
    int exportVis(const QString &path);
    int importOnly()
    {
        ensureTimeline();
        return 0;
    }
    int measureView();
    // The frames alone (the part of measureView with filters), for a quick comparison.
    int measureFramesOnly()
    {
        measureFrames();
        return 0;
    }
    int measureEdits();
    int measureSearch();
    // The import figures of issue 12 (see ImportBenchmark), `program` being entente and
    // `fullDatabase` the timeline with many events to import into (generated if missing).
    // Writes the CSV only, to `csv`, when it is not empty.
    int measureCsvImport(const QString &program, const QString &fullDatabase,
                         const QString &csv = {});

private:
    void ensureTimeline();
    void measureSpans(const EventStore &store, const QString &figure, quint32 seed,
                      const std::function<qint64(qint64, qint64)> &work,
                      const QJsonObject &context = {});
    struct Work
    {
        QString figure;
        QJsonObject context;
        std::function<qint64(qint64, qint64)> work;
    };
    void measureSpans(const EventStore &store, quint32 seed, const QList<Work> &works);
    void measureQueries();
    // A search or filter the frames are measured with, and how much of the timeline it keeps.
    struct Filter
    {
        QString keeps;
        QString label;
        std::shared_ptr<const MatchSet> matches;
    };
    void measureFrames();
    static void warmUp(TimelineView &view, QImage &image);
    QList<Filter> frameFilters(EventStore &store);
    void measureZoomSteps();
    void report(const QString &figure, double value, const QString &unit,
                const QJsonObject &context = {});

    qint64 m_events;
    QString m_database;
    int m_positions;
    SyntheticTimeline::Vocabulary m_vocabulary;
};

} // namespace entente
