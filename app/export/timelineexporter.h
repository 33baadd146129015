// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lanemodel.h"
#include "timelineframe.h"

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

// Writes the timeline as PNG, SVG or PDF (chosen by the file's suffix) through the same view
// and renderer as the screen, for File ▸ Export Image, File ▸ Print and --export-image. A PDF
// page also carries a title, a legend of the lanes and, as footnotes, the sources of the
// events in view.
class TimelineExporter final
{
    Q_DECLARE_TR_FUNCTIONS(entente::TimelineExporter)

public:
    enum class Theme { Light, Dark };

    struct Options
    {
        QSize size{1600, 900};                          // of the timeline itself, in px
        std::optional<std::pair<qint64, qint64>> range; // none: fit the whole timeline
        Theme theme = Theme::Light;
        QString title; // for PDF; empty: none
        // As the screen shows them: lanes, what they hide and fold, and what colours say.
        LaneModel::Mode lanes = LaneModel::Mode::Actor;
        LaneModel::Arrangement arrangement;
        TimelineFrame::ColourBy colourBy = TimelineFrame::ColourBy::Actor;
        bool showLegend = true;
    };

    // Throws entente::Error (naming the file) when the format is unknown or it cannot be
    // written.
    static void write(EventStore &store, const QString &path, const Options &options);
    // Draws an existing view onto pages (a printer or a PDF writer).
    static void paintPages(TimelineView &view, QPagedPaintDevice &device, const QString &title);

    static QPalette palette(Theme theme);
    // The key to the symbols and colours of the view, from the top of `area` down; returns
    // where it ends.
    static double paintKey(QPainter &painter, TimelineView &view, const QRectF &area,
                           const QFontMetricsF &metrics);
    static QStringList formats()
    {
        return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
    }
};

} // namespace entente
