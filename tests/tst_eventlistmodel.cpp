// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlistmodel.h"
#include "eventstore.h"
#include "searchtimeline.h"
#include "seedloader.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QItemSelectionModel>
#include <QSignalSpy>

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
    void editsUpdateRowsInPlace();
    void sortsByEachColumn_data();
    void sortsByEachColumn();
    void filterOnALargeTimelineDropsTheOldRowsAtOnce();
    void aListingThatFailsOnItsThreadSaysWhy();
    void criteriaListWhatTheStoreMatches_data();
    void criteriaListWhatTheStoreMatches();
    void anEditThatNoLongerMatchesLeavesTheList();
    void criteriaAndTheTitleFilterCombine();

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

// An edit moves, inserts or removes the rows it touches, never resets the table: the view
// keeps its scroll position and its selection (a moved row stays selected).
void TstEventListModel::editsUpdateRowsInPlace()
{
    EventListModel model(m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const qint64 minsk = m_store->eventByUid(u"article-02-minsk-protocol"_s)->id;
    selection.select(model.index(model.rowOfEvent(minsk), 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    Event moved = *m_store->event(minsk);
    moved.start = PartialDate::day(2023, 6, 1); // from 2014 to among the later events
    m_store->updateEvent(moved);
    Event renamed = moved;
    renamed.title = u"Minsk, renamed"_s;
    m_store->updateEvent(renamed);
    Event added;
    added.title = u"Istanbul talks"_s;
    added.start = PartialDate::day(2022, 3, 29);
    const qint64 istanbul = m_store->addEvent(added);
    m_store->removeEvent(m_store->eventByUid(u"article-01-crimea"_s)->id);

    QCOMPARE(resets.count(), 0);
    QVERIFY(selection.isRowSelected(model.rowOfEvent(minsk), {}));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(model.index(model.rowOfEvent(minsk), EventListModel::TitleColumn).data().toString(),
             u"Minsk, renamed"_s);
    // The rows are what a fresh listing gives.
    EventListModel fresh(m_store);
    QCOMPARE(model.rowCount(), fresh.rowCount());
    for (int row = 0; row < fresh.rowCount(); ++row) {
        QCOMPARE(model.eventIdAt(row), fresh.eventIdAt(row));
    }
    QVERIFY(model.rowOfEvent(istanbul) >= 0);
}

namespace {

// The column's text per row, as listed.
QStringList columnTexts(const EventListModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        texts.append(model.index(row, column).data().toString());
    }
    return texts;
}

} // namespace

void TstEventListModel::sortsByEachColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");

    QTest::newRow("date, newest first") << int(EventListModel::DateColumn) << Qt::DescendingOrder;
    QTest::newRow("title") << int(EventListModel::TitleColumn) << Qt::AscendingOrder;
    QTest::newRow("title, descending") << int(EventListModel::TitleColumn) << Qt::DescendingOrder;
    QTest::newRow("actors") << int(EventListModel::ActorsColumn) << Qt::AscendingOrder;
    QTest::newRow("category") << int(EventListModel::CategoryColumn) << Qt::AscendingOrder;
}

void TstEventListModel::sortsByEachColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);

    EventListModel model(m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = model.rowCount();
    model.sort(column, order);
    QCOMPARE(model.rowCount(), rows);
    if (column == EventListModel::DateColumn) {
        // Newest first; the undated China/Iran event is last either way.
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row + 1 < rows; ++row) {
            const qint64 key =
                model.index(row, column).data(EventListModel::SortKeyRole).toLongLong();
            QVERIFY2(key <= previous, qPrintable(QString::number(row)));
            previous = key;
        }
        QVERIFY(
            model.index(0, EventListModel::TitleColumn).data().toString().contains(u"Riyadh"_s));
        QVERIFY(model.index(rows - 1, EventListModel::TitleColumn)
                    .data()
                    .toString()
                    .contains(u"China"_s));
    } else {
        const QStringList texts = columnTexts(model, column);
        QStringList sorted = texts;
        std::stable_sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) {
            if (a.isEmpty() != b.isEmpty()) {
                return b.isEmpty(); // empty cells last, as undated events are
            }
            const int c = QString::compare(a, b, Qt::CaseInsensitive);
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
        QCOMPARE(texts, sorted);
    }
    // Rows are still found by event, whatever the order.
    for (int row = 0; row < rows; ++row) {
        QCOMPARE(model.rowOfEvent(model.eventIdAt(row)), row);
    }
    // And the store's changes keep the order.
    Event event;
    event.title = u"AAA first by title"_s;
    event.start = PartialDate::day(2030, 1, 1);
    const qint64 id = m_store->addEvent(event);
    QCOMPARE(model.rowCount(), rows + 1);
    if (column == EventListModel::DateColumn ||
        (column == EventListModel::TitleColumn && order == Qt::AscendingOrder)) {
        QCOMPARE(model.rowOfEvent(id), 0);
    } else {
        QVERIFY(model.rowOfEvent(id) >= 0);
    }
}

