// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerenderer.h"

#include "stablehash.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QMap>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace entente {

namespace {

constexpr double LabelGap = 5;
constexpr double ItemGap = 8;
constexpr double MaxLabelWidth = 260;
constexpr double BarHeight = 12;
constexpr double BadgeGap = 2;       // markers closer than this (px) join a count badge
constexpr double BadgeMinWidth = 28; // room for a two-digit count between the round ends

QColor laneColor(const TimelineFrame &frame, int lane, const QPalette &palette)
{
    if (frame.lanes.mode() == LaneModel::Mode::Category) {
        return TimelineRenderer::categoryColour(frame.lanes.lanes().value(lane).category);
    }
    const QColor color(frame.lanes.lanes().value(lane).color);
    return color.isValid() ? color : palette.color(QPalette::Mid);
}

// By actor, an event takes its lane's colour; where lanes are not actors', its first actor's.
QColor eventColour(const TimelineFrame &frame, int lane, const Event &event,
                   const QPalette &palette)
{
    if (frame.colourBy == TimelineFrame::ColourBy::Category) {
        return TimelineRenderer::categoryColour(event.category);
    }
    if (frame.lanes.mode() == LaneModel::Mode::Actor || event.actors.isEmpty()) {
        return laneColor(frame, lane, palette);
    }
    const QColor color(frame.actors.value(event.actors.first().actorId).color);
    return color.isValid() ? color : palette.color(QPalette::Mid);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// The outline of a marker, bar or badge: set off from its fill towards the background's
// opposite, so that hollow markers stay visible on a dark background too.
QColor edge(const QColor &colour, const QPalette &palette)
{
    return isDark(palette) ? colour.lighter(150) : colour.darker(140);
}

bool isImprecise(const PartialDate &date)
{
    return date.isApproximate() || date.precision() < PartialDate::Precision::Day;
}

QString labelText(const Event &event)
{
    const bool approximate = event.start.isApproximate();
    return approximate
               ? QCoreApplication::translate("entente::TimelineRenderer", "c. %1").arg(event.title)
               : event.title;
}

} // namespace

TimelineRenderer::Item TimelineRenderer::placeItem(const Event &event, int lane,
                                                   const TimelineFrame &frame,
                                                   const QFontMetricsF &metrics) const
{
    const TimeScale &scale = frame.scale;
    const auto x = [&](qint64 second) {
        return HeaderWidth + std::clamp(scale.toX(second), -1e6, 1e6);
    };
    const double mid = RowHeight / 2.0;
    Item item{event.id, lane, {}, {}, {}, {}};
    const double left = x(event.earliestSecond());
    double right;
    if (event.kind == Event::Kind::Period) {
        const bool open = event.ongoing || event.end.isNull();
        right = open ? std::max(left + 24, double(m_size.width()) + 2) : x(event.latestSecond());
        item.shape = QRectF(left, mid - BarHeight / 2, std::max(3.0, right - left), BarHeight);
    } else {
        const double radius = 2.5 + std::clamp(event.importance, 1, 5);
        right = x(event.latestSecond());
        const double centre = (left + right) / 2;
        item.shape = QRectF(centre - radius, mid - radius, 2 * radius, 2 * radius);
        if (isImprecise(event.start) && right - left > 2 * radius) {
            item.uncertainty = QRectF(left, mid - 5, right - left, 10);
        }
    }
    item.text = labelText(event);
    const double textWidth = std::min(MaxLabelWidth, m_labels.advance(item.text) + 2);
    const double visibleLeft = std::max(item.shape.left(), double(HeaderWidth));
    const double inside = item.shape.right() - visibleLeft - 2 * LabelGap;
    // A bar's label goes inside when it fits, or when the bar runs off the right edge (then
    // elided to what shows); otherwise after the bar or marker.
    const bool runsOffRight = item.shape.right() >= m_size.width();
    const bool insideBar = event.kind == Event::Kind::Period &&
                           (inside >= textWidth || (runsOffRight && inside >= 40));
    // A marker off screen whose light band (a month, a year) reaches into view keeps its
    // label at the band's visible start, rather than off screen with the marker.
    const bool markerOffScreen =
        item.shape.right() < HeaderWidth || item.shape.left() > m_size.width();
    const double bandLeft = std::max(item.uncertainty.left(), double(HeaderWidth));
    const bool pinToBand = !item.uncertainty.isNull() && markerOffScreen &&
                           item.uncertainty.right() > HeaderWidth &&
                           item.uncertainty.left() < m_size.width();
    const double labelLeft = insideBar   ? visibleLeft + LabelGap
                             : pinToBand ? bandLeft + LabelGap
                                         : item.shape.right() + LabelGap;
    // Elided at the right edge rather than cut mid-letter.
    const double roomToEdge = m_size.width() - labelLeft - LabelGap;
    const double labelWidth =
        std::min({textWidth, insideBar ? inside : textWidth, std::max(roomToEdge, 40.0)});
    item.label = QRectF(labelLeft, mid - metrics.height() / 2, labelWidth, metrics.height());
    return item;
}

const QPixmap &TimelineRenderer::markerSprite(double diameter, const QPen &pen, const QColor &fill,
                                              const QPainter &target) const
{
    // Antialiased circles cost far more than copying a small pixmap; there are only a few
    // dozen kinds of marker (size, colour, outline).
    const qreal ratio = target.device() ? target.device()->devicePixelRatioF() : 1.0;
    // Packed numbers, not formatted text: this runs for every marker of every frame.
    const SpriteKey key{(quint64(pen.color().rgba()) << 32) | fill.rgba(),
                        (quint64(qRound(diameter * 4)) << 40) |
                            (quint64(qRound(pen.widthF() * 4)) << 24) |
                            (quint64(pen.style()) << 16) | quint64(qRound(ratio * 100))};
    auto it = m_sprites.find(key);
    if (it == m_sprites.end()) {
        const double margin = std::ceil(pen.widthF()) + 1;
        const double side = diameter + 2 * margin;
        QPixmap sprite(QSize(int(std::ceil(side * ratio)), int(std::ceil(side * ratio))));
        sprite.setDevicePixelRatio(ratio);
        sprite.fill(Qt::transparent);
        QPainter painter(&sprite);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawEllipse(QRectF(margin, margin, diameter, diameter));
        painter.end();
        it = m_sprites.insert(key, sprite);
    }
    return *it;
}

void TimelineRenderer::layout(const TimelineFrame &frame, const QSize &size, const QFont &font)
{
    m_labels.setFont(font);
    m_size = size;
    m_font = font;
    m_items.clear();
    m_eventIndex.clear();
    const QFontMetricsF metrics(font);
    const int laneCount = int(frame.lanes.lanes().size());
    // Rows that get labels; one more row takes the markers that find no room.
    const qsizetype maxRows = frame.summarized ? SummarizedRows : MaxRowsPerLane;
    QList<QList<double>> rowEnds(laneCount); // per lane, the right edge used in each row
    for (int index = 0; index < frame.events.size(); ++index) {
        const Event &event = frame.events.at(index);
        if (event.isUndated()) {
            continue;
        }
        m_eventIndex.insert(event.id, index);
        for (int lane : frame.lanes.lanesOf(event)) {
            Item item = placeItem(event, lane, frame, metrics);
            const double from =
                std::min(item.shape.left(),
                         item.uncertainty.isNull() ? item.shape.left() : item.uncertainty.left());
            QList<double> &rows = rowEnds[lane];
            // Labelled rows only: the markers-only overflow row is never offered for a label.
            const auto labelRows = rows.begin() + std::min<qsizetype>(rows.size(), maxRows);
            auto free =
                std::find_if(rows.begin(), labelRows, [&](double end) { return end <= from; });
            int row = int(free - rows.begin());
            if (free == labelRows) {
                if (rows.size() < maxRows) {
                    rows.append(-std::numeric_limits<double>::infinity());
                } else {
                    // No room for another label: the marker goes to an extra row of markers
                    // only, where it may touch other markers but never hides a label.
                    row = maxRows;
                    item.label = QRectF();
                    if (rows.size() == maxRows) {
                        rows.append(-std::numeric_limits<double>::infinity());
                    }
                }
            }
            // Null rects (no uncertainty band, no label) must not stretch the extent to x = 0.
            QRectF extent = item.shape;
            extent = item.uncertainty.isNull() ? extent : extent.united(item.uncertainty);
            extent = item.label.isNull() ? extent : extent.united(item.label);
            rows[row] = std::max(rows[row], extent.right() + ItemGap);
            const double dy = row * RowHeight;
            item.shape.translate(0, dy);
            item.label.translate(0, item.label.isNull() ? 0 : dy);
            item.uncertainty.translate(0, item.uncertainty.isNull() ? 0 : dy);
            m_items.append(item);
        }
    }
    collapseClusters(frame, int(maxRows));
    m_lanes.clear();
    double top = AxisHeight - frame.verticalOffset;
    // A summarized lane keeps room for its density under the events drawn over it.
    for (int lane = 0; lane < laneCount; ++lane) {
        // Summarized lanes have a fixed height, so that lanes do not move while their tiles
        // arrive and a lane can be scrolled to before its data is there.
        const qsizetype rows =
            frame.summarized ? SummarizedRows + 1 : std::max<qsizetype>(1, rowEnds[lane].size());
        const double height = rows * RowHeight + 6;
        m_lanes.append({top, height});
        top += height;
    }
    m_lanesHeight = top - AxisHeight + frame.verticalOffset;
    m_ticks = frame.scale.ticks(TickSpacing, frame.locale);
    m_bands = frame.scale.bands(TickSpacing, frame.locale);
    m_restDays = frame.scale.restDays(frame.locale);
    for (Badge &badge : m_badges) {
        badge.rect.translate(0, m_lanes.at(badge.lane).top + 3);
    }
    for (Item &item : m_items) {
        // Elided once here, and only when needed, rather than on every paint.
        if (!item.label.isNull() && m_labels.advance(item.text) + 2 > item.label.width()) {
            item.text = m_labels.elided(item.text, item.label.width());
        }
        const double laneTop = m_lanes.at(item.lane).top + 3;
        item.shape.translate(0, laneTop);
        item.label.translate(0, item.label.isNull() ? 0 : laneTop);
        item.uncertainty.translate(0, item.uncertainty.isNull() ? 0 : laneTop);
    }
    QMultiHash<qint64, QRectF> shapes;
    for (const Item &item : std::as_const(m_items)) {
        shapes.insert(item.eventId, item.shape);
    }
    m_arrows.layout(frame.relations, shapes);
    // An event with several actors is drawn in each of their lanes: a thin line joins each
    // copy to the next one down, so that the eye can tell it is one event.
    m_connectors.clear();
    for (const qint64 id : shapes.uniqueKeys()) {
        QList<QRectF> copies = shapes.values(id);
        std::sort(copies.begin(), copies.end(),
                  [](const QRectF &a, const QRectF &b) { return a.top() < b.top(); });
        for (qsizetype i = 1; i < copies.size(); ++i) {
            const double x = copies.at(i - 1).left() + std::min(copies.at(i - 1).width(), 12.0) / 2;
            m_connectors.append(QLineF(x, copies.at(i - 1).bottom(), x, copies.at(i).top()));
        }
    }
}

void TimelineRenderer::collapseClusters(const TimelineFrame &frame, int overflowRow)
{
    // Only the markers-only row can crowd: labelled rows never overlap by construction. Its
    // markers are in time order per lane; a run of them that touch one another becomes a
    // badge covering the run. Bars there stay bars: they can be told apart by their length.
    m_badges.clear();
    const double rowTop = overflowRow * RowHeight;
    QHash<int, QList<qsizetype>> byLane;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        // A selected event is never hidden in a badge: it is what the user is looking for.
        if (item.label.isNull() && item.shape.top() >= rowTop && !frame.isSelected(item.eventId) &&
            frame.events.at(m_eventIndex.value(item.eventId)).kind == Event::Kind::Point) {
            byLane[item.lane].append(i);
        }
    }
    // In order of where they are drawn: a month-dated marker sits mid-month, after markers of
    // days that start later than it does.
    for (QList<qsizetype> &indexes : byLane) {
        std::stable_sort(indexes.begin(), indexes.end(), [&](qsizetype a, qsizetype b) {
            return m_items.at(a).shape.left() < m_items.at(b).shape.left();
        });
    }
    QList<bool> collapsed(m_items.size(), false);
    for (auto it = byLane.cbegin(); it != byLane.cend(); ++it) {
        QList<qsizetype> run;
        double runLeft = 0, runRight = -std::numeric_limits<double>::infinity();
        const auto flush = [&] {
            if (run.size() >= 2) {
                addBadge(frame, it.key(), run, runLeft, runRight, collapsed);
            }
            run.clear();
        };
        for (qsizetype index : it.value()) {
            // The markers only: a month's light band behind one is no reason to merge.
            const QRectF &shape = m_items.at(index).shape;
            if (shape.left() > runRight + BadgeGap) {
                flush();
                runLeft = shape.left();
            }
            run.append(index);
            // A badge is at least wide enough for its count, so a run reserves that much.
            runRight = std::max({runRight, shape.right(), runLeft + BadgeMinWidth});
        }
        flush();
    }
    qsizetype kept = 0;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (!collapsed.at(i)) {
            m_items[kept++] = m_items.at(i);
        }
    }
    m_items.resize(kept);
}

