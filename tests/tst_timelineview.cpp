// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QApplication>
#include <QContextMenuEvent>
#include <QDate>
#include <QHash>
#include <QHelpEvent>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QNativeGestureEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include "agreementmarks.h"
#include "densityindex.h"
#include "eventcriteria.h"
#include "eventstore.h"
#include "lanekey.h"
#include "levelcolours.h"
#include "matchset.h"
#include "seedloader.h"
#include "testsupport.h"
#include "timelinerenderer.h"
#include "timelineview.h"

#include <algorithm>
#include <cmath>
#include <memory>

using namespace entente;

namespace {

// 60 actors, each with an event of its own early on (the earliest is the middle actor's) and
// four at the same time later, which make every lane four rows high there.
void addManyLanes(EventStore &store)
{
    store.batch([&] {
        for (int i = 0; i < 60; ++i) {
            Actor actor;
            actor.name = QStringLiteral("Actor %1").arg(i, 2, 10, QLatin1Char('0'));
            const qint64 actorId = store.addActor(actor);
            const auto add = [&](const QString &title, const PartialDate &date) {
                Event event;
                event.title = title;
                event.start = date;
                event.actors = {EventActor{actorId, {}}};
                store.addEvent(event);
            };
            add(QStringLiteral("Event of %1").arg(actor.name),
                PartialDate::day(2000 + std::abs(i - 30), 6, 1));
            for (int k = 0; k < 4; ++k) {
                add(QStringLiteral("Crowded event %1 of %2").arg(k).arg(actor.name),
                    PartialDate::day(2070, 6, 1 + k));
            }
        }
    });
}

// How many labels `rect` covers, as the view has laid them out.
int labelsUnder(TimelineView &view, const QRectF &rect)
{
    int count = 0;
    for (const TimelineRenderer::Item &item : view.items()) {
        count += !item.label.isEmpty() && item.label.intersects(rect) ? 1 : 0;
    }
    return count;
}

qint64 span(const TimelineView &view)
{
    return view.scale().visibleTo() - view.scale().visibleFrom();
}

// visibleFrom() rounds down and visibleTo() up, so the same zoom may differ by a second.
bool sameSpan(qint64 a, qint64 b)
{
    return std::abs(a - b) <= 1;
}

QString rectText(const QRectF &rect)
{
    return QStringLiteral("(%1, %2) %3x%4")
        .arg(rect.x())
        .arg(rect.y())
        .arg(rect.width())
        .arg(rect.height());
}

// The time under widget x, as the user sees it.
double timeAt(const TimelineView &view, double x)
{
    return view.scale().toTime(x - TimelineRenderer::HeaderWidth);
}

void sendWheel(QWidget *widget, const QPoint &pos, int angleDelta)
{
    QWheelEvent event(QPointF(pos), QPointF(widget->mapToGlobal(pos)), QPoint(),
                      QPoint(0, angleDelta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TstTimelineView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void wheelZoomsAboutCursor_data();
    void wheelZoomsAboutCursor();
    void keysZoomAndPan_data();
    void keysZoomAndPan();
    void keyFZoomsToFit();
    void clickSelectsEvent_data();
    void clickSelectsEvent();
    void dragPansWithoutSelecting();
    void drawnEventIsNotBackground();
    void eventOutsideVisibleRangeHasNoRect_data();
    void eventOutsideVisibleRangeHasNoRect();
    void onlyVisibleWindowIsFetched();
    void sameRangeDrawsTheSame();
    void editedSelectedEventIsDrawnAsItIsNow();
    void removedSelectedEventIsDropped();
    void failedReadIsShownAndAskedAgain();

    void tabWalksEventsInTimeOrder();
    void homeAndEndSelectFirstAndLast();
    void enterActivatesTheSelection();
    void backAndForwardRetraceViews();
    void wheelStepsSettleIntoOneHistoryEntry();
    void goToDateShowsTheWholePeriod_data();
    void goToDateShowsTheWholePeriod();
    void shiftDragZoomsIntoTheRange();
    void doubleClickOnEmptySpaceZoomsIn();
    void hoverShowsTitleDatesActorsAndSource();
    void bundledMinskIIShowsItsProvisionsOnItsMarker();
    void pinchZoomsAboutTheFingers();
    void clickingAnActorsHeaderFoldsItsPeopleIn();
    void lanesByCategoryOrPackedDrawEachEventOnce();
    void draggingALaneHeaderMovesIt();
    void hiddenLanesComeBack();
    void rightClickOnAHeaderOffersToHideOrMoveIt();
    void ctrlClickAddsToTheSelection();
    void clickingACountBadgeZoomsInAndSelects();
    void escapeClearsTheSelectionThenHandsFocusOn();
    void selectingAnEventScrollsItsLaneIntoView();
    void menuKeyOpensTheLaneMenuInsideTheView();
    void draggingALaneHeaderShowsTheLaneAndWhereItLands();
    void legendCanBeDraggedToAnotherCorner();
    void legendGoesWhereItCoversFewestLabels();
    void matchesAreDrawnAsTheyAreTheRestFaint();
    void findNextStepsThroughMatchesInTimeAndWraps();
    void summarizedLanesDrawTheMatchesDensityTheRestFaint();

private:
    qint64 eventId(const QString &uid) const;
    // Waits for the tiles the view asked its worker thread for and lays the view out, so that
    // the scale has its final width (a vertical scroll bar may appear once the lanes are
    // known) before a test reads it.
    void settle() { QVERIFY(m_view->waitForData()); }
    // Where the event is drawn once the view has its data.
    QRectF drawnRect(qint64 id)
    {
        m_view->waitForData();
        return m_view->eventRect(id);
    }
    QImage image() const;
    double laneTop(int lane) const { return m_view->laneGeometry().at(lane).top; }
    // The timeline of addManyLanes() in a view too short for its lanes, settled.
    void openManyLanes();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<TimelineView> m_view;
};

void TstTimelineView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("t.entente")));
    SeedLoader::loadBundled(*m_store);
    QCOMPARE(m_store->eventCount(), 19);

    m_view = std::make_unique<TimelineView>();
    m_view->setStore(m_store.get());
    m_view->resize(1200, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QCOMPARE(m_view->size(), QSize(1200, 600));
}

void TstTimelineView::cleanup()
{
    m_view.reset();
    m_store.reset();
    m_dir.reset();
}

qint64 TstTimelineView::eventId(const QString &uid) const
{
    const std::optional<Event> event = m_store->eventByUid(uid);
    return event ? event->id : 0;
}

// --- zoom and pan ----------------------------------------------------------------------------

void TstTimelineView::wheelZoomsAboutCursor_data()
{
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("angleDelta");
    QTest::addColumn<double>("factor"); // span before / span after

    QTest::newRow("up zooms in, left") << 300 << 120 << 1.25;
    QTest::newRow("up zooms in, right") << 1000 << 120 << 1.25;
    QTest::newRow("down zooms out") << 700 << -120 << 1 / 1.25;
}

void TstTimelineView::wheelZoomsAboutCursor()
{
    QFETCH(int, x);
    QFETCH(int, angleDelta);
    QFETCH(double, factor);

    m_view->setVisibleRange(utc(2014, 1, 1), utc(2026, 1, 1));
    settle();
    const qint64 spanBefore = span(*m_view);
    const double anchorBefore = timeAt(*m_view, x);
    const double secondsPerPixel = m_view->scale().secondsPerPixel();
    QSignalSpy rangeSpy(m_view.get(), &TimelineView::visibleRangeChanged);

    sendWheel(m_view.get(), QPoint(x, 300), angleDelta);
    settle();

    QVERIFY(rangeSpy.count() >= 1);
    const double ratio = double(spanBefore) / double(span(*m_view));
    QVERIFY2(std::abs(ratio - factor) < 0.01 * factor,
             qPrintable(QStringLiteral("span ratio %1, expected %2").arg(ratio).arg(factor)));
    QCOMPARE(m_view->scale().secondsPerPixel() * factor, secondsPerPixel);
    const double anchorAfter = timeAt(*m_view, x);
    QVERIFY2(
        std::abs(anchorAfter - anchorBefore) < 5,
        qPrintable(
            QStringLiteral("time under the cursor moved by %1 s").arg(anchorAfter - anchorBefore)));
}

void TstTimelineView::keysZoomAndPan_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<double>("spanFactor"); // span after / span before
    QTest::addColumn<double>("shift");      // how far the centre moves, as a fraction of the span

