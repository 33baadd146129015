// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "database.h"
#include "error.h"
#include "searchquery.h"
#include "statement.h"

#include <memory>
#include <tuple>

using namespace entente;
using namespace Qt::StringLiterals;

using Term = SearchQuery::Term;
using Field = SearchQuery::Field;

namespace {

// A term as the tables below write it: field:text, «a phrase», a prefix*.
QString described(const Term &term)
{
    QString text = term.phrase ? u'«' + term.text + u'»' : term.text;
    if (term.prefix) {
        text += u'*';
    }
    const QString field = SearchQuery::fieldPrefix(term.field);
    return field.isEmpty() ? text : field + u':' + text;
}

QStringList described(const QList<Term> &terms)
{
    QStringList result;
    for (const Term &term : terms) {
        result.append(described(term));
    }
    return result;
}

// Each required group as "a | b".
QStringList requiredOf(const SearchQuery &query)
{
    QStringList result;
    for (const QList<Term> &group : query.required()) {
        result.append(described(group).join(u" | "_s));
    }
    return result;
}

// Inputs that are FTS5 syntax, or would break it, if they reached it unquoted.
const QStringList &hostileInputs()
{
    static const QStringList Inputs = {
        u"minsk\""_s,
        u"AND minsk"_s,
        u"NEAR("_s,
        u"NEAR(minsk ceasefire, 2)"_s,
        u"foo:bar"_s,
        u"o'brien"_s,
        u"(("_s,
        u"\"\""_s,
        u"-"_s,
        u"*"_s,
        u"OR"_s,
        u"a OR"_s,
        u"OR b"_s,
        u" \t\n "_s,
        u"\"minsk"_s,
        u"\"^\""_s,
        u"NOT minsk"_s,
        u"minsk NOT"_s,
        u"^minsk"_s,
        u"+ceasefire"_s,
        u"{title}:x"_s,
        u"title:"_s,
        u"actor:\""_s,
        u"-\""_s,
        u"\"a\"\"b\""_s,
        u"min\0sk"_s,
        u"-minsk\0"_s,
        u"a OR OR b"_s,
        u"Зеленський-2"_s,
        u"2015-02-12"_s,
        u":"_s,
        u"\"\"*"_s,
        u"-actor:"_s,
        u"minsk)"_s,
        u"debal* OR"_s,
        u"- -"_s,
    };
    return Inputs;
}

} // namespace

class TstSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesTerms_data();
    void parsesTerms();
    void termKeepsWhatTheUserWrote();
    void emptyWhenNothingToSearchFor_data();
    void emptyWhenNothingToSearchFor();
    void writesFts5Expressions_data();
    void writesFts5Expressions();
    void fieldNames();
    void findsRows_data();
    void findsRows();
    void excludedOnlyQueryAntiJoins();
    void hostileInputRuns();

private:
    QList<qint64> rowsMatching(const QString &match);
    QList<qint64> rowsFor(const SearchQuery &query);

    std::unique_ptr<Database> m_db;
};

