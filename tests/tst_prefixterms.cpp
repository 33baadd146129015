// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "database.h"
#include "prefixterms.h"
#include "searchquery.h"
#include "searchtimeline.h"
#include "statement.h"

#include <memory>

using namespace entente;

class TstPrefixTerms : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void findsWhatFts5sPrefixFinds_data();
    void findsWhatFts5sPrefixFinds();
    void leavesAPrefixOfTooManyTermsToFts5();
    void leavesAPrefixOfNoTermToFts5();

private:
    QList<qint64> keysMatching(const QString &match);
    QString expanded(const QString &text);

    std::unique_ptr<SearchTimeline> m_timeline;
};

void TstPrefixTerms::init()
{
    m_timeline = std::make_unique<SearchTimeline>();
}

QList<qint64> TstPrefixTerms::keysMatching(const QString &match)
{
    Statement rows(m_timeline->store.database(),
                   u"SELECT rowid FROM event_text WHERE event_text MATCH ?1 ORDER BY rowid"_s);
    rows.bind(1, match);
    return rows.integers();
}

QString TstPrefixTerms::expanded(const QString &text)
{
    const PrefixTerms terms(m_timeline->store.database());
    return SearchQuery::parse(text).match(
        [&terms](const SearchQuery::Term &prefix) { return terms.expand(prefix); });
}

void TstPrefixTerms::findsWhatFts5sPrefixFinds_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("a word's start") << u"debal*"_s;
    QTest::newRow("several terms") << u"t*"_s;
    QTest::newRow("a diacritic, upper case") << u"DEBALTSÉ*"_s;
    QTest::newRow("Cyrillic") << u"Зелен*"_s;
    QTest::newRow("Cyrillic й as и") << u"зеленськи*"_s;
    QTest::newRow("in a field") << u"actor:Zel*"_s;
    QTest::newRow("Cyrillic in a field") << u"actor:пут*"_s;
    QTest::newRow("a phrase's last word") << u"\"minsk agree\"*"_s;
    QTest::newRow("a word of two terms") << u"перемир'я*"_s;
    QTest::newRow("with other words") << u"minsk talk* -nato"_s;
    QTest::newRow("or") << u"debal* OR nego*"_s;
    QTest::newRow("excluded") << u"minsk -nego*"_s;
}

void TstPrefixTerms::findsWhatFts5sPrefixFinds()
{
    QFETCH(QString, query);
    const QString fts5 = SearchQuery::parse(query).match();
    const QString ours = expanded(query);
    QVERIFY2(!ours.contains(u'*'), qPrintable(ours)); // every prefix was expanded
    QVERIFY(!keysMatching(fts5).isEmpty());
    QCOMPARE(keysMatching(ours), keysMatching(fts5));
}

void TstPrefixTerms::leavesAPrefixOfTooManyTermsToFts5()
{
    QStringList words;
    for (int i = 0; i <= PrefixTerms::MostTerms; ++i) {
        words.append(u"zz%1"_s.arg(i));
    }
    m_timeline->store.addEvent(SearchTimeline::make(u"Many words"_s, PartialDate::day(2020, 1, 1),
                                                    QString(), 3, {}, {}, {}, words.join(u' ')));
    QVERIFY(expanded(u"zz*"_s).contains(u'*'));
    QCOMPARE(keysMatching(expanded(u"zz*"_s)).size(), 1);
    QVERIFY(!expanded(u"zz1*"_s).contains(u'*')); // zz1, zz10 to zz19, zz100 to zz128
}

void TstPrefixTerms::leavesAPrefixOfNoTermToFts5()
{
    QCOMPARE(expanded(u"qqq*"_s), u"\"qqq\"*"_s);
    QVERIFY(keysMatching(expanded(u"qqq*"_s)).isEmpty());
}

QTEST_MAIN(TstPrefixTerms)
#include "tst_prefixterms.moc"