void TimelineRenderer::addBadge(const TimelineFrame &frame, int lane, const QList<qsizetype> &run,
                                double left, double right, QList<bool> &collapsed)
{
    Badge badge{
        lane, {}, {}, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()};
    for (qsizetype index : run) {
        const Item &item = m_items.at(index);
        const Event &event = frame.events.at(m_eventIndex.value(item.eventId));
        badge.eventIds.append(item.eventId);
        badge.from = std::min(badge.from, event.earliestSecond());
        badge.to = std::max(badge.to, event.latestSecond());
        collapsed[index] = true;
    }
    const double mid = m_items.at(run.first()).shape.center().y();
    badge.rect = QRectF(left, mid - 8, right - left, 16);
    m_badges.append(badge);
}

const TimelineRenderer::Badge *TimelineRenderer::badgeAt(const QPointF &point) const
{
    if (point.x() < HeaderWidth || point.y() < AxisHeight) {
        return nullptr; // the lane headers and the axis are drawn over badges
    }
    for (const Badge &badge : m_badges) {
        if (badge.rect.adjusted(-2, -2, 2, 2).contains(point)) {
            return &badge;
        }
    }
    return nullptr;
}

void TimelineRenderer::paintBadges(QPainter &painter, const TimelineFrame &frame,
                                   const QPalette &palette) const
{
    // A pill from two cached circle sprites and pixel-grid fills, and the count as a glyph
    // run: crowded frames have a hundred badges, and antialiased paths and shaped text cost
    // several times as much.
    const QRectF screen(HeaderWidth, AxisHeight, m_size.width() - HeaderWidth, m_size.height());
    const QColor base = palette.color(QPalette::Base);
    const QFontMetricsF &metrics = m_labels.metrics();
    for (const Badge &badge : m_badges) {
        // A badge reaching off screen is drawn over the part on screen, its count in the middle
        // of that part.
        const QRectF pill = badge.rect.intersected(screen.adjusted(-10, 0, 10, 0));
        if (pill.isEmpty()) {
            continue;
        }
        const QColor outline = edge(laneColor(frame, badge.lane, palette), palette);
        const double d = pill.height();
        const QPixmap &cap = markerSprite(d, QPen(outline, 1), base, painter);
        const double margin = (cap.width() / cap.devicePixelRatio() - d) / 2;
        painter.drawPixmap(QPointF(pill.left(), pill.top()) - QPointF(margin, margin), cap);
        painter.drawPixmap(QPointF(pill.right() - d, pill.top()) - QPointF(margin, margin), cap);
        const QRectF middle(pill.left() + d / 2, pill.top(), std::max(0.0, pill.width() - d), d);
        painter.fillRect(middle.adjusted(0, 0.5, 0, -0.5), base);
        hairline(painter, middle.left(), pill.top(), middle.width(), 1, outline);
        hairline(painter, middle.left(), pill.bottom() - 1, middle.width(), 1, outline);
        const QString count = QString::number(badge.eventIds.size());
        const QRectF text = pill.intersected(screen);
        painter.setPen(palette.color(QPalette::Text));
        m_labels.draw(painter,
                      QPointF(text.center().x() - m_labels.advance(count) / 2,
                              text.center().y() - metrics.height() / 2),
                      count);
    }
}

