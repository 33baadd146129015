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
    void importantMarkersOnScreenGetTheirLabels();
    void labelsRunToTheNextItemOrTheEdge();
    void aLabelIsElidedByTheNextOneWhenRowsAreFull();
    void labelsNearTheRightEdgeGoBeforeTheirMarkers();
    void aLabelBeforeItsMarkerIsCutAfterThePreviousItem();
    void aShortBarAtTheEdgeHasItsLabelBeforeIt();
    void relationArrowsStayInTheLanes();
};

static qint64 day(int y, int m, int d)
{
    return PartialDate::day(y, m, d).earliestSecond();
}

// What the layout labels an event with, whole.
static QString labelOf(const Event &event)
{
    return event.start.isApproximate() ? u"c. %1"_s.arg(event.title) : event.title;
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
    QCOMPARE(layout.connectors().constFirst().eventId, 1);
    const QLineF line = layout.connectors().constFirst().line;
    QCOMPARE(line.x1(), line.x2());
    QCOMPARE(line.y1(), copies.at(0).bottom());
    QCOMPARE(line.y2(), copies.at(1).top());
}

// One packed lane over 8–13 February 2025, `events` in time order as the assembler gives them.
static TimelineFrame packedFrame(QList<Event> events)
{
    TimelineFrame frame;
    frame.scale = TimeScale(day(2025, 2, 8), day(2025, 2, 14), TimelineLayout::timeAreaWidth(1280));
    frame.lanes = LaneModel::packed();
    std::stable_sort(events.begin(), events.end(), Event::startsBefore);
    frame.events = events;
    return frame;
}

static Event eventOf(qint64 id, const QString &title, const PartialDate &start, int importance,
                     Event::Kind kind = Event::Kind::Point)
{
    Event event;
    event.id = id;
    event.title = title;
    event.start = start;
    event.importance = importance;
    event.kind = kind;
    return event;
}

static const TimelineLayout::Item *itemOf(const TimelineLayout &layout, qint64 eventId)
{
    for (const TimelineLayout::Item &item : layout.items()) {
        if (item.eventId == eventId) {
            return &item;
        }
    }
    return nullptr;
}

void TstTimelineLayout::importantMarkersOnScreenGetTheirLabels()
{
    // The bundled timeline's February 2025, packed: two periods and eight statements dated
    // "about February" (their markers mid-month, off screen, their bands across the view)
    // come first in time, but the three day-dated events of importance 4 on screen must get
    // the rows, and their labels, before less important ones.
    QList<Event> events;
    Event invasion = eventOf(1, u"Russia's full-scale invasion of Ukraine"_s,
                             PartialDate::day(2022, 2, 24), 5, Event::Kind::Period);
    invasion.ongoing = true;
    events.append(invasion);
    Event troops = eventOf(2, u"North Korean troops fight alongside Russia"_s,
                           PartialDate::month(2024, 10), 3, Event::Kind::Period);
    troops.ongoing = true;
    events.append(troops);
    for (qint64 id = 3; id <= 10; ++id) {
        events.append(eventOf(id, u"Statement %1 reported by a news agency in February"_s.arg(id),
                              PartialDate::month(2025, 2, true), id % 2 == 0 ? 3 : 2));
    }
    events.append(eventOf(11, u"Rutte interview on Buitenhof"_s, PartialDate::day(2025, 2, 9), 4));
    events.append(eventOf(12, u"Trump says he has spoken on the phone with Putin"_s,
                          PartialDate::day(2025, 2, 9, true), 4));
    events.append(eventOf(13, u"Trump–Putin phone call confirmed by both sides"_s,
                          PartialDate::day(2025, 2, 12), 4));
    const TimelineFrame frame = packedFrame(events);
    TimelineLayout layout;
    layout.layout(frame, QSize(1280, 800), QApplication::font());
    for (qint64 id : {11, 12, 13}) {
        const TimelineLayout::Item *item = itemOf(layout, id);
        QVERIFY2(item, qPrintable(u"event %1 is in a badge"_s.arg(id)));
        QVERIFY2(!item->label.isNull(), qPrintable(u"event %1 has no label"_s.arg(id)));
        // Whole, or cut at the view's right edge only.
        QVERIFY2(item->text == labelOf(layout.event(*item, frame)) || item->label.right() > 1260,
                 qPrintable(item->text));
    }
    // The lane keeps its most rows and no more.
    QVERIFY(layout.laneGeometry().at(0).height <=
            (TimelineLayout::MaxRowsPerLane + 1) * TimelineLayout::RowHeight + 6);
}

