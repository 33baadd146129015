// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lanemodel.h"
#include "relationtype.h"
#include "timelineframe.h"
#include "timelinerenderer.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QStringList>

#include <cmath>
#include <utility>

class QPainter;

namespace entente {

class EventStore;

// A range of the timeline as a document (an image, a PDF, a print) rather than as the window
// shows it: every lane that has events in the range, each whole at the screen's row height,
// under the time axis, and none of the window's controls. It is as tall as its lanes need;
// painted whole, or a page's lanes at a time, each page under its own copy of the axis. With
// footnotes, the label of each event that cites a source ends in the numbers of its sources.
class TimelineDocument final
{
public:
    struct Content
    {
        std::pair<qint64, qint64> range;
        LaneModel::Mode lanes = LaneModel::Mode::Actor;
        LaneModel::Arrangement arrangement;
        TimelineFrame::ColourBy colourBy = TimelineFrame::ColourBy::Actor;
        bool showLegend = true;
        bool footnotes = false;
        // What a search or filters let through; the rest is drawn faint, as on screen.
        std::shared_ptr<const MatchSet> matches;
    };

    // Reads what the range shows and lays it out `width` px wide. Throws Error when the
    // timeline cannot be read.
    TimelineDocument(EventStore &store, const Content &content, int width, const QFont &font,
                     const QPalette &palette);

    // The font it is laid out in: the family by its real name and the size in pixels, so that
    // neither an SVG reader nor a printer's resolution changes it.
    const QFont &font() const { return m_font; }
    int width() const { return m_width; }
    // The axis and every lane; the axis and lanes [first, last).
    int height() const { return int(std::ceil(height(0, laneCount()))); }
    double height(int first, int last) const;
    int laneCount() const { return int(m_lanes.size()); }
    // The lanes [first, last) of each page when a page holds `height` px, axis included. Pages
    // break between lanes; a lane taller than a page has a page of its own.
    QList<std::pair<int, int>> pages(double height) const;
    // The axis and lanes [first, last) from the painter's origin, at least `minHeight` tall;
    // returns the height painted.
    double paint(QPainter &painter, int first, int last, double minHeight = 0);
    // The lane headers of the last paint() once more, and the corner above them, without the
    // events, eras and ticks that paint() draws after them and clips away from them. For a
    // device that cannot clip (Qt's SVG generator), where those would cover the headers; it
    // draws across the lanes too, which that device must cut away itself.
    void paintHeaders(QPainter &painter) const;
    // The sources of the events in it, each once, in the order first cited: footnote n is at
    // n - 1.
    const QStringList &footnotes() const { return m_footnotes; }
    // What every colour stands for, lanes included (for a printed key).
    QList<TimelineRenderer::LegendEntry> colourKey() const
    {
        return m_renderer.colourKey(m_frame, m_palette);
    }
    // The timeline's relation types whose arrows it draws, with their labels and colours as
    // the timeline has them, in the timeline's order (for a printed key).
    QList<RelationType> relationTypesDrawn() const;

private:
    void assemble(EventStore &store, const Content &content);
    LaneModel lanesInUse(EventStore &store, const Content &content) const;
    void numberFootnotes(EventStore &store);
    void layOut();
    bool keepMarksOfCutLabels();

    TimelineFrame m_frame;
    TimelineRenderer m_renderer;
    QPalette m_palette;
    QFont m_font;
    int m_width;
    QList<TimelineLayout::LaneGeometry> m_lanes; // of the whole, from the top of the axis
    QHash<qint64, QString> m_marks;              // the footnote numbers of an event's label
    QStringList m_footnotes;
    QList<RelationType> m_relationTypes; // all of the timeline's
};

} // namespace entente