int TimelineRenderer::laneHeaderAt(const QPointF &point) const
{
    if (point.x() >= HeaderWidth || point.y() < AxisHeight) {
        return -1;
    }
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const LaneGeometry &geometry = m_lanes.at(lane);
        if (point.y() >= geometry.top && point.y() < geometry.top + geometry.height) {
            return lane;
        }
    }
    return -1;
}

qint64 TimelineRenderer::eventAt(const QPointF &point) const
{
    if (point.y() < AxisHeight || point.x() < HeaderWidth) {
        return 0;
    }
    // Last drawn is on top, so search backwards; markers are small, so allow a little slack.
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it) {
        if (it->shape.adjusted(-3, -3, 3, 3).contains(point) || it->label.contains(point)) {
            return it->eventId;
        }
    }
    return 0;
}

QRectF TimelineRenderer::itemRect(qint64 eventId) const
{
    const QRectF visible(HeaderWidth, AxisHeight, m_size.width() - HeaderWidth,
                         m_size.height() - AxisHeight);
    for (const Item &item : m_items) {
        if (item.eventId == eventId && item.shape.intersects(visible)) {
            return item.shape;
        }
    }
    return {};
}

void TimelineRenderer::paint(QPainter &painter, const TimelineFrame &frame,
                             const QPalette &palette) const
{
    painter.save();
    // Rectangles on the pixel grid need no antialiasing; markers and bars turn it on.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setFont(m_font);
    painter.fillRect(QRect(QPoint(0, 0), m_size), palette.color(QPalette::Base));
    paintLanes(painter, frame, palette);
    paintEras(painter, frame, palette);
    paintDensity(painter, frame, palette);

    painter.save();
    painter.setClipRect(QRectF(HeaderWidth, AxisHeight, m_size.width() - HeaderWidth,
                               m_size.height() - AxisHeight));
    const QRectF visible(HeaderWidth, AxisHeight, m_size.width() - HeaderWidth,
                         m_size.height() - AxisHeight);
    const auto onScreen = [&](const Item &item) {
        return item.shape.intersects(visible) || item.label.intersects(visible) ||
               item.uncertainty.intersects(visible);
    };
    QColor connector = palette.color(QPalette::Text);
    connector.setAlpha(60);
    for (const QLineF &line : std::as_const(m_connectors)) {
        hairline(painter, line.x1(), line.y1(), 1, line.y2() - line.y1(), connector);
    }
    m_arrows.paint(painter, palette); // under the events, which stay readable
    for (const Item &item : m_items) {
        if (!frame.isSelected(item.eventId) && onScreen(item)) {
            paintItem(painter, item, frame.events.at(m_eventIndex.value(item.eventId)), frame,
                      palette);
        }
    }
    paintBadges(painter, frame, palette); // over the bars that pass under them
    for (const Item &item : m_items) {    // the selection on top
        if (frame.isSelected(item.eventId) && onScreen(item)) {
            paintItem(painter, item, frame.events.at(m_eventIndex.value(item.eventId)), frame,
                      palette);
        }
    }
    painter.restore();

    paintAxis(painter, frame, palette);
    if (frame.showLegend) {
        paintLegend(painter, frame, palette);
    }
    if (frame.undatedEventCount > 0) {
        // In the corner above the lane names, where it hides nothing.
        const QString note = frame.undatedEventCount == 1
                                 ? QCoreApplication::translate("entente::TimelineRenderer",
                                                               "1 undated event: see the list")
                                 : QCoreApplication::translate("entente::TimelineRenderer",
                                                               "%1 undated events: see the list")
                                       .arg(frame.undatedEventCount);
        QFont small = m_font;
        small.setPointSizeF(m_font.pointSizeF() * 0.85);
        painter.setFont(small);
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(QRectF(6, 2, HeaderWidth - 12, AxisHeight - 4),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, note);
    }
    painter.restore();
}