void TstSearchQuery::initTestCase()
{
    m_db = std::make_unique<Database>(u":memory:"_s, Database::OpenMode::ReadWriteCreate);
    Statement fts5(*m_db, u"SELECT sqlite_compileoption_used('ENABLE_FTS5')"_s);
    if (fts5.scalar() != 1) {
        QFAIL("The system SQLite is built without FTS5 (SQLITE_ENABLE_FTS5): search needs it. "
              "With vcpkg, install sqlite3[fts5].");
    }
    m_db->execute(u"CREATE VIRTUAL TABLE t USING fts5(title, description, actors, sources, tags, "
                  "location, category, tokenize = \"unicode61 remove_diacritics 2\")"_s);
    m_db->executeScript(
        u"INSERT INTO t(rowid, title, description, actors, sources, tags, location, category) "
        "VALUES "
        "(1, 'Minsk ceasefire', 'Ceasefire agreed in Minsk, February 2015', 'Mark Rutte', "
        " 'Reuters', 'ceasefire', 'Minsk', 'Agreement'),"
        "(2, 'Putin talks', 'Putin talks with Rutte', 'Vladimir Putin', 'TASS', 'talks', "
        " 'Moscow', 'Meeting'),"
        "(3, 'Zelensky speech', 'Zelensky speaks to parliament', 'Volodymyr Zelensky', "
        " 'Ukrinform', '', 'Kyiv', 'Statement'),"
        "(4, 'Зеленський заявив', 'Президент Зеленський заявив про переговори', "
        " 'Володимир Зеленський', 'Укрінформ', '', 'Київ', 'Statement'),"
        "(5, 'Package of measures', 'The package of measures for the Minsk agreements', 'OSCE', "
        " 'OSCE', 'Minsk II', 'Minsk', 'Agreement'),"
        "(6, 'Debaltseve withdrawal', 'Forces leave Debaltseve despite the ceasefire', "
        " 'Ukraine', 'Reuters', '', 'Debaltseve', 'Battle');"_s);
}