    QTest::newRow("plus zooms in") << int(Qt::Key_Plus) << 1 / 1.25 << 0.0;
    QTest::newRow("equal zooms in") << int(Qt::Key_Equal) << 1 / 1.25 << 0.0;
    QTest::newRow("minus zooms out") << int(Qt::Key_Minus) << 1.25 << 0.0;
    QTest::newRow("left pans earlier") << int(Qt::Key_Left) << 1.0 << -0.1;
    QTest::newRow("right pans later") << int(Qt::Key_Right) << 1.0 << 0.1;
}

void TstTimelineView::keysZoomAndPan()
{
    QFETCH(int, key);
    QFETCH(double, spanFactor);
    QFETCH(double, shift);

    m_view->setVisibleRange(utc(2014, 1, 1), utc(2026, 1, 1));
    settle();
    const qint64 fromBefore = m_view->scale().visibleFrom();
    const qint64 spanBefore = span(*m_view);
    const double centreX = TimelineRenderer::HeaderWidth + m_view->scale().width() / 2.0;
    const double centreBefore = timeAt(*m_view, centreX);

    QTest::keyClick(m_view.get(), Qt::Key(key));
    settle();

    const qint64 spanAfter = span(*m_view);
    // The lanes' scroll bar may come or go with the events in view; it keeps the time range,
    // so the centre is measured where it is now.
    const double centreAfterX = TimelineRenderer::HeaderWidth + m_view->scale().width() / 2.0;
    const double ratio = double(spanAfter) / double(spanBefore);
    QVERIFY2(std::abs(ratio - spanFactor) < 0.01 * spanFactor,
             qPrintable(QStringLiteral("span ratio %1, expected %2").arg(ratio).arg(spanFactor)));
    const double moved = timeAt(*m_view, centreAfterX) - centreBefore;
    const double expected = shift * double(spanBefore);
    QVERIFY2(
        std::abs(moved - expected) < 0.005 * double(spanBefore),
        qPrintable(QStringLiteral("centre moved by %1 s, expected %2 s").arg(moved).arg(expected)));
    if (shift < 0) {
        QVERIFY(m_view->scale().visibleFrom() < fromBefore);
        QVERIFY2(sameSpan(spanAfter, spanBefore), qPrintable(QString::number(spanAfter)));
    } else if (shift > 0) {
        QVERIFY(m_view->scale().visibleFrom() > fromBefore);
        QVERIFY2(sameSpan(spanAfter, spanBefore), qPrintable(QString::number(spanAfter)));
    }
}

void TstTimelineView::keyFZoomsToFit()
{
    // A week in which nothing happens: no event is in view.
    m_view->setVisibleRange(utc(2016, 6, 6), utc(2016, 6, 13));
    settle();

    QTest::keyClick(m_view.get(), Qt::Key_F);
    settle();

    const qint64 from = m_view->scale().visibleFrom(), to = m_view->scale().visibleTo();
    int dated = 0;
    for (const Event &event : m_store->events()) {
        if (event.isUndated()) {
            continue;
        }
        ++dated;
        const qint64 start = event.earliestSecond();
        QVERIFY2(start >= from && start <= to,
                 qPrintable(QStringLiteral("%1 starts outside the fitted range").arg(event.uid)));
        // Laid out as a marker or bar, though maybe below the fold: the lanes scroll.
        QVERIFY2(!m_view->eventRects(event.id).isEmpty(), qPrintable(event.uid));
    }
    QCOMPARE(dated, 18);
}

// --- mouse -----------------------------------------------------------------------------------

void TstTimelineView::clickSelectsEvent_data()
{
    QTest::addColumn<QString>("uid");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");

    QTest::newRow("Rutte interview")
        << QStringLiteral("article-11-rutte-buitenhof") << utc(2025, 2, 1) << utc(2025, 2, 20);
    QTest::newRow("Minsk Protocol")
        << QStringLiteral("article-02-minsk-protocol") << utc(2014, 8, 1) << utc(2014, 10, 1);
    QTest::newRow("Crimea (a period)")
        << QStringLiteral("article-01-crimea") << utc(2014, 1, 1) << utc(2014, 6, 1);
}

void TstTimelineView::clickSelectsEvent()
{
    QFETCH(QString, uid);
    QFETCH(qint64, from);
    QFETCH(qint64, to);

    const qint64 id = eventId(uid);
    QVERIFY(id != 0);
    m_view->setVisibleRange(from, to);
    const QRectF rect = drawnRect(id);
    QVERIFY(!rect.isEmpty());
    const QPoint centre = rect.center().toPoint();
    const QRect timeArea(TimelineRenderer::HeaderWidth, TimelineRenderer::AxisHeight,
                         m_view->width() - TimelineRenderer::HeaderWidth,
                         m_view->height() - TimelineRenderer::AxisHeight);
    QVERIFY2(timeArea.contains(centre), "the event must be on screen for this test");
    QSignalSpy spy(m_view.get(), &TimelineView::selectedEventChanged);
    QCOMPARE(m_view->selectedEventId(), 0);

    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, centre);
    QCOMPARE(m_view->selectedEventId(), id);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), id);

    // Left of the event, in its own row: nothing is drawn there (a row holds nothing earlier
    // that reaches this far, and the view starts long after any earlier event).
    const QPoint empty(TimelineRenderer::HeaderWidth + 10, centre.y());
    QVERIFY(empty.x() < rect.left() - 10);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, empty);
    QCOMPARE(m_view->selectedEventId(), 0);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toLongLong(), 0);
}

void TstTimelineView::dragPansWithoutSelecting()
{
    const qint64 id = eventId(QStringLiteral("article-11-rutte-buitenhof"));
    QVERIFY(id != 0);
    m_view->setVisibleRange(utc(2025, 1, 1), utc(2025, 3, 1));
    m_view->setSelectedEventId(id);
    const QRectF rect = drawnRect(id);
    QVERIFY(!rect.isEmpty());
    const qint64 fromBefore = m_view->scale().visibleFrom();
    const qint64 spanBefore = span(*m_view);
    const double secondsPerPixel = m_view->scale().secondsPerPixel();
    QSignalSpy spy(m_view.get(), &TimelineView::selectedEventChanged);

    // Start on empty space, so that a drag taken for a click would clear the selection.
    const QPoint start(TimelineRenderer::HeaderWidth + 20, int(rect.center().y()));
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, start);
    QTest::mouseMove(m_view.get(), start + QPoint(200, 0));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, start + QPoint(200, 0));

    const double moved = double(fromBefore - m_view->scale().visibleFrom());
    const double expected = 200 * secondsPerPixel;
    QVERIFY2(std::abs(moved - expected) < 0.01 * expected,
             qPrintable(QStringLiteral("visible range moved %1 s earlier, expected %2 s")
                            .arg(moved)
                            .arg(expected)));
    QVERIFY2(sameSpan(span(*m_view), spanBefore), qPrintable(QString::number(span(*m_view))));
    QCOMPARE(m_view->scale().secondsPerPixel(), secondsPerPixel);
    QCOMPARE(m_view->selectedEventId(), id);
    QCOMPARE(spy.count(), 0);
    // The event moved right with the content.
    const QRectF after = drawnRect(id);
    QVERIFY(std::abs(after.center().x() - rect.center().x() - 200) < 2);
}

// --- navigation ------------------------------------------------------------------------------

void TstTimelineView::tabWalksEventsInTimeOrder()
{
    // The dated events of the article in (start, id) order: what Tab must visit.
    QList<Event> dated;
    for (const Event &event : m_store->events()) {
        if (!event.isUndated()) {
            dated.append(event);
        }
    }
    std::sort(dated.begin(), dated.end(), [](const Event &a, const Event &b) {
        return std::pair(a.earliestSecond(), a.id) < std::pair(b.earliestSecond(), b.id);
    });
    m_view->setFocus();
    m_view->zoomToFit();
    settle();
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QList<qint64> visited{m_view->selectedEventId()};
    for (int i = 1; i < dated.size(); ++i) {
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        visited.append(m_view->selectedEventId());
    }
    QList<qint64> expected;
    for (const Event &event : dated) {
        expected.append(event.id);
    }
    QCOMPARE(visited, expected);
    QVERIFY(m_view->hasFocus());                // Tab moved the selection, not the focus
    QTest::keyClick(m_view.get(), Qt::Key_Tab); // past the last: stays
    QCOMPARE(m_view->selectedEventId(), expected.last());
    QTest::keyClick(m_view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedEventId(), expected.at(expected.size() - 2));
}

