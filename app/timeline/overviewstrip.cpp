// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewstrip.h"

#include "calendar.h"
#include "errorguard.h"
#include "eventstore.h"
#include "lanekey.h"
#include "matchset.h"
#include "searchkey.h"
#include "storechange.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace entente {

OverviewStrip::OverviewStrip(QWidget *parent) : QWidget(parent)
{
    setFixedHeight(StripHeight);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus); // one of the window's panes, for the keyboard too
    setAccessibleName(tr("All of the timeline"));
    setToolTip(tr("The whole timeline: drag the frame to move through time, its edges to zoom"));
}

void OverviewStrip::setStore(EventStore *store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    if (m_store) {
        connect(m_store, &EventStore::changed, this,
                ErrorGuard::slot(this, &OverviewStrip::onStoreChanged));
    }
    reload();
}

void OverviewStrip::onStoreChanged(const StoreChange &change)
{
    if (change.touchesEvents()) {
        reload();
    }
}

void OverviewStrip::reload()
{
    const auto bounds = m_store ? m_store->timeBounds() : std::nullopt;
    if (!bounds) {
        m_from = 0;
        m_to = 1;
    } else {
        const qint64 span = std::max<qint64>(bounds->second - bounds->first, SecondsPerDay);
        m_from = bounds->first - span / 50;
        m_to = bounds->second + span / 50;
    }
    m_level = -1; // read the buckets again
    loadBuckets();
}

void OverviewStrip::loadBuckets()
{
    // Buckets a few pixels wide at least, so that the bars can be told apart; read again only
    // when the width calls for another level (a window being resized sends many events).
    const int level = DensityIndex::levelFor(double(m_to - m_from) / stripWidth(), 3);
    if (level != m_level) {
        m_level = level;
        m_buckets = m_store && m_to > m_from + 1
                        ? m_store->density().buckets(level, LaneKey::AllActors, m_from, m_to)
                        : QList<DensityIndex::Bucket>();
    }
    update();
}

void OverviewStrip::resizeEvent(QResizeEvent *)
{
    ErrorGuard::run([&] {
        loadBuckets(); // the span is the same; a wider strip may show finer buckets
    });
}

void OverviewStrip::setLeftMargin(int margin)
{
    m_margin = std::max(0, margin);
    m_level = -1;
    loadBuckets();
}

double OverviewStrip::xOf(qint64 second) const
{
    return m_margin + double(second - m_from) / double(m_to - m_from) * stripWidth();
}

qint64 OverviewStrip::secondAt(double x) const
{
    return m_from + qint64((x - m_margin) / stripWidth() * double(m_to - m_from));
}