namespace {

// Past ImmediateLimit the model lists on a thread of its own.
void addEventsPastTheImmediateLimit(EventStore &store)
{
    store.batch([&] {
        for (int i = 0; i <= EventListModel::ImmediateLimit; ++i) {
            Event event;
            event.title = i % 2 == 0 ? u"even %1"_s.arg(i) : u"odd %1"_s.arg(i);
            event.start = PartialDate::day(2000 + i % 20, 1 + i % 12, 1 + i % 28);
            store.addEvent(event);
        }
    });
}

} // namespace

void TstEventListModel::filterOnALargeTimelineDropsTheOldRowsAtOnce()
{
    // Past ImmediateLimit the ids are listed on a thread: until they come, the rows of the old
    // filter must not stand under the new one.
    addEventsPastTheImmediateLimit(*m_store);
    EventListModel model(m_store);
    QSignalSpy loaded(&model, &EventListModel::loaded);
    QVERIFY(loaded.wait(30000));
    const int all = model.rowCount();
    QVERIFY(all > EventListModel::ImmediateLimit);

    model.setFilter(u"odd"_s);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(model.rowCount(), (EventListModel::ImmediateLimit + 1) / 2);
    QVERIFY(model.index(0, EventListModel::TitleColumn).data().toString().startsWith(u"odd"_s));

    // Sorting too: the rows in the old order do not stand under the new header.
    model.sort(EventListModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(model.rowCount(), (EventListModel::ImmediateLimit + 1) / 2);
}

void TstEventListModel::aListingThatFailsOnItsThreadSaysWhy()
{
    addEventsPastTheImmediateLimit(*m_store);
    EventListModel model(m_store);
    QSignalSpy loaded(&model, &EventListModel::loaded);
    QVERIFY(loaded.wait(30000));
    // The listing opens its own connection by the file's name; with the file moved away (the
    // window's connection keeps it open) that open fails, as a file on a drive gone would.
    const QString moved = m_dir->filePath(u"moved.entente"_s);
    if (!QFile::rename(m_store->path(), moved)) {
        QSKIP("an open file cannot be renamed on this system");
    }
    QSignalSpy failed(&model, &EventListModel::failed);
    model.setFilter(u"odd"_s);
    QVERIFY(failed.wait(30000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_store->path())), qPrintable(message));
    QVERIFY(!model.isLoading());
    QCOMPARE(loaded.count(), 1);
    QFile::rename(moved, m_store->path());
}

namespace {

QList<qint64> listedIds(const EventListModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.append(model.eventIdAt(row));
    }
    return ids;
}

} // namespace

