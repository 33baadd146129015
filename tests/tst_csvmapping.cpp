// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "csvmapping.h"
#include "error.h"

using namespace entente;
using Field = CsvMapping::Field;

class TstCsvMapping : public QObject
{
    Q_OBJECT

private slots:
    void guessesFromHeaderNames_data();
    void guessesFromHeaderNames();
    void dateColumnOfNoDatesIsNotTaken();
    void guessesDatesAndIdsFromValues();
    void textRoundTrip();
    void textRoundTripWithActorKinds();
    void textNamesColumnsByNameOrNumber();
    void badTextSaysWhat_data();
    void badTextSaysWhat();
    void missingTitle();
};

void TstCsvMapping::guessesFromHeaderNames_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<Field>("field");
    QTest::newRow("Date") << QStringLiteral("Date") << Field::Date;
    QTest::newRow("event_date") << QStringLiteral("event_date") << Field::Date;
    QTest::newRow("End Date") << QStringLiteral("End Date") << Field::EndDate;
    QTest::newRow("Title") << QStringLiteral("Title") << Field::Title;
    QTest::newRow("headline") << QStringLiteral("headline") << Field::Title;
    QTest::newRow("Description") << QStringLiteral("Description") << Field::Description;
    QTest::newRow("notes") << QStringLiteral("notes") << Field::Description;
    QTest::newRow("Link") << QStringLiteral("Link") << Field::SourceUrl;
    QTest::newRow("url") << QStringLiteral("url") << Field::SourceUrl;
    QTest::newRow("actor1") << QStringLiteral("actor1") << Field::Actor;
    QTest::newRow("event_type") << QStringLiteral("event_type") << Field::Category;
    QTest::newRow("Location") << QStringLiteral("Location") << Field::Location;
    QTest::newRow("source") << QStringLiteral("source") << Field::SourceOutlet;
    QTest::newRow("ID") << QStringLiteral("ID") << Field::Uid;
    QTest::newRow("fatalities") << QStringLiteral("fatalities") << Field::Ignore;
}

void TstCsvMapping::guessesFromHeaderNames()
{
    QFETCH(QString, header);
    QFETCH(Field, field);
    const CsvMapping mapping = CsvMapping::guess({QStringLiteral("x"), header}, {});
    QCOMPARE(mapping.column(1).field, field);
    QCOMPARE(mapping.column(0).field, Field::Ignore);
}

void TstCsvMapping::dateColumnOfNoDatesIsNotTaken()
{
    // As the PeaceRep corridors file: "Date" of two-digit years beside an ISO "date".
    const QStringList header = {QStringLiteral("Date"), QStringLiteral("date"),
                                QStringLiteral("text")};
    const QList<QStringList> rows = {
        {QStringLiteral("05.03.22"), QStringLiteral("2022-03-05"), QStringLiteral("a")},
        {QStringLiteral("06.03.22"), QStringLiteral("2022-03-06"), QStringLiteral("b")}};
    const CsvMapping mapping = CsvMapping::guess(header, rows);
    QCOMPARE(mapping.indexOf(Field::Date), 1);
    QCOMPARE(mapping.column(0).field, Field::Ignore);
    QCOMPARE(mapping.indexOf(Field::Description), 2);
}

void TstCsvMapping::guessesDatesAndIdsFromValues()
{
    const QStringList header = {QStringLiteral("HC_ID"), QStringLiteral("when it was"),
                                QStringLiteral("what")};
    const QList<QStringList> rows = {
        {QStringLiteral("1"), QStringLiteral("5 Sep 2014"), QStringLiteral("Protocol")},
        {QStringLiteral("2"), QStringLiteral("12/02/2015"), QStringLiteral("Package")}};
    const CsvMapping mapping = CsvMapping::guess(header, rows);
    QCOMPARE(mapping.column(0).field, Field::Uid);
    QCOMPARE(mapping.column(1).field, Field::Date);
    QCOMPARE(mapping.column(2).field, Field::Ignore);
}