bool TimelineRenderer::isLaneOnScreen(const LaneGeometry &geometry) const
{
    return geometry.top < m_size.height() && geometry.top + geometry.height > AxisHeight;
}

void TimelineRenderer::paintLanes(QPainter &painter, const TimelineFrame &frame,
                                  const QPalette &palette) const
{
    const auto &lanes = frame.lanes.lanes();
    const QColor separator = palette.color(QPalette::Midlight);
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const LaneGeometry &geometry = m_lanes.at(lane);
        if (!isLaneOnScreen(geometry)) {
            continue;
        }
        const QRectF row(0, geometry.top, m_size.width(), geometry.height);
        if (lane % 2 == 1) {
            painter.fillRect(row, palette.color(QPalette::AlternateBase));
        }
        hairline(painter, 0, geometry.top + geometry.height, m_size.width(), 1, separator);
    }
    // Days of rest, when days are wide enough to tell apart, then grid lines under the events,
    // one per tick, a little stronger where a band (a month, a year, ...) begins.
    const double laneHeight = m_size.height() - AxisHeight;
    QColor rest = palette.color(QPalette::Text);
    rest.setAlpha(10);
    for (const auto &[from, to] : m_restDays) {
        const double left = HeaderWidth + frame.scale.toX(from);
        painter.fillRect(
            QRectF(left, AxisHeight, HeaderWidth + frame.scale.toX(to) - left, laneHeight), rest);
    }
    const QColor grid = palette.color(QPalette::AlternateBase).darker(104);
    for (const TimeScale::Tick &tick : m_ticks) {
        hairline(painter, HeaderWidth + frame.scale.toX(tick.second), AxisHeight, 1, laneHeight,
                 grid);
    }
    QColor boundary = palette.color(QPalette::Text);
    boundary.setAlpha(40);
    for (const TimeScale::Band &band : m_bands) {
        hairline(painter, HeaderWidth + frame.scale.toX(band.from), AxisHeight, 1, laneHeight,
                 boundary);
    }
    if (frame.today) { // today, under the events so that it never strikes through a label
        QColor today = palette.color(QPalette::Highlight);
        today.setAlpha(170);
        hairline(painter, HeaderWidth + frame.scale.toX(*frame.today), AxisHeight, 2, laneHeight,
                 today);
    }
    // Lane headers stay at the left, above the grid.
    painter.fillRect(QRectF(0, AxisHeight, HeaderWidth, m_size.height()),
                     palette.color(QPalette::Window));
    painter.save();
    painter.setClipRect(QRectF(0, AxisHeight, HeaderWidth, m_size.height()));
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const LaneGeometry &geometry = m_lanes.at(lane);
        if (!isLaneOnScreen(geometry)) {
            continue;
        }
        const double indent = 8 + 14 * lanes.at(lane).depth;
        painter.fillRect(QRectF(indent - 6, geometry.top + 8, 3, geometry.height - 16),
                         laneColor(frame, lane, palette));
        QFont font = m_font;
        font.setBold(lanes.at(lane).depth == 0);
        painter.setFont(font);
        painter.setPen(palette.color(QPalette::WindowText));
        // An actor with people under it has a disclosure mark: ▾ open, ▸ folded in.
        const bool folds = lanes.at(lane).hasChildren;
        const QRectF text(indent, geometry.top, HeaderWidth - indent - (folds ? 20 : 6),
                          RowHeight + 6);
        painter.drawText(
            text, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(font).elidedText(lanes.at(lane).label, Qt::ElideRight, text.width()));
        if (folds) {
            painter.drawText(QRectF(HeaderWidth - 20, geometry.top, 16, RowHeight + 6),
                             Qt::AlignCenter,
                             QString(QChar(lanes.at(lane).collapsed ? 0x25B8 : 0x25BE)));
        }
        hairline(painter, 0, geometry.top + geometry.height, HeaderWidth, 1, separator);
    }
    painter.restore();
    painter.setFont(m_font);
    hairline(painter, HeaderWidth, AxisHeight, 1, m_size.height() - AxisHeight,
             palette.color(QPalette::Mid));
}