void TstEventListModel::criteriaListWhatTheStoreMatches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QStringList>("titles");

    QTest::newRow("a word") << u"minsk"_s << QStringList()
                            << QStringList{u"Minsk Protocol signed"_s, u"Package of Measures"_s,
                                           u"Rumour of a meeting"_s, u"Rutte visits Kyiv"_s,
                                           u"Talks resume"_s};
    QTest::newRow("a word and a category")
        << u"minsk"_s << QStringList{u"Agreement"_s}
        << QStringList{u"Minsk Protocol signed"_s, u"Package of Measures"_s, u"Talks resume"_s};
    QTest::newRow("a category") << QString() << QStringList{u"Visit"_s}
                                << QStringList{u"Rutte visits Kyiv"_s};
    QTest::newRow("nothing matches") << u"zzzz"_s << QStringList() << QStringList();
}

void TstEventListModel::criteriaListWhatTheStoreMatches()
{
    QFETCH(QString, query);
    QFETCH(QStringList, categories);
    QFETCH(QStringList, titles);

    SearchTimeline timeline;
    EventListModel model(&timeline.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EventCriteria criteria;
    criteria.query = query;
    criteria.categories = categories;
    model.setCriteria(criteria);

    const QList<qint64> listed = listedIds(model);
    QCOMPARE(timeline.titles(listed), titles);
    QList<qint64> matched;
    const MatchSet matches = timeline.store.matches(criteria);
    for (const MatchSet::Match &match : matches.inKeyOrder()) {
        matched.append(match.eventId);
    }
    QCOMPARE(listed, matched); // the same events, in the same (time) order

    model.setCriteria({});
    QCOMPARE(model.rowCount(), int(timeline.store.eventCount()));
}

void TstEventListModel::anEditThatNoLongerMatchesLeavesTheList()
{
    SearchTimeline timeline;
    EventListModel model(&timeline.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EventCriteria criteria;
    criteria.query = u"minsk"_s;
    model.setCriteria(criteria);
    QCOMPARE(model.rowCount(), 5);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // Rutte's visit no longer mentions Minsk: its row goes, the others stay where they were.
    Event visit = *timeline.store.event(timeline.id(u"Rutte visits Kyiv"_s));
    visit.description = u"Rutte talks about NATO."_s;
    timeline.store.updateEvent(visit);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowOfEvent(visit.id), -1);
    QCOMPARE(model.rowCount(), 4);

    // The battle now does: it comes in at its place in time, between 2014 and February 2015.
    Event battle = *timeline.store.event(timeline.id(u"Battle of Debaltseve"_s));
    battle.description += u" The Minsk ceasefire broke down."_s;
    timeline.store.updateEvent(battle);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowOfEvent(battle.id), 1);
    QCOMPARE(model.eventIdAt(0), timeline.id(u"Minsk Protocol signed"_s));
    QCOMPARE(model.eventIdAt(2), timeline.id(u"Package of Measures"_s));
    QCOMPARE(reset.size(), 0); // updated in place, not listed again
}

void TstEventListModel::criteriaAndTheTitleFilterCombine()
{
    SearchTimeline timeline;
    EventListModel model(&timeline.store);
    EventCriteria criteria;
    criteria.categories = {u"Agreement"_s};
    model.setCriteria(criteria);
    model.setFilter(u"talks"_s); // the title filter: Talks resume, not the talks in a description
    QCOMPARE(timeline.titles(listedIds(model)), QStringList{u"Talks resume"_s});
    model.sort(EventListModel::TitleColumn, Qt::DescendingOrder);
    QCOMPARE(timeline.titles(listedIds(model)), QStringList{u"Talks resume"_s});
    model.setFilter(QString());
    QCOMPARE(listedIds(model),
             (QList<qint64>{timeline.id(u"Talks resume"_s), timeline.id(u"Package of Measures"_s),
                            timeline.id(u"Minsk Protocol signed"_s)}));
}

QTEST_GUILESS_MAIN(TstEventListModel)
#include "tst_eventlistmodel.moc"
