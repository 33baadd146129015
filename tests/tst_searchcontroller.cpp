// SPDX-License-Identifier: GPL-3.0-or-later
// The window's search: the query and the filters as one, every match found off the UI thread,
// found again after a write, and only the newest request's answer taken.
#include <QTest>

#include <QSignalSpy>

#include "matchset.h"
#include "searchcontroller.h"
#include "searchtimeline.h"

#include <memory>

using namespace entente;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::shared_ptr<const entente::MatchSet>)

class TstSearchController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void queryAndFiltersCombine();
    void askingNothingHasNoMatches();
    void aStoreChangeFindsThemAgain();
    void staleResultsAreDropped();
    void anotherStoreStartsAfresh();

private:
    // The titles of the matches the controller last announced, sorted.
    QStringList announced(const QSignalSpy &spy) const
    {
        const auto matches = spy.last().at(0).value<std::shared_ptr<const MatchSet>>();
        return matches ? titlesOf(*matches) : QStringList{u"(none)"_s};
    }
    // Asks the query and waits for its matches: their titles, sorted.
    QStringList found(QSignalSpy &spy, const QString &query)
    {
        m_controller->setQuery(query);
        return spy.wait() ? announced(spy) : QStringList{u"(no answer)"_s};
    }
    QStringList titlesOf(const MatchSet &matches) const
    {
        QList<qint64> ids;
        for (const MatchSet::Match &match : matches.inKeyOrder()) {
            ids.append(match.eventId);
        }
        return m_timeline->titles(ids);
    }

    std::unique_ptr<SearchTimeline> m_timeline;
    std::unique_ptr<SearchController> m_controller;
};

void TstSearchController::init()
{
    qRegisterMetaType<std::shared_ptr<const MatchSet>>();
    m_timeline = std::make_unique<SearchTimeline>();
    m_controller = std::make_unique<SearchController>();
    QSignalSpy counted(m_controller.get(), &SearchController::actorCountsChanged);
    m_controller->setStore(&m_timeline->store);
    QVERIFY(counted.wait()); // every event's actors, for the filter panel
}

void TstSearchController::cleanup()
{
    m_controller.reset();
    m_timeline.reset();
}

void TstSearchController::queryAndFiltersCombine()
{
    QSignalSpy criteria(m_controller.get(), &SearchController::criteriaChanged);
    QSignalSpy matches(m_controller.get(), &SearchController::matchesChanged);
    QSignalSpy counts(m_controller.get(), &SearchController::actorCountsChanged);
    m_controller->setQuery(u"minsk"_s);
    QCOMPARE(criteria.size(), 1);
    QVERIFY(matches.wait());
    QCOMPARE(announced(matches),
             (QStringList{u"Minsk Protocol signed"_s, u"Package of Measures"_s,
                          u"Rumour of a meeting"_s, u"Rutte visits Kyiv"_s, u"Talks resume"_s}));

    // The panel's criteria come with a query of their own: the field's stays.
    EventCriteria panel;
    panel.query = u"ignored"_s;
    panel.categories = {u"Agreement"_s};
    m_controller->setFilterCriteria(panel);
    QCOMPARE(m_controller->criteria().query, u"minsk"_s);
    QCOMPARE(m_controller->criteria().categories, QStringList{u"Agreement"_s});
    QVERIFY(matches.wait());
    QCOMPARE(announced(matches), (QStringList{u"Minsk Protocol signed"_s, u"Package of Measures"_s,
                                              u"Talks resume"_s}));
    QCOMPARE(*m_controller->matches(), m_timeline->store.matches(m_controller->criteria()));
    // Counted per actor among those three: Putin is in all of them.
    const auto counted = counts.last().at(0).value<QHash<qint64, qint64>>();
    QCOMPARE(counted.value(m_timeline->putin), 3);
    QCOMPARE(m_controller->actorCounts().value(m_timeline->zelenskyy), 1);

    // A new query keeps the filters. Reuters' quote on the Minsk Protocol: "The talks went on
    // all night."
    QCOMPARE(
        found(matches, u"talks"_s),
        (QStringList{u"Minsk Protocol signed"_s, u"Package of Measures"_s, u"Talks resume"_s}));
    QCOMPARE(m_controller->criteria().categories, QStringList{u"Agreement"_s});
}