void OverviewStrip::setWindow(qint64 from, qint64 to)
{
    m_windowFrom = from;
    m_windowTo = to;
    update();
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    int maxCount = 1;
    for (const DensityIndex::Bucket &bucket : std::as_const(m_buckets)) {
        maxCount = std::max(maxCount, bucket.count);
    }
    // Square root: a quiet year still shows next to the busiest one, and more stays more.
    const QColor bar = palette().color(QPalette::Mid);
    const double room = height() - 6;
    for (const DensityIndex::Bucket &bucket : std::as_const(m_buckets)) {
        const int left = int(std::floor(xOf(bucket.from)));
        const int right = std::max(left + 1, int(std::ceil(xOf(bucket.to + 1))));
        const int h =
            std::max(1, int(std::round(room * std::sqrt(double(bucket.count) / maxCount))));
        painter.fillRect(QRect(left, height() - 3 - h, right - left, h), bar);
    }
    // The view's window: a tinted frame, the time outside it dimmed. Kept on the strip: with
    // no dated event the strip spans nothing and the window's ends are not finite.
    const auto onStrip = [this](double x) {
        return std::isfinite(x) ? int(std::round(std::clamp(x, -1.0, width() + 1.0))) : m_margin;
    };
    const int left = onStrip(xOf(m_windowFrom));
    const int right = std::max(left + 2, onStrip(xOf(m_windowTo)));
    QColor dim = palette().color(QPalette::Window);
    dim.setAlpha(140);
    painter.fillRect(QRect(m_margin, 0, std::max(0, left - m_margin), height()), dim);
    painter.fillRect(QRect(right, 0, std::max(0, width() - right), height()), dim);
    paintMatches(painter); // outside the window too: where else to look
    QColor frame = palette().color(QPalette::Highlight);
    painter.setPen(QPen(frame, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRect(left, 1, right - left, height() - 2));
    if (m_margin > 0) { // under the lane names: what this strip is
        painter.fillRect(QRect(0, 0, m_margin, height()), palette().color(QPalette::Window));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(8, 0, m_margin - 12, height()), Qt::AlignVCenter | Qt::TextWordWrap,
                         tr("All of the timeline"));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(m_margin, 0, m_margin, height());
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, 0, width(), 0);
    if (hasFocus()) { // as the timeline shows it
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void OverviewStrip::setMatches(std::shared_ptr<const MatchSet> matches)
{
    m_matches = std::move(matches);
    update();
}

void OverviewStrip::paintMatches(QPainter &painter) const
{
    if (!m_matches || m_matches->count() == 0) {
        return;
    }
    // Per pixel column, the matches of the days that begin in it: two binary searches each,
    // whatever the number of matches. Keys hold the day, so no date is read.
    QList<std::pair<int, qsizetype>> columns;
    qsizetype most = 1;
    qint64 firstKey = SearchKey::firstFrom(secondAt(m_margin));
    for (int x = m_margin; x < width(); ++x) {
        const qint64 nextKey = SearchKey::firstFrom(secondAt(x + 1));
        if (const qsizetype count = m_matches->countInKeys(firstKey, nextKey - 1); count > 0) {
            columns.append({x, count});
            most = std::max(most, count);
        }
        firstKey = std::max(firstKey, nextKey);
    }
    // From the top, taller for more (square root, as the density bars): the bars stay readable
    // below.
    const double room = height() / 2.0 - 4;
    const QColor tick = palette().color(QPalette::Highlight);
    for (const auto &[x, count] : std::as_const(columns)) {
        const int h = 4 + int(std::round(room * std::sqrt(double(count) / double(most))));
        painter.fillRect(QRect(x, 2, 1, h), tick);
    }
}

void OverviewStrip::keyPressEvent(QKeyEvent *event)
{
    ErrorGuard::run([&] {
        const qint64 span = m_windowTo - m_windowFrom;
        qint64 from = m_windowFrom;
        switch (event->key()) {
        case Qt::Key_Left:
            from -= span / 10;
            break;
        case Qt::Key_Right:
            from += span / 10;
            break;
        case Qt::Key_PageUp:
            from -= span;
            break;
        case Qt::Key_PageDown:
            from += span;
            break;
        case Qt::Key_Home:
            from = m_from;
            break;
        case Qt::Key_End:
            from = m_to - span;
            break;
        default:
            return QWidget::keyPressEvent(event);
        }
        emit windowRequested(from, from + span);
    });
}

OverviewStrip::Drag OverviewStrip::dragAt(double x) const
{
    const double left = xOf(m_windowFrom), right = xOf(m_windowTo);
    if (std::abs(x - left) <= EdgeGrip) {
        return Drag::Left;
    }
    if (std::abs(x - right) <= EdgeGrip) {
        return Drag::Right;
    }
    return x > left && x < right ? Drag::Move : Drag::None;
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    ErrorGuard::run([&] {
        if (event->button() != Qt::LeftButton) {
            return QWidget::mousePressEvent(event);
        }
        const double x = event->position().x();
        if (x < m_margin) {
            return; // the label, not the strip
        }
        m_drag = dragAt(x);
        if (m_drag == Drag::None) { // elsewhere: the window moves there, then follows the drag
            const qint64 half = (m_windowTo - m_windowFrom) / 2;
            const qint64 at = secondAt(x);
            emit windowRequested(at - half, at - half + (m_windowTo - m_windowFrom));
            m_drag = Drag::Move;
        }
        m_pressX = x;
        m_pressFrom = m_windowFrom;
        m_pressTo = m_windowTo;
    });
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    ErrorGuard::run([&] {
        const double x = event->position().x();
        if (!(event->buttons() & Qt::LeftButton) || m_drag == Drag::None) {
            const Drag hover = dragAt(x);
            setCursor(hover == Drag::Left || hover == Drag::Right ? Qt::SizeHorCursor
                      : hover == Drag::Move                       ? Qt::OpenHandCursor
                                                                  : Qt::ArrowCursor);
            return;
        }
        const qint64 shift = secondAt(x) - secondAt(m_pressX);
        const qint64 minimum = qint64(4 * double(m_to - m_from) / stripWidth());
        switch (m_drag) {
        case Drag::Move:
            emit windowRequested(m_pressFrom + shift, m_pressTo + shift);
            break;
        case Drag::Left:
            emit windowRequested(std::min(m_pressFrom + shift, m_pressTo - minimum), m_pressTo);
            break;
        case Drag::Right:
            emit windowRequested(m_pressFrom, std::max(m_pressTo + shift, m_pressFrom + minimum));
            break;
        case Drag::None:
            break;
        }
    });
}

void OverviewStrip::mouseReleaseEvent(QMouseEvent *event)
{
    ErrorGuard::run([&] {
        if (event->button() == Qt::LeftButton) {
            m_drag = Drag::None;
        }
        QWidget::mouseReleaseEvent(event);
    });
}

} // namespace entente
