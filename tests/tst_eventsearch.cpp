// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "eventcriteria.h"
#include "eventsearch.h"
#include "searchkey.h"
#include "searchtimeline.h"
#include "testsupport.h"

#include <memory>

using namespace entente;

namespace {

EventCriteria words(const QString &query)
{
    EventCriteria criteria;
    criteria.query = query;
    return criteria;
}

QString marked(const QString &text)
{
    return EventSearch::MatchBegin + text + EventSearch::MatchEnd;
}

} // namespace

class TstEventSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void findsWhatWasAskedFor_data();
    void findsWhatWasAskedFor();
    void hostileQueriesAreNoErrors_data();
    void hostileQueriesAreNoErrors();
    void pagesInTimeOrderBothWays();
    void pagesStartAtAKey();
    void pagesAgreeWithMatches();
    void relevanceRanksTheBestFirst();
    void relevanceRanksOnlyAWindow();
    void snippetsMarkTheMatchedWords();
    void snippetsWithoutWordsAreTheDescription();
    void hitsShowTheDates();
    void resultsFollowEventEdits();
    void resultsFollowAnActorRename();
    void resultsFollowAddedEvents();
    void categoryMatchesFollowEdits();
    void countsByActorEqualTheMatchesOfEachActor_data();
    void countsByActorEqualTheMatchesOfEachActor();

private:
    EventStore &store() { return m_timeline->store; }
    QStringList titlesFound(const QString &query);
    QStringList titles(const QList<SearchHit> &hits) const;

    std::unique_ptr<SearchTimeline> m_timeline;
};

void TstEventSearch::init()
{
    m_timeline = std::make_unique<SearchTimeline>();
}

QStringList TstEventSearch::titlesFound(const QString &query)
{
    QList<qint64> ids;
    const MatchSet matches = store().matches(words(query));
    for (const MatchSet::Match &match : matches.inKeyOrder()) {
        ids.append(match.eventId);
    }
    return m_timeline->titles(ids);
}

QStringList TstEventSearch::titles(const QList<SearchHit> &hits) const
{
    QStringList found;
    for (const SearchHit &hit : hits) {
        found.append(hit.title);
    }
    return found;
}

void TstEventSearch::findsWhatWasAskedFor_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("titles");
    const QString minsk = u"Minsk Protocol signed"_s, battle = u"Battle of Debaltseve"_s,
                  package = u"Package of Measures"_s,
                  address = u"Зеленський addresses parliament"_s, visit = u"Rutte visits Kyiv"_s,
                  resume = u"Talks resume"_s, rumour = u"Rumour of a meeting"_s;
    QTest::newRow("one word") << u"ceasefire"_s << QStringList{minsk};
    QTest::newRow("any case and accents") << u"DEBALTSÉVE"_s << QStringList{battle};
    QTest::newRow("two words, both") << u"minsk nato"_s << QStringList{visit};
    QTest::newRow("phrase") << u"\"package of measures\""_s << QStringList{package};
    QTest::newRow("words of a phrase apart") << u"\"measures package\""_s << QStringList();
    QTest::newRow("prefix") << u"debal*"_s << QStringList{battle};
    QTest::newRow("or") << u"ceasefire OR nato"_s << QStringList{minsk, visit};
    QTest::newRow("exclude") << u"minsk -nato -rumour"_s << QStringList{minsk, package, resume};
    QTest::newRow("exclude only") << u"-minsk"_s << QStringList{battle, address};
    QTest::newRow("actor field") << u"actor:rutte"_s << QStringList{visit, resume};
    QTest::newRow("actor alias") << u"actor:путин"_s << QStringList{minsk, package, resume};
    QTest::newRow("word not in the field") << u"actor:minsk"_s << QStringList();
    QTest::newRow("category field")
        << u"category:agreement"_s << QStringList{minsk, package, resume};
    QTest::newRow("source field") << u"source:reuters"_s << QStringList{minsk, visit};
    QTest::newRow("source quote") << u"\"all night\""_s << QStringList{minsk, visit};
    QTest::newRow("Cyrillic as written") << u"Зеленський"_s << QStringList{minsk, address};
    QTest::newRow("Cyrillic lower case") << u"зеленський"_s << QStringList{minsk, address};
    QTest::newRow("Cyrillic й as и") << u"Зеленськии"_s << QStringList{minsk, address};
    QTest::newRow("no such word") << u"crimea"_s << QStringList();
}

