// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelayout.h"

#include <QApplication>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

// The layout on its own, without a painter: where lanes, items and the lines between the
// copies of an event go. How it looks painted is tst_timelinerenderer's.
class TstTimelineLayout : public QObject
{
    Q_OBJECT

private slots:
    void lanesStackUnderTheAxis();
    void summarizedLanesKeepAFixedHeight();
    void itemsLieInTheirLanes();
    void connectorsJoinTheCopiesOfAnEvent();
};

static qint64 day(int y, int m, int d)
{
    return PartialDate::day(y, m, d).earliestSecond();
}

// Three actors, one lane each, over 2014; `events` with the given actors.
static TimelineFrame frameOf(const QList<std::pair<qint64, QList<qint64>>> &events)
{
    TimelineFrame frame;
    frame.scale = TimeScale(day(2014, 1, 1), day(2015, 1, 1), TimelineLayout::timeAreaWidth(1200));
    QList<Actor> actors;
    for (qint64 id = 1; id <= 3; ++id) {
        Actor actor;
        actor.id = id;
        actor.name = u"Actor %1"_s.arg(id);
        actors.append(actor);
        frame.actors.insert(id, actor);
    }
    frame.lanes = LaneModel(actors, {1, 2, 3}, false);
    for (const auto &[id, actorIds] : events) {
        Event event;
        event.id = id;
        event.title = u"Event %1"_s.arg(id);
        event.start = PartialDate::day(2014, 3, int(id));
        for (qint64 actorId : actorIds) {
            event.actors.append({actorId, u"party"_s});
        }
        frame.events.append(event);
    }
    return frame;
}

void TstTimelineLayout::lanesStackUnderTheAxis()
{
    // Two events on one day in the first lane take two rows there; the others keep one.
    TimelineFrame frame = frameOf({{1, {1}}, {2, {1}}});
    frame.events[1].start = frame.events[0].start;
    frame.verticalOffset = 30;
    TimelineLayout layout;
    layout.layout(frame, QSize(1200, 600), QApplication::font());
    const QList<TimelineLayout::LaneGeometry> &lanes = layout.laneGeometry();
    QCOMPARE(lanes.size(), 3);
    QCOMPARE(lanes.at(0).top, double(TimelineLayout::AxisHeight - 30));
    QVERIFY(lanes.at(0).height > lanes.at(1).height);
    double height = 0;
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        if (i > 0) {
            QCOMPARE(lanes.at(i).top, lanes.at(i - 1).top + lanes.at(i - 1).height);
        }
        height += lanes.at(i).height;
    }
    QCOMPARE(layout.lanesHeight(), height); // however far they are scrolled
    QCOMPARE(layout.laneHeaderAt(QPointF(10, lanes.at(1).top + 1)), 1);
    QCOMPARE(layout.laneHeaderAt(QPointF(TimelineLayout::HeaderWidth + 10, lanes.at(1).top + 1)),
             -1);
}

void TstTimelineLayout::summarizedLanesKeepAFixedHeight()
{
    TimelineFrame frame = frameOf({});
    frame.summarized = true;
    TimelineLayout layout;
    layout.layout(frame, QSize(1200, 600), QApplication::font());
    for (const TimelineLayout::LaneGeometry &lane : layout.laneGeometry()) {
        QCOMPARE(lane.height, (TimelineLayout::SummarizedRows + 1) * TimelineLayout::RowHeight + 6);
    }
}

void TstTimelineLayout::itemsLieInTheirLanes()
{
    const TimelineFrame frame = frameOf({{1, {1}}, {2, {2}}, {3, {3}}});
    TimelineLayout layout;
    layout.layout(frame, QSize(1200, 600), QApplication::font());
    QCOMPARE(layout.items().size(), 3);
    for (const TimelineLayout::Item &item : layout.items()) {
        const TimelineLayout::LaneGeometry &lane = layout.laneGeometry().at(item.lane);
        QVERIFY(item.shape.top() >= lane.top && item.shape.bottom() <= lane.top + lane.height);
        QCOMPARE(layout.event(item, frame).id, item.eventId);
        QCOMPARE(layout.itemRect(item.eventId), item.shape);
        QCOMPARE(layout.eventAt(item.shape.center()), item.eventId);
    }
}

void TstTimelineLayout::connectorsJoinTheCopiesOfAnEvent()
{
    // Event 1 is in the first and the third lane, event 2 in the second only.
    const TimelineFrame frame = frameOf({{1, {1, 3}}, {2, {2}}});
    TimelineLayout layout;
    layout.layout(frame, QSize(1200, 600), QApplication::font());
    QList<QRectF> copies;
    for (const TimelineLayout::Item &item : layout.items()) {
        if (item.eventId == 1) {
            copies.append(item.shape);
        }
    }
    QCOMPARE(copies.size(), 2);
    QCOMPARE(layout.connectors().size(), 1);
    const QLineF line = layout.connectors().constFirst();
    QCOMPARE(line.x1(), line.x2());
    QCOMPARE(line.y1(), copies.at(0).bottom());
    QCOMPARE(line.y2(), copies.at(1).top());
}

QTEST_MAIN(TstTimelineLayout)
#include "tst_timelinelayout.moc"
