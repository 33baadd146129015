// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QBuffer>

#include "datasettable.h"

using namespace entente;

namespace {

// Each row's kept columns, as a reader keeps them into a new event.
QList<Attributes>
keptOf(const QByteArray &csv,
       const std::function<QList<DatasetTable::KeptColumn>(const DatasetTable &)> &keptColumns)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    ImportReport report;
    DatasetTable table(buffer, QStringLiteral("rows.csv"), &report, {});
    const QList<DatasetTable::KeptColumn> kept = keptColumns(table);
    QList<Attributes> rows;
    while (table.next()) {
        Attributes attributes;
        table.keep(kept, &attributes);
        rows.append(attributes);
    }
    return rows;
}

Attributes attributes(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    Attributes map;
    for (const auto &[key, value] : pairs) {
        map.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    }
    return map;
}

const QByteArray Rows = "id,fatalities,latitude,country\n"
                        "1,5,50.1,Ukraine\n"
                        "2,0,50.2,Ukraine\n"
                        "3,,50.3, Ukraine \n"
                        "4,7,,\n"
                        "5,1,50.5,Russia\n";

const QList<Attributes> Expected = {
    attributes({{"acled.fatalities", "5"}, {"latitude", "50.1"}, {"acled.country", "Ukraine"}}),
    attributes({{"acled.fatalities", "0"}, {"latitude", "50.2"}, {"acled.country", "Ukraine"}}),
    attributes({{"latitude", "50.3"}, {"acled.country", "Ukraine"}}),
    attributes({{"acled.fatalities", "7"}}),
    attributes({{"acled.fatalities", "1"}, {"latitude", "50.5"}, {"acled.country", "Russia"}}),
};

} // namespace

class TstDatasetTable : public QObject
{
    Q_OBJECT

private slots:
    void keepsEachRowsOwnValues();
    void keepsColumnsInAnyOrder();
};

// Rows that fill the same columns as the row before, fewer, or other ones: each event gets its
// row's values, trimmed, and none of another row's.
void TstDatasetTable::keepsEachRowsOwnValues()
{
    const QList<Attributes> rows = keptOf(Rows, [](const DatasetTable &table) {
        return DatasetTable::inAttributeOrder(
            table.keptColumns(QString(), {"latitude", "longitude"}) +
            table.keptColumns(QStringLiteral("acled."), {"fatalities", "country"}));
    });
    QCOMPARE(rows, Expected);
}

void TstDatasetTable::keepsColumnsInAnyOrder()
{
    const QList<Attributes> rows = keptOf(Rows, [](const DatasetTable &table) {
        return table.keptColumns(QString(), {"latitude"}) +
               table.keptColumns(QStringLiteral("acled."), {"fatalities", "country"});
    });
    QCOMPARE(rows, Expected);
}

QTEST_MAIN(TstDatasetTable)
#include "tst_datasettable.moc"