void TstEventSearch::findsWhatWasAskedFor()
{
    QFETCH(QString, query);
    QFETCH(QStringList, titles);
    QCOMPARE(titlesFound(query), titles);
    const SearchPage page =
        store().search(words(query), EventSearch::Order::Time, EventSearch::FirstKey, true);
    QStringList paged = this->titles(page.hits);
    paged.sort();
    QCOMPARE(paged, titles);
    QVERIFY(!page.more);
}

void TstEventSearch::hostileQueriesAreNoErrors_data()
{
    QTest::addColumn<QString>("query");
    for (const QString &query :
         {u"minsk\""_s, u"AND minsk"_s, u"NEAR("_s, u"foo:bar"_s, u"Зеленський-2"_s, u"o'brien"_s,
          u"'); DROP TABLE events; --"_s, u"\"\"*"_s, u"- OR -"_s, u"*"_s, u"actor:"_s, u"(minsk"_s,
          u"minsk)"_s, u"^minsk"_s, u"NOT minsk"_s, u"title:{minsk}"_s,
          QString(QChar::Null) + u"minsk"_s, u"-\"\""_s}) {
        QTest::newRow(qPrintable(query.isEmpty() ? u"empty"_s : query)) << query;
    }
}

void TstEventSearch::hostileQueriesAreNoErrors()
{
    QFETCH(QString, query);
    const EventCriteria criteria = words(query);
    for (const auto order : {EventSearch::Order::Time, EventSearch::Order::Relevance}) {
        store().search(criteria, order, EventSearch::FirstKey, true);
        store().search(criteria, order, EventSearch::LastKey, false);
    }
    store().matches(criteria);
    store().countsByActor(criteria);
    QCOMPARE(store().eventCount(), 7);
}

void TstEventSearch::pagesInTimeOrderBothWays()
{
    const EventCriteria all;
    const QStringList inTime{u"Minsk Protocol signed"_s,
                             u"Battle of Debaltseve"_s,
                             u"Package of Measures"_s,
                             u"Talks resume"_s,
                             u"Зеленський addresses parliament"_s,
                             u"Rutte visits Kyiv"_s,
                             u"Rumour of a meeting"_s}; // undated last
    QStringList forward;
    SearchPage page{{}, true};
    qint64 from = EventSearch::FirstKey;
    while (page.more) {
        page = store().search(all, EventSearch::Order::Time, from, true, 3);
        QVERIFY(!page.hits.isEmpty());
        forward += titles(page.hits);
        from = page.hits.last().key + 1;
    }
    QCOMPARE(forward, inTime);

    page = store().search(all, EventSearch::Order::Time, EventSearch::LastKey, false, 3);
    QVERIFY(page.more);
    QCOMPARE(titles(page.hits), inTime.mid(4)); // the last three, still in time order
    page = store().search(all, EventSearch::Order::Time, page.hits.first().key - 1, false, 3);
    QVERIFY(page.more);
    QCOMPARE(titles(page.hits), inTime.mid(1, 3));
    page = store().search(all, EventSearch::Order::Time, page.hits.first().key - 1, false, 3);
    QVERIFY(!page.more);
    QCOMPARE(titles(page.hits), inTime.mid(0, 1));
}

void TstEventSearch::pagesStartAtAKey()
{
    const qint64 from = SearchKey::firstFrom(utc(2015, 2, 12));
    SearchPage page = store().search(words(u"minsk"_s), EventSearch::Order::Time, from, true, 2);
    QCOMPARE(titles(page.hits), (QStringList{u"Package of Measures"_s, u"Talks resume"_s}));
    QVERIFY(page.more);
    page = store().search(words(u"minsk"_s), EventSearch::Order::Time, from - 1, false, 2);
    QCOMPARE(titles(page.hits), QStringList{u"Minsk Protocol signed"_s});
    QVERIFY(!page.more);
}

