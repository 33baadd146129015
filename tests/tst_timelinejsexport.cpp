// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "timelinejsexport.h"

using namespace entente;

class TstTimelineJsExport : public QObject
{
    Q_OBJECT

private slots:
    void datesHaveOnlyTheKnownParts_data();
    void datesHaveOnlyTheKnownParts();
    void slideHasTextGroupIdAndMedia();
    void textIsEscapedAsHtml();
    void titleAndEras();
    void undatedEventsAreLeftOutAndCounted();
};

namespace {

struct Export
{
    QJsonObject root;
    qsizetype leftOut = 0;
};

Export exportOf(const TimelineContent &content)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Export result;
    result.leftOut = TimelineJsExport::write(content, &buffer);
    result.root = QJsonDocument::fromJson(bytes).object();
    return result;
}

Event eventAt(const PartialDate &start)
{
    Event event;
    event.uid = QStringLiteral("u");
    event.title = QStringLiteral("T");
    event.start = start;
    return event;
}

QJsonObject firstSlide(const TimelineContent &content)
{
    return exportOf(content).root.value(u"events").toArray().first().toObject();
}

} // namespace

void TstTimelineJsExport::datesHaveOnlyTheKnownParts_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("year") << QStringLiteral("2014") << QByteArray(R"({"year":2014})");
    QTest::newRow("month") << QStringLiteral("2014-09") << QByteArray(R"({"month":9,"year":2014})");
    QTest::newRow("day") << QStringLiteral("2014-09-05")
                         << QByteArray(R"({"day":5,"month":9,"year":2014})");
    QTest::newRow("minute") << QStringLiteral("2014-09-05T14:30")
                            << QByteArray(
                                   R"({"day":5,"hour":14,"minute":30,"month":9,"year":2014})");
    // TimelineJS shows what it is given; "c." says the date is approximate.
    QTest::newRow("approximate") << QStringLiteral("2014~")
                                 << QByteArray(R"({"display_date":"c. 2014","year":2014})");
}

void TstTimelineJsExport::datesHaveOnlyTheKnownParts()
{
    QFETCH(QString, date);
    QFETCH(QByteArray, expected);
    TimelineContent content;
    content.events = {eventAt(PartialDate::fromIso(date))};
    const QJsonObject slide = firstSlide(content);
    QCOMPARE(QJsonDocument(slide.value(u"start_date").toObject()).toJson(QJsonDocument::Compact),
             expected);
    QVERIFY(!slide.contains(u"end_date"));
}

void TstTimelineJsExport::slideHasTextGroupIdAndMedia()
{
    TimelineContent content;
    content.sources = {{1, QStringLiteral("ISW"), QStringLiteral("No link"), {}, {}, {}},
                       {2,
                        QStringLiteral("Reuters"),
                        QStringLiteral("Talks"),
                        QStringLiteral("https://example.org/a"),
                        {},
                        {}}};
    Event event = eventAt(PartialDate::month(2014, 9));
    event.kind = Event::Kind::Period;
    event.end = PartialDate::day(2015, 2, 12);
    event.description = QStringLiteral("First\nSecond");
    event.category = QStringLiteral("agreement");
    event.sourceIds = {1, 2};
    content.events = {event};
    const QJsonObject slide = firstSlide(content);
    QCOMPARE(QJsonDocument(slide.value(u"end_date").toObject()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"day":12,"month":2,"year":2015})"));
    QCOMPARE(slide.value(u"text").toObject().value(u"headline").toString(), QStringLiteral("T"));
    QCOMPARE(slide.value(u"text").toObject().value(u"text").toString(),
             QStringLiteral("<p>First<br>Second</p>"));
    QCOMPARE(slide.value(u"group").toString(), QStringLiteral("agreement"));
    QCOMPARE(slide.value(u"unique_id").toString(), QStringLiteral("u"));
    // The first source with a URL.
    const QJsonObject media = slide.value(u"media").toObject();
    QCOMPARE(media.value(u"url").toString(), QStringLiteral("https://example.org/a"));
    QCOMPARE(media.value(u"caption").toString(), QStringLiteral("Talks"));
    QCOMPARE(media.value(u"credit").toString(), QStringLiteral("Reuters"));
}

void TstTimelineJsExport::textIsEscapedAsHtml()
{
    TimelineContent content;
    Event event = eventAt(PartialDate::year(2014));
    event.title = QStringLiteral("<script>alert('x')</script> & co");
    event.description = QStringLiteral("a < b \"quoted\"");
    content.events = {event};
    const QJsonObject text = firstSlide(content).value(u"text").toObject();
    QCOMPARE(text.value(u"headline").toString(),
             QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"));
    QCOMPARE(text.value(u"text").toString(), QStringLiteral("<p>a &lt; b &quot;quoted&quot;</p>"));
}

void TstTimelineJsExport::titleAndEras()
{
    TimelineContent content;
    content.title = QStringLiteral("Talks & war");
    content.eras = {{0, QStringLiteral("Minsk process"), PartialDate::day(2014, 9, 5),
                     PartialDate::month(2022, 2), QStringLiteral("#d6eaf8")}};
    const QJsonObject root = exportOf(content).root;
    QCOMPARE(root.value(u"title").toObject().value(u"text").toObject().value(u"headline"),
             QStringLiteral("Talks &amp; war"));
    const QJsonObject era = root.value(u"eras").toArray().first().toObject();
    QCOMPARE(QJsonDocument(era).toJson(QJsonDocument::Compact),
             QByteArray(R"({"end_date":{"month":2,"year":2022},)"
                        R"("start_date":{"day":5,"month":9,"year":2014},)"
                        R"("text":{"headline":"Minsk process","text":""}})"));
}

void TstTimelineJsExport::undatedEventsAreLeftOutAndCounted()
{
    TimelineContent content;
    Event undated = eventAt(PartialDate());
    undated.uid = QStringLiteral("undated");
    Event dated = eventAt(PartialDate::year(2020));
    content.events = {undated, dated, undated};
    content.events[2].uid = QStringLiteral("undated-2");
    const Export result = exportOf(content);
    QCOMPARE(result.leftOut, 2);
    const QJsonArray events = result.root.value(u"events").toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toObject().value(u"unique_id").toString(), QStringLiteral("u"));
    QVERIFY(!result.root.contains(u"title")); // no title slide without a title
}

QTEST_MAIN(TstTimelineJsExport)
#include "tst_timelinejsexport.moc"