void TstTimelineLayout::labelsRunToTheNextItemOrTheEdge()
{
    // Nothing to its right: a long label is drawn whole, not cut at some fixed width.
    const QString title = u"Zelenskyy warns against Ukraine's exclusion from US–Russia peace "
                          u"talks and asks for Europe at the table"_s;
    const TimelineFrame frame = packedFrame({eventOf(1, title, PartialDate::day(2025, 2, 9), 3)});
    TimelineLayout layout;
    layout.layout(frame, QSize(1280, 800), QApplication::font());
    const TimelineLayout::Item &item = layout.items().constFirst();
    QCOMPARE(item.text, title);
    QVERIFY(item.label.width() >= layout.labels().advance(title));
    QVERIFY(item.label.left() > item.shape.right()); // after its marker
}

void TstTimelineLayout::aLabelIsElidedByTheNextOneWhenRowsAreFull()
{
    // Seven periods fill seven rows; a statement on the 10th (importance 4) and one on the 9th
    // (importance 3) whose whole label would reach past the 10th share the last labelled row:
    // the later, more important one keeps its whole label, the earlier one is cut before it.
    QList<Event> events;
    for (qint64 id = 1; id <= TimelineLayout::MaxRowsPerLane - 1; ++id) {
        Event bar = eventOf(id, u"Period %1"_s.arg(id), PartialDate::day(2025, 1, int(id)), 5,
                            Event::Kind::Period);
        bar.ongoing = true;
        events.append(bar);
    }
    const QString longTitle = u"Zelenskyy reportedly open to negotiating with Putin, says his "
                              u"office, in a statement that runs on and on"_s;
    events.append(eventOf(20, longTitle, PartialDate::day(2025, 2, 9), 3));
    events.append(eventOf(21, u"Talks"_s, PartialDate::day(2025, 2, 10), 4));
    const TimelineFrame frame = packedFrame(events);
    TimelineLayout layout;
    layout.layout(frame, QSize(1280, 800), QApplication::font());
    const TimelineLayout::Item *talks = itemOf(layout, 21);
    const TimelineLayout::Item *statement = itemOf(layout, 20);
    QVERIFY(talks && statement);
    QVERIFY(!talks->label.isNull());
    QCOMPARE(talks->text, u"Talks"_s);
    QVERIFY(!statement->label.isNull());
    QCOMPARE(statement->shape.center().y(), talks->shape.center().y()); // the same row
    QVERIFY(statement->label.right() < talks->shape.left());
    QVERIFY(statement->text.endsWith(QChar(0x2026)));
    QVERIFY(statement->label.width() > 100); // as much as there is room for
}

void TstTimelineLayout::labelsNearTheRightEdgeGoBeforeTheirMarkers()
{
    // The last events of a view sit by its right edge (a view fitted to the events ends
    // there): a label that would be cut at the edge goes before its marker, whole.
    const QString title = u"Zelenskyy warns against Ukraine's exclusion from US–Russia peace "
                          u"talks and asks for Europe at the table"_s;
    const TimelineFrame frame = packedFrame({eventOf(1, title, PartialDate::day(2025, 2, 13), 3)});
    TimelineLayout layout;
    layout.layout(frame, QSize(1280, 800), QApplication::font());
    const TimelineLayout::Item &item = layout.items().constFirst();
    QCOMPARE(item.text, title);
    QVERIFY(item.label.width() >= layout.labels().advance(title));
    QVERIFY(item.label.right() <= item.shape.left());
    QVERIFY(item.label.right() >= item.shape.left() - 10); // beside it, not somewhere left
    QVERIFY(item.label.left() >= TimelineLayout::HeaderWidth);
    QCOMPARE(layout.eventAt(item.label.center()), item.eventId);
    // A short label that fits after the marker stays there.
    const TimelineFrame shortLabel =
        packedFrame({eventOf(1, u"Talks"_s, PartialDate::day(2025, 2, 13), 3)});
    layout.layout(shortLabel, QSize(1280, 800), QApplication::font());
    QVERIFY(layout.items().constFirst().label.left() > layout.items().constFirst().shape.right());
}