void TstEventSearch::pagesAgreeWithMatches()
{
    EventCriteria criteria = words(u"minsk OR debaltseve"_s);
    criteria.minImportance = 3;
    const MatchSet matches = store().matches(criteria);
    const SearchPage page =
        store().search(criteria, EventSearch::Order::Time, EventSearch::FirstKey, true);
    QCOMPARE(page.hits.size(), matches.count());
    for (qsizetype i = 0; i < page.hits.size(); ++i) {
        QCOMPARE(page.hits.at(i).key, matches.inKeyOrder().at(i).key);
        QCOMPARE(page.hits.at(i).eventId, matches.inKeyOrder().at(i).eventId);
    }
}

void TstEventSearch::relevanceRanksTheBestFirst()
{
    // Debaltseve is the battle's title, tag, location and description; the other event names
    // it once in a long description.
    Event mention = SearchTimeline::make(
        u"Observers report"_s, PartialDate::day(2014, 1, 1), QString(), 3, {}, {}, {},
        u"A long report that mentions, among many other places along the line of contact and "
        u"many other things, the town of Debaltseve once."_s);
    store().addEvent(mention);
    const SearchPage page = store().search(words(u"debaltseve"_s), EventSearch::Order::Relevance,
                                           EventSearch::FirstKey, true);
    QCOMPARE(titles(page.hits), (QStringList{u"Battle of Debaltseve"_s, u"Observers report"_s}));
    QVERIFY(!page.more);
    QVERIFY(!page.windowed);
    // The next page skips the best.
    const SearchPage next = store().search(words(u"debaltseve"_s), EventSearch::Order::Relevance,
                                           EventSearch::FirstKey, true, 1, 1);
    QCOMPARE(titles(next.hits), QStringList{u"Observers report"_s});
}

void TstEventSearch::relevanceRanksOnlyAWindow()
{
    // More matches than the window, each later than the one before: the best of all (the last,
    // with the word in its title) is beyond the window, so the page does not have it.
    QList<Event> many;
    for (int i = 0; i < EventSearch::RelevanceWindow; ++i) {
        many.append(SearchTimeline::make(u"Shelling %1"_s.arg(i), PartialDate::day(1900, 1, 1),
                                         QString(), 3, {}, {}, {},
                                         u"Shelling reported near Avdiivka and other towns."_s));
    }
    many.append(SearchTimeline::make(u"Avdiivka"_s, PartialDate::day(1950, 1, 1), QString(), 3, {},
                                     {}, {}, u"Avdiivka Avdiivka"_s));
    store().addEvents(many);
    SearchPage page = store().search(words(u"avdiivka"_s), EventSearch::Order::Relevance,
                                     EventSearch::FirstKey, true, 10);
    QVERIFY(page.windowed);
    QVERIFY(page.more);
    QVERIFY(!titles(page.hits).contains(u"Avdiivka"_s));
    // From a later key, the window holds it.
    page = store().search(words(u"avdiivka"_s), EventSearch::Order::Relevance,
                          page.hits.first().key + 1, true, 10);
    QVERIFY(!page.windowed);
    QCOMPARE(page.hits.first().title, u"Avdiivka"_s);
}

void TstEventSearch::snippetsMarkTheMatchedWords()
{
    const SearchPage page = store().search(words(u"зеленськии"_s), EventSearch::Order::Time,
                                           EventSearch::FirstKey, true);
    QCOMPARE(page.hits.size(), 2);
    // The best column: the title of the address, the actors of the protocol; as written.
    QCOMPARE(page.hits.at(1).snippet, marked(u"Зеленський"_s) + u" addresses parliament"_s);
    QVERIFY(page.hits.at(0).snippet.contains(marked(u"Зеленський"_s)));

    const SearchPage phrase = store().search(words(u"\"package of measures\""_s),
                                             EventSearch::Order::Time, EventSearch::FirstKey, true);
    QCOMPARE(phrase.hits.size(), 1);
    const QString snippet = phrase.hits.first().snippet;
    QCOMPARE(snippet, u"The "_s + marked(u"package of measures"_s) +
                          u" for the implementation of the Minsk agreements, agreed…"_s);

    // Text that looks like markup stays text.
    Event html = SearchTimeline::make(u"<b>Markup</b> & more"_s, PartialDate::day(2020, 1, 1),
                                      QString(), 3, {}, {}, {}, QString());
    store().addEvent(html);
    const SearchPage markup =
        store().search(words(u"markup"_s), EventSearch::Order::Time, EventSearch::FirstKey, true);
    QCOMPARE(markup.hits.first().snippet, u"<b>"_s + marked(u"Markup"_s) + u"</b> & more"_s);
}

