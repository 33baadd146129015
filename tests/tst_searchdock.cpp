// SPDX-License-Identifier: GPL-3.0-or-later
// The search field and its results in the window: hits with snippets as the user types, Enter
// on one shows it on the timeline, Ctrl+F comes back to the field, Esc empties it.
#include <QTest>

#include <QApplication>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

#include "eventdetails.h"
#include "eventlistdock.h"
#include "eventsearch.h"
#include "eventstore.h"
#include "mainwindow.h"
#include "searchcontroller.h"
#include "searchdock.h"
#include "searchhitdelegate.h"
#include "searchresultsmodel.h"
#include "seedloader.h"
#include "testsupport.h"
#include "timelineview.h"

#include <memory>

using namespace entente;
using namespace Qt::StringLiterals;

class TstSearchDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typingShowsHitsWithSnippets();
    void snippetsAreCutIntoPlainRuns();
    void activatingAHitShowsItOnTheTimeline();
    void enterInTheFieldShowsTheFirstHit();
    void ctrlFFocusesTheFieldWithItsTextSelected();
    void escapeClearsTheSearch();
    void relevanceOrderPutsTheBestFirst();
    void f3AndShiftF3StepThroughTheMatches();

private:
    qint64 eventId(const QString &uid) const { return m_window->store()->eventByUid(uid)->id; }
    int matchCount(const QString &query) const
    {
        EventCriteria criteria;
        criteria.query = query;
        return int(m_window->store()->matches(criteria).count());
    }
    // Types the query and waits for its hits.
    void search(const QString &query);
    int rowOf(qint64 id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    SearchDock *m_dock = nullptr;
};

void TstSearchDock::initTestCase()
{
    QCoreApplication::setOrganizationName(u"EntenteTests"_s);
    QCoreApplication::setApplicationName(u"tst_searchdock"_s);
    isolateSettings();
}

void TstSearchDock::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = std::make_unique<EventStore>(m_dir->filePath(u"t.entente"_s));
    SeedLoader::loadBundled(*store);
    m_window = std::make_unique<MainWindow>(std::move(store));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_dock = m_window->searchDock();
}

void TstSearchDock::cleanup()
{
    m_window.reset();
    m_dir.reset();
    QSettings().clear();
}

void TstSearchDock::search(const QString &query)
{
    m_dock->focusField();
    QTest::keyClicks(m_dock->field(), query);
    QTRY_COMPARE(m_dock->model()->rowCount(), std::min(matchCount(query), 50));
}

int TstSearchDock::rowOf(qint64 id) const
{
    for (int row = 0; row < m_dock->model()->rowCount(); ++row) {
        if (m_dock->model()->hit(row).eventId == id) {
            return row;
        }
    }
    return -1;
}

void TstSearchDock::typingShowsHitsWithSnippets()
{
    QVERIFY(!m_dock->isVisible()); // until asked for
    const int count = matchCount(u"minsk"_s);
    QVERIFY(count > 1 && count < m_window->store()->eventCount());
    search(u"minsk"_s);
    QVERIFY(m_dock->isVisible());
    QCOMPARE(m_dock->countText(), u"%1 matches"_s.arg(count));
    // In time order, each with its dates and the word found marked in its snippet.
    qint64 previous = EventSearch::FirstKey;
    for (int row = 0; row < m_dock->model()->rowCount(); ++row) {
        const QModelIndex index = m_dock->model()->index(row);
        QVERIFY(index.data(SearchResultsModel::KeyRole).toLongLong() > previous);
        previous = index.data(SearchResultsModel::KeyRole).toLongLong();
    }
    const QModelIndex protocol =
        m_dock->model()->index(rowOf(eventId(u"article-02-minsk-protocol"_s)));
    QVERIFY(protocol.isValid());
    QVERIFY(protocol.data().toString().contains(u"Minsk"_s));
    QCOMPARE(protocol.data(SearchResultsModel::DatesRole).toString(), u"5 Sep 2014"_s);
    const QString snippet = protocol.data(SearchResultsModel::SnippetRole).toString();
    QVERIFY2(snippet.contains(EventSearch::MatchBegin + u"Minsk"_s + EventSearch::MatchEnd,
                              Qt::CaseInsensitive),
             qPrintable(snippet));
    // The Events list lists the same events.
    QCOMPARE(m_window->eventList()->table()->model()->rowCount(), count);
}

