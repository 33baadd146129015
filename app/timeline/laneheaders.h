// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lanemodel.h"
#include "timelinerenderer.h"

#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QPoint>
#include <QSize>

#include <optional>

class QPainter;

namespace entente {

class TimelineView;

// What the user does with a lane's header: drag it to another place among its siblings, or
// open its menu (fold, move, hide). Works on the lanes as laid out now.
class LaneHeaders final
{
    Q_DECLARE_TR_FUNCTIONS(entente::LaneHeaders)

public:
    LaneHeaders(const LaneModel &lanes, const QList<TimelineRenderer::LaneGeometry> &layout)
        : m_lanes(lanes), m_layout(layout)
    {}

    // How many places `lane` moves among its siblings when dropped at `y`: before the first
    // whose middle is below the pointer.
    int dropSteps(int lane, double y) const;
    // Where to draw the line the dragged lane would land on; none when it has no place to go.
    std::optional<double> dropMarkY(int lane, double y) const;
    // A lane being dragged: its header following the pointer (grabbed at `grabY`, now at
    // `y`) and the line where it would land, over the lanes in `area`.
    void paintDrag(QPainter &painter, int lane, double grabY, double y, const QRect &area,
                   const QPalette &palette) const;
    // The vertical offset of the lanes that shows all of `lane` (its top when it is taller than
    // the view), scrolling as little as it can; none when it shows already.
    std::optional<int> offsetShowing(int lane, int verticalOffset, int viewHeight) const;
    // Where the menu of `lane` opens (view coordinates): at its name, and inside the view
    // even where the lane is not.
    QPoint menuPosition(int lane, const QSize &view) const;
    // The menu of `lane`, at `at` (global), acting on the view.
    void execMenu(TimelineView &view, int lane, const QPoint &at) const;

private:
    const LaneModel &m_lanes;
    const QList<TimelineRenderer::LaneGeometry> &m_layout;
};

} // namespace entente
