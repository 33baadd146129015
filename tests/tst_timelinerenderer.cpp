// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerenderer.h"

#include "agreementmarks.h"
#include "levelcolours.h"

#include <QApplication>
#include <QImage>

#include "matchset.h"
#include <QPainter>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

class TstTimelineRenderer : public QObject
{
    Q_OBJECT

private slots:
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void eventsLeftOfTheScreenDoNotPushOthersDown();
    void denseClusterBecomesACountBadge();
    void drawsMarkersInTheirLaneColour();
    void drawsErasAsBands();
    void hitTestingFindsMarkersAndLabels();
    void labelOfAnImpreciseEventStaysInView();
    void drawsTodayOnlyWhenInView();
    void joinsTheCopiesOfAnEventInSeveralLanes();
    void coloursByCategoryWithALegend();
    void legendFollowsItsCornerColoursAndLayout();
    void shadesWeekendsAtDayScale();
    void relationArrowsPassUnderLabels();
    void drawsAnAgreementsSummaryUnderItsLabel();
    void ringsHighlightedEvents();

private:
    static TimelineFrame frameWith(const QList<Event> &events, qint64 from, qint64 to,
                                   int actorCount = 3);
};

static qint64 day(int y, int m, int d)
{
    return PartialDate::day(y, m, d).earliestSecond();
}

static const QList<QString> Colours = {u"#b03a2e"_s, u"#2874a6"_s, u"#1e8449"_s};

// A point event with one actor.
static Event pointEvent(qint64 id, const QString &title, const PartialDate &start, qint64 actorId,
                        const QString &role = u"party"_s)
{
    Event event;
    event.id = id;
    event.title = title;
    event.start = start;
    event.actors = {{actorId, role}};
    return event;
}

// Lays the frame out in the renderer and paints it into an image of that size.
static QImage rendered(TimelineRenderer &renderer, const TimelineFrame &frame, const QSize &size)
{
    renderer.layout(frame, size, QApplication::font());
    QImage image(size, QImage::Format_ARGB32);
    QPainter painter(&image);
    renderer.paint(painter, frame, QApplication::palette());
    painter.end();
    return image;
}

TimelineFrame TstTimelineRenderer::frameWith(const QList<Event> &events, qint64 from, qint64 to,
                                             int actorCount)
{
    TimelineFrame frame;
    frame.scale = TimeScale(from, to, TimelineRenderer::timeAreaWidth(1200));
    QList<Actor> actors;
    QList<qint64> used;
    for (int i = 1; i <= actorCount; ++i) {
        Actor actor;
        actor.id = i;
        actor.name = u"Actor %1"_s.arg(i);
        actor.color = Colours.at((i - 1) % Colours.size());
        actors.append(actor);
        frame.actors.insert(i, actor);
        used.append(i);
    }
    frame.lanes = LaneModel(actors, used, false);
    frame.events = events;
    return frame;
}

static Event randomEvent(QRandomGenerator &random, qint64 id, qint64 from, qint64 to)
{
    Event event;
    event.id = id;
    event.title = u"Event %1 %2"_s.arg(id).arg(QString(random.bounded(1, 40), u'x'));
    const qint64 start = from + qint64(random.bounded(double(to - from)));
    const QDate date = QDate::fromJulianDay(2440588 + start / 86400);
    switch (random.bounded(4)) {
    case 0:
        event.start = PartialDate::month(date.year(), date.month(), random.bounded(2) == 1);
        break;
    case 1:
        event.kind = Event::Kind::Period;
        event.start = PartialDate::day(date.year(), date.month(), date.day());
        event.end = PartialDate::day(date.year() + random.bounded(3), date.month(), 1);
        event.ongoing = random.bounded(5) == 0;
        if (event.end < event.start) {
            event.end = event.start;
        }
        break;
    default:
        event.start = PartialDate::day(date.year(), date.month(), date.day());
    }
    event.importance = random.bounded(1, 6);
    for (int actor = 1; actor <= 3; ++actor) {
        if (random.bounded(2) == 1 || actor == 3) {
            event.actors.append({actor, u"party"_s});
        }
    }
    return event;
}

