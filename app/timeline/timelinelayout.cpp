// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelayout.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace entente {

namespace {

constexpr double LabelGap = 5;
constexpr double ItemGap = 8;
// Shorter than this, a label says too little: its marker goes to the markers-only row.
constexpr double MinLabelWidth = 40;
constexpr double BarHeight = 12;
constexpr double BadgeGap = 2;       // markers closer than this (px) join a count badge
constexpr double BadgeMinWidth = 28; // room for a two-digit count between the round ends

QString labelText(const Event &event)
{
    const bool approximate = event.start.isApproximate();
    // The renderer's context, where the translations of this text are kept.
    return approximate
               ? QCoreApplication::translate("entente::TimelineRenderer", "c. %1").arg(event.title)
               : event.title;
}

} // namespace

void TimelineLayout::layout(const TimelineFrame &frame, const QSize &size, const QFont &font)
{
    m_labels.setFont(font);
    QFont bold = font;
    bold.setBold(true);
    m_boldLabels.setFont(bold);
    m_size = size;
    m_font = font;
    // Rows that get labels; one more row takes the markers that find no room.
    const int maxRows = frame.summarized ? SummarizedRows : MaxRowsPerLane;
    const QList<int> rowCounts = packRows(frame, maxRows);
    collapseClusters(frame, maxRows);
    stackLanes(frame, rowCounts);
    m_ticks = frame.scale.ticks(TickSpacing, frame.locale);
    m_bands = frame.scale.bands(TickSpacing, frame.locale);
    m_restDays = frame.scale.restDays(frame.locale);
    moveIntoLanes();
    joinCopies(frame);
}

// Places every copy of every dated event in a row of its lane, at the top of the lane, and
// returns how many rows each lane needs. Items stay in time order in m_items (that is the
// order they are drawn and walked in); they get rows in another order, so that the events
// that matter most are labelled first wherever the lane has room.
QList<int> TimelineLayout::packRows(const TimelineFrame &frame, int maxRows)
{
    queueItems(frame);
    const qsizetype laneCount = frame.lanes.lanes().size();
    m_rows.resize(laneCount);
    for (QList<Row> &rows : m_rows) {
        rows.resize(maxRows);
        for (Row &row : rows) {
            row.clear(); // keeps its capacity
        }
    }
    m_rowsUsed.fill(0, laneCount);
    QList<int> rowCounts(laneCount, 0);
    for (const quint64 queued : std::as_const(m_queue)) {
        Item &item = m_items[qsizetype(queued & 0xffffffffU)];
        const int row = rowFor(item, item.lane, maxRows);
        rowCounts[item.lane] = std::max(rowCounts[item.lane], row + 1);
        const double dy = row * RowHeight;
        item.shape.translate(0, dy);
        item.label.translate(0, item.label.isNull() ? 0 : dy);
        item.uncertainty.translate(0, item.uncertainty.isNull() ? 0 : dy);
    }
    return rowCounts;
}

// Every copy of every dated event as an item at the top of its lane, and the order they get
// rows in: first those whose marker or bar is on screen (one off screen only shows its band or
// label), then the more important, then the earlier.
void TimelineLayout::queueItems(const TimelineFrame &frame)
{
    m_items.clear();
    m_eventIndex.clear();
    m_queue.clear();
    const QFontMetricsF metrics(m_font);
    for (int index = 0; index < frame.events.size(); ++index) {
        const Event &event = frame.events.at(index);
        if (event.isUndated()) {
            continue;
        }
        m_eventIndex.insert(event.id, index);
        for (int lane : frame.lanes.lanesOf(event)) {
            const Item item = placeItem(event, lane, frame, metrics);
            const bool onScreen =
                item.shape.right() >= HeaderWidth && item.shape.left() <= m_size.width();
            const int rank = (onScreen ? 8 : 0) + std::clamp(event.importance, 1, 5);
            m_queue.append((quint64(15 - rank) << 32) | quint64(m_items.size()));
            m_items.append(item);
        }
    }
    std::sort(m_queue.begin(), m_queue.end());
}

namespace {

// The first span of a row that ends after x.
template <typename Row>
auto firstEndingAfter(const Row &row, double x)
{
    return std::upper_bound(row.begin(), row.end(), x,
                            [](double at, const auto &span) { return at < span.right; });
}

} // namespace

