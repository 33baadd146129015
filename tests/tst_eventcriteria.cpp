// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "eventcriteria.h"
#include "eventsearch.h"
#include "searchtimeline.h"
#include "testsupport.h"

#include <memory>

using namespace entente;

Q_DECLARE_METATYPE(entente::EventCriteria)

class TstEventCriteria : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void noCriteriaLetEveryEventThrough();
    void eachCriterionAlone_data();
    void eachCriterionAlone();
    void kindsCombineWithAndValuesWithOr_data();
    void kindsCombineWithAndValuesWithOr();
    void textInCriteriaIsNeverSql();
    void blankCriteriaAreEmpty();
    void describeLabelsEachCriterion();
    void describeDateRanges();

private:
    QStringList titlesMatching(const EventCriteria &criteria) const;

    std::unique_ptr<SearchTimeline> m_timeline;
};

void TstEventCriteria::init()
{
    m_timeline = std::make_unique<SearchTimeline>();
}

QStringList TstEventCriteria::titlesMatching(const EventCriteria &criteria) const
{
    QList<qint64> ids;
    const MatchSet matches = m_timeline->store.matches(criteria);
    for (const MatchSet::Match &match : matches.inKeyOrder()) {
        ids.append(match.eventId);
    }
    return m_timeline->titles(ids);
}

void TstEventCriteria::noCriteriaLetEveryEventThrough()
{
    const EventCriteria everything;
    QVERIFY(everything.isEmpty());
    QCOMPARE(m_timeline->store.matches(everything).count(), m_timeline->store.eventCount());
    QCOMPARE(everything.sql(1).where, u"1"_s);
}

void TstEventCriteria::eachCriterionAlone_data()
{
    QTest::addColumn<EventCriteria>("criteria");
    QTest::addColumn<QStringList>("titles");
    // The actors' ids are those SearchTimeline gives them, in the order it adds them.
    const qint64 zelenskyy = 1, rutte = 3;
    const auto criteria = [](auto &&set) {
        EventCriteria c;
        set(c);
        return c;
    };
    QTest::newRow("one actor") << criteria([&](EventCriteria &c) { c.actors = {rutte}; })
                               << QStringList{u"Rutte visits Kyiv"_s, u"Talks resume"_s};
    QTest::newRow("any of two actors")
        << criteria([&](EventCriteria &c) {
               c.actors = {zelenskyy, rutte};
           })
        << QStringList{u"Minsk Protocol signed"_s, u"Rutte visits Kyiv"_s, u"Talks resume"_s,
                       u"Зеленський addresses parliament"_s};
    QTest::newRow("category") << criteria([](EventCriteria &c) {
        c.categories = {u"Agreement"_s};
    }) << QStringList{u"Minsk Protocol signed"_s, u"Package of Measures"_s, u"Talks resume"_s};
    QTest::newRow("uncategorized") << criteria([](EventCriteria &c) { c.categories = {QString()}; })
                                   << QStringList{u"Зеленський addresses parliament"_s};
    QTest::newRow("whole tag, not part of one")
        << criteria([](EventCriteria &c) { c.tags = {u"minsk"_s}; })
        << QStringList{u"Minsk Protocol signed"_s};
    QTest::newRow("tag with a space")
        << criteria([](EventCriteria &c) { c.tags = {u"minsk talks"_s}; })
        << QStringList{u"Talks resume"_s};
    QTest::newRow("a period overlaps a range inside it") << criteria([](EventCriteria &c) {
        c.from = utc(2015, 2, 1);
        c.to = utc(2015, 2, 10);
    }) << QStringList{u"Battle of Debaltseve"_s};
    QTest::newRow("from a date: undated left out")
        << criteria([](EventCriteria &c) { c.from = utc(2019, 1, 1); })
        << QStringList{u"Rutte visits Kyiv"_s, u"Зеленський addresses parliament"_s};
    QTest::newRow("up to a date") << criteria([](EventCriteria &c) {
        c.to = utc(2015, 1, 31);
    }) << QStringList{u"Battle of Debaltseve"_s, u"Minsk Protocol signed"_s};
    QTest::newRow("a month covers a day in it") << criteria([](EventCriteria &c) {
        c.from = utc(2022, 3, 15);
        c.to = utc(2022, 3, 16);
    }) << QStringList{u"Rutte visits Kyiv"_s};
    QTest::newRow("importance") << criteria([](EventCriteria &c) {
        c.minImportance = 5;
    }) << QStringList{u"Minsk Protocol signed"_s, u"Package of Measures"_s};
    QTest::newRow("outlet") << criteria([](EventCriteria &c) { c.outlets = {u"Reuters"_s}; })
                            << QStringList{u"Minsk Protocol signed"_s, u"Rutte visits Kyiv"_s};
    QTest::newRow("relations at either end")
        << criteria([](EventCriteria &c) { c.hasRelations = true; })
        << QStringList{u"Minsk Protocol signed"_s, u"Package of Measures"_s};
    QTest::newRow("approximate or coarser than a day")
        << criteria([](EventCriteria &c) { c.approximateOnly = true; })
        << QStringList{u"Rutte visits Kyiv"_s, u"Talks resume"_s};
    QTest::newRow("words") << criteria([](EventCriteria &c) { c.query = u"minsk"_s; })
                           << QStringList{u"Minsk Protocol signed"_s, u"Package of Measures"_s,
                                          u"Rumour of a meeting"_s, u"Rutte visits Kyiv"_s,
                                          u"Talks resume"_s};
}