void TstTimelineRenderer::labelsNeverOverlap_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");
    for (quint32 seed = 1; seed <= 12; ++seed) {
        QTest::addRow("seed %u", seed) << seed << int(10 + seed * 15);
    }
}

void TstTimelineRenderer::labelsNeverOverlap()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);
    QRandomGenerator random(seed);
    const qint64 from = day(2010, 1, 1), to = day(2020, 1, 1);
    QList<Event> events;
    for (int i = 1; i <= count; ++i) {
        // Some events fall before and after the window, as a fetch with margins returns them.
        events.append(randomEvent(random, i, from - (to - from), to + (to - from)));
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.earliestSecond() < b.earliestSecond();
    });
    const TimelineFrame frame = frameWith(events, from, to);
    TimelineRenderer renderer;
    renderer.layout(frame, QSize(1200, 800), QApplication::font());

    const QList<TimelineRenderer::Item> &items = renderer.items();
    QVERIFY(!items.isEmpty());
    const auto extent = [](const TimelineRenderer::Item &item) {
        QRectF rect = item.shape;
        rect = item.uncertainty.isNull() ? rect : rect.united(item.uncertainty);
        return item.label.isNull() ? rect : rect.united(item.label);
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = i + 1; j < items.size(); ++j) {
            const auto &a = items.at(i), &b = items.at(j);
            if (a.lane != b.lane) {
                continue;
            }
            // No label may touch another item, marker or label, in its lane.
            if (!a.label.isNull()) {
                QVERIFY2(!a.label.intersects(extent(b)),
                         qPrintable(u"label of %1 overlaps %2"_s.arg(a.eventId).arg(b.eventId)));
            }
            if (!b.label.isNull()) {
                QVERIFY2(!b.label.intersects(extent(a)),
                         qPrintable(u"label of %1 overlaps %2"_s.arg(b.eventId).arg(a.eventId)));
            }
        }
        // A badge never covers a label or a marker (bars in the markers-only row may pass
        // under it, as they pass under markers there).
        const TimelineRenderer::Item &item = items.at(i);
        const bool point =
            std::any_of(frame.events.cbegin(), frame.events.cend(), [&](const Event &e) {
                return e.id == item.eventId && e.kind == Event::Kind::Point;
            });
        for (const TimelineRenderer::Badge &badge : renderer.badges()) {
            const bool covers =
                badge.lane == item.lane &&
                (badge.rect.intersects(item.label) || (point && badge.rect.intersects(item.shape)));
            QVERIFY2(!covers, qPrintable(u"a badge covers %1"_s.arg(item.eventId)));
        }
    }
    // Every copy of every event is drawn once: as an item, or counted in a badge.
    QMultiHash<qint64, int> drawn;
    for (const TimelineRenderer::Item &item : items) {
        drawn.insert(item.eventId, item.lane);
    }
    for (const TimelineRenderer::Badge &badge : renderer.badges()) {
        QVERIFY(badge.eventIds.size() >= 2);
        for (qint64 id : badge.eventIds) {
            drawn.insert(id, badge.lane);
        }
    }
    for (const Event &event : frame.events) {
        QList<int> lanes = drawn.values(event.id);
        std::sort(lanes.begin(), lanes.end());
        QCOMPARE(lanes, frame.lanes.lanesOf(event));
    }
}

