// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "error.h"
#include "eventstore.h"
#include "readerconnection.h"
#include "seedloader.h"
#include "statement.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
#include <thread>

using namespace entente;
using namespace Qt::StringLiterals;

class TstReaderConnection : public QObject
{
    Q_OBJECT

private slots:
    void opensAtFirstUseAndReads();
    void aMissingFileIsAnErrorAtFirstUseNamingIt();
    void afterStopEveryUseIsRefused();
    void theFirstWriteWaitsForAReadInTheMiddle();
};

void TstReaderConnection::opensAtFirstUseAndReads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.entente"_s);
    qint64 events = 0;
    {
        EventStore store(path);
        SeedLoader::loadBundled(store);
        events = store.eventCount();
    }
    ReaderConnection reader(path);
    QCOMPARE(reader.store().eventCount(), events);
    QVERIFY(reader.store().isReadOnly());
    QCOMPARE(&reader.store(), &reader.store()); // one connection, kept
}

void TstReaderConnection::aMissingFileIsAnErrorAtFirstUseNamingIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing.entente"_s);
    ReaderConnection reader(path); // constructing opens nothing yet
    const std::optional<QString> error = errorOf([&] { reader.store(); });
    QVERIFY(error);
    QVERIFY2(error->contains(QDir::toNativeSeparators(path)), qPrintable(*error));
    QVERIFY(!QFile::exists(path));
}

void TstReaderConnection::afterStopEveryUseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.entente"_s);
    EventStore(path).eventCount();
    ReaderConnection reader(path);
    reader.store();
    reader.stop();
    QVERIFY(reader.isStopped());
    const std::optional<QString> error = errorOf([&] { reader.store(); });
    QVERIFY(error);
    QVERIFY2(error->contains(u"stopped"_s) && error->contains(QDir::toNativeSeparators(path)),
             qPrintable(*error));
}

// The window's readers fill its panes on their threads just after a file opens; a file at
// rest is in rollback mode, where a reader in the middle of a read keeps a writer out. The
// user's first edit must wait for them (they hold the file for seconds at a million events),
// not fail as "in use by another window or program".
void TstReaderConnection::theFirstWriteWaitsForAReadInTheMiddle()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.entente"_s);
    {
        EventStore store(path);
        SeedLoader::loadBundled(store);
    } // closed: at rest, in rollback mode
    EventStore window(path);
    const qint64 events = window.eventCount();
    const qint64 minsk = window.eventByUid(u"article-03-minsk-ii"_s)->id;
    ReaderConnection reader(path);
    std::promise<void> reading;
    std::thread thread([&] {
        Statement &rows = reader.store().database().cached(u"SELECT id FROM events"_s);
        rows.step(); // the read has begun and holds the file
        reading.set_value();
        // Longer than a write's usual waits for a lock (Database::BusyTimeoutMs, for the
        // switch to WAL and again to commit), well within the first write's
        // (EventStore::JournalSwitchTimeoutMs).
        std::this_thread::sleep_for(std::chrono::milliseconds(3 * Database::BusyTimeoutMs));
        rows.reset();
    });
    reading.get_future().wait();
    const std::optional<QString> error = errorOf([&] { window.removeEvent(minsk); });
    thread.join();
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QCOMPARE(window.eventCount(), events - 1);
    QCOMPARE(reader.store().eventCount(), events - 1);
}

QTEST_GUILESS_MAIN(TstReaderConnection)
#include "tst_readerconnection.moc"
