// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QDir>
#include <QTemporaryDir>

#include "database.h"
#include "error.h"
#include "foldtokenizer.h"
#include "statement.h"

#include <memory>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// Longer than the tokenizer's stack buffer in UTF-8, with a й in every repeat.
QString longToken(const QString &word)
{
    return word.repeated(40);
}

// One row per rowid, from 1.
const QStringList &bodies()
{
    static const QStringList Bodies = {
        u"Президент Зеленський заявив"_s, // 1
        u"ЗЕЛЕНСЬКИЙ"_s,
        u"Зеленськии"_s,
        u"Європа"_s,
        u"Їжак"_s, // 5
        u"Ёлка"_s,
        u"Ґрунт"_s,
        u"Łódź"_s,
        u"Øresund"_s,
        u"Straße"_s, // 10
        u"Genève"_s,
        u"plain ascii words"_s,
        longToken(u"Довгийслово"_s), // 13
    };
    return Bodies;
}

// The words the table's tokenizer made of `body`, in order.
QStringList wordsOf(Database &db, const QString &table, const QString &body)
{
    db.execute(u"DELETE FROM %1"_s.arg(table));
    Statement(db, u"INSERT INTO %1 (rowid, body) VALUES (100, ?1)"_s.arg(table))
        .bind(1, body)
        .run();
    db.execute(u"CREATE VIRTUAL TABLE IF NOT EXISTS %1_words USING fts5vocab(%1, 'instance')"_s.arg(
        table));
    Statement st(db, u"SELECT term FROM %1_words ORDER BY offset"_s.arg(table));
    QStringList words;
    while (st.step()) {
        words.append(st.text(0));
    }
    return words;
}

QList<qint64> matching(Database &db, const QString &query)
{
    Statement st(db, u"SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid"_s);
    return st.bind(1, query).integers();
}

} // namespace

class TstFoldTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void matchesFoldedSpellings_data();
    void matchesFoldedSpellings();
    void highlightKeepsTheOriginalLetters();
    void tokensAndOffsets_data();
    void tokensAndOffsets();
    void asciiTokensAreUnicode61s();
    void argumentsGoToUnicode61();
    void badArgumentIsAnError();
    void everyConnectionHasIt();
    void readOnlyConnectionHasIt();
    void noFts5IsAnErrorNamingTheFile();

private:
    QString path() const { return m_dir->filePath(u"t.db"_s); }
    void createTable(const QString &tokenize);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TstFoldTokenizer::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(path(), Database::OpenMode::ReadWriteCreate);
    createTable(u"fold remove_diacritics 2"_s);
}

void TstFoldTokenizer::createTable(const QString &tokenize)
{
    m_db->execute(u"DROP TABLE IF EXISTS t"_s);
    m_db->execute(u"CREATE VIRTUAL TABLE t USING fts5(body, tokenize = '%1')"_s.arg(tokenize));
    Statement insert(*m_db, u"INSERT INTO t (rowid, body) VALUES (?1, ?2)"_s);
    for (qsizetype i = 0; i < bodies().size(); ++i) {
        insert.bind(1, qint64(i + 1)).bind(2, bodies().at(i)).run();
        insert.reset();
    }
}