void TstTimelineRenderer::denseClusterBecomesACountBadge()
{
    // Forty statements on one day in one lane: eight rows of labels, the rest in a badge.
    QList<Event> events;
    for (int i = 1; i <= 40; ++i) {
        events.append(pointEvent(i, u"Statement %1"_s.arg(i), PartialDate::day(2025, 2, 18), 1));
    }
    const TimelineFrame frame = frameWith(events, day(2025, 1, 1), day(2025, 4, 1), 1);
    TimelineRenderer renderer;
    const QImage image = rendered(renderer, frame, QSize(1200, 500));
    QCOMPARE(renderer.badges().size(), 1);
    const TimelineRenderer::Badge badge = renderer.badges().first();
    QCOMPARE(badge.eventIds.size(), 40 - TimelineRenderer::MaxRowsPerLane);
    QCOMPARE(badge.from, day(2025, 2, 18));
    QCOMPARE(badge.to, day(2025, 2, 19) - 1);
    QVERIFY(renderer.badgeAt(badge.rect.center()) != nullptr);
    QCOMPARE(renderer.eventAt(badge.rect.center()), qint64(0)); // not one of its markers
    QVERIFY(renderer.badgeAt(badge.rect.center() + QPointF(0, 40)) == nullptr);
    // Drawn: the count's text darkens the middle of a pale pill.
    int dark = 0;
    for (int x = int(badge.rect.left()) + 3; x < int(badge.rect.right()) - 3; ++x) {
        dark += qGray(image.pixel(x, int(badge.rect.center().y()))) < 128;
    }
    QVERIFY2(dark >= 2, qPrintable(QString::number(dark)));
    // Spread over the year, the same events need no badge.
    QList<Event> spread = events;
    for (int i = 0; i < spread.size(); ++i) {
        spread[i].start = PartialDate::day(2025, 1 + i / 4, 1 + (i % 4) * 7);
    }
    std::sort(spread.begin(), spread.end(), [](const Event &a, const Event &b) {
        return a.earliestSecond() < b.earliestSecond();
    });
    renderer.layout(frameWith(spread, day(2025, 1, 1), day(2026, 1, 1), 1), QSize(4000, 500),
                    QApplication::font());
    QVERIFY(renderer.badges().isEmpty());
}

void TstTimelineRenderer::eventsLeftOfTheScreenDoNotPushOthersDown()
{
    // An event far to the left of the window must leave the first row free for later ones.
    const Event early = pointEvent(1, u"Crimea"_s, PartialDate::day(2014, 2, 27), 1);
    const Event visible = pointEvent(2, u"Talks"_s, PartialDate::day(2025, 2, 9), 1);
    const TimelineFrame frame = frameWith({early, visible}, day(2025, 1, 1), day(2025, 3, 1), 1);
    TimelineRenderer renderer;
    renderer.layout(frame, QSize(1200, 600), QApplication::font());
    const QRectF rect = renderer.itemRect(2);
    QVERIFY(!rect.isEmpty());
    QVERIFY2(rect.top() < TimelineRenderer::AxisHeight + TimelineRenderer::RowHeight,
             "the visible event was pushed into a second row");
    QVERIFY(renderer.itemRect(1).isEmpty()); // off screen
}

void TstTimelineRenderer::drawsMarkersInTheirLaneColour()
{
    Event event = pointEvent(7, u"Minsk Protocol"_s, PartialDate::day(2014, 9, 5), 2);
    event.importance = 5;
    const TimelineFrame frame = frameWith({event}, day(2014, 1, 1), day(2015, 1, 1));
    TimelineRenderer renderer;
    const QImage image = rendered(renderer, frame, QSize(1200, 400));

    const QRectF marker = renderer.itemRect(7);
    QVERIFY(!marker.isEmpty());
    // Actor 2's lane is the second one, and the marker is filled with its colour.
    QVERIFY(marker.top() > renderer.laneGeometry().at(1).top);
    QCOMPARE(image.pixelColor(marker.center().toPoint()), QColor(Colours.at(1)));
}