void TstSearchController::askingNothingHasNoMatches()
{
    QSignalSpy matches(m_controller.get(), &SearchController::matchesChanged);
    QCOMPARE(found(matches, u"rutte"_s), (QStringList{u"Rutte visits Kyiv"_s, u"Talks resume"_s}));
    QCOMPARE(found(matches, QString()), QStringList{u"(none)"_s});
    QVERIFY(!m_controller->matches());
    // Every event counted: Putin takes part in three.
    QCOMPARE(m_controller->actorCounts().value(m_timeline->putin), 3);
}

void TstSearchController::aStoreChangeFindsThemAgain()
{
    QSignalSpy matches(m_controller.get(), &SearchController::matchesChanged);
    m_controller->setQuery(u"debaltseve"_s);
    QVERIFY(matches.wait());
    QCOMPARE(announced(matches), QStringList{u"Battle of Debaltseve"_s});

    // Written one by one, not in a batch: found again once they are all in.
    const qint64 first = m_timeline->store.addEvent(
        SearchTimeline::make(u"Withdrawal"_s, PartialDate::day(2015, 2, 18), QString(), 3, {}, {},
                             {}, u"Troops leave Debaltseve."_s));
    m_timeline->ids.insert(u"Withdrawal"_s, first);
    Event rumour = *m_timeline->store.event(m_timeline->id(u"Rumour of a meeting"_s));
    rumour.description = u"Talk of a meeting in Debaltseve."_s;
    m_timeline->store.updateEvent(rumour);
    QVERIFY(matches.wait());
    QCOMPARE(announced(matches),
             (QStringList{u"Battle of Debaltseve"_s, u"Rumour of a meeting"_s, u"Withdrawal"_s}));

    m_timeline->store.removeEvent(first);
    QVERIFY(matches.wait());
    QCOMPARE(announced(matches),
             (QStringList{u"Battle of Debaltseve"_s, u"Rumour of a meeting"_s}));
}

void TstSearchController::staleResultsAreDropped()
{
    QSignalSpy matches(m_controller.get(), &SearchController::matchesChanged);
    // Asked one after the other before any answer: the first answer, should it come, is of a
    // question no longer asked.
    m_controller->setQuery(u"minsk"_s);
    m_controller->setQuery(u"rutte"_s);
    QVERIFY(matches.wait());
    m_controller->setQuery(u"putin"_s);
    QVERIFY(matches.wait());
    QCOMPARE(matches.size(), 2);
    const auto first = matches.at(0).at(0).value<std::shared_ptr<const MatchSet>>();
    QVERIFY(first);
    QCOMPARE(titlesOf(*first), (QStringList{u"Rutte visits Kyiv"_s, u"Talks resume"_s}));
    QCOMPARE(announced(matches), (QStringList{u"Minsk Protocol signed"_s, u"Package of Measures"_s,
                                              u"Talks resume"_s}));
}

void TstSearchController::anotherStoreStartsAfresh()
{
    QSignalSpy matches(m_controller.get(), &SearchController::matchesChanged);
    m_controller->setQuery(u"minsk"_s);
    QVERIFY(matches.wait());
    SearchTimeline other;
    QSignalSpy criteria(m_controller.get(), &SearchController::criteriaChanged);
    m_controller->setStore(&other.store);
    QCOMPARE(criteria.size(), 1);
    QVERIFY(m_controller->criteria().isEmpty());
    QVERIFY(!m_controller->matches());
    m_controller->setQuery(u"rutte"_s);
    QVERIFY(matches.wait());
    QCOMPARE(m_controller->matches()->count(), 2);
    m_controller->setStore(nullptr); // before `other` goes
}

QTEST_GUILESS_MAIN(TstSearchController)
#include "tst_searchcontroller.moc"
