// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lanemodel.h"
#include "relationtype.h"
#include "timelineframe.h"
#include "timelinerenderer.h"

#include <QCoreApplication>
#include <QPalette>
#include <QSize>
#include <QString>

#include <optional>
#include <utility>

class QFontMetricsF;
class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace entente {

class EventStore;
class TimelineView;

// Writes a range of the timeline as a document, PNG, SVG or PDF (chosen by the file's suffix),
// for File ▸ Export Image, File ▸ Print and --export-image: every lane that has events in the
// range, whole, and none of the window's controls (see TimelineDocument). An image grows to
// hold its lanes; a PDF or a print goes on to further pages, each under the title and the
// axis, then gives a key to the symbols and colours and the sources as numbered footnotes.
class TimelineExporter final
{
    Q_DECLARE_TR_FUNCTIONS(entente::TimelineExporter)

public:
    enum class Theme { Light, Dark };

    struct Options
    {
        // Of an image: its width, and its height at least. A page has a width of its own.
        QSize size{1600, 900};
        std::optional<std::pair<qint64, qint64>> range; // none: the whole timeline
        Theme theme = Theme::Light;
        QString title;    // of a PDF or print: the timeline's; empty: the file's name
        QString subtitle; // under the title; empty: the range's first and last days
        // As the screen shows them: lanes, what they hide and fold, and what colours say.
        LaneModel::Mode lanes = LaneModel::Mode::Actor;
        LaneModel::Arrangement arrangement;
        TimelineFrame::ColourBy colourBy = TimelineFrame::ColourBy::Actor;
        bool showLegend = true;
        // The events a search or filters let through (the rest drawn faint); none: all.
        std::shared_ptr<const MatchSet> matches;
    };

    // Throws entente::Error (naming the file) when the format is unknown or it cannot be
    // written.
    static void write(EventStore &store, const QString &path, const Options &options);
    // Pages onto a printer or a PDF writer. Throws entente::Error.
    static void paintPages(EventStore &store, const Options &options, QPagedPaintDevice &device);
    // What a view shows (its store, time, lanes and colours), to print it.
    static Options optionsOf(TimelineView &view);

    static QPalette palette(Theme theme);
    // The key to the symbols, these relation types (the timeline's labels and colours) and
    // these colours, from the top of `area` down; returns where it ends.
    static double paintKey(QPainter &painter, const QList<TimelineRenderer::LegendEntry> &colours,
                           const QList<RelationType> &relationTypes, const QRectF &area,
                           const QFontMetricsF &metrics);
    static QStringList formats()
    {
        return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
    }
};

} // namespace entente
