// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QBuffer>

#include "csvexport.h"

using namespace entente;

class TstCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void startsWithBomAndHeader();
    void rowHoldsEveryColumn();
    void quotesAsRfc4180();
    void formulaCellsAreNeutralised_data();
    void formulaCellsAreNeutralised();
    void undatedEventHasEmptyDates();
};

namespace {

QByteArray csvOf(const TimelineContent &content)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvExport::write(content, &buffer);
    return bytes;
}

// The rows of the file, without the byte order mark, split at CRLF (which cells never hold
// in these tests unless quoted).
QList<QByteArray> linesOf(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.mid(3).split('\n');
    lines.removeLast(); // after the last CRLF
    return lines;
}

TimelineContent oneEvent()
{
    TimelineContent content;
    content.actors = {{1, QStringLiteral("Russia"), {}, Actor::Type::State, 0, {}, {}},
                      {2, QStringLiteral("Ukraine"), {}, Actor::Type::State, 0, {}, {}}};
    content.sources = {{1,
                        QStringLiteral("Reuters"),
                        QStringLiteral("Talks"),
                        QStringLiteral("https://example.org/a"),
                        {},
                        {}},
                       {2, QStringLiteral("ISW"), QStringLiteral("Assessment"), {}, {}, {}}};
    Event event;
    event.uid = QStringLiteral("u1");
    event.title = QStringLiteral("Talks");
    event.kind = Event::Kind::Period;
    event.start = PartialDate::month(2025, 2, true);
    event.end = PartialDate::day(2025, 3, 1);
    event.category = QStringLiteral("diplomacy");
    event.importance = 4;
    event.location = QStringLiteral("Riyadh");
    event.tags = {QStringLiteral("talks"), QStringLiteral("us")};
    event.actors = {{1, QStringLiteral("party")}, {2, QString()}};
    event.sourceIds = {1, 2};
    event.description = QStringLiteral("Plain");
    event.attributes = {{QStringLiteral("z.last"), QStringLiteral("9")},
                        {QStringLiteral("a.first"), QStringLiteral("1")}};
    content.events = {event};
    return content;
}

} // namespace

void TstCsvExport::startsWithBomAndHeader()
{
    const QByteArray csv = csvOf(oneEvent());
    QVERIFY(csv.startsWith("\xEF\xBB\xBFuid,title,start,end,precision,approximate,ongoing,kind,"
                           "category,importance,location,tags,actors,sources,description,"
                           "a.first,z.last\r\n"));
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(csv.count("\r\n"), 2);
    QCOMPARE(csv.count('\n'), 2); // no bare LF
}

void TstCsvExport::rowHoldsEveryColumn()
{
    const QList<QByteArray> lines = linesOf(csvOf(oneEvent()));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QString::fromUtf8(lines.at(1)),
             QStringLiteral("u1,Talks,2025-02,2025-03-01,month,true,false,period,diplomacy,4,"
                            "Riyadh,talks; us,Russia (party); Ukraine,"
                            "https://example.org/a; ISW: Assessment,Plain,1,9\r"));
}

void TstCsvExport::quotesAsRfc4180()
{
    TimelineContent content = oneEvent();
    content.events[0].title = QStringLiteral("Minsk, \"II\"");
    content.events[0].description = QStringLiteral("Line one\nLine two, “quoted”");
    const QByteArray csv = csvOf(content);
    QVERIFY(csv.contains(",\"Minsk, \"\"II\"\"\",2025-02,"));
    QVERIFY(csv.contains(",\"Line one\nLine two, “quoted”\",1,9\r\n"));
}

void TstCsvExport::formulaCellsAreNeutralised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("cell");

    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"x\")")
                       << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("+") << QStringLiteral("+SUM(A1)") << QByteArray("'+SUM(A1)");
    QTest::newRow("- formula") << QStringLiteral("-1+2") << QByteArray("'-1+2");
    QTest::newRow("@") << QStringLiteral("@cmd") << QByteArray("'@cmd");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
    // Numbers are numbers, not formulas: a negative count stays a number for the spreadsheet.
    QTest::newRow("negative number") << QStringLiteral("-12") << QByteArray("-12");
    QTest::newRow("signed decimal") << QStringLiteral("+3.5") << QByteArray("+3.5");
    QTest::newRow("= inside") << QStringLiteral("a=b") << QByteArray("a=b");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TstCsvExport::formulaCellsAreNeutralised()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, cell);
    QCOMPARE(CsvExport::cell(text), cell);
    // And so in a file: a title is a cell like any other.
    TimelineContent content = oneEvent();
    content.events[0].title = text;
    QVERIFY(csvOf(content).contains("u1," + cell + ",2025-02"));
}

void TstCsvExport::undatedEventHasEmptyDates()
{
    TimelineContent content;
    Event event;
    event.uid = QStringLiteral("u");
    event.title = QStringLiteral("Undated");
    content.events = {event};
    const QList<QByteArray> lines = linesOf(csvOf(content));
    QCOMPARE(lines.at(1), QByteArray("u,Undated,,,,false,false,point,,3,,,,,\r"));
}

QTEST_MAIN(TstCsvExport)
#include "tst_csvexport.moc"