void TstSearchQuery::parsesTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<QStringList>("excluded");

    const QStringList none;
    QTest::newRow("words") << u"minsk ceasefire"_s << QStringList{u"minsk"_s, u"ceasefire"_s}
                           << none;
    QTest::newRow("phrase") << u"\"exact phrase\""_s << QStringList{u"«exact phrase»"_s} << none;
    QTest::newRow("prefix") << u"debal*"_s << QStringList{u"debal*"_s} << none;
    QTest::newRow("phrase prefix") << u"\"minsk agr\"*"_s << QStringList{u"«minsk agr»*"_s} << none;
    QTest::newRow("star inside a phrase") << u"\"debal*\""_s << QStringList{u"«debal*»"_s} << none;
    QTest::newRow("OR") << u"putin OR zelensky talks"_s
                        << QStringList{u"putin | zelensky"_s, u"talks"_s} << none;
    QTest::newRow("OR chain") << u"a OR \"b c\" OR d*"_s << QStringList{u"a | «b c» | d*"_s}
                              << none;
    QTest::newRow("lower-case or")
        << u"putin or zelensky"_s << QStringList{u"putin"_s, u"or"_s, u"zelensky"_s} << none;
    QTest::newRow("exclusion") << u"minsk -2015"_s << QStringList{u"minsk"_s}
                               << QStringList{u"2015"_s};
    QTest::newRow("excluded phrase") << u"-\"a phrase\""_s << none << QStringList{u"«a phrase»"_s};
    QTest::newRow("excluded field") << u"-actor:putin"_s << none << QStringList{u"actor:putin"_s};
    QTest::newRow("hyphen inside a word")
        << u"Зеленський-2 2015-02-12"_s << QStringList{u"Зеленський-2"_s, u"2015-02-12"_s} << none;
    QTest::newRow("field") << u"actor:rutte minsk"_s << QStringList{u"actor:rutte"_s, u"minsk"_s}
                           << none;
    QTest::newRow("every field")
        << u"title:a description:b actor:c source:d tag:e location:f category:g"_s
        << QStringList{u"title:a"_s, u"description:b"_s, u"actor:c"_s,   u"source:d"_s,
                       u"tag:e"_s,   u"location:f"_s,    u"category:g"_s}
        << none;
    QTest::newRow("plurals, any case")
        << u"Actors:a SOURCES:b tags:c Title:d"_s
        << QStringList{u"actor:a"_s, u"source:b"_s, u"tag:c"_s, u"title:d"_s} << none;
    QTest::newRow("field phrase") << u"category:\"armed clash\""_s
                                  << QStringList{u"category:«armed clash»"_s} << none;
    QTest::newRow("field prefix") << u"location:debal*"_s << QStringList{u"location:debal*"_s}
                                  << none;
    QTest::newRow("unknown field") << u"foo:bar"_s << QStringList{u"foo:bar"_s} << none;
    QTest::newRow("field with nothing after it")
        << u"actor: putin"_s << QStringList{u"actor:"_s, u"putin"_s} << none;
    QTest::newRow("field named OR is a term")
        << u"a title:OR b"_s << QStringList{u"a"_s, u"title:OR"_s, u"b"_s} << none;
    QTest::newRow("Cyrillic") << u"Зеленський заявив"_s << QStringList{u"Зеленський"_s, u"заявив"_s}
                              << none;
    QTest::newRow("mixed") << u"\"package of measures\" OR minsk* -actor:putin"_s
                           << QStringList{u"«package of measures» | minsk*"_s}
                           << QStringList{u"actor:putin"_s};
    QTest::newRow("OR before an exclusion joins nothing")
        << u"a OR -b c"_s << QStringList{u"a"_s, u"c"_s} << QStringList{u"b"_s};

    QTest::newRow("stray quote") << u"minsk\""_s << QStringList{u"minsk"_s} << none;
    QTest::newRow("quote inside a word")
        << u"quote\"inside"_s << QStringList{u"quote"_s, u"«inside»"_s} << none;
    QTest::newRow("unterminated phrase")
        << u"\"runs to the end -x OR y"_s << QStringList{u"«runs to the end -x OR y»"_s} << none;
    QTest::newRow("AND") << u"AND minsk"_s << QStringList{u"AND"_s, u"minsk"_s} << none;
    QTest::newRow("NOT") << u"NOT minsk"_s << QStringList{u"NOT"_s, u"minsk"_s} << none;
    QTest::newRow("NEAR(") << u"NEAR("_s << QStringList{u"NEAR("_s} << none;
    QTest::newRow("apostrophe") << u"o'brien"_s << QStringList{u"o'brien"_s} << none;
    QTest::newRow("FTS5 operators")
        << u"^minsk +ceasefire {title}:x"_s
        << QStringList{u"^minsk"_s, u"+ceasefire"_s, u"{title}:x"_s} << none;
    QTest::newRow("parentheses") << u"(("_s << none << none;
    QTest::newRow("empty phrase") << u"\"\""_s << none << none;
    QTest::newRow("punctuation phrase") << u"\"^\" minsk"_s << QStringList{u"minsk"_s} << none;
    QTest::newRow("lone minus") << u"- minsk"_s << QStringList{u"minsk"_s} << none;
    QTest::newRow("lone star") << u"*"_s << none << none;
    QTest::newRow("lone OR") << u"OR"_s << none << none;
    QTest::newRow("OR at the end") << u"a OR"_s << QStringList{u"a"_s} << none;
    QTest::newRow("OR at the start") << u"OR b"_s << QStringList{u"b"_s} << none;
    QTest::newRow("OR twice") << u"a OR OR b"_s << QStringList{u"a | b"_s} << none;
    QTest::newRow("OR around a dropped term")
        << u"a OR \"^\" b"_s << QStringList{u"a | b"_s} << none;
    QTest::newRow("whitespace only") << u" \t\n "_s << none << none;
    QTest::newRow("NUL separates") << u"min\0sk"_s << QStringList{u"min"_s, u"sk"_s} << none;
}

void TstSearchQuery::parsesTerms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, required);
    QFETCH(QStringList, excluded);

    const SearchQuery query = SearchQuery::parse(text);

    QCOMPARE(requiredOf(query), required);
    QCOMPARE(described(query.excluded()), excluded);
}

void TstSearchQuery::termKeepsWhatTheUserWrote()
{
    const SearchQuery query = SearchQuery::parse(u"-Actors:\"Mark Rutte\"* Зеленський"_s);

    const QList<Term> excluded = {Term{u"Mark Rutte"_s, true, true, Field::Actor}};
    QCOMPARE(query.excluded(), excluded);
    const QList<QList<Term>> required = {{Term{u"Зеленський"_s}}};
    QCOMPARE(query.required(), required);
}