void TimelineRenderer::paintBar(QPainter &painter, const QRect &bar, double solidLeft,
                                double solidRight, const QColor &startColor, const QColor &color,
                                const QColor &endColor)
{
    // Solid fill on the pixel grid, and a gradient only where an end fades: gradient spans
    // cost several times a solid fill per pixel, and most of a long bar is solid.
    const auto fade = [&](double from, double to, const QColor &a, const QColor &b) {
        if (to - from < 0.5) {
            return;
        }
        QLinearGradient gradient(from, 0, to, 0);
        gradient.setColorAt(0, a);
        gradient.setColorAt(1, b);
        painter.fillRect(QRectF(from, bar.top(), to - from, bar.height()), gradient);
    };
    fade(bar.left(), solidLeft, startColor, color);
    const int left = qRound(solidLeft), right = qRound(solidRight);
    if (right > left) {
        painter.fillRect(QRect(left, bar.top(), right - left, bar.height()), color);
    }
    fade(solidRight, bar.right() + 1, color, endColor);
}

void TimelineRenderer::outlineRect(QPainter &painter, const QRect &rect, const QColor &color)
{
    painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), 1), color);
    painter.fillRect(QRect(rect.left(), rect.bottom(), rect.width(), 1), color);
    painter.fillRect(QRect(rect.left(), rect.top(), 1, rect.height()), color);
    painter.fillRect(QRect(rect.right(), rect.top(), 1, rect.height()), color);
}

void TimelineRenderer::hairline(QPainter &painter, double x, double y, double width, double height,
                                const QColor &color)
{
    // A one-pixel line as a filled rectangle on the pixel grid: the raster engine strokes a
    // drawn line as a path, many times dearer for the few dozen lines of every frame.
    painter.fillRect(QRectF(std::floor(x), std::floor(y), width, height), color);
}