void TstEventSearch::snippetsWithoutWordsAreTheDescription()
{
    EventCriteria criteria;
    criteria.actors = {m_timeline->putin};
    criteria.categories = {u"Agreement"_s};
    const SearchPage page =
        store().search(criteria, EventSearch::Order::Time, EventSearch::FirstKey, true);
    QCOMPARE(titles(page.hits), (QStringList{u"Minsk Protocol signed"_s, u"Package of Measures"_s,
                                             u"Talks resume"_s}));
    QCOMPARE(page.hits.at(0).snippet,
             u"The Trilateral Contact Group signs a ceasefire protocol in Minsk."_s);
    QCOMPARE(page.hits.at(1).snippet,
             u"The package of measures for the implementation of the Minsk agreements, agreed…"_s);
    // A query that only excludes has no words to show either.
    const SearchPage excluding = store().search(words(u"-minsk"_s), EventSearch::Order::Relevance,
                                                EventSearch::FirstKey, true);
    QCOMPARE(titles(excluding.hits),
             (QStringList{u"Battle of Debaltseve"_s, u"Зеленський addresses parliament"_s}));
    QCOMPARE(excluding.hits.at(0).snippet,
             u"Heavy fighting around the railway hub of Debaltseve."_s);
}

void TstEventSearch::hitsShowTheDates()
{
    const SearchPage page = store().search(words(u"debaltseve OR kyiv OR rumour"_s),
                                           EventSearch::Order::Time, EventSearch::FirstKey, true);
    QCOMPARE(page.hits.size(), 3);
    QCOMPARE(page.hits.at(0).start, PartialDate::day(2015, 1, 14));
    QCOMPARE(page.hits.at(0).dates, u"14 Jan 2015 – 20 Feb 2015"_s);
    QCOMPARE(page.hits.at(1).start, PartialDate::month(2022, 3));
    QCOMPARE(page.hits.at(1).dates, u"Mar 2022"_s);
    QVERIFY(page.hits.at(2).start.isNull());
    QCOMPARE(page.hits.at(2).eventId, m_timeline->id(u"Rumour of a meeting"_s));
}

void TstEventSearch::resultsFollowEventEdits()
{
    const qint64 battleId = m_timeline->id(u"Battle of Debaltseve"_s);
    Event battle = *store().event(battleId);
    battle.title = u"Battle of Vuhlehirsk"_s;
    battle.start = PartialDate::day(2015, 1, 24); // a new day: a new key
    store().updateEvent(battle);
    QCOMPARE(titlesFound(u"vuhlehirsk"_s), QStringList{u"Battle of Debaltseve"_s});
    QCOMPARE(titlesFound(u"title:debaltseve"_s), QStringList());
    const SearchPage page = store().search(words(u"vuhlehirsk"_s), EventSearch::Order::Time,
                                           EventSearch::FirstKey, true);
    QCOMPARE(page.hits.first().title, u"Battle of Vuhlehirsk"_s);
    QCOMPARE(page.hits.first().start, PartialDate::day(2015, 1, 24));

    store().removeEvent(battleId);
    QCOMPARE(titlesFound(u"vuhlehirsk"_s), QStringList());
    QVERIFY(!store().matches(EventCriteria()).contains(battleId));
}

void TstEventSearch::resultsFollowAnActorRename()
{
    Actor rutte = *store().actor(m_timeline->rutte);
    rutte.name = u"Mark Rutte, Secretary General"_s;
    store().updateActor(rutte);
    QCOMPARE(titlesFound(u"actor:\"secretary general\""_s),
             (QStringList{u"Rutte visits Kyiv"_s, u"Talks resume"_s}));
}

void TstEventSearch::resultsFollowAddedEvents()
{
    store().addEvents({SearchTimeline::make(u"Mariupol shelled"_s, PartialDate::day(2015, 1, 24),
                                            QString(), 4, {}, {}, {}, QString()),
                       SearchTimeline::make(u"Mariupol rebuilt"_s, PartialDate(), QString(), 2, {},
                                            {}, {}, QString())});
    const SearchPage page =
        store().search(words(u"mariupol"_s), EventSearch::Order::Time, EventSearch::FirstKey, true);
    QCOMPARE(titles(page.hits), (QStringList{u"Mariupol shelled"_s, u"Mariupol rebuilt"_s}));
}

