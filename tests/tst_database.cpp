// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QTemporaryDir>
#include <QThread>

#include "database.h"
#include "error.h"
#include "statement.h"

#include <atomic>
#include <memory>

using namespace entente;

// What every connection allows a file it did not write: no schema written behind SQLite's
// back, no code loaded, values within bounds, and a statement that can be stopped.
class TstDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void schemaCannotBeWrittenDirectly();
    void extensionsCannotBeLoaded();
    void schemaIsNotTrusted();
    void oversizedValueIsAnErrorNamingTheFile();
    void attachingAnotherFileIsRefused();
    void runningStatementStopsWhenAskedFromAnotherThread();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("t.entente")); }
    QString errorOf(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TstDatabase::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(path(), Database::OpenMode::ReadWriteCreate);
    m_db->execute(QStringLiteral("CREATE TABLE t (k INTEGER PRIMARY KEY, name TEXT)"));
}

QString TstDatabase::errorOf(const QString &sql)
{
    try {
        m_db->execute(sql);
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

void TstDatabase::schemaCannotBeWrittenDirectly()
{
    m_db->execute(QStringLiteral("PRAGMA writable_schema = ON"));
    const QString error = errorOf(QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE TABLE t "
                                                 "(k INTEGER PRIMARY KEY)' WHERE name = 't'"));
    QVERIFY2(!error.isEmpty(), "defensive mode lets a statement rewrite the schema");
    QVERIFY(error.contains(QDir::toNativeSeparators(path())));
    Statement sql(*m_db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 't'"));
    QVERIFY(sql.step());
    QVERIFY(sql.text(0).contains(QStringLiteral("name TEXT")));
}

void TstDatabase::extensionsCannotBeLoaded()
{
    const QString error = errorOf(QStringLiteral("SELECT load_extension('libc.so.6')"));
    QVERIFY2(!error.isEmpty(), "load_extension() ran");
}

void TstDatabase::schemaIsNotTrusted()
{
    QCOMPARE(m_db->pragmaInteger(QStringLiteral("trusted_schema")), 0);
}

void TstDatabase::oversizedValueIsAnErrorNamingTheFile()
{
    const QString error =
        errorOf(QStringLiteral("SELECT zeroblob(%1)").arg(Database::MaxValueBytes + 1));
    QVERIFY(error.contains(QDir::toNativeSeparators(path())));
    QVERIFY2(error.contains(QStringLiteral("larger than 128 MB")), qPrintable(error));
    // The connection goes on working.
    QCOMPARE(m_db->pragmaInteger(QStringLiteral("user_version")), 0);
}

void TstDatabase::attachingAnotherFileIsRefused()
{
    const QString other = m_dir->filePath(QStringLiteral("other.db"));
    QVERIFY(!errorOf(QStringLiteral("ATTACH '%1' AS other").arg(other)).isEmpty());
    QVERIFY(!QFile::exists(other));
}

void TstDatabase::runningStatementStopsWhenAskedFromAnotherThread()
{
    // A query that never ends on its own; the other thread keeps asking until it has stopped.
    std::atomic<bool> stopped = false;
    QThread *asker = QThread::create([&] {
        while (!stopped) {
            QThread::msleep(20);
            m_db->requestStop();
        }
    });
    asker->start();
    const QString error = errorOf(QStringLiteral(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"));
    stopped = true;
    asker->wait();
    delete asker;
    QVERIFY2(error.contains(QStringLiteral("stopped before it finished")), qPrintable(error));
    QVERIFY(error.contains(QDir::toNativeSeparators(path())));
    // Once stopped, the next statement runs as usual.
    m_db->execute(QStringLiteral("INSERT INTO t (name) VALUES ('after')"));
    QCOMPARE(m_db->changes(), 1);
}

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
