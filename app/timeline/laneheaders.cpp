// SPDX-License-Identifier: GPL-3.0-or-later
#include "laneheaders.h"

#include "errorguard.h"
#include "timelineview.h"

#include <QFontMetricsF>
#include <QMenu>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace entente {

int LaneHeaders::dropSteps(int lane, double y) const
{
    const QList<int> siblings = m_lanes.siblingsOf(lane);
    qsizetype target = 0;
    for (int sibling : siblings) {
        if (sibling != lane && sibling < m_layout.size() &&
            m_layout.at(sibling).top + m_layout.at(sibling).height / 2 < y) {
            ++target;
        }
    }
    return int(target - siblings.indexOf(lane));
}

std::optional<double> LaneHeaders::dropMarkY(int lane, double y) const
{
    const QList<int> siblings = m_lanes.siblingsOf(lane);
    if (siblings.isEmpty() || siblings.last() >= m_layout.size()) {
        return std::nullopt;
    }
    const qsizetype place = siblings.indexOf(lane);
    const qsizetype target = place + dropSteps(lane, y);
    // Above the sibling it goes before, or under the last.
    const int before = int(target > place ? target + 1 : target);
    if (before < siblings.size()) {
        return m_layout.at(siblings.at(before)).top;
    }
    // Under the last sibling and whatever is nested under it.
    const QList<LaneModel::Lane> &lanes = m_lanes.lanes();
    int end = siblings.last();
    while (end + 1 < lanes.size() && lanes.at(end + 1).depth > lanes.at(siblings.last()).depth) {
        ++end;
    }
    return m_layout.at(end).top + m_layout.at(end).height;
}

void LaneHeaders::paintDrag(QPainter &painter, int lane, double grabY, double y, const QRect &area,
                            const QPalette &palette) const
{
    if (lane < 0 || lane >= m_layout.size()) {
        return;
    }
    const QColor highlight = palette.color(QPalette::Highlight);
    if (const std::optional<double> mark = dropMarkY(lane, y)) {
        painter.fillRect(QRectF(area.left(), *mark - 1, area.width(), 3), highlight);
    }
    // The header as the pointer holds it: where it was grabbed stays under the pointer, and a
    // tall lane is shown by its first rows only, so that it hides little of where it may go.
    const TimelineRenderer::LaneGeometry &geometry = m_layout.at(lane);
    const double height = std::min(geometry.height, 2.0 * TimelineRenderer::RowHeight + 6);
    const double grabbed = std::clamp(grabY - geometry.top, 0.0, height);
    const QRectF header(area.left(), y - grabbed, TimelineRenderer::HeaderWidth, height);
    painter.save();
    painter.setClipRect(area.adjusted(0, TimelineRenderer::AxisHeight, 0, 0)); // under the axis
    painter.fillRect(header, highlight);
    QColor band = highlight; // the rest of the lane, faintly, across the time
    band.setAlpha(40);
    painter.fillRect(QRectF(header.right(), header.top(), area.width() - header.width(), height),
                     band);
    painter.setPen(palette.color(QPalette::HighlightedText));
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QRectF text = header.adjusted(10, 0, -6, 0);
    painter.drawText(QRectF(text.left(), text.top(), text.width(), TimelineRenderer::RowHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(font).elidedText(m_lanes.lanes().at(lane).label, Qt::ElideRight,
                                                    text.width()));
    painter.restore();
}

std::optional<int> LaneHeaders::offsetShowing(int lane, int verticalOffset, int viewHeight) const
{
    if (lane < 0 || lane >= m_layout.size()) {
        return std::nullopt;
    }
    const TimelineRenderer::LaneGeometry &geometry = m_layout.at(lane);
    const double top = TimelineRenderer::AxisHeight, bottom = viewHeight;
    const double laneBottom = geometry.top + geometry.height;
    if (geometry.top >= top && laneBottom <= bottom) {
        return std::nullopt;
    }
    const bool alignTop = geometry.top < top || geometry.height > bottom - top;
    const double shift = alignTop ? geometry.top - top : laneBottom - bottom;
    return verticalOffset + int(alignTop ? std::floor(shift) : std::ceil(shift));
}

QPoint LaneHeaders::menuPosition(int lane, const QSize &view) const
{
    const double y = lane >= 0 && lane < m_layout.size() ? m_layout.at(lane).top + 12 : 0;
    return {20, std::clamp(int(y), TimelineRenderer::AxisHeight, std::max(0, view.height() - 1))};
}

void LaneHeaders::execMenu(TimelineView &view, int lane, const QPoint &at) const
{
    const LaneModel::Lane header = m_lanes.lanes().at(lane);
    const QString name = QString(header.label).replace(QLatin1Char('&'), QStringLiteral("&&"));
    QMenu menu(&view);
    if (header.hasChildren) {
        menu.addAction(header.collapsed ? tr("&Unfold %1").arg(name) : tr("&Fold %1").arg(name),
                       &view, ErrorGuard::slot([&view, header] { view.toggleLane(header.key); }));
    }
    const QList<int> siblings = m_lanes.siblingsOf(lane);
    const qsizetype place = siblings.indexOf(lane);
    QAction *up = menu.addAction(tr("Move &Up"), &view,
                                 ErrorGuard::slot([&view, lane] { view.moveLane(lane, -1); }));
    up->setEnabled(place > 0);
    QAction *down = menu.addAction(tr("Move &Down"), &view,
                                   ErrorGuard::slot([&view, lane] { view.moveLane(lane, 1); }));
    down->setEnabled(place >= 0 && place < siblings.size() - 1);
    if (view.laneMode() != LaneModel::Mode::Packed) {
        menu.addAction(tr("&Hide %1").arg(name), &view,
                       ErrorGuard::slot([&view, header] { view.hideLane(header.key); }));
    }
    menu.addSeparator();
    QAction *showAll = menu.addAction(tr("&Show All Lanes"), &view,
                                      ErrorGuard::slot(&view, &TimelineView::showAllLanes));
    showAll->setEnabled(!view.hiddenLanes().isEmpty());
    menu.exec(at);
}

} // namespace entente
