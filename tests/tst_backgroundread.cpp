// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundread.h"
#include "database.h"
#include "error.h"
#include "eventstore.h"
#include "seedloader.h"
#include "statement.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace entente;
using namespace Qt::StringLiterals;

// The list's and the search's reads of a timeline run on threads of their own: a user closing
// the file must not wait for them or leave them reading it, and a failure there must reach
// the window.
class TstBackgroundRead : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void handsTheResultBackOnTheOwnersThread();
    void aFileThatCannotBeReadSaysWhichAndWhy();
    void stopCutsARunningStatementShortAndJoins();

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
};

void TstBackgroundRead::init()
{
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(u"t.entente"_s);
    EventStore store(m_path);
    SeedLoader::loadBundled(store);
}

void TstBackgroundRead::cleanup()
{
    delete m_dir;
}

void TstBackgroundRead::handsTheResultBackOnTheOwnersThread()
{
    const qint64 expected = EventStore(m_path, EventStore::Access::ReadOnly).eventCount();
    QVERIFY(expected > 0);
    std::atomic<qint64> counted = -1;
    BackgroundRead read(m_path, [&](EventStore &reader) { counted = reader.eventCount(); });
    QThread *finishedOn = nullptr;
    connect(&read, &BackgroundRead::finished, this, [&] { finishedOn = QThread::currentThread(); });
    QSignalSpy finished(&read, &BackgroundRead::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(counted.load(), expected);
    QCOMPARE(read.error(), QString());
    QCOMPARE(finishedOn, QThread::currentThread());
}

void TstBackgroundRead::aFileThatCannotBeReadSaysWhichAndWhy()
{
    const QString missing = m_dir->filePath(u"gone.entente"_s);
    bool ran = false;
    BackgroundRead read(missing, [&](EventStore &) { ran = true; });
    QSignalSpy finished(&read, &BackgroundRead::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY(!ran);
    QVERIFY2(read.error().contains(QDir::toNativeSeparators(missing)), qPrintable(read.error()));
    QVERIFY(!QFile::exists(missing)); // reading made nothing
}

void TstBackgroundRead::stopCutsARunningStatementShortAndJoins()
{
    // A statement without end, as a read of a huge timeline is to a user closing it. The
    // deadline only keeps a broken stop() from hanging the suite; it is not a measurement.
    std::atomic<bool> started = false, ranToTheDeadline = false;
    QString failure;
    auto read = std::make_unique<BackgroundRead>(m_path, [&](EventStore &reader) {
        Statement endless(reader.database(),
                          u"WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                          "SELECT count(*) FROM n"_s);
        started = true;
        const QDeadlineTimer deadline(60000);
        try {
            while (!deadline.hasExpired()) {
                endless.step();
            }
            ranToTheDeadline = true;
        } catch (const Error &error) {
            failure = error.message();
            throw;
        }
    });
    QSignalSpy finished(read.get(), &BackgroundRead::finished);
    QTRY_VERIFY_WITH_TIMEOUT(started, 30000);
    read->stop(); // returns once the thread has ended
    QVERIFY(!ranToTheDeadline);
    QVERIFY2(failure.contains(u"stopped"_s), qPrintable(failure));
    read.reset();
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 0); // a stopped read reports nothing
}

QTEST_GUILESS_MAIN(TstBackgroundRead)
#include "tst_backgroundread.moc"