void TstSearchDock::snippetsAreCutIntoPlainRuns()
{
    using Run = SearchHitDelegate::Run;
    const QString snippet = u"the "_s + EventSearch::MatchBegin + u"Minsk"_s +
                            EventSearch::MatchEnd + u" <b>talks</b>\nwent on"_s;
    QCOMPARE(
        SearchHitDelegate::runs(snippet),
        (QList<Run>{{u"the "_s, false}, {u"Minsk"_s, true}, {u" <b>talks</b> went on"_s, false}}));
}

void TstSearchDock::activatingAHitShowsItOnTheTimeline()
{
    TimelineView *view = m_window->timelineView();
    view->setVisibleRange(utc(2024, 1, 1), utc(2025, 1, 1)); // far from 2014
    search(u"minsk"_s);
    const qint64 protocol = eventId(u"article-02-minsk-protocol"_s);
    QListView *results = m_dock->results();
    results->setCurrentIndex(m_dock->model()->index(rowOf(protocol)));
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(view->selectedEventId(), protocol);
    const qint64 start = utc(2014, 9, 5);
    QVERIFY(view->scale().visibleFrom() <= start && start <= view->scale().visibleTo());
    QCOMPARE(m_window->details()->eventId(), protocol);
}

void TstSearchDock::enterInTheFieldShowsTheFirstHit()
{
    search(u"minsk"_s);
    QTest::keyClick(m_dock->field(), Qt::Key_Return);
    QCOMPARE(m_window->timelineView()->selectedEventId(), m_dock->model()->hit(0).eventId);
    QVERIFY(m_dock->results()->hasFocus());
}

void TstSearchDock::ctrlFFocusesTheFieldWithItsTextSelected()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    search(u"minsk"_s);
    m_dock->hide();
    m_window->timelineView()->setFocus();
    QTest::keyClick(m_window->timelineView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_dock->isVisible());
    QVERIFY(m_dock->field()->hasFocus());
    QCOMPARE(m_dock->field()->selectedText(), u"minsk"_s);
}

void TstSearchDock::escapeClearsTheSearch()
{
    search(u"minsk"_s);
    QVERIFY(m_window->timelineView()->matches());
    QTest::keyClick(m_dock->field(), Qt::Key_Escape);
    QCOMPARE(m_dock->field()->text(), QString());
    QVERIFY(m_window->searchController()->criteria().isEmpty());
    QTRY_VERIFY(!m_window->timelineView()->matches()); // nothing dimmed
    QCOMPARE(m_dock->model()->rowCount(), 0);
    QCOMPARE(m_dock->countText(), QString());
    QCOMPARE(m_window->eventList()->table()->model()->rowCount(),
             int(m_window->store()->eventCount()));
}

void TstSearchDock::relevanceOrderPutsTheBestFirst()
{
    search(u"minsk"_s);
    QSet<qint64> inTime;
    for (int row = 0; row < m_dock->model()->rowCount(); ++row) {
        inTime.insert(m_dock->model()->hit(row).eventId);
    }
    m_dock->relevanceToggle()->click();
    QCOMPARE(m_dock->model()->order(), EventSearch::Order::Relevance);
    const SearchPage best =
        m_window->store()->search(m_window->searchController()->criteria(),
                                  EventSearch::Order::Relevance, EventSearch::FirstKey, true);
    QCOMPARE(m_dock->model()->rowCount(), int(best.hits.size()));
    QSet<qint64> ranked;
    for (int row = 0; row < m_dock->model()->rowCount(); ++row) {
        QCOMPARE(m_dock->model()->hit(row), best.hits.at(row));
        ranked.insert(m_dock->model()->hit(row).eventId);
    }
    QCOMPARE(ranked, inTime); // the same hits, in another order
}

void TstSearchDock::f3AndShiftF3StepThroughTheMatches()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    TimelineView *view = m_window->timelineView();
    view->setVisibleRange(utc(2000, 1, 1), utc(2001, 1, 1)); // before every match
    search(u"title:minsk"_s);
    QTRY_VERIFY(view->matches());
    const auto &inKeyOrder = view->matches()->inKeyOrder();
    QCOMPARE(inKeyOrder.size(), size_t(2));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F3);
    QCOMPARE(view->selectedEventId(), inKeyOrder.at(0).eventId);
    QTest::keyClick(view, Qt::Key_F3);
    QCOMPARE(view->selectedEventId(), inKeyOrder.at(1).eventId);
    QTest::keyClick(view, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view->selectedEventId(), inKeyOrder.at(0).eventId);
    QCOMPARE(m_window->details()->eventId(), inKeyOrder.at(0).eventId);
}

QTEST_MAIN(TstSearchDock)
#include "tst_searchdock.moc"
