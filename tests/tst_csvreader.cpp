// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QBuffer>

#include "csvreader.h"
#include "error.h"
#include "textreader.h"

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// A CSV text read whole: the header, then every record with the line it begins on.
struct Parsed
{
    QChar delimiter;
    QStringList header;
    QList<QStringList> records;
    QList<int> lines;
};

Parsed parse(const QByteArray &bytes, QChar delimiter = QChar())
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TextReader text(&buffer);
    CsvReader csv(text, delimiter, QStringLiteral("events.csv"));
    Parsed parsed{csv.delimiter(), csv.header().fields, {}, {}};
    // One record for all, as importers will: the reader reuses its strings, and the copies
    // kept of earlier records must not change.
    CsvReader::Record record;
    while (csv.next(&record)) {
        parsed.records.append(record.fields);
        parsed.lines.append(record.line);
    }
    return parsed;
}

// The same text read as views of the fields, as DatasetTable reads it.
Parsed parseViews(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TextReader text(&buffer);
    CsvReader csv(text, QChar(), QStringLiteral("events.csv"));
    Parsed parsed{csv.delimiter(), csv.header().fields, {}, {}};
    QList<QStringView> views;
    int line = 0;
    while (csv.next(&views, &line)) {
        QStringList record;
        for (const QStringView view : std::as_const(views)) {
            record.append(view.toString());
        }
        parsed.records.append(record);
        parsed.lines.append(line);
    }
    return parsed;
}

QStringList fields(const char *text, QChar delimiter = u',')
{
    return QString::fromUtf8(text).split(delimiter);
}

} // namespace

class TstCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void quotedFieldsSpanLines();
    void doubledQuotes();
    void detectsDelimiters_data();
    void detectsDelimiters();
    void detectionIgnoresDelimitersInQuotes();
    void noDelimiterSplitsEvenly();
    void strayQuoteIsText();
    void textAfterAClosingQuoteIsKept();
    void unclosedQuoteNamesItsLine();
    void aQuoteLeftOpenInALargeFileStopsAtTheBound();
    void trailingEmptyFields();
    void missingFinalNewline();
    void blankLinesAreSkipped();
    void fieldsAreKeptAsWritten();
    void emptyFile();
    void headerOfPaxShape();
    void progress();
    void viewsReadAsRecords_data();
    void viewsReadAsRecords();
};

void TstCsvReader::quotedFieldsSpanLines()
{
    const Parsed csv = parse("id,notes,fatalities\r\n"
                             "1,\"On 14 August 2020,\r\nabout 20 people\nprotested.\",0\r\n"
                             "2,plain,3\r\n");
    QCOMPARE(csv.header, fields("id,notes,fatalities"));
    QCOMPARE(csv.records.size(), 2);
    QCOMPARE(csv.records.at(0),
             (QStringList{QStringLiteral("1"),
                          QStringLiteral("On 14 August 2020,\nabout 20 people\nprotested."),
                          QStringLiteral("0")}));
    QCOMPARE(csv.records.at(1), fields("2,plain,3"));
    QCOMPARE(csv.lines, (QList<int>{2, 5}));
}

void TstCsvReader::doubledQuotes()
{
    const Parsed csv = parse("a,b\n\"He said \"\"no\"\".\",\"\"\"\"\n\"\",x\n");
    QCOMPARE(csv.records.at(0),
             (QStringList{QStringLiteral("He said \"no\"."), QStringLiteral("\"")}));
    QCOMPARE(csv.records.at(1), (QStringList{QString(), QStringLiteral("x")}));
}

void TstCsvReader::detectsDelimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("comma") << QByteArray("date,actor;name,n\n2014,a;b,1\n") << QChar(u',');
    QTest::newRow("semicolon") << QByteArray("date;actor,name;n\n2014;a,b;1\n") << QChar(u';');
    QTest::newRow("tab") << QByteArray("date\tactor, name\tn\n2014\ta, b\t1\n") << QChar(u'\t');
    QTest::newRow("bar") << QByteArray("date|actor|n\n2014|a; b|1\n") << QChar(u'|');
    // A comma splits both lines, but into 2 and 3 fields.
    QTest::newRow("even split wins")
        << QByteArray("date;actor;n\n2014;Smith, J.;1\n2015;Doe, A., Jr.;2\n") << QChar(u';');
}