void TstTimelineLayout::aLabelBeforeItsMarkerIsCutAfterThePreviousItem()
{
    // Seven periods fill seven rows; talks on the 12th (importance 4) take the last labelled
    // row, and a statement late on the 13th (importance 3), whose label goes before its marker,
    // would reach back past them: it shares their row, its label cut after theirs.
    QList<Event> events;
    for (qint64 id = 1; id <= TimelineLayout::MaxRowsPerLane - 1; ++id) {
        Event bar = eventOf(id, u"Period %1"_s.arg(id), PartialDate::day(2025, 1, int(id)), 5,
                            Event::Kind::Period);
        bar.ongoing = true;
        events.append(bar);
    }
    const QString longTitle = u"Zelenskyy reportedly open to negotiating with Putin, says his "
                              u"office, in a statement that runs on and on and on"_s;
    events.append(eventOf(20, longTitle, PartialDate::minute(2025, 2, 13, 18, 0), 3));
    events.append(eventOf(21, u"Talks"_s, PartialDate::day(2025, 2, 12), 4));
    const TimelineFrame frame = packedFrame(events);
    TimelineLayout layout;
    layout.layout(frame, QSize(1280, 800), QApplication::font());
    const TimelineLayout::Item *talks = itemOf(layout, 21);
    const TimelineLayout::Item *statement = itemOf(layout, 20);
    QVERIFY(talks && statement);
    QCOMPARE(talks->text, u"Talks"_s);
    QVERIFY(!statement->label.isNull());
    QCOMPARE(statement->shape.center().y(), talks->shape.center().y()); // the same row
    QVERIFY(statement->label.left() > talks->label.right());
    QVERIFY(statement->label.right() <= statement->shape.left());
    QVERIFY(statement->text.endsWith(QChar(0x2026)));
    QVERIFY(statement->label.width() > 100); // as much as there is room for
}

void TstTimelineLayout::aShortBarAtTheEdgeHasItsLabelBeforeIt()
{
    // An ongoing period that starts near the right edge is too short on screen for its label:
    // rather than a few letters inside it, the label goes before it, whole.
    const QString title = u"North Korean troops fight alongside Russia"_s;
    Event troops = eventOf(1, title, PartialDate::day(2025, 2, 13), 3, Event::Kind::Period);
    troops.ongoing = true;
    TimelineLayout layout;
    layout.layout(packedFrame({troops}), QSize(1280, 800), QApplication::font());
    const TimelineLayout::Item &item = layout.items().constFirst();
    QCOMPARE(item.text, title);
    QVERIFY(item.label.right() <= item.shape.left());
    // Started early enough to hold it, the label stays inside.
    troops.start = PartialDate::day(2025, 2, 9);
    layout.layout(packedFrame({troops}), QSize(1280, 800), QApplication::font());
    const TimelineLayout::Item &inside = layout.items().constFirst();
    QCOMPARE(inside.text, title);
    QVERIFY(inside.shape.contains(inside.label.center()));
    QVERIFY(inside.label.left() > inside.shape.left());
}

void TstTimelineLayout::relationArrowsStayInTheLanes()
{
    // Two events in the first row of the first lane, far apart: the arrow between them arches
    // above them, but not up into the axis, where it would be cut off.
    TimelineFrame frame = frameOf({{1, {1}}, {2, {1}}});
    frame.events[1].start = PartialDate::day(2014, 10, 1);
    frame.relations = {{1, 1, 2, Relation::LedTo, {}}};
    TimelineLayout layout;
    layout.layout(frame, QSize(1200, 600), QApplication::font());
    QCOMPARE(layout.arrows().arrows().size(), 1);
    const QPainterPath &path = layout.arrows().arrows().constFirst().path;
    QVERIFY2(path.boundingRect().top() >= TimelineLayout::AxisHeight,
             qPrintable(QString::number(path.boundingRect().top())));
    QVERIFY(path.pointAtPercent(0.5).y() < layout.itemRect(1).top()); // still above them
}

QTEST_MAIN(TstTimelineLayout)
#include "tst_timelinelayout.moc"