void TstFoldTokenizer::matchesFoldedSpellings_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("rowids");
    const QList<qint64> zelensky = {1, 2, 3};
    QTest::newRow("Зеленський") << u"Зеленський"_s << zelensky;
    QTest::newRow("зеленський") << u"зеленський"_s << zelensky;
    QTest::newRow("ЗЕЛЕНСЬКИЙ") << u"ЗЕЛЕНСЬКИЙ"_s << zelensky;
    QTest::newRow("Зеленськии") << u"Зеленськии"_s << zelensky;
    QTest::newRow("prefix") << u"зелен*"_s << zelensky;
    QTest::newRow("є") << u"европа"_s << QList<qint64>{4};
    QTest::newRow("є as written") << u"Європа"_s << QList<qint64>{4};
    QTest::newRow("ї") << u"іжак"_s << QList<qint64>{5};
    QTest::newRow("ё") << u"елка"_s << QList<qint64>{6};
    QTest::newRow("ґ") << u"грунт"_s << QList<qint64>{7};
    QTest::newRow("ł") << u"lodz"_s << QList<qint64>{8};
    QTest::newRow("ø") << u"oresund"_s << QList<qint64>{9};
    QTest::newRow("ß") << u"strasse"_s << QList<qint64>{10};
    QTest::newRow("è") << u"geneve"_s << QList<qint64>{11};
    QTest::newRow("long token") << longToken(u"довгиислово"_s) << QList<qint64>{13};
    QTest::newRow("ascii") << u"ascii"_s << QList<qint64>{12};
    QTest::newRow("и is not і") << u"ижак"_s << QList<qint64>{};
}

void TstFoldTokenizer::matchesFoldedSpellings()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, rowids);
    QCOMPARE(matching(*m_db, query), rowids);
}

void TstFoldTokenizer::highlightKeepsTheOriginalLetters()
{
    Statement st(*m_db,
                 u"SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?1 ORDER BY rowid"_s);
    st.bind(1, u"Зеленськии"_s);
    QStringList highlighted;
    while (st.step()) {
        highlighted.append(st.text(0));
    }
    QCOMPARE(highlighted, QStringList({u"Президент [Зеленський] заявив"_s, u"[ЗЕЛЕНСЬКИЙ]"_s,
                                       u"[Зеленськии]"_s}));
}

// Tokens of ASCII are passed on eight bytes at a time; these mix them with letters to fold at
// each place a word of eight can end, and in tokens longer than the stack's buffer.
void TstFoldTokenizer::tokensAndOffsets_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("highlighted");
    QTest::newRow("ascii") << u"Interfax-52 Liveuamap (2014-2019) counterinsurgency"_s
                           << QStringList{u"interfax"_s, u"52"_s,   u"liveuamap"_s,
                                          u"2014"_s,     u"2019"_s, u"counterinsurgency"_s}
                           << u"counterinsurgency"_s
                           << u"Interfax-52 Liveuamap (2014-2019) [counterinsurgency]"_s;
    QTest::newRow("fold after eight")
        << u"x Abcdefghłódź y"_s << QStringList{u"x"_s, u"abcdefghlodz"_s, u"y"_s}
        << u"abcdefghlodz"_s << u"x [Abcdefghłódź] y"_s;
    QTest::newRow("fold at seven")
        << u"Abcdefgł"_s << QStringList{u"abcdefgl"_s} << u"abcdefgl"_s << u"[Abcdefgł]"_s;
    QTest::newRow("fold after sixteen")
        << u"Straßenbahnhaltestelleß"_s << QStringList{u"strassenbahnhaltestelless"_s}
        << u"strassenbahnhaltestelless"_s << u"[Straßenbahnhaltestelleß]"_s;
    QTest::newRow("diacritics") << u"Zürichsee-Ölbergstraße Genève"_s
                                << QStringList{u"zurichsee"_s, u"olbergstrasse"_s, u"geneve"_s}
                                << u"olbergstrasse"_s << u"Zürichsee-[Ölbergstraße] Genève"_s;
    QTest::newRow("mixed scripts")
        << u"Kyivabcdйїжак Київ"_s << QStringList{u"kyivabcdиіжак"_s, u"киів"_s} << u"київ"_s
        << u"Kyivabcdйїжак [Київ]"_s;
    const QString longAscii = u"Abcdefghij"_s.repeated(60);
    QTest::newRow("long ascii") << longAscii + u" end"_s
                                << QStringList{longAscii.toLower(), u"end"_s} << u"end"_s
                                << longAscii + u" [end]"_s;
    const QString longFolded = u"abcdefghij"_s.repeated(60) + u"ø"_s;
    QTest::newRow("long, fold at the end")
        << longFolded << QStringList{u"abcdefghij"_s.repeated(60) + u"o"_s}
        << u"abcdefghij"_s.repeated(60) + u"o"_s << u"["_s + longFolded + u"]"_s;
}