// The first labelled row of the lane with room for the whole item; else, when the lane has
// all its rows, the one with the most room for the label, cut short before the next item
// there (or, for a label before its marker, after the previous one); else the markers-only
// row under them, where the item has no label.
int TimelineLayout::rowFor(Item &item, int lane, int maxRows)
{
    QList<Row> &rows = m_rows[lane];
    int &used = m_rowsUsed[lane];
    QRectF fixed = item.shape; // what cannot be made shorter
    fixed = item.uncertainty.isNull() ? fixed : fixed.united(item.uncertainty);
    const bool labelBefore = !item.label.isNull() && item.label.right() <= item.shape.left();
    const double left = labelBefore ? std::min(fixed.left(), item.label.left()) : fixed.left();
    const double right =
        item.label.isNull() ? fixed.right() : std::max(fixed.right(), item.label.right());
    const auto take = [&](int row, double start, double end) {
        Row &spans = rows[row];
        spans.insert(firstEndingAfter(spans, start), Span{start, end + ItemGap});
        return row;
    };
    for (int row = 0; row < used; ++row) {
        const auto next = firstEndingAfter(rows.at(row), left);
        if (next == rows.at(row).end() || next->left >= right + ItemGap) {
            return take(row, left, right);
        }
    }
    if (used < maxRows) {
        return take(used++, left, right);
    }
    const int best =
        labelBefore ? rowToCutBefore(item, rows, fixed) : rowToCutAfter(item, rows, fixed);
    if (best >= 0) {
        return take(best, std::min(fixed.left(), item.label.left()),
                    std::max(fixed.right(), item.label.right()));
    }
    item.label = QRectF();
    return maxRows;
}

// Of full rows, the one where the label after the marker can run furthest before the next
// item; the label is cut there. -1 when none leaves room for some of it.
int TimelineLayout::rowToCutAfter(Item &item, const QList<Row> &rows, const QRectF &fixed)
{
    int best = -1;
    double bestEnd = item.label.left() + MinLabelWidth + ItemGap;
    for (int row = 0; row < rows.size() && !item.label.isNull(); ++row) {
        const auto next = firstEndingAfter(rows.at(row), fixed.left());
        // Free from the item's left to the next item's left, which must leave room for the
        // marker or bar and some of the label.
        if (next != rows.at(row).end() && next->left > fixed.left() &&
            next->left >= fixed.right() + ItemGap && next->left > bestEnd) {
            best = row;
            bestEnd = next->left;
        }
    }
    if (best >= 0) {
        item.label.setRight(bestEnd - ItemGap);
    }
    return best;
}

// The same for a label before its marker: the row where it can start earliest after the
// previous item, the label cut at its start.
int TimelineLayout::rowToCutBefore(Item &item, const QList<Row> &rows, const QRectF &fixed)
{
    int best = -1;
    double bestStart = item.label.right() - MinLabelWidth;
    for (int row = 0; row < rows.size(); ++row) {
        const Row &spans = rows.at(row);
        const auto next = firstEndingAfter(spans, fixed.left());
        if (next != spans.end() && next->left < fixed.right() + ItemGap) {
            continue; // the marker or bar itself has no room here
        }
        // Spans end with the gap after them already.
        const double start =
            std::max(next == spans.begin() ? 0.0 : std::prev(next)->right, item.label.left());
        if (start < bestStart) {
            best = row;
            bestStart = start;
        }
    }
    if (best >= 0) {
        item.label.setLeft(bestStart);
    }
    return best;
}

TimelineLayout::Item TimelineLayout::placeItem(const Event &event, int lane,
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
    const double textWidth = m_labels.advance(item.text) + 2;
    const double visibleLeft = std::max(item.shape.left(), double(HeaderWidth));
    const double inside = item.shape.right() - visibleLeft - 2 * LabelGap;
    const double roomBefore = item.shape.left() - LabelGap - (HeaderWidth + LabelGap);
    // A bar's label goes inside when it fits, or when the bar runs off the right edge (then
    // elided to what shows) unless it fits whole before the bar; otherwise after the bar or
    // marker.
    const bool runsOffRight = item.shape.right() >= m_size.width();
    const bool insideBar =
        event.kind == Event::Kind::Period &&
        (inside >= textWidth || (runsOffRight && inside >= 40 && roomBefore < textWidth));
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
    // Near the right edge, a label that would be cut there goes before its marker or bar when
    // there is more room on that side: the last events of a view are the ones read first.
    if (!insideBar && !pinToBand && item.shape.left() < m_size.width() && textWidth > roomToEdge &&
        roomBefore > roomToEdge) {
        const double width = std::min(textWidth, roomBefore);
        item.label = QRectF(item.shape.left() - LabelGap - width, mid - metrics.height() / 2, width,
                            metrics.height());
        return item;
    }
    const double labelWidth =
        std::min({textWidth, insideBar ? inside : textWidth, std::max(roomToEdge, 40.0)});
    item.label = QRectF(labelLeft, mid - metrics.height() / 2, labelWidth, metrics.height());
    return item;
}