void TstTimelineRenderer::drawsErasAsBands()
{
    TimelineFrame frame = frameWith({}, day(2010, 1, 1), day(2024, 1, 1));
    frame.eras = {{1, u"Minsk process"_s, PartialDate::day(2014, 9, 5),
                   PartialDate::day(2022, 2, 21), u"#ff0000"_s}};
    TimelineRenderer renderer;
    const QImage image = rendered(renderer, frame, QSize(1200, 400));

    const int y = 300;
    const int inside = TimelineRenderer::HeaderWidth + int(frame.scale.toX(day(2018, 1, 1)));
    const int outside = TimelineRenderer::HeaderWidth + int(frame.scale.toX(day(2012, 1, 1)));
    const QColor band = image.pixelColor(inside, y), plain = image.pixelColor(outside, y);
    QVERIFY2(band.red() > band.blue() + 20, "the era band is not tinted with its colour");
    QVERIFY(band != plain);
}

void TstTimelineRenderer::hitTestingFindsMarkersAndLabels()
{
    const Event event = pointEvent(3, u"Rutte interview on Buitenhof"_s,
                                   PartialDate::day(2025, 2, 9), 1, u"speaker"_s);
    const TimelineFrame frame = frameWith({event}, day(2025, 1, 1), day(2025, 3, 1), 1);
    TimelineRenderer renderer;
    renderer.layout(frame, QSize(1200, 400), QApplication::font());
    const TimelineRenderer::Item item = renderer.items().constFirst();
    QCOMPARE(renderer.eventAt(item.shape.center()), 3);
    QCOMPARE(renderer.eventAt(item.label.center()), 3);
    QCOMPARE(renderer.eventAt(item.shape.center() + QPointF(0, 60)), 0);
    QCOMPARE(renderer.eventAt(QPointF(10, item.shape.center().y())), 0); // lane header

    // A bar is hit anywhere along it, not only at its label; past its end, nothing.
    Event invasion = pointEvent(5, u"Invasion"_s, PartialDate::day(2022, 2, 24), 1);
    invasion.kind = Event::Kind::Period;
    invasion.end = PartialDate::day(2022, 9, 30);
    const TimelineFrame bars = frameWith({invasion}, day(2022, 1, 1), day(2023, 1, 1), 1);
    renderer.layout(bars, QSize(1200, 400), QApplication::font());
    const QRectF bar = renderer.items().constFirst().shape;
    QVERIFY(bar.width() > 300);
    QCOMPARE(renderer.eventAt(QPointF(bar.right() - 5, bar.center().y())), 5);
    QCOMPARE(renderer.eventAt(QPointF(bar.right() + 40, bar.center().y())), 0);
}

void TstTimelineRenderer::labelOfAnImpreciseEventStaysInView()
{
    // February 2025 seen at the scale of hours on the 20th: the marker (mid-month) is off
    // screen, its light band across the view; the label is pinned at the view's left.
    Event month = pointEvent(7, u"Trump's peace plan"_s, PartialDate::month(2025, 2), 1);
    const qint64 from = day(2025, 2, 20) + 8 * 3600;
    const TimelineFrame frame = frameWith({month}, from, from + 6 * 3600, 1);
    TimelineRenderer renderer;
    renderer.layout(frame, QSize(1200, 400), QApplication::font());
    const TimelineRenderer::Item item = renderer.items().constFirst();
    QVERIFY(item.shape.right() < TimelineRenderer::HeaderWidth); // the 14th-15th: to the left
    QVERIFY(!item.label.isNull());
    QVERIFY(item.label.left() >= TimelineRenderer::HeaderWidth);
    QVERIFY(item.label.right() <= 1200);
    QCOMPARE(renderer.eventAt(item.label.center()), 7);
}

