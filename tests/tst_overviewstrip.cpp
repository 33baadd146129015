// SPDX-License-Identifier: GPL-3.0-or-later
// The overview strip: the whole timeline's density, and the view's window as a frame that can
// be dragged and resized.
#include <QTest>

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "eventcriteria.h"
#include "eventstore.h"
#include "matchset.h"
#include "overviewstrip.h"
#include "seedloader.h"
#include "testsupport.h"

#include <memory>

using namespace entente;

class TstOverviewStrip : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void spansTheWholeTimeline();
    void barsWhereEventsAre();
    void dragInsideTheFrameMovesTheWindow();
    void dragAnEdgeResizesTheWindow();
    void clickElsewhereMovesTheWindowThere();
    void keysMoveTheWindow();
    void marginLinesTheStripUpWithTheAxis();
    void followsWrites();
    void marksWhereMatchesAre();

private:
    std::pair<qint64, qint64> lastRequest(const QSignalSpy &spy) const
    {
        const QList<QVariant> args = spy.last();
        return {args.at(0).toLongLong(), args.at(1).toLongLong()};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<OverviewStrip> m_strip;
};

void TstOverviewStrip::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("t.entente")));
    SeedLoader::loadBundled(*m_store);
    m_strip = std::make_unique<OverviewStrip>();
    m_strip->resize(1000, OverviewStrip::StripHeight);
    m_strip->setStore(m_store.get());
    m_strip->setWindow(utc(2014, 1, 1), utc(2016, 1, 1));
    m_strip->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_strip.get()));
}

void TstOverviewStrip::cleanup()
{
    m_strip.reset();
    m_store.reset();
    m_dir.reset();
}

void TstOverviewStrip::spansTheWholeTimeline()
{
    const auto bounds = m_store->timeBounds();
    QVERIFY(bounds);
    QVERIFY(m_strip->spanFrom() < bounds->first);
    QVERIFY(m_strip->spanTo() > bounds->second);
    QCOMPARE(m_strip->xOf(m_strip->spanFrom()), 0.0);
    QVERIFY(std::abs(m_strip->secondAt(m_strip->xOf(utc(2020, 1, 1))) - utc(2020, 1, 1)) <
            (m_strip->spanTo() - m_strip->spanFrom()) / 1000 + 1);
}

void TstOverviewStrip::barsWhereEventsAre()
{
    // The article's events cluster in 2014–15 and 2022–25; nothing starts in 2018.
    m_strip->setWindow(utc(1990, 1, 1), utc(1991, 1, 1)); // the frame out of the way
    const QImage image = m_strip->grab().toImage();
    const int bottom = OverviewStrip::StripHeight - 5;
    const auto inkAt = [&](qint64 second) {
        const int x = int(m_strip->xOf(second));
        int ink = 0;
        for (int dx = -6; dx <= 6; ++dx) {
            ink += image.pixel(x + dx, bottom) != image.pixel(x + dx, 2); // above any bar
        }
        return ink;
    };
    QVERIFY(inkAt(utc(2025, 2, 15)) > 0);
    QVERIFY(inkAt(utc(2014, 9, 5)) > 0);
    QCOMPARE(inkAt(utc(2018, 6, 1)), 0);
}

void TstOverviewStrip::dragInsideTheFrameMovesTheWindow()
{
    QSignalSpy spy(m_strip.get(), &OverviewStrip::windowRequested);
    const int inside = int((m_strip->xOf(utc(2014, 1, 1)) + m_strip->xOf(utc(2016, 1, 1))) / 2);
    QTest::mousePress(m_strip.get(), Qt::LeftButton, {}, QPoint(inside, 20));
    QTest::mouseMove(m_strip.get(), QPoint(inside + 100, 20));
    QTest::mouseRelease(m_strip.get(), Qt::LeftButton, {}, QPoint(inside + 100, 20));
    QVERIFY(!spy.isEmpty());
    const auto [from, to] = lastRequest(spy);
    QCOMPARE(to - from, utc(2016, 1, 1) - utc(2014, 1, 1)); // the same span
    const qint64 expected = m_strip->secondAt(inside + 100) - m_strip->secondAt(inside);
    QCOMPARE(from - utc(2014, 1, 1), expected);
}

void TstOverviewStrip::dragAnEdgeResizesTheWindow()
{
    QSignalSpy spy(m_strip.get(), &OverviewStrip::windowRequested);
    const int left = int(std::round(m_strip->xOf(utc(2014, 1, 1))));
    QTest::mousePress(m_strip.get(), Qt::LeftButton, {}, QPoint(left, 20));
    QTest::mouseMove(m_strip.get(), QPoint(left - 50, 20));
    QTest::mouseRelease(m_strip.get(), Qt::LeftButton, {}, QPoint(left - 50, 20));
    QVERIFY(!spy.isEmpty());
    const auto [from, to] = lastRequest(spy);
    QCOMPARE(to, utc(2016, 1, 1)); // the right edge stays
    QVERIFY(from < utc(2014, 1, 1));
    // Dragged past the other edge, a window still keeps a few pixels.
    QTest::mousePress(m_strip.get(), Qt::LeftButton, {}, QPoint(left, 20));
    QTest::mouseMove(m_strip.get(), QPoint(left + 400, 20));
    QTest::mouseRelease(m_strip.get(), Qt::LeftButton, {}, QPoint(left + 400, 20));
    const auto [from2, to2] = lastRequest(spy);
    QVERIFY(from2 < to2);
    QCOMPARE(to2, utc(2016, 1, 1));
}

