// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "database.h"
#include "error.h"
#include "eventstore.h"
#include "filecopy.h"
#include "filefingerprints.h"
#include "fileupgrade.h"
#include "stoprequest.h"
#include "testsupport.h"

#include <memory>

using namespace entente;

// Cancel in the window requests a StopRequest; every long step of an open (the copy of a file
// read through a copy, the page check, the upgrade of the copy, the upgrade in place and its
// copy) must stop on it, leave the file byte for byte as it was and nothing beside it.
class TstStopRequest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void copyCopiesAndCountsTheBytes();
    void stoppedCopyLeavesNothing();
    void stopRequestedBeforeStopsTheOpening_data();
    void stopRequestedBeforeStopsTheOpening();
    void stopRequestedDuringStopsTheOpening_data();
    void stopRequestedDuringStopsTheOpening();
    void unstoppedOpeningSaysWhatItDid_data();
    void unstoppedOpeningSaysWhatItDid();

private:
    enum class Kind { OlderRead, WalLeftReadOnly, FromElsewhere, Upgrade };
    static void addKinds();
    // A timeline of a few thousand events at t.entente, alone in its folder, as `kind` needs.
    QString makeFile(Kind kind) const;
    // Opens the file as `kind` does.
    static void openAs(Kind kind, const QString &file, StopRequest &stop);
    // Opens the file as `kind` does with `stop`, which must stop it: the stopped Error naming
    // the file, which is byte for byte as it was, nothing beside it.
    void verifyStopped(Kind kind, const QString &file, StopRequest &stop) const;
    QStringList filesBeside(const QString &file) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstStopRequest::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EntenteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_stoprequest"));
    isolateSettings();
}

void TstStopRequest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    FileFingerprints::useSettingsFile(m_dir->filePath(QStringLiteral("fingerprints.ini")));
}

void TstStopRequest::cleanup()
{
    m_dir.reset();
}

void TstStopRequest::addKinds()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("older file, copied to read") << Kind::OlderRead;
    QTest::newRow("left in WAL mode, read-only") << Kind::WalLeftReadOnly;
    QTest::newRow("from elsewhere, every page read") << Kind::FromElsewhere;
    QTest::newRow("upgrade in place") << Kind::Upgrade;
}

QString TstStopRequest::makeFile(Kind kind) const
{
    const QString folder = m_dir->filePath(QStringLiteral("folder"));
    QDir().mkpath(folder);
    const QString file = folder + QStringLiteral("/t.entente");
    {
        EventStore store(file);
        QList<Event> events(3000);
        for (Event &event : events) {
            event.title = QStringLiteral("Talks");
            event.start = PartialDate::day(2015, 2, 12);
        }
        store.addEvents(events);
    }
    if (kind == Kind::OlderRead || kind == Kind::Upgrade) {
        makeOlderTimeline(file, 8);
    }
    if (kind == Kind::WalLeftReadOnly) { // as a crash leaves it, the log checkpointed since
        Database db(file, Database::OpenMode::ReadWrite);
        db.journalMode(QStringLiteral("wal")); // read through a copy: the stages say so
    }
    // As on another machine: nothing known of the file.
    FileFingerprints::useSettingsFile(m_dir->filePath(QStringLiteral("elsewhere.ini")));
    return file;
}

void TstStopRequest::openAs(Kind kind, const QString &file, StopRequest &stop)
{
    switch (kind) {
    case Kind::OlderRead:
    case Kind::FromElsewhere:
        EventStore(file, EventStore::Access::ReadWrite, &stop);
        return;
    case Kind::WalLeftReadOnly:
        EventStore(file, EventStore::Access::ReadOnly, &stop);
        return;
    case Kind::Upgrade:
        FileUpgrade::run(file, 8, &stop);
        return;
    }
}

void TstStopRequest::verifyStopped(Kind kind, const QString &file, StopRequest &stop) const
{
    const QByteArray before = fileBytes(file);
    const auto error = errorOf([&] { openAs(kind, file, stop); });
    QVERIFY2(error && error->contains(QStringLiteral("stopped before it finished")) &&
                 error->contains(QDir::toNativeSeparators(file)),
             qPrintable(error.value_or(QString())));
    QCOMPARE(fileBytes(file), before);
    QCOMPARE(filesBeside(file), QStringList{QStringLiteral("t.entente")});
}