void TstTimelineRenderer::drawsTodayOnlyWhenInView()
{
    TimelineFrame frame = frameWith({}, day(2025, 1, 1), day(2026, 1, 1));
    const QColor accent = QApplication::palette().color(QPalette::Highlight);
    // Nearer the accent colour than the plain background is: the line is drawn translucent,
    // under the events.
    const auto isTodayLine = [&](const QColor &pixel, const QColor &plain) {
        const auto distance = [](const QColor &a, const QColor &b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                   std::abs(a.blue() - b.blue());
        };
        return pixel != plain && distance(pixel, accent) < distance(plain, accent) / 2;
    };
    const int y = 200, axisY = 4;
    const int x = TimelineRenderer::HeaderWidth + int(frame.scale.toX(day(2025, 7, 1)));
    TimelineRenderer renderer;
    const QImage without = rendered(renderer, frame, QSize(1200, 400));

    frame.today = day(2025, 7, 1);
    const QImage image = rendered(renderer, frame, QSize(1200, 400));
    QVERIFY(isTodayLine(image.pixelColor(x, y), without.pixelColor(x, y)));
    QVERIFY(isTodayLine(image.pixelColor(x + 1, y), without.pixelColor(x + 1, y)));
    QVERIFY(!isTodayLine(image.pixelColor(x + 4, y), without.pixelColor(x + 4, y)));
    // And its label in the axis, just left of the line.
    bool labelled = false;
    for (int column = x - 60; column < x; ++column) {
        for (int row = axisY; row < TimelineRenderer::AxisHeight / 2; ++row) {
            labelled = labelled || image.pixelColor(column, row) == accent;
        }
    }
    QVERIFY(labelled);

    frame.today = day(2027, 7, 1); // out of view: nothing, not a line at an edge
    QCOMPARE(rendered(renderer, frame, QSize(1200, 400)), without);
}

void TstTimelineRenderer::joinsTheCopiesOfAnEventInSeveralLanes()
{
    Event shared = pointEvent(1, u"Minsk Protocol"_s, PartialDate::day(2014, 9, 5), 1);
    shared.actors.append({3, u"party"_s});
    const Event alone = pointEvent(2, u"Alone"_s, PartialDate::day(2014, 3, 1), 2);
    const TimelineFrame frame = frameWith({alone, shared}, day(2014, 1, 1), day(2015, 1, 1));
    TimelineRenderer renderer;
    const QImage image = rendered(renderer, frame, QSize(1200, 400));
    QList<QRectF> copies;
    for (const TimelineRenderer::Item &item : renderer.items()) {
        if (item.eventId == 1) {
            copies.append(item.shape);
        }
    }
    QCOMPARE(copies.size(), 2);
    const int x = int(copies.at(0).center().x());
    const int between = int((copies.at(0).bottom() + copies.at(1).top()) / 2);
    const QRgb plainLeft = image.pixel(x - 30, between);
    QVERIFY(image.pixel(x, between) != plainLeft);
    // The single-lane event has none: nothing under its marker but its lane.
    const QRectF single = renderer.itemRect(2);
    QCOMPARE(image.pixel(int(single.center().x()), int(single.bottom()) + 12),
             image.pixel(int(single.center().x()) - 30, int(single.bottom()) + 12));
    // Left out by a search, the line is faint like the event: nearer its lane's colour.
    TimelineFrame searched = frame;
    searched.matches = std::make_shared<const MatchSet>(std::vector<MatchSet::Match>{{1, 2}});
    const QImage faint = rendered(renderer, searched, QSize(1200, 400));
    const auto distance = [](QRgb a, QRgb b) {
        return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
               std::abs(qBlue(a) - qBlue(b));
    };
    QVERIFY(faint.pixel(x, between) != faint.pixel(x - 30, between));
    QVERIFY2(distance(faint.pixel(x, between), faint.pixel(x - 30, between)) <
                 distance(image.pixel(x, between), plainLeft) / 2,
             "the line of an event the search leaves out is drawn as strong as a match's");
}