void TstSearchQuery::emptyWhenNothingToSearchFor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("empty");

    QTest::newRow("nothing") << QString() << true;
    QTest::newRow("blank") << u"   "_s << true;
    QTest::newRow("punctuation") << u"- * \"^\" (( OR"_s << true;
    QTest::newRow("a word") << u"minsk"_s << false;
    QTest::newRow("only an exclusion") << u"-minsk"_s << false;
}

void TstSearchQuery::emptyWhenNothingToSearchFor()
{
    QFETCH(QString, text);
    QFETCH(bool, empty);

    QCOMPARE(SearchQuery::parse(text).isEmpty(), empty);
}

void TstSearchQuery::writesFts5Expressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("match");
    QTest::addColumn<QString>("excludedMatch");

    QTest::newRow("words") << u"minsk ceasefire"_s << u"\"minsk\" AND \"ceasefire\""_s << QString();
    QTest::newRow("exclusion") << u"minsk -2015"_s << u"(\"minsk\") NOT (\"2015\")"_s
                               << u"\"2015\""_s;
    QTest::newRow("field") << u"actor:rutte minsk"_s << u"actors:\"rutte\" AND \"minsk\""_s
                           << QString();
    QTest::newRow("columns") << u"source:reuters tags:x category:\"armed clash\""_s
                             << u"sources:\"reuters\" AND tags:\"x\" AND "
                                "category:\"armed clash\""_s
                             << QString();
    QTest::newRow("any of") << u"putin OR zelensky talks"_s
                            << u"(\"putin\" OR \"zelensky\") AND \"talks\""_s << QString();
    QTest::newRow("prefixes") << u"debal* \"minsk agr\"*"_s << u"\"debal\"* AND \"minsk agr\"*"_s
                              << QString();
    QTest::newRow("several excluded")
        << u"-a c -actor:b"_s << u"(\"c\") NOT (\"a\" OR actors:\"b\")"_s
        << u"\"a\" OR actors:\"b\""_s;
    QTest::newRow("only excluded") << u"-minsk"_s << QString() << u"\"minsk\""_s;
    QTest::newRow("operators as words")
        << u"AND NEAR( o'brien"_s << u"\"AND\" AND \"NEAR(\" AND \"o'brien\""_s << QString();
    QTest::newRow("nothing") << u"\"\""_s << QString() << QString();
}

void TstSearchQuery::writesFts5Expressions()
{
    QFETCH(QString, text);
    QFETCH(QString, match);
    QFETCH(QString, excludedMatch);

    const SearchQuery query = SearchQuery::parse(text);

    QCOMPARE(query.match(), match);
    QCOMPARE(query.excludedMatch(), excludedMatch);
}

void TstSearchQuery::fieldNames()
{
    const QList<std::tuple<Field, QString, QString>> expected = {
        {Field::Any, QString(), QString()},
        {Field::Title, u"title"_s, u"title"_s},
        {Field::Description, u"description"_s, u"description"_s},
        {Field::Actor, u"actor"_s, u"actors"_s},
        {Field::Source, u"source"_s, u"sources"_s},
        {Field::Tag, u"tag"_s, u"tags"_s},
        {Field::Location, u"location"_s, u"location"_s},
        {Field::Category, u"category"_s, u"category"_s},
    };
    for (const auto &[field, prefix, column] : expected) {
        QCOMPARE(SearchQuery::fieldPrefix(field), prefix);
        QCOMPARE(SearchQuery::column(field), column);
    }
}

QList<qint64> TstSearchQuery::rowsMatching(const QString &match)
{
    Statement st(*m_db, u"SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid"_s);
    return st.bind(1, match).integers();
}

// What the store will do with a query: match the required part, or anti-join the excluded
// one when nothing is required.
QList<qint64> TstSearchQuery::rowsFor(const SearchQuery &query)
{
    if (!query.match().isEmpty()) {
        return rowsMatching(query.match());
    }
    Statement st(*m_db, u"SELECT rowid FROM t WHERE rowid NOT IN "
                        "(SELECT rowid FROM t WHERE t MATCH ?1) ORDER BY rowid"_s);
    return st.bind(1, query.excludedMatch()).integers();
}