void TstTimelineView::homeAndEndSelectFirstAndLast()
{
    m_view->setFocus();
    m_view->setVisibleRange(utc(2016, 6, 6), utc(2016, 6, 13)); // nothing in view
    settle();
    const qint64 week = span(*m_view);
    QTest::keyClick(m_view.get(), Qt::Key_End);
    const std::optional<Event> last = m_store->event(m_view->selectedEventId());
    QVERIFY(last.has_value());
    for (const Event &event : m_store->events()) {
        QVERIFY(event.isUndated() || event.earliestSecond() <= last->earliestSecond());
    }
    // Shown, at the zoom the user had.
    QVERIFY(sameSpan(span(*m_view), week));
    QVERIFY(!drawnRect(last->id).isEmpty());

    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_view->selectedEventId(), eventId(QStringLiteral("article-01-crimea")));
    QVERIFY(!drawnRect(m_view->selectedEventId()).isEmpty());
}

void TstTimelineView::enterActivatesTheSelection()
{
    QSignalSpy spy(m_view.get(), &TimelineView::eventActivated);
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(spy.count(), 0); // nothing selected
    const qint64 id = eventId(QStringLiteral("article-02-minsk-protocol"));
    m_view->setSelectedEventId(id);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), id);
}

void TstTimelineView::backAndForwardRetraceViews()
{
    m_view->setFocus();
    m_view->zoomToFit();
    const std::pair<qint64, qint64> fit(m_view->scale().visibleFrom(), m_view->scale().visibleTo());
    m_view->goToDate(PartialDate::year(2014));
    const std::pair<qint64, qint64> year2014(m_view->scale().visibleFrom(),
                                             m_view->scale().visibleTo());
    m_view->goToDate(PartialDate::month(2025, 2));
    const std::pair<qint64, qint64> february(m_view->scale().visibleFrom(),
                                             m_view->scale().visibleTo());
    const auto view = [&] {
        return std::pair(m_view->scale().visibleFrom(), m_view->scale().visibleTo());
    };
    QSignalSpy history(m_view.get(), &TimelineView::historyChanged);
    QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(view(), year2014);
    QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(view(), fit);
    QCOMPARE(history.last().at(0).toBool(), false); // nothing further back
    QCOMPARE(history.last().at(1).toBool(), true);
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(view(), year2014);
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(view(), february);
    // Going somewhere new from an earlier view drops the way forward.
    m_view->goBack();
    m_view->goToDate(PartialDate::day(2014, 9, 5));
    QCOMPARE(history.last().at(1).toBool(), false);
    m_view->goBack();
    QCOMPARE(view(), year2014);
}

void TstTimelineView::wheelStepsSettleIntoOneHistoryEntry()
{
    m_view->goToDate(PartialDate::year(2014));
    const qint64 before = m_view->scale().visibleFrom();
    const QPoint at(TimelineRenderer::HeaderWidth + 400, 300);
    for (int i = 0; i < 5; ++i) {
        sendWheel(m_view.get(), at, 120);
    }
    const qint64 zoomedSpan = span(*m_view);
    QSignalSpy history(m_view.get(), &TimelineView::historyChanged);
    QTRY_COMPARE_WITH_TIMEOUT(history.count(), 1, 3000); // once, after the wheel stops
    m_view->goBack();
    QCOMPARE(m_view->scale().visibleFrom(), before);
    m_view->goForward();
    QVERIFY(sameSpan(span(*m_view), zoomedSpan));
}

void TstTimelineView::goToDateShowsTheWholePeriod_data()
{
    QTest::addColumn<PartialDate>("date");
    QTest::newRow("a year") << PartialDate::year(2014);
    QTest::newRow("a month") << PartialDate::month(2025, 2);
    QTest::newRow("a day") << PartialDate::day(2014, 9, 5);
    QTest::newRow("a minute") << PartialDate::minute(2025, 2, 18, 14, 30);
}

void TstTimelineView::goToDateShowsTheWholePeriod()
{
    QFETCH(PartialDate, date);
    m_view->goToDate(date);
    const qint64 from = m_view->scale().visibleFrom(), to = m_view->scale().visibleTo();
    QVERIFY(from < date.earliestSecond());
    QVERIFY(to > date.latestSecond());
    // The period fills about half the view: a year is not shown as a decade.
    const double share = double(date.latestSecond() - date.earliestSecond()) / (to - from);
    QVERIFY2(share > 0.3 || date.precision() == PartialDate::Precision::Minute,
             qPrintable(QString::number(share)));
}

void TstTimelineView::shiftDragZoomsIntoTheRange()
{
    m_view->setVisibleRange(utc(2014, 1, 1), utc(2016, 1, 1));
    settle();
    const int left = TimelineRenderer::HeaderWidth + 200, right = left + 300;
    const qint64 fromTime = qint64(timeAt(*m_view, left));
    const qint64 toTime = qint64(timeAt(*m_view, right));
    QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(left, 300));
    QTest::mouseMove(m_view.get(), QPoint(left + 150, 300));
    QTest::mouseMove(m_view.get(), QPoint(right, 300));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(right, 300));
    const qint64 tolerance = qint64(2 * m_view->scale().secondsPerPixel());
    QVERIFY(std::abs(m_view->scale().visibleFrom() - fromTime) <= tolerance);
    QVERIFY(std::abs(m_view->scale().visibleTo() - toTime) <= tolerance);
    QCOMPARE(m_view->selectedEventId(), 0);
}

void TstTimelineView::doubleClickOnEmptySpaceZoomsIn()
{
    m_view->setVisibleRange(utc(2016, 1, 1), utc(2018, 1, 1)); // between the events
    settle();
    const qint64 before = span(*m_view);
    const QPoint at(TimelineRenderer::HeaderWidth + 300, 300);
    const double timeBefore = timeAt(*m_view, at.x());
    QTest::mouseDClick(m_view.get(), Qt::LeftButton, {}, at);
    QVERIFY(std::abs(span(*m_view) * 2 - before) <= 4);
    QVERIFY(std::abs(timeAt(*m_view, at.x()) - timeBefore) < 2 * m_view->scale().secondsPerPixel());
}

void TstTimelineView::clickingAnActorsHeaderFoldsItsPeopleIn()
{
    // Trump's peace plan involves the United States and Trump: drawn in both lanes.
    const qint64 plan = eventId(QStringLiteral("article-16-trump-peace-plan"));
    m_view->setVisibleRange(utc(2025, 1, 15), utc(2025, 3, 15));
    settle();
    QList<QRectF> copies = m_view->eventRects(plan);
    QCOMPARE(copies.size(), 2);
    // The upper copy is in the United States' lane: its header is level with it.
    const QPoint usHeader(20, int(copies.first().center().y()));
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, usHeader);
    settle();
    copies = m_view->eventRects(plan);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(m_view->selectedEventId(), 0); // a header click selects nothing
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, usHeader);
    settle();
    QCOMPARE(m_view->eventRects(plan).size(), 2);
}

QStringList laneLabels(const TimelineView &view)
{
    QStringList labels;
    for (const LaneModel::Lane &lane : view.lanes().lanes()) {
        labels.append(lane.label);
    }
    return labels;
}