void TstCsvReader::detectsDelimiters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    const Parsed csv = parse(bytes);
    QCOMPARE(csv.delimiter, delimiter);
    QCOMPARE(csv.header.size(), 3);
    QCOMPARE(csv.records.first().size(), 3);
    QCOMPARE(csv.records.first().first(), QStringLiteral("2014"));
}

void TstCsvReader::detectionIgnoresDelimitersInQuotes()
{
    const QStringList lines = {QStringLiteral("a;b"), QStringLiteral("\"x, y\";z"),
                               QStringLiteral("\"multi"), QStringLiteral("line, with commas\";w")};
    QCOMPARE(CsvReader::detectDelimiter(lines), QChar(u';'));
}

void TstCsvReader::noDelimiterSplitsEvenly()
{
    QCOMPARE(CsvReader::detectDelimiter({QStringLiteral("title"), QStringLiteral("Minsk II")}),
             QChar());
    const Parsed csv = parse("title\nMinsk II\n");
    QCOMPARE(csv.delimiter, QChar(u','));
    QCOMPARE(csv.records, (QList<QStringList>{{QStringLiteral("Minsk II")}}));
}

void TstCsvReader::strayQuoteIsText()
{
    const Parsed csv = parse("name,size\nThe 12\" gun,3\nO\"Brien,4\n");
    QCOMPARE(csv.records.at(0), fields("The 12\" gun,3"));
    QCOMPARE(csv.records.at(1), fields("O\"Brien,4"));
}

void TstCsvReader::textAfterAClosingQuoteIsKept()
{
    const Parsed csv = parse("a,b\n\"quoted\" and not,x\n");
    QCOMPARE(csv.records.at(0), fields("quoted and not,x"));
}

void TstCsvReader::unclosedQuoteNamesItsLine()
{
    try {
        parse("id,notes\n1,fine\n2,\"begins here\n3,and never\n4,ends\n");
        QFAIL("an unclosed quote was read");
    } catch (const Error &error) {
        QCOMPARE(error.message(), QStringLiteral("events.csv:3: the quoted field that begins on "
                                                 "this line is not closed by the end of the file"));
    }
}

void TstCsvReader::aQuoteLeftOpenInALargeFileStopsAtTheBound()
{
    // Every line after the quote would be one field: read up to the bound, not to the end.
    QByteArray csv = "id,notes\n1,fine\n2,\"opens here\n";
    const QByteArray line(1000, 'x');
    while (csv.size() < CsvReader::MaxRecordChars + 100000) {
        csv += line + '\n';
    }
    try {
        parse(csv);
        QFAIL("a field longer than the bound was read");
    } catch (const Error &error) {
        QVERIFY2(error.message().startsWith(u"events.csv:3: the quoted field that begins on this "
                                            "line goes on for more than"_s),
                 qPrintable(error.message()));
    }
}

void TstCsvReader::trailingEmptyFields()
{
    const Parsed csv = parse("a,b,c\n1,,\n,,\n");
    QCOMPARE(csv.records.at(0), (QStringList{QStringLiteral("1"), QString(), QString()}));
    QCOMPARE(csv.records.at(1), (QStringList{QString(), QString(), QString()}));
}

void TstCsvReader::missingFinalNewline()
{
    const Parsed plain = parse("a,b\n1,2");
    QCOMPARE(plain.records, (QList<QStringList>{fields("1,2")}));
    const Parsed quoted = parse("a,b\n1,\"two\"");
    QCOMPARE(quoted.records, (QList<QStringList>{fields("1,two")}));
}

void TstCsvReader::blankLinesAreSkipped()
{
    const Parsed csv = parse("a,b\n\n1,2\r\n\r\n3,4\n\n");
    QCOMPARE(csv.records, (QList<QStringList>{fields("1,2"), fields("3,4")}));
    QCOMPARE(csv.lines, (QList<int>{3, 5}));
}