// A category filter reads its own index (schema 11): what it finds, in time order both ways,
// follows a change of category or of date, and agrees with every match.
void TstEventSearch::categoryMatchesFollowEdits()
{
    EventCriteria agreements;
    agreements.categories = {u"Agreement"_s};
    const auto inTime = [this](const EventCriteria &criteria) {
        const SearchPage page =
            store().search(criteria, EventSearch::Order::Time, EventSearch::FirstKey, true);
        const SearchPage back =
            store().search(criteria, EventSearch::Order::Time, EventSearch::LastKey, false);
        const MatchSet matches = store().matches(criteria);
        QStringList found = titles(page.hits);
        if (titles(back.hits) != found || matches.count() != page.hits.size()) {
            return QStringList{u"pages and matches differ"_s};
        }
        for (qsizetype i = 0; i < page.hits.size(); ++i) {
            if (matches.inKeyOrder().at(i).key != page.hits.at(i).key) {
                return QStringList{u"matches out of order"_s};
            }
        }
        return found;
    };
    QCOMPARE(inTime(agreements), (QStringList{u"Minsk Protocol signed"_s, u"Package of Measures"_s,
                                              u"Talks resume"_s}));

    Event battle = *store().event(m_timeline->id(u"Battle of Debaltseve"_s));
    battle.category = u"Agreement"_s;
    battle.start = PartialDate::day(2016, 1, 14); // a new day: a new key
    battle.end = PartialDate::day(2016, 2, 20);
    store().updateEvent(battle);
    Event package = *store().event(m_timeline->id(u"Package of Measures"_s));
    package.category = u"Visit"_s;
    store().updateEvent(package);
    QCOMPARE(inTime(agreements), (QStringList{u"Minsk Protocol signed"_s, u"Battle of Debaltseve"_s,
                                              u"Talks resume"_s}));
    EventCriteria either = agreements;
    either.categories.append(u"Visit"_s);
    QCOMPARE(inTime(either),
             (QStringList{u"Minsk Protocol signed"_s, u"Package of Measures"_s,
                          u"Battle of Debaltseve"_s, u"Talks resume"_s, u"Rutte visits Kyiv"_s}));
    agreements.actors = {m_timeline->putin};
    QCOMPARE(inTime(agreements), (QStringList{u"Minsk Protocol signed"_s, u"Talks resume"_s}));

    store().removeEvent(battle.id);
    agreements.actors.clear();
    QCOMPARE(inTime(agreements), (QStringList{u"Minsk Protocol signed"_s, u"Talks resume"_s}));
}

void TstEventSearch::countsByActorEqualTheMatchesOfEachActor_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("minImportance");
    QTest::newRow("everything") << QString() << 0;
    QTest::newRow("words") << u"minsk"_s << 0;
    QTest::newRow("excluding") << u"-minsk"_s << 0;
    QTest::newRow("words and importance") << u"minsk OR debaltseve"_s << 4;
}

void TstEventSearch::countsByActorEqualTheMatchesOfEachActor()
{
    QFETCH(QString, query);
    QFETCH(int, minImportance);
    EventCriteria criteria = words(query);
    criteria.minImportance = minImportance;
    const QHash<qint64, qint64> counts = store().countsByActor(criteria);
    for (const Actor &actor : store().actors()) {
        EventCriteria withActor = criteria;
        withActor.actors = {actor.id};
        QCOMPARE(counts.value(actor.id), store().matches(withActor).count());
    }
    qint64 withoutActors = 0;
    const MatchSet matches = store().matches(criteria);
    for (const MatchSet::Match &match : matches.inKeyOrder()) {
        withoutActors += store().event(match.eventId)->actors.isEmpty() ? 1 : 0;
    }
    QCOMPARE(counts.value(0), withoutActors);
    if (query == u"minsk"_s) { // Putin: the protocol, the package, the talks
        QCOMPARE(counts.value(m_timeline->putin), 3);
    }
}

QTEST_MAIN(TstEventSearch)
#include "tst_eventsearch.moc"