void TstTimelineView::lanesByCategoryOrPackedDrawEachEventOnce()
{
    const qint64 plan = eventId(QStringLiteral("article-16-trump-peace-plan"));
    m_view->setVisibleRange(utc(2025, 1, 15), utc(2025, 3, 15));
    settle();
    QCOMPARE(m_view->eventRects(plan).size(), 2); // by actor: the US's lane and Trump's
    QSignalSpy lanesSpy(m_view.get(), &TimelineView::lanesChanged);

    m_view->setLaneMode(LaneModel::Mode::Category);
    settle();
    QCOMPARE(lanesSpy.count(), 1);
    // China and Iran's involvement ("context") has no date, so no lane.
    QCOMPARE(laneLabels(*m_view),
             (QStringList{QStringLiteral("agreement"), QStringLiteral("analysis"),
                          QStringLiteral("call"), QStringLiteral("diplomacy"),
                          QStringLiteral("military"), QStringLiteral("statement"),
                          QStringLiteral("talks")}));
    QCOMPARE(m_view->eventRects(plan).size(), 1);
    // In the lane of its category, level with that lane's header.
    const int lane = m_view->lanes().laneOfKey(LaneKey::ofCategory(m_store->event(plan)->category));
    QVERIFY(lane >= 0);
    const QRectF rect = m_view->eventRects(plan).first();
    QVERIFY(rect.top() >= laneTop(lane));
    QVERIFY(rect.bottom() <= laneTop(lane) + m_view->laneGeometry().at(lane).height);

    m_view->setLaneMode(LaneModel::Mode::Packed);
    settle();
    QCOMPARE(laneLabels(*m_view), QStringList{QStringLiteral("All events")});
    // Once: as a marker, or (less important than what fills the lane's rows) in a badge.
    const auto inBadges = std::count_if(
        m_view->badges().cbegin(), m_view->badges().cend(),
        [&](const TimelineRenderer::Badge &badge) { return badge.eventIds.contains(plan); });
    QCOMPARE(m_view->eventRects(plan).size() + inBadges, 1);

    m_view->setLaneMode(LaneModel::Mode::Actor);
    settle();
    QCOMPARE(m_view->eventRects(plan).size(), 2);
}

void TstTimelineView::draggingALaneHeaderMovesIt()
{
    m_view->setLaneMode(LaneModel::Mode::Category);
    m_view->setVisibleRange(utc(2014, 1, 1), utc(2026, 1, 1));
    settle();
    QCOMPARE(laneLabels(*m_view).first(), QStringLiteral("agreement"));
    // Drag "agreement" (the first) below "call" (the third).
    const QPoint from(40, int(laneTop(0) + TimelineRenderer::RowHeight / 2));
    const QPoint to(40, int(laneTop(3) + 2));
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_view.get(), from + QPoint(0, 10));
    QTest::mouseMove(m_view.get(), to);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, to);
    settle();
    QCOMPARE(laneLabels(*m_view).mid(0, 4),
             (QStringList{QStringLiteral("analysis"), QStringLiteral("call"),
                          QStringLiteral("agreement"), QStringLiteral("diplomacy")}));
    QCOMPARE(m_view->selectedEventId(), 0); // a drag selects nothing
    // And by one step from the menu's Move Up, back above "call".
    QVERIFY(m_view->moveLane(2, -1));
    QCOMPARE(laneLabels(*m_view).mid(0, 3),
             (QStringList{QStringLiteral("analysis"), QStringLiteral("agreement"),
                          QStringLiteral("call")}));
    QVERIFY(!m_view->moveLane(0, -1)); // the first cannot go up
    // Each mode keeps its own order.
    m_view->setLaneMode(LaneModel::Mode::Actor);
    m_view->setLaneMode(LaneModel::Mode::Category);
    QCOMPARE(laneLabels(*m_view).first(), QStringLiteral("analysis"));
}

void TstTimelineView::hiddenLanesComeBack()
{
    m_view->setVisibleRange(utc(2014, 1, 1), utc(2026, 1, 1));
    settle();
    const qint64 crimea = eventId(QStringLiteral("article-01-crimea"));
    QCOMPARE(m_view->eventRects(crimea).size(), 2); // Russia's lane and Ukraine's
    const QList<qint64> russiaLanes = [&] {
        QList<qint64> keys;
        for (const LaneModel::Lane &lane : m_view->lanes().lanes()) {
            if (lane.label == QStringLiteral("Russia")) {
                keys.append(lane.key);
            }
        }
        return keys;
    }();
    QCOMPARE(russiaLanes.size(), 1);
    m_view->hideLane(russiaLanes.first());
    settle();
    QVERIFY(!laneLabels(*m_view).contains(QStringLiteral("Russia")));
    QCOMPARE(m_view->hiddenLanes().size(), 1);
    QCOMPARE(m_view->hiddenLanes().first().second, QStringLiteral("Russia"));
    QCOMPARE(m_view->eventRects(crimea).size(), 1); // Ukraine's only
    // North Korea's troops are Russia's and North Korea's: with both hidden, Tab passes them.
    const qint64 troops = eventId(QStringLiteral("article-06-north-korean-troops"));
    const qint64 invasion = eventId(QStringLiteral("article-05-full-scale-invasion"));
    const QList<LaneModel::Lane> lanes = m_view->lanes().lanes();
    const auto northKorea = std::find_if(lanes.cbegin(), lanes.cend(), [](const auto &lane) {
        return lane.label == QStringLiteral("North Korea");
    });
    QVERIFY(northKorea != lanes.cend());
    m_view->hideLane(northKorea->key);
    m_view->setSelectedEventId(invasion);
    m_view->selectNextEvent();
    QVERIFY(m_view->selectedEventId() != troops);
    QVERIFY(m_view->selectedEventId() != 0);
    m_view->showAllLanes();
    m_view->setSelectedEventId(invasion);
    m_view->selectNextEvent();
    QCOMPARE(m_view->selectedEventId(), troops);
    m_view->hideLane(russiaLanes.first());
    m_view->showAllLanes();
    settle();
    QVERIFY(laneLabels(*m_view).contains(QStringLiteral("Russia")));
    QCOMPARE(m_view->eventRects(crimea).size(), 2);
    QVERIFY(m_view->hiddenLanes().isEmpty());
}

void TstTimelineView::rightClickOnAHeaderOffersToHideOrMoveIt()
{
    m_view->setLaneMode(LaneModel::Mode::Category);
    settle();
    const QString first = laneLabels(*m_view).first();
    const QPoint header(40, int(laneTop(0) + 10));
    // Picks a menu entry as a user would, once the menu is up.
    const auto choose = [&](const QString &prefix, QStringList *entries,
                            QContextMenuEvent::Reason reason = QContextMenuEvent::Mouse) {
        QTimer::singleShot(0, this, [prefix, entries] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu) {
                return;
            }
            for (QAction *action : menu->actions()) {
                entries->append(action->text().remove(QLatin1Char('&')) +
                                (action->isEnabled() ? QString() : QStringLiteral(" (off)")));
            }
            for (QAction *action : menu->actions()) {
                if (action->text().remove(QLatin1Char('&')).startsWith(prefix)) {
                    action->trigger();
                }
            }
            menu->close();
        });
        QContextMenuEvent event(reason, header, m_view->mapToGlobal(header));
        QApplication::sendEvent(m_view.get(), &event);
    };
    QStringList entries;
    choose(QStringLiteral("Move Down"), &entries);
    QVERIFY2(entries.contains(QStringLiteral("Move Up (off)")), qPrintable(entries.join(u'|')));
    QCOMPARE(laneLabels(*m_view).at(1), first);
    entries.clear();
    choose(QStringLiteral("Hide"), &entries);
    QVERIFY(entries.contains(QStringLiteral("Show All Lanes (off)")));
    QCOMPARE(m_view->hiddenLanes().size(), 1);
    QVERIFY(laneLabels(*m_view).contains(first)); // it was the second by then
    QVERIFY(!laneLabels(*m_view).contains(m_view->hiddenLanes().first().second));
    // The menu key offers the same for the lane of the selected event.
    const qint64 minsk = eventId(QStringLiteral("article-02-minsk-protocol")); // an agreement
    m_view->showAllLanes();
    m_view->setSelectedEventId(minsk);
    settle();
    entries.clear();
    choose(QStringLiteral("Hide"), &entries, QContextMenuEvent::Keyboard);
    QVERIFY2(entries.contains(QStringLiteral("Hide agreement")), qPrintable(entries.join(u'|')));
    QVERIFY(!laneLabels(*m_view).contains(QStringLiteral("agreement")));
}