void TstTimelineRenderer::coloursByCategoryWithALegend()
{
    Event attack = pointEvent(1, u"Attack"_s, PartialDate::day(2014, 3, 1), 1);
    attack.category = u"military"_s;
    attack.importance = 5;
    Event talks = pointEvent(2, u"Talks"_s, PartialDate::day(2014, 9, 5), 1);
    talks.category = u"diplomacy"_s;
    talks.importance = 5;
    TimelineFrame frame = frameWith({attack, talks}, day(2014, 1, 1), day(2015, 1, 1), 1);
    TimelineRenderer renderer;
    const QImage byActor = rendered(renderer, frame, QSize(1200, 400));
    const auto fillOf = [&](const QImage &image, qint64 id) {
        return image.pixelColor(renderer.itemRect(id).center().toPoint());
    };
    QCOMPARE(fillOf(byActor, 1), fillOf(byActor, 2));      // one lane, one colour
    QVERIFY(renderer.legend(frame, QPalette()).isEmpty()); // the lane headers say it

    frame.colourBy = TimelineFrame::ColourBy::Category;
    const QImage byCategory = rendered(renderer, frame, QSize(1200, 400));
    QCOMPARE(fillOf(byCategory, 1), TimelineRenderer::categoryColour(u"military"_s));
    QCOMPARE(fillOf(byCategory, 2), TimelineRenderer::categoryColour(u"diplomacy"_s));
    QVERIFY(fillOf(byCategory, 1) != fillOf(byCategory, 2));
    QStringList names;
    for (const TimelineRenderer::LegendEntry &entry : renderer.legend(frame, QPalette())) {
        names.append(entry.name);
    }
    QCOMPARE(names, (QStringList{u"diplomacy"_s, u"military"_s}));
    // The legend, bottom right, shows both swatches; the plain view has none there.
    const auto hasColourNearCorner = [](const QImage &image, const QColor &colour) {
        for (int y = image.height() - 80; y < image.height(); ++y) {
            for (int x = image.width() - 200; x < image.width(); ++x) {
                if (image.pixelColor(x, y) == colour) {
                    return true;
                }
            }
        }
        return false;
    };
    QVERIFY(hasColourNearCorner(byCategory, TimelineRenderer::categoryColour(u"military"_s)));
    QVERIFY(hasColourNearCorner(byCategory, TimelineRenderer::categoryColour(u"diplomacy"_s)));
    QVERIFY(!hasColourNearCorner(byActor, TimelineRenderer::categoryColour(u"military"_s)));
    frame.showLegend = false; // put away from the View menu
    const QImage withoutLegend = rendered(renderer, frame, QSize(1200, 400));
    QVERIFY(!hasColourNearCorner(withoutLegend, TimelineRenderer::categoryColour(u"military"_s)));
    // The categories Entente ships and generates never share a colour.
    QSet<QRgb> hues;
    for (const char *category : {"military", "diplomacy", "agreement", "statement", "protest",
                                 "humanitarian", "analysis", "context"}) {
        hues.insert(TimelineRenderer::categoryColour(QString::fromLatin1(category)).rgb());
    }
    QCOMPARE(hues.size(), 8);
}

// The legend is worked out once per layout and kept: what changes without a new layout (the
// corner the user drags it to, what colours say, the legend put away) still shows at once.
void TstTimelineRenderer::legendFollowsItsCornerColoursAndLayout()
{
    Event attack = pointEvent(1, u"Attack"_s, PartialDate::day(2014, 3, 1), 1);
    attack.category = u"military"_s;
    TimelineFrame frame = frameWith({attack}, day(2014, 1, 1), day(2015, 1, 1), 1);
    frame.colourBy = TimelineFrame::ColourBy::Category;
    TimelineRenderer renderer;
    renderer.layout(frame, QSize(1200, 400), QApplication::font());
    const QPalette palette = QApplication::palette();
    const QRectF placed = renderer.legendRect(frame, palette);
    QVERIFY(!placed.isEmpty());
    QVERIFY(placed.right() > 1000 && placed.bottom() > 300); // bottom right: nothing there

    frame.legendCorner = Qt::TopLeftCorner;
    const QRectF dragged = renderer.legendRect(frame, palette);
    QVERIFY(dragged.left() < 300 && dragged.top() < 100);
    frame.legendCorner = std::nullopt;
    QCOMPARE(renderer.legendRect(frame, palette), placed);

    frame.colourBy = TimelineFrame::ColourBy::Actor; // the lane headers say it
    QVERIFY(renderer.legendRect(frame, palette).isEmpty());
    frame.colourBy = TimelineFrame::ColourBy::Category;
    frame.showLegend = false;
    QVERIFY(renderer.legendRect(frame, palette).isEmpty());
    frame.showLegend = true;

    renderer.layout(frame, QSize(800, 300), QApplication::font());
    const QRectF smaller = renderer.legendRect(frame, palette);
    QVERIFY(smaller.right() <= 800 && smaller.right() > 600 && smaller.bottom() <= 300);
}

