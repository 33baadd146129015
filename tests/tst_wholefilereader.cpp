// SPDX-License-Identifier: GPL-3.0-or-later
#include "ententejsondatasetreader.h"
#include "error.h"
#include "icalendarreader.h"
#include "importreport.h"
#include "testsupport.h"
#include "timelinejsreader.h"
#include "timelinexmlreader.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace entente;
using namespace Qt::StringLiterals;

// Formats read whole (Entente JSON, TimelineJS, .timeline, iCalendar): a file too large to
// read so, by mistake or on purpose, is refused by its size before it is in memory.
class TstWholeFileReader : public QObject
{
    Q_OBJECT

private slots:
    void aFileOverTheBoundIsRefusedUnread_data();
    void aFileOverTheBoundIsRefusedUnread();
    void aFileUnderTheBoundIsRead();
};

namespace {
using MakeReader = std::function<std::unique_ptr<DatasetReader>()>;
}

Q_DECLARE_METATYPE(MakeReader)

void TstWholeFileReader::aFileOverTheBoundIsRefusedUnread_data()
{
    QTest::addColumn<MakeReader>("make");
    QTest::newRow("Entente JSON") << MakeReader(
        [] { return std::unique_ptr<DatasetReader>(new EntenteJsonDatasetReader); });
    QTest::newRow("TimelineJS") << MakeReader(
        [] { return std::unique_ptr<DatasetReader>(new TimelineJsReader); });
    QTest::newRow(".timeline") << MakeReader(
        [] { return std::unique_ptr<DatasetReader>(new TimelineXmlReader); });
    QTest::newRow("iCalendar") << MakeReader(
        [] { return std::unique_ptr<DatasetReader>(new ICalendarReader); });
}

void TstWholeFileReader::aFileOverTheBoundIsRefusedUnread()
{
    QFETCH(MakeReader, make);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"huge.json"_s));
    QVERIFY(file.open(QIODevice::ReadWrite));
    // Sparse: a size on paper, no gigabyte written or read.
    QVERIFY(file.resize(WholeFileReader::MaxBytes + 1));
    file.seek(0);
    ImportReport report;
    bool sunk = false;
    const std::optional<QString> error = errorOf([&] {
        make()->stream(file, u"huge.json"_s, &report, [&](TimelineContent) { sunk = true; });
    });
    QVERIFY(error);
    QVERIFY2(error->startsWith(u"huge.json is larger than"_s), qPrintable(*error));
    QVERIFY2(error->contains(u"Nothing was imported"_s), qPrintable(*error));
    QVERIFY(!sunk);
    QCOMPARE(file.pos(), 0); // not a byte read
}

void TstWholeFileReader::aFileUnderTheBoundIsRead()
{
    QByteArray calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
                          "BEGIN:VEVENT\r\nUID:1@t\r\nDTSTAMP:20250101T000000Z\r\n"
                          "DTSTART;VALUE=DATE:20250218\r\nSUMMARY:Riyadh talks\r\nEND:VEVENT\r\n"
                          "END:VCALENDAR\r\n";
    QBuffer buffer(&calendar);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ImportReport report;
    const TimelineContent content = ICalendarReader().read(buffer, u"t.ics"_s, &report);
    QCOMPARE(content.events.size(), 1);
    QCOMPARE(content.events.first().title, u"Riyadh talks"_s);
}

QTEST_GUILESS_MAIN(TstWholeFileReader)
#include "tst_wholefilereader.moc"