void TstTimelineView::ctrlClickAddsToTheSelection()
{
    const qint64 minsk = eventId(QStringLiteral("article-02-minsk-protocol"));
    const qint64 minsk2 = eventId(QStringLiteral("article-03-minsk-ii"));
    m_view->setVisibleRange(utc(2014, 6, 1), utc(2015, 6, 1));
    const QPoint first = drawnRect(minsk).center().toPoint();
    const QPoint second = drawnRect(minsk2).center().toPoint();
    QSignalSpy spy(m_view.get(), &TimelineView::selectionChanged);

    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, first);
    QCOMPARE(m_view->selectedEventIds(), QList<qint64>{minsk});
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::ControlModifier, second);
    QCOMPARE(m_view->selectedEventIds(), (QList<qint64>{minsk2, minsk})); // current first
    QCOMPARE(m_view->selectedEventId(), minsk2);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().first().value<QList<qint64>>(), (QList<qint64>{minsk2, minsk}));
    // Ctrl+click again takes it out; the other becomes current.
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::ControlModifier, second);
    QCOMPARE(m_view->selectedEventIds(), QList<qint64>{minsk});
    QCOMPARE(m_view->selectedEventId(), minsk);
    // Ctrl+click on empty space keeps the selection; a plain click there clears it.
    const QPoint empty(TimelineRenderer::HeaderWidth + 5, 590);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::ControlModifier, empty);
    QCOMPARE(m_view->selectedEventIds(), QList<qint64>{minsk});
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, empty);
    QVERIFY(m_view->selectedEventIds().isEmpty());
}

void TstTimelineView::clickingACountBadgeZoomsInAndSelects()
{
    // Thirty statements on one day by one actor: more than a lane has rows for.
    const qint64 actor = m_store->addActor(
        {0, QStringLiteral("Chorus"), {}, Actor::Type::Group, 0, QStringLiteral("#808080")});
    QList<qint64> ids;
    m_store->batch([&] {
        for (int i = 0; i < 30; ++i) {
            Event event;
            event.uid = QStringLiteral("chorus-%1").arg(i);
            event.title = QStringLiteral("Chorus statement %1").arg(i);
            event.start = PartialDate::minute(2025, 2, 20, 9, i);
            event.actors = {{actor, QStringLiteral("speaker")}};
            ids.append(m_store->addEvent(event));
        }
    });
    m_view->setVisibleRange(utc(2025, 1, 1), utc(2025, 4, 1));
    settle();
    const QList<TimelineRenderer::Badge> badges = m_view->badges();
    QCOMPARE(badges.size(), 1);
    const TimelineRenderer::Badge badge = badges.first();
    QCOMPARE(badge.eventIds.size(), 30 - TimelineRenderer::MaxRowsPerLane);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, badge.rect.center().toPoint());
    settle();
    // Zoomed in to the half hour, its events selected (and so listed apart).
    QVERIFY(span(*m_view) <= 2 * 3600);
    QVERIFY(m_view->scale().visibleFrom() <= badge.from);
    QVERIFY(m_view->scale().visibleTo() >= badge.to);
    QList<qint64> selected = m_view->selectedEventIds();
    QList<qint64> expected = badge.eventIds;
    std::sort(selected.begin(), selected.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(selected, expected);
}

void TstTimelineView::pinchZoomsAboutTheFingers()
{
    m_view->setVisibleRange(utc(2014, 1, 1), utc(2016, 1, 1));
    settle();
    const qint64 before = span(*m_view);
    const QPointF at(TimelineRenderer::HeaderWidth + 300, 300);
    const double timeBefore = timeAt(*m_view, at.x());
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2,
                              at, at, m_view->mapToGlobal(at), 0.5, {}, 0);
    QApplication::sendEvent(m_view.get(), &pinch);
    QVERIFY(std::abs(span(*m_view) * 1.5 - before) <= 2);
    QVERIFY(std::abs(timeAt(*m_view, at.x()) - timeBefore) < 2 * m_view->scale().secondsPerPixel());
}

