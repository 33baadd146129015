// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QDir>
#include <QTemporaryDir>

#include "database.h"
#include "error.h"
#include "statement.h"
#include "transaction.h"

#include <memory>

using namespace entente;

// All or nothing, nested, and a writer that takes the file's write lock when it begins, so
// that a second writer waits for it (or is told the file is in use) instead of failing half-way.
class TstTransaction : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void uncommittedTransactionChangesNothing();
    void innerFailureUndoesOnlyTheInnerPart();
    void secondWriterIsToldTheFileIsInUse();
    void readOnlyConnectionReadsWhileAnotherWrites();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("t.entente")); }
    qint64 rows(Database &db) const
    {
        return Statement(db, QStringLiteral("SELECT count(*) FROM t")).scalar();
    }
    static void insert(Database &db, const QString &name)
    {
        Statement(db, QStringLiteral("INSERT INTO t (name) VALUES (?)")).bind(1, name).run();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TstTransaction::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(path(), Database::OpenMode::ReadWriteCreate);
    QCOMPARE(m_db->journalMode(QStringLiteral("wal")), QStringLiteral("wal"));
    m_db->execute(QStringLiteral("CREATE TABLE t (k INTEGER PRIMARY KEY, name TEXT)"));
}

void TstTransaction::uncommittedTransactionChangesNothing()
{
    {
        Transaction transaction(*m_db);
        insert(*m_db, QStringLiteral("dropped"));
    }
    QCOMPARE(rows(*m_db), 0);
}

void TstTransaction::innerFailureUndoesOnlyTheInnerPart()
{
    Transaction outer(*m_db);
    insert(*m_db, QStringLiteral("kept"));
    {
        Transaction inner(*m_db);
        insert(*m_db, QStringLiteral("dropped"));
    }
    outer.commit();
    QCOMPARE(rows(*m_db), 1);
}

void TstTransaction::secondWriterIsToldTheFileIsInUse()
{
    Transaction first(*m_db); // holds the write lock from the start, before anything is read
    QCOMPARE(rows(*m_db), 0);
    Database other(path(), Database::OpenMode::ReadWrite);
    try {
        // Begun deferred, it would begin and commit a row, and the first could then not write
        // at all (SQLITE_BUSY_SNAPSHOT: it read before that commit).
        Transaction second(other);
        QFAIL("a second writer began while the first held the file");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QDir::toNativeSeparators(path())),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("in use by another")),
                 qPrintable(error.message()));
    }
    insert(*m_db, QStringLiteral("first"));
    first.commit();
    QCOMPARE(rows(other), 1);
}

void TstTransaction::readOnlyConnectionReadsWhileAnotherWrites()
{
    insert(*m_db, QStringLiteral("committed"));
    Transaction writer(*m_db);
    insert(*m_db, QStringLiteral("not yet"));
    Database reader(path(), Database::OpenMode::ReadOnly);
    Transaction read(reader); // a read: it neither takes nor waits for the write lock
    QCOMPARE(rows(reader), 1);
    read.commit();
}

QTEST_GUILESS_MAIN(TstTransaction)
#include "tst_transaction.moc"