void TstSearchQuery::findsRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("rows");

    using Rows = QList<qint64>;
    QTest::newRow("word") << u"minsk"_s << Rows{1, 5};
    QTest::newRow("upper case") << u"MINSK"_s << Rows{1, 5};
    QTest::newRow("all words") << u"minsk ceasefire"_s << Rows{1};
    QTest::newRow("phrase") << u"\"package of measures\""_s << Rows{5};
    QTest::newRow("phrase in another order") << u"\"measures of package\""_s << Rows{};
    QTest::newRow("prefix") << u"debal*"_s << Rows{6};
    QTest::newRow("no prefix without a star") << u"debal"_s << Rows{};
    QTest::newRow("phrase prefix") << u"\"minsk agr\"*"_s << Rows{5};
    QTest::newRow("any of") << u"putin OR zelensky"_s << Rows{2, 3};
    QTest::newRow("any of, and a word") << u"putin OR zelensky talks"_s << Rows{2};
    QTest::newRow("lower-case or is a word") << u"putin or zelensky"_s << Rows{};
    QTest::newRow("exclusion") << u"minsk -2015"_s << Rows{5};
    QTest::newRow("excluded field") << u"talks OR ceasefire -actor:ukraine"_s << Rows{1, 2};
    QTest::newRow("word in any column") << u"rutte"_s << Rows{1, 2};
    QTest::newRow("actor") << u"actor:rutte"_s << Rows{1};
    QTest::newRow("title") << u"title:minsk"_s << Rows{1};
    QTest::newRow("location") << u"location:minsk"_s << Rows{1, 5};
    QTest::newRow("source") << u"source:reuters"_s << Rows{1, 6};
    QTest::newRow("tag") << u"tags:talks"_s << Rows{2};
    QTest::newRow("category") << u"category:statement"_s << Rows{3, 4};
    QTest::newRow("field and word") << u"actor:rutte minsk"_s << Rows{1};
    QTest::newRow("Cyrillic") << u"Зеленський"_s << Rows{4};
    QTest::newRow("Cyrillic lower case") << u"зеленський"_s << Rows{4};
    QTest::newRow("Cyrillic upper case prefix") << u"ЗЕЛЕН*"_s << Rows{4};
    QTest::newRow("mixed") << u"\"package of measures\" OR minsk* -actor:putin"_s << Rows{1, 5};
    QTest::newRow("stray quote") << u"minsk\""_s << Rows{1, 5};
    QTest::newRow("FTS5 operator as a word") << u"NOT minsk"_s << Rows{};
}

void TstSearchQuery::findsRows()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, rows);

    QCOMPARE(rowsFor(SearchQuery::parse(text)), rows);
}

void TstSearchQuery::excludedOnlyQueryAntiJoins()
{
    const SearchQuery query = SearchQuery::parse(u"-minsk -actor:putin"_s);

    QCOMPARE(query.match(), QString());
    QCOMPARE(rowsFor(query), (QList<qint64>{3, 4, 6}));
}

void TstSearchQuery::hostileInputRuns()
{
    for (const QString &text : hostileInputs()) {
        const SearchQuery query = SearchQuery::parse(text);
        if (query.isEmpty()) {
            continue;
        }
        for (const QString &match : {query.match(), query.excludedMatch()}) {
            if (match.isEmpty()) {
                continue;
            }
            try {
                rowsMatching(match);
            } catch (const Error &error) {
                const QString shown = QString(text).replace(QChar::Null, u"\\0"_s);
                QFAIL(qPrintable(u"%1 → %2: %3"_s.arg(shown, match, error.message())));
            }
        }
    }
}

QTEST_MAIN(TstSearchQuery)
#include "tst_searchquery.moc"
