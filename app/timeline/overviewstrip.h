// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "densityindex.h"

#include <QList>
#include <QWidget>

class QPainter;

#include <algorithm>
#include <memory>

namespace entente {

class EventStore;
class MatchSet;
struct StoreChange;

// The whole timeline in one strip under the view: how many events each stretch of time holds
// (from the density summaries, a few hundred rows whatever the size of the timeline), with
// the view's window as a frame. Dragging the frame pans, dragging either edge resizes the
// window, and a click elsewhere moves the window there. With the focus, the arrow keys move
// the window and Home and End take it to either end. While a search or filter is active, ticks
// in the highlight colour mark where its matches are.
class OverviewStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewStrip(QWidget *parent = nullptr);

    void setStore(EventStore *store);
    QSize sizeHint() const override { return {900, StripHeight}; }
    QSize minimumSizeHint() const override { return {200, StripHeight}; }

    // Room at the left, under the timeline's lane names, so that the strip starts where the
    // time axis does; it says what the strip is. 0 by default.
    void setLeftMargin(int margin);
    int leftMargin() const { return m_margin; }
    // The whole span the strip shows, and where it shows a second (widget x).
    qint64 spanFrom() const { return m_from; }
    qint64 spanTo() const { return m_to; }
    double xOf(qint64 second) const;
    qint64 secondAt(double x) const;

    static constexpr int StripHeight = 48;
    static constexpr int EdgeGrip = 5; // px either side of an edge that resize the window

public slots:
    void setWindow(qint64 from, qint64 to);
    void reload();
    // None: nothing is asked, no marks.
    void setMatches(std::shared_ptr<const entente::MatchSet> matches);

signals:
    void windowRequested(qint64 from, qint64 to);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Drag { None, Move, Left, Right };
    Drag dragAt(double x) const;
    double stripWidth() const { return std::max(1, width() - m_margin); }
    void loadBuckets();
    void onStoreChanged(const StoreChange &change);
    void paintMatches(QPainter &painter) const;

    EventStore *m_store = nullptr;
    QList<DensityIndex::Bucket> m_buckets;
    std::shared_ptr<const MatchSet> m_matches;
    int m_level = -1;                        // of m_buckets; -1: not read
    qint64 m_from = 0, m_to = 1;             // the whole timeline, with a margin
    qint64 m_windowFrom = 0, m_windowTo = 0; // the view's
    int m_margin = 0;
    Drag m_drag = Drag::None;
    double m_pressX = 0;
    qint64 m_pressFrom = 0, m_pressTo = 0;
};

} // namespace entente