void TstEventCriteria::eachCriterionAlone()
{
    QFETCH(EventCriteria, criteria);
    QFETCH(QStringList, titles);
    QVERIFY(!criteria.isEmpty());
    QCOMPARE(titlesMatching(criteria), titles);
}

void TstEventCriteria::kindsCombineWithAndValuesWithOr_data()
{
    QTest::addColumn<EventCriteria>("criteria");
    QTest::addColumn<QStringList>("titles");
    EventCriteria c;
    c.query = u"minsk"_s;
    c.actors = {2}; // Putin
    c.categories = {u"Agreement"_s};
    QTest::newRow("words, actor, category")
        << c
        << QStringList{u"Minsk Protocol signed"_s, u"Package of Measures"_s, u"Talks resume"_s};
    c.minImportance = 4;
    QTest::newRow("and importance")
        << c << QStringList{u"Minsk Protocol signed"_s, u"Package of Measures"_s};
    c.outlets = {u"TASS"_s};
    QTest::newRow("and outlet") << c << QStringList{u"Package of Measures"_s};
    c.from = utc(2016, 1, 1);
    QTest::newRow("and nothing left") << c << QStringList();

    EventCriteria either;
    either.actors = {1, 3}; // Zelenskyy or Rutte
    either.categories = {u"Visit"_s, QString()};
    QTest::newRow("two of each kind")
        << either << QStringList{u"Rutte visits Kyiv"_s, u"Зеленський addresses parliament"_s};
}

void TstEventCriteria::kindsCombineWithAndValuesWithOr()
{
    QFETCH(EventCriteria, criteria);
    QFETCH(QStringList, titles);
    QCOMPARE(titlesMatching(criteria), titles);
}

void TstEventCriteria::textInCriteriaIsNeverSql()
{
    const QString hostile = u"x'); DROP TABLE events; --"_s;
    EventCriteria c;
    c.categories = {hostile};
    c.tags = {hostile, u"%"_s, u"minsk%"_s};
    c.outlets = {hostile};
    const EventCriteria::Sql sql = c.sql(1);
    QVERIFY(!sql.where.contains(u"DROP"_s));
    QCOMPARE(sql.values.size(), 3);
    QCOMPARE(titlesMatching(c), QStringList());

    EventCriteria wildcards; // a tag is compared whole, never as a pattern
    wildcards.tags = {u"%"_s, u"_"_s, u"minsk%"_s};
    QCOMPARE(titlesMatching(wildcards), QStringList());
    QCOMPARE(m_timeline->store.eventCount(), 7);
}

void TstEventCriteria::blankCriteriaAreEmpty()
{
    EventCriteria c;
    c.query = u"   "_s;
    QVERIFY(c.isEmpty());
    c.query = u"- * \"\""_s; // nothing to search for
    QVERIFY(c.isEmpty());
    c.minImportance = 1; // every event has at least 1
    QVERIFY(c.isEmpty());
    QCOMPARE(m_timeline->store.matches(c).count(), 7);
    c.minImportance = 2;
    QVERIFY(!c.isEmpty());
    QVERIFY(c != EventCriteria());
}

void TstEventCriteria::describeLabelsEachCriterion()
{
    EventCriteria c;
    c.query = u"  minsk   ceasefire "_s;
    c.actors = {m_timeline->zelenskyy};
    c.categories = {u"Agreement"_s, QString()};
    c.tags = {u"nato"_s};
    c.from = utc(2015, 2, 1);
    c.minImportance = 4;
    c.outlets = {u"Reuters"_s, u"TASS"_s};
    c.hasRelations = true;
    c.approximateOnly = true;
    QHash<qint64, Actor> actors;
    for (const Actor &actor : m_timeline->store.actors()) {
        actors.insert(actor.id, actor);
    }
    QCOMPARE(
        c.describe(actors),
        (QStringList{u"Search: minsk ceasefire"_s, u"Actor: Volodymyr Zelenskyy"_s,
                     u"Categories: Agreement, uncategorized"_s, u"Tag: nato"_s,
                     u"From 2015-02-01"_s, u"Importance 4 or more"_s, u"Sources: Reuters, TASS"_s,
                     u"Has relations"_s, u"Approximate dates only"_s}));
    c.actors = {m_timeline->putin, 99};
    QCOMPARE(c.describe(actors).at(1), u"Actors: Vladimir Putin, #99"_s);
    QCOMPARE(EventCriteria().describe(actors), QStringList());
}

void TstEventCriteria::describeDateRanges()
{
    const auto label = [](std::optional<qint64> from, std::optional<qint64> to) {
        EventCriteria c;
        c.from = from;
        c.to = to;
        return c.describe([](qint64) { return QString(); });
    };
    QCOMPARE(label(utc(2015, 2, 1), utc(2015, 2, 28, 23, 59)),
             QStringList{u"2015-02-01 to 2015-02-28 23:59"_s});
    QCOMPARE(label(std::nullopt, utc(1991, 12, 26)), QStringList{u"Until 1991-12-26"_s});
}

QTEST_MAIN(TstEventCriteria)
#include "tst_eventcriteria.moc"