void TimelineRenderer::paintEras(QPainter &painter, const TimelineFrame &frame,
                                 const QPalette &palette) const
{
    painter.save();
    painter.setClipRect(QRectF(HeaderWidth, AxisHeight, m_size.width(), m_size.height()));
    for (const Era &era : frame.eras) {
        const double left =
            HeaderWidth + std::clamp(frame.scale.toX(era.start.earliestSecond()), -1e6, 1e6);
        const double right =
            HeaderWidth + std::clamp(frame.scale.toX(era.end.latestSecond()), -1e6, 1e6);
        QColor color(era.color);
        if (!color.isValid()) {
            color = palette.color(QPalette::Highlight);
        }
        color.setAlpha(isDark(palette) ? 28 : 60); // light era colours glare on dark
        const QRectF band(left, AxisHeight, right - left, m_size.height() - AxisHeight);
        painter.fillRect(band, color);
        color.setAlpha(160);
        painter.setPen(QPen(color.darker(130), 1));
        painter.drawLine(band.topLeft(), band.bottomLeft());
        painter.drawLine(band.topRight(), band.bottomRight());
        painter.setPen(palette.color(QPalette::PlaceholderText));
        const QRectF label =
            band.adjusted(6, 0, -6, 0)
                .intersected(QRectF(HeaderWidth + 6, AxisHeight, m_size.width(), m_size.height()));
        painter.drawText(
            label.adjusted(0, 0, 0, -4), Qt::AlignLeft | Qt::AlignBottom,
            painter.fontMetrics().elidedText(era.name, Qt::ElideRight, int(label.width())));
    }
    painter.restore();
}

void TimelineRenderer::paintDensity(QPainter &painter, const TimelineFrame &frame,
                                    const QPalette &palette) const
{
    if (frame.density.isEmpty()) {
        return;
    }
    // A folded lane shows its people's buckets too: summed, not drawn over each other.
    struct Column
    {
        int lane;
        qint64 from;
        qint64 to;
        int count;
    };
    QList<Column> columns;
    QHash<std::pair<int, qint64>, qsizetype> columnAt;
    int maxCount = 1;
    for (const DensityIndex::Bucket &bucket : frame.density) {
        const int lane = frame.lanes.laneOfKey(bucket.actorId);
        if (lane < 0 || lane >= m_lanes.size()) {
            continue;
        }
        // Only a folded lane has several buckets per place to add up; looking every bucket
        // up in a hash cost a fifth more than drawing the density.
        if (!frame.lanes.lanes().at(lane).collapsed) {
            columns.append({lane, bucket.from, bucket.to, bucket.count});
            maxCount = std::max(maxCount, bucket.count);
            continue;
        }
        auto at = columnAt.constFind({lane, bucket.from});
        if (at == columnAt.constEnd()) {
            at = columnAt.insert({lane, bucket.from}, columns.size());
            columns.append({lane, bucket.from, bucket.to, 0});
        }
        Column &column = columns[*at];
        column.count += bucket.count;
        maxCount = std::max(maxCount, column.count);
    }
    // Logarithmic, so that a quiet lane still shows next to the busiest one.
    const double scale = 1.0 / std::log1p(double(maxCount));
    painter.save();
    painter.setClipRect(QRectF(HeaderWidth, AxisHeight, m_size.width() - HeaderWidth,
                               m_size.height() - AxisHeight));
    // One batch of rectangles per lane, in the lane's colour, on the pixel grid: the raster
    // engine fills those as spans, several times faster than it draws general rectangles.
    QHash<int, QList<QRect>> bars;
    for (const Column &column : std::as_const(columns)) {
        const LaneGeometry &geometry = m_lanes.at(column.lane);
        if (!isLaneOnScreen(geometry)) {
            continue;
        }
        const double left = HeaderWidth + frame.scale.toX(column.from);
        const double right = HeaderWidth + frame.scale.toX(column.to + 1);
        if (right < HeaderWidth || left > m_size.width()) {
            continue; // in a tile fetched ahead of a pan
        }
        const double height = (geometry.height - 6) * std::log1p(double(column.count)) * scale;
        const int x = qRound(left), bottom = qRound(geometry.top + geometry.height - 3);
        bars[column.lane].append(QRect(x, bottom - std::max(1, qRound(height)),
                                       std::max(1, qRound(right) - x),
                                       std::max(1, qRound(height))));
    }
    const QColor base = palette.color(QPalette::Base);
    for (auto it = bars.cbegin(); it != bars.cend(); ++it) {
        // Opaque, mixed with the background by hand: blending thousands of bars costs more.
        const QColor lane = laneColor(frame, it.key(), palette);
        const auto mix = [](int a, int b) { return (a * 45 + b * 55) / 100; };
        const QColor color(mix(lane.red(), base.red()), mix(lane.green(), base.green()),
                           mix(lane.blue(), base.blue()));
        for (const QRect &bar : it.value()) {
            painter.fillRect(bar, color);
        }
    }
    painter.restore();
}