void TstTimelineView::hoverShowsTitleDatesActorsAndSource()
{
    const qint64 id = eventId(QStringLiteral("article-02-minsk-protocol"));
    m_view->setVisibleRange(utc(2014, 8, 1), utc(2014, 10, 1));
    const QRectF rect = drawnRect(id);
    QVERIFY(!rect.isEmpty());
    const QPoint at = rect.center().toPoint();
    QHelpEvent help(QEvent::ToolTip, at, m_view->mapToGlobal(at));
    QApplication::sendEvent(m_view.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    const Event event = *m_store->event(id);
    QVERIFY2(text.contains(event.title.toHtmlEscaped()), qPrintable(text));
    QVERIFY2(text.contains(event.dateRangeDisplay()), qPrintable(text));
    for (const EventActor &participant : event.actors) {
        QVERIFY2(text.contains(m_store->actor(participant.actorId)->name), qPrintable(text));
    }
    QVERIFY2(text.contains(m_store->source(event.sourceIds.first())->outlet.toHtmlEscaped()),
             qPrintable(text));

    // Over empty space the tip goes away.
    const QPoint empty(TimelineRenderer::HeaderWidth + 5, at.y());
    QHelpEvent nothing(QEvent::ToolTip, empty, m_view->mapToGlobal(empty));
    QApplication::sendEvent(m_view.get(), &nothing);
    QTRY_VERIFY(!QToolTip::isVisible());
}

// The bundled Minsk II with three provisions added here (one violated by the invasion, one
// full by hand, one not initiated): a bar of their levels under its label, the counts in
// words in its tooltip, and both follow the store.
void TstTimelineView::bundledMinskIIShowsItsProvisionsOnItsMarker()
{
    removeBundledAgreements(*m_store); // its three points: the test gives it its own
    const qint64 minsk = eventId(QStringLiteral("article-03-minsk-ii"));
    QList<qint64> provisions;
    for (const QString &summary :
         {QStringLiteral("Ceasefire"), QStringLiteral("Amnesty"), QStringLiteral("Elections")}) {
        Provision provision;
        provision.agreementId = minsk;
        provision.number = QString::number(provisions.size() + 1);
        provision.position = int(provisions.size());
        provision.summary = summary;
        provisions.append(m_store->addProvision(provision));
    }
    const qint64 violation =
        m_store->addProvisionLink({0,
                                   provisions.at(0),
                                   eventId(QStringLiteral("article-05-full-scale-invasion")),
                                   ProvisionLink::Type::Violates,
                                   0,
                                   {}});
    m_store->addAssessment(
        {0, provisions.at(1), PartialDate::year(2016), ImplementationLevel::Full, 0, {}});
    m_view->setVisibleRange(utc(2014, 12, 1), utc(2015, 6, 1));
    QVERIFY(m_view->waitForData());
    const auto summaryColours = [&] {
        QSet<QRgb> colours;
        const QImage image = m_view->grab().toImage();
        for (const TimelineRenderer::Item &item : m_view->items()) {
            if (item.eventId == minsk && !item.label.isEmpty()) {
                const QRectF bar = AgreementMarks::summaryRect(item.label, {0, 0, 3, 0, 0},
                                                               TimelineRenderer::RowHeight);
                for (int x = int(bar.left()); x < int(bar.right()); ++x) {
                    colours.insert(image.pixel(x, int(bar.center().y())));
                }
            }
        }
        return colours;
    };
    const auto tip = [&] {
        const QPoint at = drawnRect(minsk).center().toPoint();
        QHelpEvent help(QEvent::ToolTip, at, m_view->mapToGlobal(at));
        QApplication::sendEvent(m_view.get(), &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };
    QSet<QRgb> colours = summaryColours();
    for (const ImplementationLevel level :
         {ImplementationLevel::Full, ImplementationLevel::Violated,
          ImplementationLevel::NotAssessed}) {
        QVERIFY(colours.contains(LevelColours::of(level).rgb()));
    }
    QVERIFY2(
        tip().contains(QStringLiteral("3 provisions today: 1 full · 1 violated · 1 not assessed")),
        qPrintable(tip()));

    m_store->removeProvisionLink(violation);
    QVERIFY(m_view->waitForData());
    colours = summaryColours();
    QVERIFY(!colours.contains(LevelColours::of(ImplementationLevel::Violated).rgb()));
    QVERIFY2(tip().contains(QStringLiteral("3 provisions today: 1 full · 2 not assessed")),
             qPrintable(tip()));
}

// --- what is drawn ---------------------------------------------------------------------------

void TstTimelineView::drawnEventIsNotBackground()
{
    const qint64 crimea = eventId(QStringLiteral("article-01-crimea"));
    QVERIFY(crimea != 0);
    m_view->setVisibleRange(utc(2014, 1, 1), utc(2014, 6, 1));
    const QRectF rect = drawnRect(crimea);
    QVERIFY(!rect.isEmpty());
    QVERIFY(m_view->rect().contains(rect.center().toPoint()));

    const QColor pixel = image().pixelColor(rect.center().toPoint());
    const QPalette palette = m_view->palette();
    QVERIFY2(pixel != palette.color(QPalette::Base) &&
                 pixel != palette.color(QPalette::AlternateBase) && pixel.alpha() == 255,
             qPrintable(pixel.name(QColor::HexArgb)));
}

void TstTimelineView::eventOutsideVisibleRangeHasNoRect_data()
{
    QTest::addColumn<QString>("uid");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QString>("shownUid"); // on screen, to show that the range is laid out

    QTest::newRow("years later") << QStringLiteral("article-11-rutte-buitenhof") << utc(2014, 1, 1)
                                 << utc(2014, 6, 1) << QStringLiteral("article-01-crimea");
    // Within a screen's width of the range: fetched ahead for panning, but not on screen.
    QTest::newRow("just after the range")
        << QStringLiteral("article-02-minsk-protocol") << utc(2014, 1, 1) << utc(2014, 6, 1)
        << QStringLiteral("article-01-crimea");
    QTest::newRow("just before the range")
        << QStringLiteral("article-01-crimea") << utc(2014, 4, 1) << utc(2014, 9, 30)
        << QStringLiteral("article-02-minsk-protocol");
}

void TstTimelineView::eventOutsideVisibleRangeHasNoRect()
{
    QFETCH(QString, uid);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QString, shownUid);

    const qint64 id = eventId(uid);
    QVERIFY(id != 0);
    m_view->setVisibleRange(from, to);
    const QRectF shown = drawnRect(eventId(shownUid));
    QVERIFY(!shown.isEmpty());
    QVERIFY(m_view->rect().contains(shown.center().toPoint()));
    const std::optional<Event> event = m_store->event(id);
    QVERIFY(event.has_value());
    QVERIFY(event->latestSecond() < m_view->scale().visibleFrom() ||
            event->earliestSecond() > m_view->scale().visibleTo());

    const QRectF rect = drawnRect(id);
    QVERIFY2(rect.isEmpty(), qPrintable(QStringLiteral("eventRect is %1 in a %2x%3 view")
                                            .arg(rectText(rect))
                                            .arg(m_view->width())
                                            .arg(m_view->height())));
}

void TstTimelineView::onlyVisibleWindowIsFetched()
{
    // An event every fortnight for a year and a half either side of a week of 2016 that
    // holds one.
    m_store->batch([&] {
        for (int fortnight = -40; fortnight <= 40; ++fortnight) {
            const QDate day = QDate(2016, 6, 9).addDays(14 * fortnight);
            Event event;
            event.uid = QStringLiteral("fortnight%1").arg(fortnight);
            event.title = QStringLiteral("Fortnightly meeting");
            event.start = PartialDate::day(day.year(), day.month(), day.day());
            m_store->addEvent(event);
        }
    });
    const qint64 from = utc(2016, 6, 6), to = utc(2016, 6, 13);
    // A view that has shown nothing else (setStore() fits everything, but lays nothing out
    // until it is drawn or asked).
    TimelineView view;
    view.resize(1200, 600);
    view.setStore(m_store.get());
    view.setVisibleRange(from, to);
    QVERIFY(view.waitForData());
    QTRY_VERIFY(!view.tiles()->isPending()); // the tiles either side, for the next pan
    const QList<Event> inWindow = m_store->eventsInRange(from, to);
    QCOMPARE(inWindow.size(), 1);
    QVERIFY(!view.eventRect(inWindow.first().id).isEmpty());

    // The view reads the window's tiles and one either side. A tile spans at most 1,024 px,
    // so nothing it read lies more than two tiles (two screens here) from the window.
    const qint64 reach = 2 * (view.scale().visibleTo() - view.scale().visibleFrom());
    int read = 0;
    for (const TileKey &key : view.tiles()->keys()) {
        for (const Event &event : view.tiles()->find(key)->events) {
            ++read;
            QVERIFY2(event.latestSecond() >= from - reach && event.earliestSecond() <= to + reach,
                     qPrintable(QStringLiteral("%1 (%2) was read for a week of June 2016")
                                    .arg(event.uid, event.start.toIso())));
        }
    }
    QVERIFY(read >= 1);
}

// What the view draws for a range must not depend on the ranges it showed before: events
// fetched for an earlier, wider range would still take rows in the lanes.
void TstTimelineView::sameRangeDrawsTheSame()
{
    const qint64 from = utc(2016, 6, 6), to = utc(2016, 6, 13);
    // Straight from the whole timeline, which the view shows after setStore() ...
    m_view->zoomToFit();
    settle();
    m_view->setVisibleRange(from, to);
    const QImage direct = image();
    // ... and by way of a week long before any event.
    m_view->setVisibleRange(utc(1990, 1, 1), utc(1990, 1, 8));
    settle();
    m_view->setVisibleRange(from, to);
    const QImage detour = image();
    QCOMPARE(detour.size(), direct.size());
    int differing = 0;
    for (int y = 0; y < direct.height(); ++y) {
        for (int x = 0; x < direct.width(); ++x) {
            differing += direct.pixel(x, y) != detour.pixel(x, y);
        }
    }
    QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
}

// --- the store changes under the view -------------------------------------------------------

void TstTimelineView::editedSelectedEventIsDrawnAsItIsNow()
{
    const qint64 id = eventId(QStringLiteral("article-02-minsk-protocol"));
    m_view->setVisibleRange(utc(2014, 8, 1), utc(2014, 10, 1));
    m_view->setSelectedEventId(id);
    QVERIFY(!drawnRect(id).isEmpty());
    Event edited = *m_store->event(id);
    edited.title = QStringLiteral("Edited");
    m_store->updateEvent(edited);
    settle();
    QStringList texts;
    for (const TimelineRenderer::Item &item : m_view->items()) {
        if (item.eventId == id) {
            texts.append(item.text);
        }
    }
    QVERIFY(!texts.isEmpty());
    for (const QString &text : std::as_const(texts)) {
        QCOMPARE(text, edited.title);
    }
}

void TstTimelineView::removedSelectedEventIsDropped()
{
    const qint64 id = eventId(QStringLiteral("article-02-minsk-protocol"));
    m_view->setVisibleRange(utc(2014, 8, 1), utc(2014, 10, 1));
    m_view->setSelectedEventId(id);
    QVERIFY(!drawnRect(id).isEmpty());
    QSignalSpy current(m_view.get(), &TimelineView::selectedEventChanged);
    m_store->removeEvent(id);
    settle();
    for (const TimelineRenderer::Item &item : m_view->items()) {
        QVERIFY2(item.eventId != id, qPrintable(item.text));
    }
    QCOMPARE(m_view->selectedEventId(), 0);
    QVERIFY(m_view->selectedEventIds().isEmpty());
    QCOMPARE(current.count(), 1);
}

void TstTimelineView::failedReadIsShownAndAskedAgain()
{
    // The worker opens the file on its first read: moved away, it cannot.
    const QString path = m_store->path(), away = path + QStringLiteral(".away");
    QVERIFY(QFile::rename(path, away));
    TimelineView view;
    QSignalSpy failed(&view, &TimelineView::fetchFailed);
    view.resize(1200, 600);
    view.setStore(m_store.get());
    view.setVisibleRange(utc(2014, 8, 1), utc(2014, 10, 1));
    QVERIFY(!view.waitForData(10000));
    QVERIFY(failed.count() >= 1);
    const QString message = failed.last().at(0).toString();
    QVERIFY(!message.isEmpty());
    QCOMPARE(view.fetchError(), message);
    QVERIFY(!view.tiles()->isPending()); // or the next request would never go out

    // Back in place: the next frame asks again, and the message goes.
    QVERIFY(QFile::rename(away, path));
    view.setVisibleRange(utc(2014, 8, 2), utc(2014, 10, 2));
    QVERIFY(view.waitForData(10000));
    QVERIFY(view.fetchError().isEmpty());
    QVERIFY(!view.eventRect(eventId(QStringLiteral("article-02-minsk-protocol"))).isEmpty());
}

// --- ways out, and what the keyboard shows -----------------------------------------------------

void TstTimelineView::escapeClearsTheSelectionThenHandsFocusOn()
{
    // Tab walks the events, so Esc (as well as the window's pane keys) must lead out.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *view = new TimelineView(&window);
    auto *next = new QLineEdit(&window);
    layout->addWidget(view);
    layout->addWidget(next);
    view->setStore(m_store.get());
    window.resize(900, 500);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    view->setFocus();
    QVERIFY(view->hasFocus());
    view->setSelectedEventId(eventId(QStringLiteral("article-02-minsk-protocol")));
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(view->selectedEventId(), 0);
    QVERIFY(view->hasFocus()); // the first Esc only clears the selection
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!view->hasFocus());
    QVERIFY(next->hasFocus());
    view->setStore(nullptr);
}