void TstTimelineRenderer::shadesWeekendsAtDayScale()
{
    // 3–16 March 2014 begins on a Monday; in the default locale (C: Saturday and Sunday off)
    // the middle of Saturday the 8th is darker than the middle of Wednesday the 5th.
    TimelineFrame frame = frameWith({}, day(2014, 3, 3), day(2014, 3, 17), 1);
    frame.locale = QLocale::c();
    TimelineRenderer renderer;
    const QImage image = rendered(renderer, frame, QSize(1200, 400));
    const auto middleOf = [&](int dayOfMonth) {
        return TimelineRenderer::HeaderWidth +
               int(frame.scale.toX(day(2014, 3, dayOfMonth) + 43200));
    };
    const int y = 350;
    QVERIFY(qGray(image.pixel(middleOf(8), y)) < qGray(image.pixel(middleOf(5), y)));
    QCOMPARE(image.pixel(middleOf(5), y), image.pixel(middleOf(6), y));
}

void TstTimelineRenderer::relationArrowsPassUnderLabels()
{
    // An arrow from January to December 2014 in the third lane arches up through the second
    // lane, where a long label of April lies in its way: the label stays readable, with no
    // ink of the arrow (a red "violates") inside its box.
    const Event from = pointEvent(1, u"Start"_s, PartialDate::day(2014, 1, 20), 3);
    const Event to = pointEvent(3, u"End"_s, PartialDate::day(2014, 12, 10), 3);
    const Event between =
        pointEvent(2, u"A statement between them with a long title that runs on"_s,
                   PartialDate::day(2014, 3, 1), 2);
    TimelineFrame frame = frameWith({from, between, to}, day(2014, 1, 1), day(2015, 1, 1));
    frame.relations = {{1, 1, 3, Relation::Violates, {}}};
    TimelineRenderer renderer;
    const QImage image = rendered(renderer, frame, QSize(1200, 400));
    QCOMPARE(renderer.arrows().arrows().size(), 1);
    QRectF label;
    for (const TimelineRenderer::Item &item : renderer.items()) {
        label = item.eventId == 2 ? item.label : label;
    }
    const QPainterPath &path = renderer.arrows().arrows().constFirst().path;
    int crossings = 0;
    for (int i = 0; i <= 200; ++i) {
        crossings += label.contains(path.pointAtPercent(i / 200.0));
    }
    QVERIFY2(crossings > 0, "the arrow does not cross the label: move the events");
    int red = 0;
    for (int y = int(label.top()); y < int(label.bottom()); ++y) {
        for (int x = int(label.left()); x < int(label.right()); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            red += pixel.red() > pixel.green() + 60 && pixel.red() > pixel.blue() + 60;
        }
    }
    QCOMPARE(red, 0);
}

