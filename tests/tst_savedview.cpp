// SPDX-License-Identifier: GPL-3.0-or-later
// A saved view and its criteria as JSON: what the timeline file and Entente JSON keep of them.
#include <QTest>

#include <QJsonArray>
#include <QJsonDocument>

#include "savedview.h"

using namespace entente;

using namespace Qt::StringLiterals;

class TstSavedView : public QObject
{
    Q_OBJECT

private slots:
    void everyCriterionRoundTrips();
    void emptyCriteriaAreAnEmptyObject();
    void datesAreReadableDateTimesInUtc();
    void datesOutsideYearsOneTo9999AreSeconds();
    void unknownKeysAreIgnored();
    void wrongTypesNameTheKey_data();
    void wrongTypesNameTheKey();
    void viewRoundTrips();
    void viewWithoutRangeOrLanesRoundTrips();
    void badViewsNameTheKey_data();
    void badViewsNameTheKey();
};

namespace {

EventCriteria everyCriterion()
{
    EventCriteria criteria;
    criteria.query = u"ceasefire -\"Minsk II\""_s;
    criteria.actors = {3, 7};
    criteria.categories = {u"agreement"_s, QString()};
    criteria.tags = {u"talks"_s};
    criteria.from = 1423699200; // 2015-02-12
    criteria.to = 1424304000 + 3600;
    criteria.minImportance = 4;
    criteria.outlets = {u"Reuters"_s, u"TASS"_s};
    criteria.hasRelations = true;
    criteria.approximateOnly = true;
    return criteria;
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void TstSavedView::everyCriterionRoundTrips()
{
    const EventCriteria criteria = everyCriterion();
    QString error = u"not cleared"_s;
    QCOMPARE(EventCriteria::fromJson(criteria.toJson(), &error), criteria);
    QCOMPARE(error, QString());
    // Through text, as the file keeps it.
    const QByteArray text = QJsonDocument(criteria.toJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(EventCriteria::fromJson(parse(text), &error), criteria);
    const QJsonObject json = criteria.toJson();
    QCOMPARE(json.value(u"query").toString(), criteria.query);
    QCOMPARE(json.value(u"actors").toArray(), (QJsonArray{3, 7}));
    QCOMPARE(json.value(u"minImportance").toInt(), 4);
    QCOMPARE(json.value(u"hasRelations").toBool(), true);
}

void TstSavedView::emptyCriteriaAreAnEmptyObject()
{
    QCOMPARE(EventCriteria().toJson(), QJsonObject());
    QString error;
    QCOMPARE(EventCriteria::fromJson(QJsonObject(), &error), EventCriteria());
    QCOMPARE(error, QString());
}

void TstSavedView::datesAreReadableDateTimesInUtc()
{
    EventCriteria criteria;
    criteria.from = 1423699200;
    criteria.to = 1423699200 + 9 * 3600 + 30 * 60;
    const QJsonObject json = criteria.toJson();
    QCOMPARE(json.value(u"from").toString(), u"2015-02-12T00:00:00Z"_s);
    QCOMPARE(json.value(u"to").toString(), u"2015-02-12T09:30:00Z"_s);
    // Written by hand without an offset: UTC too, as every date of a timeline is naive.
    QString error;
    const EventCriteria read = EventCriteria::fromJson(
        parse(R"({"from": "2015-02-12T00:00:00", "to": 1423733400})"), &error);
    QCOMPARE(error, QString());
    QCOMPARE(read, criteria);
}

void TstSavedView::datesOutsideYearsOneTo9999AreSeconds()
{
    EventCriteria criteria;
    criteria.from = -62198755200 - 86400 * 366; // in 2 BC
    const QJsonObject json = criteria.toJson();
    QVERIFY(json.value(u"from").isDouble());
    QString error;
    QCOMPARE(EventCriteria::fromJson(json, &error), criteria);
    QCOMPARE(error, QString());
}

void TstSavedView::unknownKeysAreIgnored()
{
    QString error;
    const EventCriteria read = EventCriteria::fromJson(
        parse(R"({"query": "talks", "colour": "blue", "future": {"a": 1}})"), &error);
    QCOMPARE(error, QString());
    EventCriteria expected;
    expected.query = u"talks"_s;
    QCOMPARE(read, expected);
}

void TstSavedView::wrongTypesNameTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("query") << QByteArray(R"({"query": 5})") << u"“query”: expected text"_s;
    QTest::newRow("actors not a list")
        << QByteArray(R"({"actors": 5})") << u"“actors”: expected a list"_s;
    QTest::newRow("actors by name") << QByteArray(R"({"actors": ["Russia"]})")
                                    << u"“actors”: expected a list of actor ids (whole numbers)"_s;
    QTest::newRow("categories") << QByteArray(R"({"categories": [1]})")
                                << u"“categories”: expected a list of text"_s;
    QTest::newRow("tags") << QByteArray(R"({"tags": "talks"})") << u"“tags”: expected a list"_s;
    QTest::newRow("from") << QByteArray(R"({"from": "12 February 2015"})")
                          << u"“from”: expected a date and time such as 2015-02-12T00:00:00Z, "
                             "not “12 February 2015”"_s;
    QTest::newRow("to") << QByteArray(R"({"to": true})") << u"“to”: expected a whole number"_s;
    QTest::newRow("minImportance")
        << QByteArray(R"({"minImportance": 2.5})") << u"“minImportance”: expected a whole number"_s;
    QTest::newRow("outlets") << QByteArray(R"({"outlets": [null]})")
                             << u"“outlets”: expected a list of text"_s;
    QTest::newRow("hasRelations") << QByteArray(R"({"hasRelations": "yes"})")
                                  << u"“hasRelations”: expected true or false"_s;
    QTest::newRow("approximateOnly") << QByteArray(R"({"approximateOnly": 1})")
                                     << u"“approximateOnly”: expected true or false"_s;
    QTest::newRow("the first problem")
        << QByteArray(R"({"query": 1, "hasRelations": 1})") << u"“query”: expected text"_s;
}

void TstSavedView::wrongTypesNameTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString problem;
    const EventCriteria read = EventCriteria::fromJson(parse(json), &problem);
    QCOMPARE(problem, error);
    QCOMPARE(read, EventCriteria()); // nothing half read
}

void TstSavedView::viewRoundTrips()
{
    const SavedView view{5, u"Minsk talks"_s, everyCriterion(),
                         std::pair<qint64, qint64>(1409875200, 1424304000), u"category"_s};
    const QJsonObject json = view.toJson();
    QVERIFY(!json.contains(u"id"));
    QCOMPARE(json.value(u"visible").toObject().value(u"from").toString(),
             u"2014-09-05T00:00:00Z"_s);
    QString error;
    SavedView expected = view;
    expected.id = 0; // the id is the store's
    QCOMPARE(SavedView::fromJson(json, &error), expected);
    QCOMPARE(error, QString());
}

void TstSavedView::viewWithoutRangeOrLanesRoundTrips()
{
    SavedView view;
    view.name = u"Everything"_s;
    const QJsonObject json = view.toJson();
    QVERIFY(json.value(u"visible").isNull());
    QString error;
    QCOMPARE(SavedView::fromJson(json, &error), view);
    QCOMPARE(error, QString());
}

void TstSavedView::badViewsNameTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("no name") << QByteArray(R"({"criteria": {}})")
                             << u"“name”: expected the view's name"_s;
    QTest::newRow("blank name") << QByteArray(R"({"name": "  "})")
                                << u"“name”: expected the view's name"_s;
    QTest::newRow("criteria not an object")
        << QByteArray(R"({"name": "a", "criteria": []})") << u"“criteria”: expected an object"_s;
    QTest::newRow("a criterion") << QByteArray(
                                        R"({"name": "a", "criteria": {"minImportance": "high"}})")
                                 << u"“criteria”, “minImportance”: expected a whole number"_s;
    QTest::newRow("visible without its end")
        << QByteArray(R"({"name": "a", "visible": {"from": "2015-02-12T00:00:00Z"}})")
        << u"“visible”: expected “from” and “to” as date-times or seconds"_s;
    QTest::newRow("visible not an object")
        << QByteArray(R"({"name": "a", "visible": 5})")
        << u"“visible”: expected an object with “from” and “to”, or null"_s;
    QTest::newRow("unknown lane mode")
        << QByteArray(R"({"name": "a", "lanes": "stacked"})")
        << u"“lanes”: expected one of actor, category, packed or \"\""_s;
}

void TstSavedView::badViewsNameTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString problem;
    QCOMPARE(SavedView::fromJson(parse(json), &problem), SavedView());
    QCOMPARE(problem, error);
}

QTEST_GUILESS_MAIN(TstSavedView)
#include "tst_savedview.moc"