void TimelineRenderer::paintAxis(QPainter &painter, const TimelineFrame &frame,
                                 const QPalette &palette) const
{
    const QRectF axis(0, 0, m_size.width(), AxisHeight);
    painter.fillRect(axis, palette.color(QPalette::Window));
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawLine(axis.bottomLeft(), axis.bottomRight());
    painter.save();
    painter.setClipRect(QRectF(HeaderWidth, 0, m_size.width() - HeaderWidth, AxisHeight));
    // Upper tier: bands naming the coarser unit, each name kept in view while its band is.
    QFont bold = m_font;
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetricsF boldMetrics(bold);
    const double tier = AxisHeight / 2.0;
    for (const TimeScale::Band &band : m_bands) {
        const double left = HeaderWidth + frame.scale.toX(band.from);
        const double right = HeaderWidth + frame.scale.toX(band.to);
        hairline(painter, left, 0, 1, AxisHeight, palette.color(QPalette::Mid));
        const double textLeft = std::max(left, double(HeaderWidth)) + 4;
        const QString label =
            boldMetrics.elidedText(band.label, Qt::ElideRight, right - textLeft - 4);
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(QRectF(textLeft, 0, right - textLeft, tier),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    // Lower tier: the ticks.
    painter.setFont(m_font);
    for (const TimeScale::Tick &tick : m_ticks) {
        const double x = HeaderWidth + frame.scale.toX(tick.second);
        hairline(painter, x, AxisHeight - 5, 1, 5, palette.color(QPalette::WindowText));
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(QRectF(x + 3, tier, 200, tier - 2), Qt::AlignLeft | Qt::AlignVCenter,
                         tick.label);
    }
    painter.restore();
    painter.setFont(m_font);
    paintToday(painter, frame, palette);
}

QColor TimelineRenderer::categoryColour(const QString &category)
{
    // Eight hues that stay apart on light and dark backgrounds; a category keeps its colour
    // from one frame, file, run and machine to the next.
    static const QColor Hues[] = {{0x1f, 0x77, 0xb4}, {0xd6, 0x27, 0x28}, {0x2c, 0xa0, 0x2c},
                                  {0xff, 0x7f, 0x0e}, {0x94, 0x67, 0xbd}, {0x8c, 0x56, 0x4b},
                                  {0xe3, 0x77, 0xc2}, {0x17, 0xbe, 0xcf}};
    if (category.isEmpty()) {
        return QColor(0x7f, 0x7f, 0x7f);
    }
    // The categories the bundled timeline and the benchmark use each have a hue of their own;
    // any other takes one by a hash of its name (FNV-1a, not qHash, which may differ between
    // runs and machines), so two of those may share a colour.
    static const QHash<QString, int> Known = {
        {QStringLiteral("military"), 1},  {QStringLiteral("diplomacy"), 0},
        {QStringLiteral("agreement"), 2}, {QStringLiteral("statement"), 3},
        {QStringLiteral("protest"), 4},   {QStringLiteral("humanitarian"), 5},
        {QStringLiteral("analysis"), 6},  {QStringLiteral("context"), 7}};
    if (const auto it = Known.constFind(category.toLower()); it != Known.constEnd()) {
        return Hues[*it];
    }
    return Hues[stableHash(category.toUtf8()) % std::size(Hues)];
}

QList<TimelineRenderer::LegendEntry> TimelineRenderer::legend(const TimelineFrame &frame,
                                                              const QPalette &palette) const
{
    // What the colours say when the lane headers do not: categories, or the actors of events
    // in lanes that are not actors'.
    const bool byCategory = frame.colourBy == TimelineFrame::ColourBy::Category;
    if (!byCategory && frame.lanes.mode() == LaneModel::Mode::Actor) {
        return {};
    }
    QMap<QString, QColor> entries; // sorted by name
    for (const Item &item : m_items) {
        const Event &event = frame.events.at(m_eventIndex.value(item.eventId));
        if (byCategory) {
            entries.insert(event.category.isEmpty()
                               ? QCoreApplication::translate("entente::LaneModel", "Uncategorized")
                               : event.category,
                           categoryColour(event.category));
        } else if (!event.actors.isEmpty()) {
            const Actor actor = frame.actors.value(event.actors.first().actorId);
            entries.insert(actor.displayName(), eventColour(frame, item.lane, event, palette));
        }
    }
    QList<LegendEntry> list;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        list.append({it.value(), it.key()});
    }
    return list;
}

QList<TimelineRenderer::LegendEntry> TimelineRenderer::colourKey(const TimelineFrame &frame,
                                                                 const QPalette &palette) const
{
    QList<LegendEntry> entries = legend(frame, palette);
    if (!entries.isEmpty()) {
        return entries;
    }
    for (int lane = 0; lane < frame.lanes.lanes().size(); ++lane) {
        entries.append({laneColor(frame, lane, palette), frame.lanes.lanes().at(lane).label});
    }
    return entries;
}

void TimelineRenderer::paintLegend(QPainter &painter, const TimelineFrame &frame,
                                   const QPalette &palette) const
{
    // Bottom right, over the lanes: a swatch and a name per entry; the longest lists stop at
    // what fits, with how many more there are.
    QList<LegendEntry> entries = legend(frame, palette);
    if (entries.isEmpty()) {
        return;
    }
    const QFontMetricsF &metrics = m_labels.metrics();
    const double line = metrics.height() + 2;
    const qsizetype fits =
        std::max<qsizetype>(1, qsizetype((m_size.height() - AxisHeight - 24) / line));
    if (entries.size() > fits) {
        const qsizetype more = entries.size() - (fits - 1);
        entries.resize(fits - 1);
        entries.append(
            {QColor(),
             QCoreApplication::translate("entente::TimelineRenderer", "and %1 more").arg(more)});
    }
    double width = 0;
    for (const LegendEntry &entry : std::as_const(entries)) {
        width = std::max(width, metrics.horizontalAdvance(entry.name));
    }
    width = std::min(width, 220.0);
    const QRectF box(m_size.width() - width - 40, m_size.height() - line * entries.size() - 16,
                     width + 30, line * entries.size() + 8);
    QColor background = palette.color(QPalette::Window);
    background.setAlpha(230);
    painter.fillRect(box, background);
    outlineRect(painter, box.toAlignedRect(), palette.color(QPalette::Mid));
    painter.setPen(palette.color(QPalette::WindowText));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const double y = box.top() + 4 + i * line;
        if (entries.at(i).colour.isValid()) {
            painter.fillRect(QRectF(box.left() + 6, y + line / 2 - 5, 10, 10),
                             entries.at(i).colour);
        }
        painter.drawText(QRectF(box.left() + 22, y, width + 4, line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(entries.at(i).name, Qt::ElideRight, width + 4));
    }
}

void TimelineRenderer::paintToday(QPainter &painter, const TimelineFrame &frame,
                                  const QPalette &palette) const
{
    if (!frame.today) {
        return;
    }
    const double x = HeaderWidth + frame.scale.toX(*frame.today);
    if (x < HeaderWidth || x > m_size.width()) {
        return;
    }
    const QColor accent = palette.color(QPalette::Highlight);
    hairline(painter, x, AxisHeight / 2.0, 2, AxisHeight / 2.0, accent); // the lanes' part is
                                                                         // under the events
    const QString label = QCoreApplication::translate("entente::TimelineRenderer", "Today");
    QFont small = m_font;
    small.setPointSizeF(m_font.pointSizeF() * 0.85);
    small.setBold(true);
    const QFontMetricsF metrics(small);
    // In the upper tier, on the axis's own background so that a band's name under it does
    // not make it unreadable.
    const QRectF box(x - metrics.horizontalAdvance(label) - 8, 2,
                     metrics.horizontalAdvance(label) + 6, AxisHeight / 2.0 - 4);
    painter.fillRect(box, palette.color(QPalette::Window));
    painter.setFont(small);
    painter.setPen(accent);
    painter.drawText(box, Qt::AlignCenter, label);
    painter.setFont(m_font);
}

void TimelineRenderer::paintItem(QPainter &painter, const Item &item, const Event &event,
                                 const TimelineFrame &frame, const QPalette &palette) const
{
    const bool selected = frame.isSelected(event.id);
    const QColor color = eventColour(frame, item.lane, event, palette);
    painter.setRenderHint(QPainter::Antialiasing, true);
    QColor light = color;
    light.setAlpha(70);
    const QPen outline =
        selected ? QPen(palette.color(QPalette::Highlight), 3) : QPen(edge(color, palette), 1);
    if (!item.uncertainty.isNull()) {
        painter.fillRect(item.uncertainty, light);
    }
    if (event.kind == Event::Kind::Period) {
        const QRectF bar = item.shape;
        const auto x = [&](qint64 second) {
            return std::clamp(HeaderWidth + frame.scale.toX(second), bar.left(), bar.right());
        };
        const bool open = event.ongoing || event.end.isNull();
        // Imprecise or approximate ends fade out; the certain middle is solid. An open end
        // fades over its last stretch on screen, wherever the bar began.
        const double solidLeft =
            isImprecise(event.start) ? x(event.start.latestSecond()) : bar.left();
        const double solidRight = open ? std::max(solidLeft, bar.right() - 90)
                                  : isImprecise(event.end)
                                      ? std::max(solidLeft, x(event.end.earliestSecond()))
                                      : bar.right();
        paintBar(painter, bar.toAlignedRect(), solidLeft, solidRight,
                 isImprecise(event.start) ? light : color, color,
                 open || isImprecise(event.end) ? light : color);
        if (selected) {
            painter.setRenderHint(QPainter::Antialiasing, false);
            painter.setPen(outline);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(bar.toAlignedRect().adjusted(0, 0, -1, -1));
            painter.setRenderHint(QPainter::Antialiasing, true);
        } else {
            outlineRect(painter, bar.toAlignedRect(), outline.color());
        }
        if (open) { // an arrow: the period runs on past the edge
            const double tip = std::min(bar.right(), double(m_size.width())) - 2;
            QPainterPath arrow;
            arrow.moveTo(tip - 9, bar.top() - 3);
            arrow.lineTo(tip, bar.center().y());
            arrow.lineTo(tip - 9, bar.bottom() + 3);
            painter.setBrush(color.darker(120));
            painter.setPen(Qt::NoPen);
            painter.drawPath(arrow);
        }
    } else {
        QPen pen = outline;
        if (event.start.isApproximate()) {
            pen.setStyle(Qt::DashLine);
        }
        const QColor fill = isImprecise(event.start) ? palette.color(QPalette::Base) : color;
        const QPixmap &sprite = markerSprite(item.shape.width(), pen, fill, painter);
        const double margin = (sprite.width() / sprite.devicePixelRatio() - item.shape.width()) / 2;
        painter.drawPixmap(item.shape.topLeft() - QPointF(margin, margin), sprite);
    }
    if (!item.label.isNull()) {
        const bool insideBar = item.shape.contains(item.label.center());
        painter.setPen(insideBar ? QColor(Qt::white) : palette.color(QPalette::Text));
        if (selected) {
            QFont bold = m_font;
            bold.setBold(true);
            painter.setFont(bold);
            painter.drawText(
                QPointF(item.label.left(), item.label.top() + m_labels.metrics().ascent()),
                item.text);
            painter.setFont(m_font);
        } else {
            m_labels.draw(painter, item.label.topLeft(), item.text);
        }
    }
}

} // namespace entente