void TstTimelineView::openManyLanes()
{
    auto store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("lanes.entente")));
    addManyLanes(*store);
    m_view->setStore(store.get());
    m_store = std::move(store); // the seed's store goes once the view has let go of it
    m_view->resize(900, 300);
    settle();
}

void TstTimelineView::selectingAnEventScrollsItsLaneIntoView()
{
    openManyLanes();
    m_view->setFocus();
    QCOMPARE(m_view->lanes().lanes().size(), 60);
    // Among the crowds, where the lanes are tall, some way down.
    m_view->setVisibleRange(utc(2070, 1, 1), utc(2071, 1, 1));
    settle();
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(m_view.get(), Qt::Key_PageDown);
    }
    settle();
    const QRectF lanes(0, TimelineRenderer::AxisHeight, m_view->width(),
                       m_view->height() - TimelineRenderer::AxisHeight);
    const auto shown = [&] {
        settle();
        const QRectF rect = m_view->eventRect(m_view->selectedEventId());
        return !rect.isEmpty() && lanes.contains(rect);
    };
    QTest::keyClick(m_view.get(), Qt::Key_Home); // the middle actor's, where lanes are short
    QCOMPARE(m_store->event(m_view->selectedEventId())->title, QStringLiteral("Event of Actor 30"));
    QVERIFY2(shown(), qPrintable(rectText(m_view->eventRect(m_view->selectedEventId()))));
    QTest::keyClick(m_view.get(), Qt::Key_End); // the last actor's, among the crowds again
    QVERIFY2(shown(), qPrintable(rectText(m_view->eventRect(m_view->selectedEventId()))));
    for (int i = 0; i < 4; ++i) { // Shift+Tab: a lane further up each time
        QTest::keyClick(m_view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
        QVERIFY2(shown(), qPrintable(rectText(m_view->eventRect(m_view->selectedEventId()))));
    }
}

void TstTimelineView::menuKeyOpensTheLaneMenuInsideTheView()
{
    openManyLanes();
    // Selected from elsewhere (the list), with the lanes scrolled to the top.
    const qint64 middle = m_store->events().first().id; // Actor 30's
    m_view->setSelectedEventId(middle);
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(m_view.get(), Qt::Key_PageUp);
    }
    settle();
    QPoint menuAt;
    QStringList entries;
    QTimer::singleShot(0, this, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            menuAt = menu->pos();
            for (QAction *action : menu->actions()) {
                entries.append(action->text().remove(QLatin1Char('&')));
            }
            menu->close();
        }
    });
    const QPoint centre = m_view->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, centre, m_view->mapToGlobal(centre));
    QApplication::sendEvent(m_view.get(), &event);
    QVERIFY2(entries.contains(QStringLiteral("Hide Actor 30")), qPrintable(entries.join(u'|')));
    const QPoint inView = m_view->mapFromGlobal(menuAt);
    QVERIFY2(m_view->rect().contains(inView),
             qPrintable(QStringLiteral("menu at %1, %2").arg(inView.x()).arg(inView.y())));
    // And the lane it is about is in view next to it.
    settle();
    const QRectF rect = m_view->eventRect(middle);
    QVERIFY2(!rect.isEmpty() && rect.top() >= TimelineRenderer::AxisHeight &&
                 rect.bottom() <= m_view->height(),
             qPrintable(rectText(rect)));
}

void TstTimelineView::draggingALaneHeaderShowsTheLaneAndWhereItLands()
{
    m_view->setLaneMode(LaneModel::Mode::Category);
    m_view->setVisibleRange(utc(2014, 1, 1), utc(2026, 1, 1));
    settle();
    const QImage before = image();
    const QPoint from(40, int(laneTop(0) + TimelineRenderer::RowHeight / 2));
    const QPoint to(40, int(laneTop(3) + 8));
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_view.get(), from + QPoint(0, 10));
    QTest::mouseMove(m_view.get(), to);
    const QImage during = image();
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, to);
    const QColor highlight = m_view->palette().color(QPalette::Highlight);
    const auto highlighted = [&](const QImage &image, int x, int y) {
        const QColor colour = image.pixelColor(x, y);
        return std::abs(colour.red() - highlight.red()) +
                   std::abs(colour.green() - highlight.green()) +
                   std::abs(colour.blue() - highlight.blue()) <
               90;
    };
    // The lane follows the pointer: its header is drawn there, in the highlight colour.
    int changed = 0, area = 0;
    for (int y = to.y() - 6; y <= to.y() + 6; ++y) {
        for (int x = 4; x < TimelineRenderer::HeaderWidth - 4; ++x) {
            ++area;
            changed += highlighted(during, x, y) && !highlighted(before, x, y) ? 1 : 0;
        }
    }
    QVERIFY2(changed > area / 2, qPrintable(QStringLiteral("%1 of %2").arg(changed).arg(area)));
    // And a line across the lanes where it will land.
    bool line = false;
    for (int y = TimelineRenderer::AxisHeight; y < m_view->height() && !line; ++y) {
        line = true;
        for (int x = TimelineRenderer::HeaderWidth + 10; x < m_view->width() - 40; x += 7) {
            line = line && highlighted(during, x, y);
        }
    }
    QVERIFY(line);
}

void TstTimelineView::legendCanBeDraggedToAnotherCorner()
{
    m_view->setColourBy(TimelineFrame::ColourBy::Category);
    m_view->setVisibleRange(utc(2014, 1, 1), utc(2026, 1, 1));
    settle();
    QSignalSpy moved(m_view.get(), &TimelineView::legendMoved);
    const QRectF legend = m_view->legendRect();
    QVERIFY(!legend.isEmpty());
    const qint64 from = m_view->scale().visibleFrom();
    const QPoint grip = legend.center().toPoint();
    const QPoint topLeft(TimelineRenderer::HeaderWidth + 40, TimelineRenderer::AxisHeight + 40);
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, grip);
    QTest::mouseMove(m_view.get(), grip - QPoint(20, 20));
    QTest::mouseMove(m_view.get(), topLeft);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, topLeft);
    settle();
    const QRectF now = m_view->legendRect();
    QVERIFY2(now.center().x() < m_view->width() / 2 && now.center().y() < m_view->height() / 2,
             qPrintable(rectText(now)));
    QCOMPARE(m_view->scale().visibleFrom(), from); // the drag moved the legend, not the time
    QCOMPARE(m_view->selectedEventId(), 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(0).value<Qt::Corner>(), Qt::TopLeftCorner);
    QCOMPARE(m_view->legendCorner(), std::optional(Qt::TopLeftCorner));
    // Put there, it stays there wherever the labels go.
    m_view->setVisibleRange(utc(2024, 1, 1), utc(2025, 12, 1));
    settle();
    QCOMPARE(m_view->legendRect().topLeft(), now.topLeft());
}

