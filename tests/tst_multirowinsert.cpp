// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QTemporaryDir>

#include "database.h"
#include "error.h"
#include "multirowinsert.h"
#include "statement.h"

#include <memory>

using namespace entente;

class TstMultiRowInsert : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyRowOnceInOrder_data();
    void everyRowOnceInOrder();
    void tailAppliesToEveryRow();
    void failedStatementLeavesTheStatementUsable();

private:
    QStringList rows();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TstMultiRowInsert::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("t.db")),
                                      Database::OpenMode::ReadWriteCreate);
    m_db->execute(QStringLiteral("CREATE TABLE t (k INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                 "n INTEGER NOT NULL DEFAULT 0)"));
}

QStringList TstMultiRowInsert::rows()
{
    Statement st(*m_db, QStringLiteral("SELECT k || ':' || name || ':' || n FROM t ORDER BY k"));
    QStringList result;
    while (st.step()) {
        result.append(st.text(0));
    }
    return result;
}

void TstMultiRowInsert::everyRowOnceInOrder_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("one statement less one") << MultiRowInsert::RowsPerStatement - 1;
    QTest::newRow("one statement") << MultiRowInsert::RowsPerStatement;
    QTest::newRow("one statement and one") << MultiRowInsert::RowsPerStatement + 1;
    QTest::newRow("several and a remainder") << 3 * MultiRowInsert::RowsPerStatement + 5;
}

void TstMultiRowInsert::everyRowOnceInOrder()
{
    QFETCH(int, count);
    MultiRowInsert insert(*m_db, QStringLiteral("INSERT INTO t (k, name) VALUES"), 2);
    QStringList bound;
    insert.run(count, [&](Statement &st, int first, qsizetype row) {
        st.bind(first, qint64(10 + row)).bind(first + 1, QStringLiteral("row %1").arg(row));
        bound.append(QStringLiteral("%1:row %2:0").arg(10 + row).arg(row));
    });
    QCOMPARE(rows(), bound);
    QCOMPARE(bound.size(), count);
}

void TstMultiRowInsert::tailAppliesToEveryRow()
{
    m_db->execute(
        QStringLiteral("INSERT INTO t (k, name, n) VALUES (2, 'two', 5), (40, 'forty', 1)"));
    MultiRowInsert upsert(*m_db, QStringLiteral("INSERT INTO t (k, name, n) VALUES"), 3,
                          QStringLiteral("ON CONFLICT (k) DO UPDATE SET n = n + excluded.n"));
    upsert.run(41, [](Statement &st, int first, qsizetype row) {
        st.bind(first, qint64(row)).bind(first + 1, QStringLiteral("new")).bind(first + 2, 1);
    });
    const QStringList all = rows();
    QCOMPARE(all.size(), 41);
    QCOMPARE(all.at(2), QStringLiteral("2:two:6"));
    QCOMPARE(all.at(40), QStringLiteral("40:forty:2"));
    QCOMPARE(all.at(3), QStringLiteral("3:new:1"));
}

void TstMultiRowInsert::failedStatementLeavesTheStatementUsable()
{
    MultiRowInsert insert(*m_db, QStringLiteral("INSERT INTO t (k, name) VALUES"), 2);
    const auto bindKeys = [](qint64 offset) {
        return [offset](Statement &st, int first, qsizetype row) {
            st.bind(first, offset + row).bind(first + 1, QStringLiteral("x"));
        };
    };
    insert.run(3, bindKeys(1));
    bool refused = false;
    try {
        insert.run(3, bindKeys(3)); // key 3 is taken
    } catch (const Error &error) {
        refused = error.message().contains(QStringLiteral("UNIQUE"));
    }
    QVERIFY(refused);
    QCOMPARE(rows().size(), 3); // the failed statement stored none of its rows
    insert.run(3, bindKeys(4));
    QCOMPARE(rows().size(), 6);
}

QTEST_GUILESS_MAIN(TstMultiRowInsert)
#include "tst_multirowinsert.moc"