QStringList TstStopRequest::filesBeside(const QString &file) const
{
    return QFileInfo(file).dir().entryList(QDir::Files | QDir::Hidden);
}

void TstStopRequest::copyCopiesAndCountsTheBytes()
{
    const QString file = makeFile(Kind::FromElsewhere);
    const QString copy = m_dir->filePath(QStringLiteral("copy"));
    StopRequest stop;
    QVERIFY(FileCopy::copy(file, copy, stop));
    QCOMPARE(fileBytes(copy), fileBytes(file));
    QCOMPARE(stop.bytesDone(), QFileInfo(file).size());
    QCOMPARE(QFile::permissions(copy), QFile::permissions(file));
}

void TstStopRequest::stoppedCopyLeavesNothing()
{
    const QString file = makeFile(Kind::FromElsewhere);
    const QByteArray before = fileBytes(file);
    const QString copy = m_dir->filePath(QStringLiteral("copy"));
    StopRequest stop;
    stop.setOnProgress([](StopRequest &self) { self.request(); }); // after the first piece
    const auto error = errorOf([&] { FileCopy::copy(file, copy, stop); });
    QVERIFY2(error && error->contains(QStringLiteral("stopped before it finished")),
             qPrintable(error.value_or(QString())));
    QVERIFY(!QFile::exists(copy));
    QCOMPARE(fileBytes(file), before);
}

void TstStopRequest::stopRequestedBeforeStopsTheOpening_data()
{
    addKinds();
}

// Cancel pressed before the work has begun: nothing of it runs.
void TstStopRequest::stopRequestedBeforeStopsTheOpening()
{
    QFETCH(Kind, kind);
    const QString file = makeFile(kind);
    StopRequest stop;
    stop.request();
    verifyStopped(kind, file, stop);
}

void TstStopRequest::stopRequestedDuringStopsTheOpening_data()
{
    addKinds();
}

// Cancel pressed as the first long step has begun (a copy once a piece is copied).
void TstStopRequest::stopRequestedDuringStopsTheOpening()
{
    QFETCH(Kind, kind);
    const QString file = makeFile(kind);
    StopRequest stop;
    QList<StopRequest::Stage> stages;
    stop.setOnProgress([&](StopRequest &self) {
        if (self.stage() != StopRequest::Stage::Opening) {
            stages.append(self.stage());
        }
        if (self.stage() == StopRequest::Stage::CheckingPages || self.bytesDone() > 0) {
            self.request();
        }
    });
    verifyStopped(kind, file, stop);
    const StopRequest::Stage first = kind == Kind::FromElsewhere ? StopRequest::Stage::CheckingPages
                                     : kind == Kind::Upgrade     ? StopRequest::Stage::KeepingBackup
                                                             : StopRequest::Stage::CopyingToRead;
    QCOMPARE(stages.value(0), first);
    // The same file opens afterwards: a stopped check remembered nothing, a stopped upgrade
    // left it in its format.
    StopRequest again;
    openAs(kind, file, again);
}

void TstStopRequest::unstoppedOpeningSaysWhatItDid_data()
{
    addKinds();
}

// What the window's dialog says, stage by stage.
void TstStopRequest::unstoppedOpeningSaysWhatItDid()
{
    QFETCH(Kind, kind);
    const QString file = makeFile(kind);
    StopRequest stop;
    QList<StopRequest::Stage> stages;
    stop.setOnProgress([&](StopRequest &self) {
        if (stages.isEmpty() || stages.last() != self.stage()) {
            stages.append(self.stage());
        }
    });
    openAs(kind, file, stop);
    using Stage = StopRequest::Stage;
    const QHash<Kind, QList<Stage>> expected{
        {Kind::OlderRead,
         {Stage::CopyingToRead, Stage::UpgradingCopy, Stage::CheckingPages, Stage::UpgradingCopy}},
        {Kind::WalLeftReadOnly,
         {Stage::CopyingToRead, Stage::Opening, Stage::CheckingPages, Stage::Opening}},
        {Kind::FromElsewhere, {Stage::Opening, Stage::CheckingPages, Stage::Opening}},
        {Kind::Upgrade,
         {Stage::KeepingBackup, Stage::Upgrading, Stage::CheckingPages, Stage::Upgrading}},
    };
    QCOMPARE(stages, expected.value(kind));
}

QTEST_MAIN(TstStopRequest)
#include "tst_stoprequest.moc"