void TstCsvReader::fieldsAreKeptAsWritten()
{
    const Parsed csv = parse("a,b,c\n  spaced , \" quoted \" ,\t\n");
    // A quote after a space opens no quoted field: it is text, like a stray quote.
    QCOMPARE(csv.records.at(0),
             (QStringList{QStringLiteral("  spaced "), QStringLiteral(" \" quoted \" "),
                          QStringLiteral("\t")}));
}

void TstCsvReader::emptyFile()
{
    const Parsed csv = parse("");
    QVERIFY(csv.header.isEmpty());
    QVERIFY(csv.records.isEmpty());
    QCOMPARE(csv.delimiter, QChar(u','));
}

void TstCsvReader::headerOfPaxShape()
{
    // PA-X: 279 columns, the agreement's text in quoted fields over several lines.
    QStringList names = {QStringLiteral("Con"),    QStringLiteral("Contp"), QStringLiteral("PP"),
                         QStringLiteral("PPName"), QStringLiteral("Reg"),   QStringLiteral("AgtId"),
                         QStringLiteral("Ver"),    QStringLiteral("Agt"),   QStringLiteral("Dat")};
    while (names.size() < 279) {
        names.append(QStringLiteral("Col%1").arg(names.size()));
    }
    QStringList values(279, QStringLiteral("0"));
    values[0] = QStringLiteral("\"Ukraine/Russia/(Donbass)\"");
    values[7] = QStringLiteral("\"Protocol on the results of consultations\nof the Trilateral "
                               "Contact Group, \"\"Minsk Protocol\"\"\"");
    values[8] = QStringLiteral("2014-09-05");
    const QByteArray bytes = (names.join(u',') + u'\n' + values.join(u',') + u'\n').toUtf8();
    const Parsed csv = parse(bytes);
    QCOMPARE(csv.delimiter, QChar(u','));
    QCOMPARE(csv.header, names);
    QCOMPARE(csv.records.size(), 1);
    QCOMPARE(csv.records.first().size(), 279);
    QCOMPARE(csv.records.first().at(0), QStringLiteral("Ukraine/Russia/(Donbass)"));
    QCOMPARE(csv.records.first().at(7),
             QStringLiteral("Protocol on the results of consultations\nof the Trilateral "
                            "Contact Group, \"Minsk Protocol\""));
    QCOMPARE(csv.records.first().at(8), QStringLiteral("2014-09-05"));
}

void TstCsvReader::progress()
{
    const QByteArray bytes("a,b\n1,2\n3,4\n");
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TextReader text(&buffer);
    CsvReader csv(text, u',');
    QCOMPARE(csv.totalBytes(), bytes.size());
    QCOMPARE(csv.bytesRead(), 4);
    CsvReader::Record record;
    QVERIFY(csv.next(&record));
    QCOMPARE(csv.bytesRead(), 8);
    QVERIFY(csv.next(&record));
    QVERIFY(!csv.next(&record));
    QCOMPARE(csv.bytesRead(), bytes.size());
}

void TstCsvReader::viewsReadAsRecords_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("quoted over lines, fields either side") << QByteArray(
        "id,notes,n\r\n1,\"On 14 August,\r\nabout 20\nprotested.\",0\r\n2,plain,3\r\n");
    QTest::newRow("doubled quotes")
        << QByteArray("a,b\n\"He said \"\"no\"\".\",\"\"\"\"\n\"\",x\n");
    QTest::newRow("text after a closing quote") << QByteArray("a,b\n\"quoted\" and not,x\n");
    QTest::newRow("blank lines") << QByteArray("a,b\n\n1,2\r\n\r\n3,4\n\n");
    QTest::newRow("empty fields") << QByteArray("a,b,c\n1,,\n,,\n\"\",\"x\ny\",\n");
    QTest::newRow("no final newline") << QByteArray("a,b\n1,\"two\"");
}

void TstCsvReader::viewsReadAsRecords()
{
    QFETCH(QByteArray, bytes);
    const Parsed records = parse(bytes);
    const Parsed views = parseViews(bytes);
    QCOMPARE(views.records, records.records);
    QCOMPARE(views.lines, records.lines);
    QVERIFY(!records.records.isEmpty());
}

QTEST_MAIN(TstCsvReader)
#include "tst_csvreader.moc"