void TstTimelineRenderer::drawsAnAgreementsSummaryUnderItsLabel()
{
    Event minsk = pointEvent(7, u"Minsk II signed"_s, PartialDate::day(2015, 2, 12), 1);
    minsk.category = u"agreement"_s;
    const Event talks = pointEvent(8, u"Talks in Minsk"_s, PartialDate::day(2015, 8, 1), 1);
    TimelineFrame frame = frameWith({minsk, talks}, day(2015, 1, 1), day(2016, 1, 1));
    const AgreementTally::Summary summary{3, 4, 2, 1, 1}; // full, partial, none, violated, lapsed
    frame.agreementSummaries.insert(7, summary);
    TimelineRenderer renderer;
    const QImage image = rendered(renderer, frame, QSize(1200, 400));
    const auto itemOf = [&](qint64 id) {
        const auto found =
            std::find_if(renderer.items().begin(), renderer.items().end(),
                         [&](const TimelineRenderer::Item &item) { return item.eventId == id; });
        return found != renderer.items().end() ? *found : TimelineRenderer::Item{};
    };
    const QRectF label = itemOf(7).label;
    QVERIFY(!label.isEmpty());
    const QRectF bar = AgreementMarks::summaryRect(label, summary, TimelineRenderer::RowHeight);
    QVERIFY(bar.top() >= label.bottom());
    QVERIFY(bar.bottom() <= itemOf(7).shape.center().y() + TimelineRenderer::RowHeight / 2.0);
    // One block per provision, in the level's colour, to be counted: the runs of each colour
    // along the bar.
    QHash<QRgb, int> blocks;
    QRgb previous = 0;
    const int y = int(bar.center().y());
    for (int x = int(bar.left()); x <= int(bar.right()) + 1; ++x) {
        const QRgb pixel = image.pixel(x, y);
        blocks[pixel] += pixel != previous;
        previous = pixel;
    }
    QCOMPARE(blocks.value(LevelColours::of(ImplementationLevel::Full).rgb()), 3);
    QCOMPARE(blocks.value(LevelColours::of(ImplementationLevel::Intermediate).rgb()), 4);
    QCOMPARE(blocks.value(LevelColours::of(ImplementationLevel::NotInitiated).rgb()), 2);
    QCOMPARE(blocks.value(LevelColours::of(ImplementationLevel::Violated).rgb()), 1);
    QCOMPARE(blocks.value(LevelColours::of(ImplementationLevel::Lapsed).rgb()), 1);
    // An event without provisions has no bar under its label.
    const QRectF other =
        AgreementMarks::summaryRect(itemOf(8).label, summary, TimelineRenderer::RowHeight);
    for (int x = int(other.left()); x < int(other.right()); ++x) {
        QVERIFY(image.pixel(x, int(other.center().y())) !=
                LevelColours::of(ImplementationLevel::Full).rgb());
    }
}

void TstTimelineRenderer::ringsHighlightedEvents()
{
    const Event withdrawal = pointEvent(7, u"Withdrawal"_s, PartialDate::day(2015, 3, 7), 1);
    const Event talks = pointEvent(8, u"Talks"_s, PartialDate::day(2015, 8, 1), 1);
    TimelineFrame frame = frameWith({withdrawal, talks}, day(2015, 1, 1), day(2016, 1, 1));
    TimelineRenderer renderer;
    const QImage plain = rendered(renderer, frame, QSize(1200, 400));
    frame.highlighted = {7};
    const QImage ringed = rendered(renderer, frame, QSize(1200, 400));
    const QColor highlight = QApplication::palette().color(QPalette::Highlight);
    // Above each marker, a little outside it: the ring's colour for the highlighted one only.
    const auto aboveMarker = [&](const QImage &image, qint64 id) {
        const QRectF marker = renderer.itemRect(id);
        return image.pixelColor(int(marker.center().x()), int(marker.top() - 4.5));
    };
    const auto near = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                   std::abs(a.blue() - b.blue()) <
               60;
    };
    QVERIFY(!near(aboveMarker(plain, 7), highlight));
    QVERIFY(near(aboveMarker(ringed, 7), highlight));
    QCOMPARE(aboveMarker(ringed, 8), aboveMarker(plain, 8));
}

QTEST_MAIN(TstTimelineRenderer)
#include "tst_timelinerenderer.moc"
