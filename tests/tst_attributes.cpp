// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QMap>

#include "attributes.h"

using namespace entente;

namespace {

using Pairs = QList<std::pair<QString, QString>>;

// The entries in the order the attributes give them.
Pairs entriesOf(const Attributes &attributes)
{
    Pairs entries;
    for (const auto &[key, value] : attributes) {
        entries.append({key, value});
    }
    return entries;
}

Pairs entriesOf(const QMap<QString, QString> &map)
{
    Pairs entries;
    for (auto it = map.begin(); it != map.end(); ++it) {
        entries.append({it.key(), it.value()});
    }
    return entries;
}

// Keys whose orders differ by rule: case, a letter beyond ASCII, a character beyond the BMP
// (a surrogate pair, before U+FB00 in UTF-16 though after it as a code point).
const QStringList Keys = {QStringLiteral("acled.fatalities"),
                          QStringLiteral("latitude"),
                          QStringLiteral("Zeta"),
                          QStringLiteral("alpha"),
                          QStringLiteral("ä"),
                          QStringLiteral("Alpha"),
                          QStringLiteral("acled.fat"),
                          QStringLiteral("😀"),
                          QStringLiteral("ﬀ"),
                          QStringLiteral("")};

Attributes clash()
{
    return {{QStringLiteral("acled.fatalities"), QStringLiteral("3")},
            {QStringLiteral("latitude"), QStringLiteral("48.5")}};
}

} // namespace

Q_DECLARE_METATYPE(Pairs)

class TstAttributes : public QObject
{
    Q_OBJECT

private slots:
    void keepQMapsOrder_data();
    void keepQMapsOrder();
    void insertReplacesTheValue();
    void laterEntriesOfAListReplaceEarlierOnes();
    void removeTakesOnlyItsKey();
    void valueOfAnAbsentKeyIsEmpty();
    void equalByContentNotByHistory();
    void aCopyIsUnchangedByChangesToTheOther();
};

void TstAttributes::keepQMapsOrder_data()
{
    QTest::addColumn<QStringList>("keys");
    QStringList sorted = Keys;
    std::sort(sorted.begin(), sorted.end());
    QStringList reversed(sorted.rbegin(), sorted.rend());
    QTest::newRow("as listed") << Keys;
    QTest::newRow("sorted") << sorted;
    QTest::newRow("reversed") << reversed;
}

// The stored JSON and the exports write attributes in this order: it must stay QMap's.
void TstAttributes::keepQMapsOrder()
{
    QFETCH(QStringList, keys);
    Attributes attributes;
    QMap<QString, QString> map;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        attributes.insert(keys.at(i), QString::number(i));
        map.insert(keys.at(i), QString::number(i));
    }
    QCOMPARE(entriesOf(attributes), entriesOf(map));
    QCOMPARE(attributes.keys(), map.keys());
    QCOMPARE(attributes.size(), map.size());
    for (const QString &key : keys) {
        QVERIFY(attributes.contains(key));
        QCOMPARE(attributes.value(key), map.value(key));
    }
}

void TstAttributes::insertReplacesTheValue()
{
    Attributes attributes = clash();
    attributes.insert(QStringLiteral("acled.fatalities"), QStringLiteral("4"));
    attributes.insert(QStringLiteral("latitude"), QStringLiteral("49"));
    QCOMPARE(entriesOf(attributes),
             (Pairs{{QStringLiteral("acled.fatalities"), QStringLiteral("4")},
                    {QStringLiteral("latitude"), QStringLiteral("49")}}));
}

void TstAttributes::laterEntriesOfAListReplaceEarlierOnes()
{
    const Attributes attributes = {{QStringLiteral("k"), QStringLiteral("1")},
                                   {QStringLiteral("a"), QStringLiteral("2")},
                                   {QStringLiteral("k"), QStringLiteral("3")}};
    QCOMPARE(entriesOf(attributes), (Pairs{{QStringLiteral("a"), QStringLiteral("2")},
                                           {QStringLiteral("k"), QStringLiteral("3")}}));
}

void TstAttributes::removeTakesOnlyItsKey()
{
    Attributes attributes = clash();
    QVERIFY(!attributes.remove(QStringLiteral("longitude")));
    QCOMPARE(attributes.size(), 2);
    QVERIFY(attributes.remove(QStringLiteral("acled.fatalities")));
    QCOMPARE(entriesOf(attributes), (Pairs{{QStringLiteral("latitude"), QStringLiteral("48.5")}}));
    QVERIFY(attributes.remove(QStringLiteral("latitude")));
    QVERIFY(attributes.isEmpty());
}

void TstAttributes::valueOfAnAbsentKeyIsEmpty()
{
    const Attributes attributes = clash();
    QVERIFY(attributes.value(QStringLiteral("acled")).isNull());
    QVERIFY(attributes.value(QStringLiteral("zzz")).isNull());
    QVERIFY(!attributes.contains(QStringLiteral("acled")));
    QVERIFY(Attributes().value(QStringLiteral("latitude")).isNull());
    QVERIFY(!Attributes().contains(QStringLiteral("latitude")));
}

void TstAttributes::equalByContentNotByHistory()
{
    Attributes reversed;
    reversed.insert(QStringLiteral("latitude"), QStringLiteral("0"));
    reversed.insert(QStringLiteral("acled.fatalities"), QStringLiteral("3"));
    QVERIFY(reversed != clash());
    reversed.insert(QStringLiteral("latitude"), QStringLiteral("48.5"));
    QVERIFY(reversed == clash());
    reversed.insert(QStringLiteral("longitude"), QStringLiteral("37.6"));
    QVERIFY(reversed != clash());
    QVERIFY(Attributes() == Attributes{});
}

void TstAttributes::aCopyIsUnchangedByChangesToTheOther()
{
    const Attributes original = clash();
    Attributes copy = original;
    copy.insert(QStringLiteral("latitude"), QStringLiteral("0"));
    copy.insert(QStringLiteral("longitude"), QStringLiteral("37.6"));
    copy.remove(QStringLiteral("acled.fatalities"));
    QCOMPARE(entriesOf(original), (Pairs{{QStringLiteral("acled.fatalities"), QStringLiteral("3")},
                                         {QStringLiteral("latitude"), QStringLiteral("48.5")}}));
    QCOMPARE(entriesOf(copy), (Pairs{{QStringLiteral("latitude"), QStringLiteral("0")},
                                     {QStringLiteral("longitude"), QStringLiteral("37.6")}}));
}

QTEST_MAIN(TstAttributes)
#include "tst_attributes.moc"
