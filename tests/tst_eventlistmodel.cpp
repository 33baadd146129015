// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlistmodel.h"
#include "eventstore.h"
#include "seedloader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

class TstEventListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsEveryEventInTimeOrder();
    void showsDatesWithTheirPrecision();
    void namesActorsAndMapsIds();
    void followsTheStore();

private:
    QTemporaryDir *m_dir = nullptr;
    EventStore *m_store = nullptr;
};

void TstEventListModel::init()
{
    m_dir = new QTemporaryDir;
    m_store = new EventStore(m_dir->filePath(u"t.entente"_s));
    SeedLoader::loadBundled(*m_store);
}

void TstEventListModel::cleanup()
{
    delete m_store;
    delete m_dir;
}

void TstEventListModel::listsEveryEventInTimeOrder()
{
    EventListModel model(m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(m_store->eventCount()));
    QCOMPARE(model.columnCount(), int(EventListModel::ColumnCount));
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 key = model.index(row, EventListModel::DateColumn)
                               .data(EventListModel::SortKeyRole)
                               .toLongLong();
        QVERIFY(key >= previous);
        previous = key;
    }
    // The undated China/Iran event sorts last.
    const QModelIndex last = model.index(model.rowCount() - 1, EventListModel::TitleColumn);
    QVERIFY(last.data().toString().contains(u"China"_s));
}

void TstEventListModel::showsDatesWithTheirPrecision()
{
    EventListModel model(m_store);
    const auto dateOf = [&](const QString &uid) {
        const int row = model.rowOfEvent(m_store->eventByUid(uid)->id);
        return model.index(row, EventListModel::DateColumn).data().toString();
    };
    QCOMPARE(dateOf(u"article-02-minsk-protocol"_s), u"5 Sep 2014"_s);
    QCOMPARE(dateOf(u"article-01-crimea"_s), u"27 Feb 2014 – 18 Mar 2014"_s);
    QCOMPARE(dateOf(u"article-05-full-scale-invasion"_s), u"24 Feb 2022 – ongoing"_s);
    QCOMPARE(dateOf(u"article-08-zelenskyy-open-to-talks"_s), u"c. Feb 2025"_s);
    QCOMPARE(dateOf(u"article-07-china-iran-involvement"_s), u"unknown start – ongoing"_s);
}

void TstEventListModel::namesActorsAndMapsIds()
{
    EventListModel model(m_store);
    const qint64 id = m_store->eventByUid(u"article-01-crimea"_s)->id;
    const int row = model.rowOfEvent(id);
    QVERIFY(row >= 0);
    QCOMPARE(model.eventIdAt(row), id);
    QCOMPARE(model.index(row, 0).data(EventListModel::EventIdRole).toLongLong(), id);
    QCOMPARE(model.index(row, EventListModel::ActorsColumn).data().toString(),
             u"Russia, Ukraine"_s);
    QCOMPARE(model.headerData(EventListModel::TitleColumn, Qt::Horizontal).toString(), u"Event"_s);
}

void TstEventListModel::followsTheStore()
{
    EventListModel model(m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    Event event;
    event.title = u"Istanbul talks"_s;
    event.start = PartialDate::day(2022, 3, 29);
    const qint64 id = m_store->addEvent(event);
    QCOMPARE(model.rowCount(), before + 1);
    QVERIFY(model.rowOfEvent(id) >= 0);
    m_store->removeEvent(id);
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(model.rowOfEvent(id), -1);
}

QTEST_GUILESS_MAIN(TstEventListModel)
#include "tst_eventlistmodel.moc"