void TimelineLayout::collapseClusters(const TimelineFrame &frame, int overflowRow)
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

void TimelineLayout::addBadge(const TimelineFrame &frame, int lane, const QList<qsizetype> &run,
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

// Lanes one under another, each as high as its rows, from under the axis less the scroll.
void TimelineLayout::stackLanes(const TimelineFrame &frame, const QList<int> &rowCounts)
{
    m_lanes.clear();
    double top = AxisHeight - frame.verticalOffset;
    // A summarized lane keeps room for its density under the events drawn over it.
    for (int lane = 0; lane < rowCounts.size(); ++lane) {
        // Summarized lanes have a fixed height, so that lanes do not move while their tiles
        // arrive and a lane can be scrolled to before its data is there.
        const qsizetype rows = frame.summarized ? SummarizedRows + 1 : std::max(1, rowCounts[lane]);
        const double height = rows * RowHeight + 6;
        m_lanes.append({top, height});
        top += height;
    }
    m_lanesHeight = top - AxisHeight + frame.verticalOffset;
}

// Items and badges were placed as if each lane were at the top: moved down into their lanes.
void TimelineLayout::moveIntoLanes()
{
    for (Badge &badge : m_badges) {
        badge.rect.translate(0, m_lanes.at(badge.lane).top + 3);
    }
    for (Item &item : m_items) {
        // Elided once here, and only when needed, rather than on every paint.
        if (!item.label.isNull() && m_labels.advance(item.text) + 2 > item.label.width()) {
            item.text = m_labels.elided(item.text, item.label.width());
            // A label before its marker ends by the marker, however short eliding made it.
            if (item.label.right() <= item.shape.left()) {
                item.label.setLeft(item.label.right() - m_labels.advance(item.text) - 2);
            }
        }
        const double laneTop = m_lanes.at(item.lane).top + 3;
        item.shape.translate(0, laneTop);
        item.label.translate(0, item.label.isNull() ? 0 : laneTop);
        item.uncertainty.translate(0, item.uncertainty.isNull() ? 0 : laneTop);
    }
}

void TimelineLayout::joinCopies(const TimelineFrame &frame)
{
    QMultiHash<qint64, QRectF> shapes;
    for (const Item &item : std::as_const(m_items)) {
        shapes.insert(item.eventId, item.shape);
    }
    // Within the lanes under the axis, however far they are scrolled.
    QRectF lanes = timeArea();
    lanes.setTop(std::max(lanes.top(), m_lanes.isEmpty() ? 0.0 : m_lanes.constFirst().top));
    m_arrows.layout(frame.relations, shapes, lanes);
    // An event with several actors is drawn in each of their lanes: a thin line joins each
    // copy to the next one down, so that the eye can tell it is one event.
    m_connectors.clear();
    for (const qint64 id : shapes.uniqueKeys()) {
        QList<QRectF> copies = shapes.values(id);
        std::sort(copies.begin(), copies.end(),
                  [](const QRectF &a, const QRectF &b) { return a.top() < b.top(); });
        for (qsizetype i = 1; i < copies.size(); ++i) {
            const double x = copies.at(i - 1).left() + std::min(copies.at(i - 1).width(), 12.0) / 2;
            m_connectors.append({QLineF(x, copies.at(i - 1).bottom(), x, copies.at(i).top()), id});
        }
    }
}

const TimelineLayout::Badge *TimelineLayout::badgeAt(const QPointF &point) const
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

int TimelineLayout::laneHeaderAt(const QPointF &point) const
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

qint64 TimelineLayout::eventAt(const QPointF &point) const
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

QRectF TimelineLayout::itemRect(qint64 eventId) const
{
    const QRectF visible = timeArea();
    for (const Item &item : m_items) {
        if (item.eventId == eventId && item.shape.intersects(visible)) {
            return item.shape;
        }
    }
    return {};
}

} // namespace entente