void TstCsvMapping::textRoundTrip()
{
    const QStringList header = {QStringLiteral("Headline"), QStringLiteral("Day, month"),
                                QStringLiteral("Envoy"), QStringLiteral("Deaths")};
    CsvMapping mapping(header.size());
    mapping.setColumn(0, {Field::Title, {}});
    mapping.setColumn(1, {Field::Date, {}});
    mapping.setColumn(2, {Field::Actor, QStringLiteral("mediator")});
    mapping.setColumn(3, {Field::Attribute, {}});
    const QString text = mapping.toText(header);
    // A name with a comma would not read back: its number stands for it.
    QCOMPARE(text, QStringLiteral("title=Headline,date=2,actor:mediator=Envoy,attribute=Deaths"));
    QCOMPARE(CsvMapping::fromText(text, header), mapping);
}

// The kind of an actor column is written when it is not the default (Organisation), with the
// role it needs before it.
void TstCsvMapping::textRoundTripWithActorKinds()
{
    const QStringList header = {QStringLiteral("Headline"), QStringLiteral("Side"),
                                QStringLiteral("Envoy"), QStringLiteral("Body")};
    CsvMapping mapping(header.size());
    mapping.setColumn(0, {Field::Title, {}});
    mapping.setColumn(1, {Field::Actor, {}, Actor::Type::State});
    mapping.setColumn(2, {Field::Actor, QStringLiteral("mediator"), Actor::Type::Person});
    mapping.setColumn(3, {Field::Actor, {}, Actor::Type::Organisation});
    const QString text = mapping.toText(header);
    QCOMPARE(text, QStringLiteral("title=Headline,actor:party:state=Side,"
                                  "actor:mediator:person=Envoy,actor=Body"));
    CsvMapping read = CsvMapping::fromText(text, header);
    QCOMPARE(read.column(1).role, QStringLiteral("party"));
    read.setColumn(1, {Field::Actor, {}, read.column(1).kind});
    QCOMPARE(read, mapping);
    try {
        CsvMapping::fromText(QStringLiteral("title=1,actor:party:country=2"), header);
        QFAIL("no error");
    } catch (const Error &error) {
        QCOMPARE(error.message(),
                 QStringLiteral("column mapping: “country” names no kind of actor in "
                                "“actor:party:country=2”; the kinds are state, organisation, "
                                "person and group"));
    }
}

void TstCsvMapping::textNamesColumnsByNameOrNumber()
{
    const QStringList header = {QStringLiteral("Date"), QStringLiteral("date"),
                                QStringLiteral("Title")};
    const CsvMapping mapping =
        CsvMapping::fromText(QStringLiteral("date=date, title = TITLE,description=1"), header);
    QCOMPARE(mapping.column(1).field, Field::Date); // the exact name before another case
    QCOMPARE(mapping.column(2).field, Field::Title);
    QCOMPARE(mapping.column(0).field, Field::Description);
}

void TstCsvMapping::badTextSaysWhat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("no column")
        << QStringLiteral("title=Name")
        << QStringLiteral("column mapping: the file has no column “Name”; its columns are Title, "
                          "Date");
    QTest::newRow("number past the end")
        << QStringLiteral("title=3")
        << QStringLiteral("column mapping: the file has no column “3”; its columns are Title, "
                          "Date");
    QTest::newRow("unknown field")
        << QStringLiteral("headline=1")
        << QStringLiteral("column mapping: “headline=1” is not FIELD=COLUMN with FIELD one of "
                          "title, date, end, actor, category, description, location, tags, url, "
                          "source, outlet, uid, importance, attribute");
}

void TstCsvMapping::badTextSaysWhat()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    try {
        CsvMapping::fromText(text, {QStringLiteral("Title"), QStringLiteral("Date")});
        QFAIL("no error");
    } catch (const Error &error) {
        QCOMPARE(error.message(), message);
    }
}

void TstCsvMapping::missingTitle()
{
    CsvMapping mapping(2);
    mapping.setColumn(0, {Field::Date, {}});
    QVERIFY(!mapping.missing().isEmpty());
    mapping.setColumn(1, {Field::Description, {}});
    QCOMPARE(mapping.missing(), QString());
}

QTEST_GUILESS_MAIN(TstCsvMapping)
#include "tst_csvmapping.moc"