void TstFoldTokenizer::tokensAndOffsets()
{
    QFETCH(QString, body);
    QFETCH(QStringList, words);
    QFETCH(QString, query);
    QFETCH(QString, highlighted);
    QCOMPARE(wordsOf(*m_db, u"t"_s, body), words);
    Statement st(*m_db, u"SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?1"_s);
    QVERIFY(st.bind(1, query).step());
    QCOMPARE(st.text(0), highlighted);
}

void TstFoldTokenizer::asciiTokensAreUnicode61s()
{
    m_db->execute(u"CREATE VIRTUAL TABLE u USING fts5(body, tokenize = 'unicode61 "
                  "remove_diacritics 2')"_s);
    const QString body = u"a ab abc abcd abcde ABCDEF abcdefg ABCDEFGH abcdefghi 2014-2019 "
                         "Military Forces of Group 81; Interfax-52, Liveuamap_x 'quoted' "
                         "counterinsurgency-operations abcdefghijklmnopqrstuvwxyz0123456789"_s;
    QCOMPARE(wordsOf(*m_db, u"t"_s, body), wordsOf(*m_db, u"u"_s, body));
}

void TstFoldTokenizer::argumentsGoToUnicode61()
{
    // Without remove_diacritics, unicode61 keeps è, and fold does not know it.
    createTable(u"fold remove_diacritics 0"_s);
    QCOMPARE(matching(*m_db, u"geneve"_s), QList<qint64>{});
    QCOMPARE(matching(*m_db, u"genève"_s), QList<qint64>{11});
    QCOMPARE(matching(*m_db, u"зеленськии"_s), QList<qint64>({1, 2, 3}));
}

void TstFoldTokenizer::badArgumentIsAnError()
{
    QVERIFY_THROWS_EXCEPTION(Error, createTable(u"fold no_such_option 1"_s));
}

void TstFoldTokenizer::everyConnectionHasIt()
{
    Database second(path(), Database::OpenMode::ReadWrite);
    QCOMPARE(matching(second, u"Зеленськии"_s), QList<qint64>({1, 2, 3}));
    second.execute(u"INSERT INTO t (rowid, body) VALUES (20, 'Зеленського')"_s);
    QCOMPARE(matching(*m_db, u"зеленського"_s), QList<qint64>{20});
}

void TstFoldTokenizer::readOnlyConnectionHasIt()
{
    m_db.reset();
    QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner));
    Database reader(path(), Database::OpenMode::ReadOnly);
    QVERIFY(reader.isReadOnly());
    QCOMPARE(matching(reader, u"lodz"_s), QList<qint64>{8});
    QCOMPARE(matching(reader, u"Зеленськии"_s), QList<qint64>({1, 2, 3}));
}

void TstFoldTokenizer::noFts5IsAnErrorNamingTheFile()
{
    // An fts5() of our own in place of FTS5's hands out no API, as a library without FTS5.
    m_db->addFunction("fts5", [](QByteArrayView) { return qint64(0); });
    try {
        FoldTokenizer::registerOn(m_db->handle(), path());
        QFAIL("no error");
    } catch (const Error &error) {
        QCOMPARE(error.message(),
                 u"%1: the SQLite library this program uses has no full-text search (FTS5), "
                 "which a timeline needs. Build the program with an SQLite that has it: with "
                 "vcpkg, install \"sqlite3[fts5]\"; the system SQLite of Debian and Ubuntu and "
                 "Homebrew's sqlite have it."_s.arg(QDir::toNativeSeparators(path())));
    }
}

QTEST_MAIN(TstFoldTokenizer)
#include "tst_foldtokenizer.moc"
