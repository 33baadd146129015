// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "importformats.h"
#include "importproblem.h"
#include "testsupport.h"

using namespace entente;

class TstImportFormats : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void namesRoundTrip();
    void unsupportedFormatsAreRefused();
    void problemsSayWhere();
};

void TstImportFormats::detect_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("format");
    QTest::newRow("timelinejs 3") << "a.json" << QByteArray("{\"events\": [{\"start_date\": {}}]}")
                                  << "timelinejs";
    QTest::newRow("timelinejs 3 with BOM, any name")
        << "a.txt" << QByteArray("\xEF\xBB\xBF  {\"title\": {}, \"events\": [{\"start_date\"")
        << "timelinejs";
    QTest::newRow("timelinejs 2") << "a.js"
                                  << QByteArray("{\"timeline\": {\"headline\": \"x\", \"date\": [")
                                  << "timelinejs";
    QTest::newRow("other json") << "a.json" << QByteArray("{\"format\": \"entente\"}") << "json";
    // An attribute kept from a TimelineJS import has a key that looks like TimelineJS.
    QTest::newRow("entente json with timelinejs-like keys, any name")
        << "a.txt"
        << QByteArray("{\n  \"format\": \"entente-timeline\",\n  \"events\": [{\"attributes\": "
                      "{\"start_date\": \"x\", \"timeline\": \"y\", \"date\": \"z\"}}]")
        << "json";
    QTest::newRow("timeline text format")
        << "old.txt" << QByteArray("# Written by Timeline 0.9") << "timeline";
    QTest::newRow("ics") << "cal.txt" << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0") << "ics";
    QTest::newRow("timeline xml") << "x.xml" << QByteArray("<?xml version=\"1.0\"?>\n<timeline>")
                                  << "timeline";
    QTest::newRow("acled") << "data.csv"
                           << QByteArray("event_id_cnty,event_date,year\nUKR1,2025-01-01,2025")
                           << "acled";
    QTest::newRow("acled quoted, ;-separated")
        << "data.txt" << QByteArray("\"event_id_cnty\";\"event_date\"\n") << "acled";
    QTest::newRow("ucdp") << "ged.csv"
                          << QByteArray("id,relid,year,side_a,side_b,date_prec,date_start\n")
                          << "ucdp";
    QTest::newRow("pax") << "pax.csv" << QByteArray("Con,PP,PPName,Reg,AgtId,Agt,Dat\n") << "pax";
    QTest::newRow("csv by extension") << "mine.csv" << QByteArray("title,date\n") << "csv";
    QTest::newRow("tsv by extension") << "mine.tsv" << QByteArray("title\tdate\n") << "csv";
    QTest::newRow(".timeline by extension")
        << "old.timeline" << QByteArray("# old text format") << "timeline";
    QTest::newRow("unknown") << "notes.bin" << QByteArray("\x01\x02") << "";
}

void TstImportFormats::detect()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, head);
    QFETCH(QString, format);
    QCOMPARE(ImportFormats::name(ImportFormats::detect(path, head)), format);
}

void TstImportFormats::namesRoundTrip()
{
    QCOMPARE(ImportFormats::names(),
             QStringLiteral("json,timelinejs,acled,ucdp,pax,timeline,ics,csv").split(u','));
    for (const QString &name : ImportFormats::names()) {
        QCOMPARE(ImportFormats::name(*ImportFormats::fromName(name)), name);
    }
    QCOMPARE(ImportFormats::fromName(QStringLiteral("TimelineJS")),
             std::optional(ImportFormat::TimelineJs));
    QVERIFY(!ImportFormats::fromName(QStringLiteral("xlsx")));
}

void TstImportFormats::unsupportedFormatsAreRefused()
{
    for (ImportFormat format :
         {ImportFormat::Json, ImportFormat::TimelineJs, ImportFormat::Acled, ImportFormat::Ucdp,
          ImportFormat::Pax, ImportFormat::Timeline, ImportFormat::Ics, ImportFormat::Csv}) {
        QVERIFY(ImportFormats::reader(format));
    }
    QCOMPARE(errorOf([] { ImportFormats::reader(ImportFormat::Unknown); }),
             std::optional<QString>(QStringLiteral(
                 "Entente cannot tell which format the file is in; choose one of json, "
                 "timelinejs, acled, ucdp, pax, timeline, ics, csv.")));
    // The window and the command line name the file the user chose.
    QCOMPARE(
        errorOf([] { ImportFormats::reader(ImportFormat::Unknown, QStringLiteral("notes.bin")); }),
        std::optional<QString>(QStringLiteral(
            "notes.bin: Entente cannot tell which format this file is in; choose one of "
            "json, timelinejs, acled, ucdp, pax, timeline, ics, csv.")));
}

void TstImportFormats::problemsSayWhere()
{
    QCOMPARE((ImportProblem{QStringLiteral("a.csv"), 12, QStringLiteral("event_date"),
                            QStringLiteral("not a date")})
                 .toString(),
             QStringLiteral("a.csv:12: event_date: not a date"));
    QCOMPARE(
        (ImportProblem{QStringLiteral("a.csv"), 0, {}, QStringLiteral("empty file")}).toString(),
        QStringLiteral("a.csv: empty file"));
}

QTEST_GUILESS_MAIN(TstImportFormats)
#include "tst_importformats.moc"