void TstTimelineView::legendGoesWhereItCoversFewestLabels()
{
    m_view->setColourBy(TimelineFrame::ColourBy::Category);
    m_view->setLaneMode(LaneModel::Mode::Packed);
    m_view->resize(900, 260);
    m_view->setVisibleRange(utc(2023, 6, 1), utc(2025, 4, 1));
    settle();
    m_view->setLegendCorner(Qt::BottomRightCorner);
    settle();
    const int bottomRight = labelsUnder(*m_view, m_view->legendRect());
    QVERIFY2(bottomRight > 0, "for this test, labels must be under the bottom right corner");
    m_view->setLegendCorner(std::nullopt);
    settle();
    QVERIFY(!m_view->legendRect().isEmpty());
    QCOMPARE(labelsUnder(*m_view, m_view->legendRect()), 0);
}

// --- matches of a search --------------------------------------------------------------------

void TstTimelineView::matchesAreDrawnAsTheyAreTheRestFaint()
{
    const qint64 crimea = eventId(QStringLiteral("article-01-crimea"));
    const qint64 minsk = eventId(QStringLiteral("article-02-minsk-protocol"));
    m_view->setVisibleRange(utc(2014, 1, 1), utc(2015, 6, 1));
    settle();
    // The colour at the middle of an event's mark.
    const auto colourOf = [&](qint64 id) {
        return image().pixelColor(drawnRect(id).center().toPoint());
    };
    const QColor crimeaBefore = colourOf(crimea), minskBefore = colourOf(minsk);
    const QColor base = m_view->palette().color(QPalette::Base);
    QVERIFY(crimeaBefore != base);

    const std::optional<qint64> key = m_store->searchKey(minsk);
    QVERIFY(key);
    m_view->setMatches(
        std::make_shared<const MatchSet>(std::vector<MatchSet::Match>{{*key, minsk}}));
    QCOMPARE(colourOf(minsk), minskBefore);
    const QColor faint = colourOf(crimea);
    // A quarter of the colour over the background: nearer the background than before.
    const auto distance = [&](const QColor &a) {
        return std::abs(a.red() - base.red()) + std::abs(a.green() - base.green()) +
               std::abs(a.blue() - base.blue());
    };
    QVERIFY2(distance(faint) < distance(crimeaBefore) / 2,
             qPrintable(faint.name() + u' ' + crimeaBefore.name()));
    // The selection is always drawn as it is.
    m_view->setSelection({crimea}, crimea);
    QVERIFY(distance(colourOf(crimea)) >= distance(crimeaBefore) / 2);
    m_view->setSelection({}, 0);
    // Nothing asked: nothing faint.
    m_view->setMatches(nullptr);
    QCOMPARE(colourOf(crimea), crimeaBefore);
}

void TstTimelineView::findNextStepsThroughMatchesInTimeAndWraps()
{
    EventCriteria criteria;
    criteria.query = QStringLiteral("title:minsk"); // Crimea's event names Minsk too
    const auto matches = std::make_shared<const MatchSet>(m_store->matches(criteria));
    QVERIFY(matches->count() >= 2);
    QList<qint64> inTime;
    for (const MatchSet::Match &match : matches->inKeyOrder()) {
        inTime.append(match.eventId);
    }
    m_view->setVisibleRange(utc(2000, 1, 1), utc(2001, 1, 1)); // before them all
    m_view->setMatches(matches);
    QList<qint64> stepped;
    for (qsizetype i = 0; i < inTime.size(); ++i) {
        m_view->selectNextMatch();
        stepped.append(m_view->selectedEventId());
    }
    QCOMPARE(stepped, inTime);
    // Shown as it is selected.
    const std::optional<Event> last = m_store->event(inTime.last());
    if (!last->isUndated()) {
        QVERIFY(m_view->scale().visibleFrom() <= last->earliestSecond() &&
                last->earliestSecond() <= m_view->scale().visibleTo());
    }
    // Past the last, round to the first; back from the first, round to the last.
    m_view->selectNextMatch();
    QCOMPARE(m_view->selectedEventId(), inTime.first());
    m_view->selectPreviousMatch();
    QCOMPARE(m_view->selectedEventId(), inTime.last());
    m_view->selectPreviousMatch();
    QCOMPARE(m_view->selectedEventId(), inTime.at(inTime.size() - 2));
    // From an event that is no match: the next one after it in time.
    const qint64 crimea = eventId(QStringLiteral("article-01-crimea")); // Feb 2014
    QVERIFY(!matches->contains(crimea));
    m_view->setSelectedEventId(crimea);
    m_view->selectNextMatch();
    QCOMPARE(m_view->selectedEventId(), inTime.first());
    // Nothing asked: nothing to step to.
    m_view->setMatches(nullptr);
    m_view->selectNextMatch();
    QCOMPARE(m_view->selectedEventId(), inTime.first());
}

void TstTimelineView::summarizedLanesDrawTheMatchesDensityTheRestFaint()
{
    // Two lanes of 600 events each in 2060, of two actors and two categories: far more than a
    // tile lists, so the year is drawn as each lane's density.
    m_view->setStore(nullptr);
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("crowded.entente")));
    const QStringList categories{QStringLiteral("military"), QStringLiteral("diplomacy")};
    QList<qint64> actors;
    m_store->batch([&] {
        for (int a = 0; a < 2; ++a) {
            Actor actor;
            actor.name = QStringLiteral("Crowd %1").arg(a);
            actors.append(m_store->addActor(actor));
            for (int i = 0; i < 600; ++i) {
                const QDate date = QDate(2060, 1, 1).addDays(i * 365 / 600);
                Event event;
                event.title = QStringLiteral("Event %1 of %2").arg(i).arg(actor.name);
                event.start = PartialDate::day(date.year(), date.month(), date.day());
                event.category = categories.at(a);
                event.actors = {EventActor{actors.last(), {}}};
                m_store->addEvent(event);
            }
        }
    });
    m_view->setStore(m_store.get());
    m_view->setVisibleRange(utc(2060, 1, 1), utc(2061, 1, 1));
    // The colour most of the row at the bottom of a lane's density bars has.
    const auto densityColour = [&](qint64 laneKey) {
        const QImage drawn = image();
        const TimelineRenderer::LaneGeometry &lane =
            m_view->laneGeometry().at(m_view->lanes().laneOfKey(laneKey));
        const int y = qRound(lane.top + lane.height - 3) - 1;
        QHash<QRgb, int> counted;
        for (int x = TimelineRenderer::HeaderWidth + 100; x < drawn.width() - 100; ++x) {
            ++counted[drawn.pixel(x, y)];
        }
        const auto most = std::max_element(counted.cbegin(), counted.cend());
        return QColor::fromRgb(most.key());
    };
    const QColor base = m_view->palette().color(QPalette::Base);
    const auto distance = [&](const QColor &a) {
        return std::abs(a.red() - base.red()) + std::abs(a.green() - base.green()) +
               std::abs(a.blue() - base.blue());
    };
    EventCriteria criteria;
    criteria.actors = {actors.at(0)};
    const auto matches = std::make_shared<const MatchSet>(m_store->matches(criteria));
    // The matches are the first actor's events, which are the first category's.
    const std::pair<LaneModel::Mode, QList<qint64>> modes[] = {
        {LaneModel::Mode::Actor, actors},
        {LaneModel::Mode::Category,
         {LaneKey::ofCategory(categories.at(0)), LaneKey::ofCategory(categories.at(1))}}};
    for (const auto &[mode, lanes] : modes) {
        m_view->setLaneMode(mode);
        const QColor matchedBefore = densityColour(lanes.at(0));
        const QColor otherBefore = densityColour(lanes.at(1));
        QVERIFY(distance(matchedBefore) > 30 && distance(otherBefore) > 30);
        m_view->setMatches(matches);
        // The matched lane's density as strong as before; the other's faint.
        QCOMPARE(densityColour(lanes.at(0)), matchedBefore);
        const QColor otherFaint = densityColour(lanes.at(1));
        QVERIFY2(distance(otherFaint) < distance(otherBefore) / 2,
                 qPrintable(otherFaint.name() + u' ' + otherBefore.name()));
        // Nothing asked: nothing faint.
        m_view->setMatches(nullptr);
        QCOMPARE(densityColour(lanes.at(1)), otherBefore);
    }
}

QImage TstTimelineView::image() const
{
    m_view->waitForData();
    QImage image(m_view->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    m_view->render(&image);
    return image;
}

QTEST_MAIN(TstTimelineView)
#include "tst_timelineview.moc"