void TstOverviewStrip::clickElsewhereMovesTheWindowThere()
{
    QSignalSpy spy(m_strip.get(), &OverviewStrip::windowRequested);
    const int x = int(m_strip->xOf(utc(2024, 1, 1)));
    QTest::mouseClick(m_strip.get(), Qt::LeftButton, {}, QPoint(x, 20));
    QVERIFY(!spy.isEmpty());
    const auto [from, to] = lastRequest(spy);
    QCOMPARE(to - from, utc(2016, 1, 1) - utc(2014, 1, 1));
    const qint64 middle = from + (to - from) / 2;
    QVERIFY(std::abs(middle - m_strip->secondAt(x)) <= 86400);
}

void TstOverviewStrip::keysMoveTheWindow()
{
    // One of the window's panes: it takes the focus, and the keyboard does what a drag does.
    QCOMPARE(m_strip->focusPolicy(), Qt::StrongFocus);
    QSignalSpy spy(m_strip.get(), &OverviewStrip::windowRequested);
    const qint64 span = utc(2016, 1, 1) - utc(2014, 1, 1);
    QTest::keyClick(m_strip.get(), Qt::Key_Right);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(lastRequest(spy), std::pair(utc(2014, 1, 1) + span / 10, utc(2016, 1, 1) + span / 10));
    QTest::keyClick(m_strip.get(), Qt::Key_PageUp);
    QCOMPARE(lastRequest(spy), std::pair(utc(2014, 1, 1) - span, utc(2014, 1, 1)));
    QTest::keyClick(m_strip.get(), Qt::Key_Home);
    QCOMPARE(lastRequest(spy), std::pair(m_strip->spanFrom(), m_strip->spanFrom() + span));
    QTest::keyClick(m_strip.get(), Qt::Key_End);
    QCOMPARE(lastRequest(spy), std::pair(m_strip->spanTo() - span, m_strip->spanTo()));
}

void TstOverviewStrip::marginLinesTheStripUpWithTheAxis()
{
    m_strip->setLeftMargin(150);
    QCOMPARE(m_strip->xOf(m_strip->spanFrom()), 150.0);
    QVERIFY(std::abs(m_strip->xOf(m_strip->spanTo()) - m_strip->width()) < 1);
    QVERIFY(std::abs(m_strip->secondAt(m_strip->xOf(utc(2020, 1, 1))) - utc(2020, 1, 1)) < 86400);
    // A click on the label under the lane names moves nothing; on the strip it does.
    QSignalSpy spy(m_strip.get(), &OverviewStrip::windowRequested);
    QTest::mouseClick(m_strip.get(), Qt::LeftButton, {}, QPoint(60, 20));
    QVERIFY(spy.isEmpty());
    QTest::mouseClick(m_strip.get(), Qt::LeftButton, {},
                      QPoint(int(m_strip->xOf(utc(2024, 1, 1))), 20));
    QCOMPARE(spy.size(), 1);
    // Nothing of the histogram is drawn under the label.
    QImage image(m_strip->size(), QImage::Format_ARGB32);
    m_strip->render(&image);
    const QColor bar = m_strip->palette().color(QPalette::Mid);
    for (int x = 0; x < 140; ++x) {
        QVERIFY(image.pixelColor(x, m_strip->height() - 4) != bar);
    }
}

void TstOverviewStrip::followsWrites()
{
    const qint64 before = m_strip->spanTo();
    Event later;
    later.title = QStringLiteral("A later event");
    later.start = PartialDate::day(2031, 5, 1);
    m_store->addEvent(later);
    QVERIFY(m_strip->spanTo() > before);
    QVERIFY(m_strip->spanTo() > utc(2031, 5, 1));
}

void TstOverviewStrip::marksWhereMatchesAre()
{
    // The events from 2022 on: ticks in the highlight colour over their days, none over 2014.
    m_strip->setWindow(m_strip->spanFrom(), m_strip->spanTo());
    EventCriteria criteria;
    criteria.from = utc(2022, 1, 1);
    const auto matches = std::make_shared<const MatchSet>(m_store->matches(criteria));
    QVERIFY(matches->count() > 0);
    const QColor highlight = m_strip->palette().color(QPalette::Highlight);
    const auto tickNear = [&](qint64 second) {
        const QImage image = m_strip->grab().toImage();
        const int x = int(m_strip->xOf(second));
        for (int dx = -1; dx <= 1; ++dx) {
            if (image.pixelColor(x + dx, 4) == highlight) {
                return true;
            }
        }
        return false;
    };
    const std::optional<Event> first = m_store->event(matches->inKeyOrder().front().eventId);
    const qint64 crimea =
        m_store->eventByUid(QStringLiteral("article-01-crimea"))->start.earliestSecond();
    QVERIFY(!tickNear(first->earliestSecond())); // nothing asked: no marks
    m_strip->setMatches(matches);
    QVERIFY(tickNear(first->earliestSecond()));
    QVERIFY(!tickNear(crimea));
    m_strip->setMatches(nullptr);
    QVERIFY(!tickNear(first->earliestSecond()));
}

QTEST_MAIN(TstOverviewStrip)
#include "tst_overviewstrip.moc"
