// SPDX-License-Identifier: GPL-3.0-or-later
// A timeline another process holds with an exclusive lock (the command line's import, which
// writes through a rollback journal) is reported in use, by name, by everything that opens,
// reads or writes it here, within the busy timeout: never a hang, never a half-read file. Once
// the other process has finished, the file holds its import whole (issue 14).
// The other process is entente_killchild's "sole" kind, which pauses mid-import until told.
#include "database.h"
#include "error.h"
#include "eventstore.h"
#include "filefingerprints.h"
#include "integritycheck.h"
#include "killstate.h"
#include "seedloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using namespace entente;

namespace {

constexpr int ChildTimeoutMs = 60000; // a child this slow has hung

const QString ImportJson = QStringLiteral(ENTENTE_TEST_DATA_DIR "/frozen-seed.json");

} // namespace

class TstLockedFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readWriteOpenReportsInUse();
    void readOnlyOpenReportsInUse();
    void readAndWriteOfAnOpenStoreReportInUse();
    void commandLineListReportsInUse();

private:
    // Runs `attempt` while the child holds the file, and checks that it failed saying the file
    // is in use, naming it; how long it waited goes to the log.
    void expectInUse(const std::function<void()> &attempt);
    // Starts the child, which imports into m_file with sole access and stops half-way.
    void lockByChild();
    // Lets it finish; the file then holds all of its import, and is whole.
    void finishChild();
    void verifyInUseMessage(const QString &message);

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<QProcess> m_child;
    QByteArray m_output;
};

void TstLockedFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    FileFingerprints::useSettingsFile(m_dir.filePath(QStringLiteral("fingerprints.ini")));
}

// A fresh empty timeline, made and closed, as a file on disk the child opens.
void TstLockedFile::init()
{
    static int made = 0;
    m_file = m_dir.filePath(QStringLiteral("locked-%1.entente").arg(++made));
    EventStore empty(m_file);
}

void TstLockedFile::cleanup()
{
    if (m_child) {
        finishChild();
    }
}

void TstLockedFile::lockByChild()
{
    m_output.clear();
    m_child = std::make_unique<QProcess>();
    m_child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_child->start(QStringLiteral(ENTENTE_KILLCHILD), {QStringLiteral("sole"), m_file, ImportJson});
    while (!m_output.contains("locked\n")) {
        QVERIFY2(m_child->waitForReadyRead(ChildTimeoutMs),
                 qPrintable(QStringLiteral("the child never said \"locked\"; it said: ") +
                            QString::fromUtf8(m_output)));
        m_output.append(m_child->readAllStandardOutput());
    }
}

void TstLockedFile::finishChild()
{
    m_child->write("go\n");
    m_child->closeWriteChannel();
    const bool finished = m_child->waitForFinished(ChildTimeoutMs);
    m_output.append(m_child->readAllStandardOutput());
    const QProcess::ExitStatus status = m_child->exitStatus();
    const int code = m_child->exitCode();
    m_child.reset();
    QVERIFY2(finished, "the child did not finish its import");
    QCOMPARE(status, QProcess::NormalExit);
    QVERIFY2(code == 0, m_output.constData());

    const qsizetype committed = m_output.indexOf("committed ");
    QVERIFY2(committed >= 0, m_output.constData());
    const QString childState = QString::fromUtf8(m_output.mid(committed + 10).trimmed());
    EventStore store(m_file, EventStore::Access::ReadOnly);
    QCOMPARE(killState(store), childState);
    EventStore reference(m_dir.filePath(QStringLiteral("reference.entente")));
    if (reference.eventCount() == 0) {
        SeedLoader::loadFile(reference, ImportJson);
    }
    QCOMPARE(store.eventCount(), reference.eventCount());
    QVERIFY_THROWS_NO_EXCEPTION(IntegrityCheck::verify(store.database()));
}

void TstLockedFile::verifyInUseMessage(const QString &message)
{
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_file)), qPrintable(message));
    QVERIFY2(message.contains(u"in use by another"), qPrintable(message));
}

void TstLockedFile::expectInUse(const std::function<void()> &attempt)
{
    QElapsedTimer waited;
    waited.start();
    try {
        attempt();
        QFAIL("it went on as if the file were not locked");
    } catch (const Error &error) {
        qInfo("refused after %lld ms (Database::BusyTimeoutMs %d): %s", waited.elapsed(),
              Database::BusyTimeoutMs, qPrintable(error.message()));
        verifyInUseMessage(error.message());
    }
}

void TstLockedFile::readWriteOpenReportsInUse()
{
    lockByChild();
    expectInUse([&] { EventStore store(m_file); });
}

void TstLockedFile::readOnlyOpenReportsInUse()
{
    lockByChild();
    expectInUse([&] { EventStore store(m_file, EventStore::Access::ReadOnly); });
}

// A store opened before the other process took the file: what it reads and writes then.
void TstLockedFile::readAndWriteOfAnOpenStoreReportInUse()
{
    EventStore store(m_file);
    const QString before = killState(store);
    lockByChild();
    expectInUse([&] { store.events(); });
    Event event;
    event.title = QStringLiteral("Added here");
    event.start = PartialDate::day(2020, 1, 1);
    expectInUse([&] { store.addEvent(event); });
    finishChild();
    QVERIFY(killState(store) != before); // it reads what the other process committed
    QVERIFY(store.addEvent(event) > 0);  // and writes once it has gone
}

void TstLockedFile::commandLineListReportsInUse()
{
    lockByChild();
    QProcess list;
    list.start(QStringLiteral(ENTENTE_EXECUTABLE), {QStringLiteral("--list"), m_file});
    QVERIFY2(list.waitForFinished(ChildTimeoutMs), "entente --list hung on a locked file");
    const QString errors = QString::fromUtf8(list.readAllStandardError());
    QCOMPARE(list.exitStatus(), QProcess::NormalExit);
    QVERIFY2(list.exitCode() != 0, qPrintable(errors));
    verifyInUseMessage(errors);
    QVERIFY2(list.readAllStandardOutput().isEmpty(), "it listed a file it could not read");
}

QTEST_GUILESS_MAIN(TstLockedFile)
#include "tst_lockedfile.moc"
