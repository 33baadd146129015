// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include "checkedfile.h"
#include "database.h"
#include "error.h"
#include "eventstore.h"
#include "filefingerprints.h"
#include "integritycheck.h"
#include "seedloader.h"
#include "statement.h"
#include "stoprequest.h"
#include "testsupport.h"

#include <sqlite3.h>

#include <memory>

using namespace entente;

// Files Entente did not write, broken or hostile: each is refused with a message that names the
// file and says why, and is left byte for byte as it was, with nothing made beside it.
class TstBadFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void refusedUnchanged_data();
    void refusedUnchanged();
    void refusedOnTheCommandLine_data() { refusedUnchanged_data(); }
    void refusedOnTheCommandLine();
    void readOnlyOpenLeavesTheFileAsItWas();
    void oversizedFieldIsAClearError();
    void soundTimelineWithActorsPassesTheCheck();
    void fileAsEntenteLeftItIsKnown();
    void fileChangedSinceIsReadAgain();
    void checkStopsWhenAsked();
    void checkAheadReadsAFileFromElsewhereOnce();
    void checkAheadOfADamagedFileSaysWhy();
    void checkAheadStopsWhenAskedAndRemembersNothing();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("t.entente")); }
    void makeTimeline() const;
    // Enough rows that the check runs longer than a moment (thousands of steps).
    void makeTimelineLongToCheck() const;
    void makeBadFile(const QString &kind) const;
    void alter(const QString &sql) const;
    void corruptPageOf(const QString &table) const;
    void writeFile(const QByteArray &bytes) const;
    // Two empty pages at the end that nothing refers to, the header's own page count no longer
    // vouched for: as a tool that grew the file without SQLite could leave it.
    void addStrayPages() const;
    // Runs the program with settings and data folders of its own; returns its stderr.
    QString runProgram(const QStringList &arguments, int *exitCode) const;
    void verifyUnchanged(const QByteArray &before) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstBadFiles::initTestCase()
{
    isolateSettings();
}

void TstBadFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Every test starts as on another machine: no file here was last closed by Entente.
    FileFingerprints::useSettingsFile(m_dir->filePath(QStringLiteral("fingerprints.ini")));
}

// At rest in rollback mode, as files are kept (a WAL file's log and index are made by any reader).
void TstBadFiles::makeTimeline() const
{
    {
        EventStore store(path());
        SeedLoader::loadBundled(store); // actors in events: rows in the WITHOUT ROWID event_actors
    }
    Database db(path(), Database::OpenMode::ReadWrite);
    QCOMPARE(db.journalMode(QStringLiteral("delete")), QStringLiteral("delete"));
}

// Changes the file the way another program (or a hostile sender) could.
void TstBadFiles::alter(const QString &sql) const
{
    Database db(path(), Database::OpenMode::ReadWrite);
    db.executeScript(sql);
}

void TstBadFiles::writeFile(const QByteArray &bytes) const
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Overwrites the head of the table's root page as a failing disk or a careless tool could.
void TstBadFiles::corruptPageOf(const QString &table) const
{
    qint64 page = 0, pageSize = 0;
    {
        Database db(path(), Database::OpenMode::ReadOnly);
        Statement root(db, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
        root.bind(1, table);
        page = root.scalar();
        pageSize = db.pragmaInteger(QStringLiteral("page_size"));
    }
    QVERIFY(page > 1);
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((page - 1) * pageSize + 3));
    file.write(QByteArray(64, '\xa5'));
}

void TstBadFiles::addStrayPages() const
{
    QByteArray bytes = fileBytes(path());
    const int pageSize = (uchar(bytes[16]) << 8) | uchar(bytes[17]);
    bytes[95] = char(bytes[95] + 1); // "version valid for" no longer the change counter
    writeFile(bytes + QByteArray(2 * pageSize, '\0'));
}

void TstBadFiles::makeBadFile(const QString &kind) const
{
    if (kind == QLatin1String("text")) {
        writeFile(QByteArray("Minsk II was signed on 12 February 2015.\n").repeated(100));
    } else if (kind == QLatin1String("png")) {
        writeFile(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(200, '\0'));
    } else if (kind == QLatin1String("empty")) {
        writeFile({});
    } else if (kind == QLatin1String("other program")) {
        Database db(path(), Database::OpenMode::ReadWriteCreate);
        db.execute(QStringLiteral("CREATE TABLE tiles (id INTEGER PRIMARY KEY, data BLOB)"));
        db.execute(QStringLiteral("PRAGMA application_id = 1196444487")); // GeoPackage
    } else if (kind == QLatin1String("plain sqlite")) {
        Database db(path(), Database::OpenMode::ReadWriteCreate);
        db.execute(QStringLiteral("CREATE TABLE notes (text TEXT)"));
    } else {
        makeTimeline();
        if (kind == QLatin1String("corrupt page")) {
            corruptPageOf(QStringLiteral("events"));
        } else if (kind == QLatin1String("stray pages")) {
            addStrayPages();
        } else if (kind == QLatin1String("truncated")) {
            const QByteArray whole = fileBytes(path());
            writeFile(whole.left(whole.size() / 2));
        } else if (kind == QLatin1String("newer")) {
            alter(QStringLiteral("PRAGMA user_version = 99"));
        } else if (kind == QLatin1String("trigger")) {
            alter(QStringLiteral(
                "CREATE TRIGGER wipe AFTER INSERT ON events BEGIN DELETE FROM actors; END"));
        } else if (kind == QLatin1String("view")) {
            alter(QStringLiteral("CREATE VIEW extra AS SELECT title FROM events"));
        } else if (kind == QLatin1String("recursive view")) {
            alter(QStringLiteral(
                "DROP VIEW event_search; CREATE VIEW event_search AS WITH RECURSIVE n(x) AS "
                "(SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x AS search_key, '' AS title, "
                "'' AS description, '' AS actors, '' AS sources, '' AS tags, '' AS location, '' "
                "AS category FROM n"));
        }
    }
}

void TstBadFiles::refusedUnchanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    const QString notSqlite = QStringLiteral("is not an Entente timeline (not an SQLite database)");
    QTest::newRow("text") << QStringLiteral("text") << notSqlite;
    QTest::newRow("png") << QStringLiteral("png") << notSqlite;
    QTest::newRow("empty") << QStringLiteral("empty")
                           << QStringLiteral("is not an Entente timeline (an empty file)");
    QTest::newRow("other program")
        << QStringLiteral("other program")
        << QStringLiteral("is an SQLite database of another program, not an Entente timeline");
    QTest::newRow("plain sqlite") << QStringLiteral("plain sqlite")
                                  << QStringLiteral(
                                         "is an SQLite database but not an Entente timeline");
    QTest::newRow("corrupt page") << QStringLiteral("corrupt page")
                                  << QStringLiteral("is damaged (");
    QTest::newRow("stray pages") << QStringLiteral("stray pages")
                                 << QStringLiteral("is never used; Page "); // two problems named
    QTest::newRow("truncated") << QStringLiteral("truncated")
                               << QStringLiteral("is damaged: it is truncated (");
    QTest::newRow("newer") << QStringLiteral("newer")
                           << QStringLiteral("was written by a newer version of Entente "
                                             "(timeline format 99");
    QTest::newRow("trigger") << QStringLiteral("trigger")
                             << QStringLiteral("has a trigger “wipe” that no Entente timeline has");
    QTest::newRow("view") << QStringLiteral("view")
                          << QStringLiteral("has a view “extra” that no Entente timeline has");
    QTest::newRow("recursive view")
        << QStringLiteral("recursive view")
        << QStringLiteral("its view “event_search” is not the one of timeline format");
}

void TstBadFiles::verifyUnchanged(const QByteArray &before) const
{
    QCOMPARE(fileBytes(path()), before);
    for (const char *beside : {"-wal", "-shm", "-journal"}) {
        QVERIFY2(!QFileInfo::exists(path() + QLatin1String(beside)), beside);
    }
}

void TstBadFiles::refusedUnchanged()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    makeBadFile(kind);
    const QByteArray before = fileBytes(path());

    for (const auto access : {EventStore::Access::ReadWrite, EventStore::Access::ReadOnly}) {
        const auto error = errorOf([&] { EventStore store(path(), access); });
        QVERIFY2(error.has_value(), "a bad file was opened");
        QVERIFY2(error->contains(QDir::toNativeSeparators(path())), qPrintable(*error));
        QVERIFY2(error->contains(message), qPrintable(*error));
        verifyUnchanged(before);
    }
}

QString TstBadFiles::runProgram(const QStringList &arguments, int *exitCode) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "ENTENTE_DATA_DIR"}) {
        const QString folder = m_dir->filePath(QLatin1String(variable));
        QDir().mkpath(folder);
        environment.insert(QLatin1String(variable), folder);
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ENTENTE_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardError());
}

void TstBadFiles::refusedOnTheCommandLine()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    makeBadFile(kind);
    const QByteArray before = fileBytes(path());

    int exitCode = -1;
    const QString err = runProgram({QStringLiteral("--list"), path()}, &exitCode);
    QVERIFY2(exitCode > 0, qPrintable(err)); // refused, not crashed
    QVERIFY2(err.contains(QDir::toNativeSeparators(path())), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    verifyUnchanged(before);
}

void TstBadFiles::readOnlyOpenLeavesTheFileAsItWas()
{
    makeTimeline();
    const QByteArray before = fileBytes(path());
    {
        EventStore store(path(), EventStore::Access::ReadOnly);
        QVERIFY(store.isReadOnly());
        QVERIFY(store.eventCount() > 0);
    }
    verifyUnchanged(before);
}

void TstBadFiles::oversizedFieldIsAClearError()
{
    makeTimeline();
    {
        // Written the way another program could: without Entente's bound on a value's size.
        Database db(path(), Database::OpenMode::ReadWrite);
        sqlite3_limit(db.handle(), SQLITE_LIMIT_LENGTH, Database::MaxValueBytes + 1024);
        db.execute(QStringLiteral("UPDATE events SET location = printf('%.*c', %1, 'x') WHERE "
                                  "id = (SELECT min(id) FROM events)")
                       .arg(Database::MaxValueBytes + 1));
    }
    const QByteArray before = fileBytes(path());

    const auto error = errorOf([&] {
        EventStore store(path(), EventStore::Access::ReadOnly);
        store.events();
    });
    QVERIFY2(error.has_value(), "a value over the bound was read");
    QVERIFY2(error->contains(QDir::toNativeSeparators(path())), qPrintable(*error));
    QVERIFY2(error->contains(QStringLiteral("a value is larger than 128 MB, more than a timeline "
                                            "holds; it was not read or written")),
             qPrintable(*error));
    verifyUnchanged(before);
}

void TstBadFiles::soundTimelineWithActorsPassesTheCheck()
{
    makeTimeline();
    Database db(path(), Database::OpenMode::ReadOnly);
    Statement actors(db, QStringLiteral("SELECT count(*) FROM event_actors"));
    QVERIFY(actors.scalar() > 0); // what SQLite 3.40 misreports as NULLs
    IntegrityCheck::verify(db);
}

void TstBadFiles::fileAsEntenteLeftItIsKnown()
{
    {
        EventStore store(path());
        SeedLoader::loadBundled(store);
    } // closed by the store after writing
    QVERIFY(FileFingerprints::contains(FileFingerprints::of(path())));
}

void TstBadFiles::fileChangedSinceIsReadAgain()
{
    makeTimeline();
    const QString asLeft = FileFingerprints::of(path());
    // Another program wrote it afterwards, in place, keeping its size.
    corruptPageOf(QStringLiteral("events"));
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60),
                             QFileDevice::FileModificationTime));
    file.close();
    QVERIFY(FileFingerprints::of(path()) != asLeft);

    const auto error = errorOf([&] { EventStore store(path()); });
    QVERIFY2(error && error->contains(QStringLiteral("is damaged (")),
             qPrintable(error.value_or(QString())));
}

void TstBadFiles::makeTimelineLongToCheck() const
{
    EventStore store(path());
    QList<Event> events(3000);
    for (Event &event : events) {
        event.title = QStringLiteral("Talks");
        event.start = PartialDate::day(2015, 2, 12);
    }
    store.addEvents(events);
}

void TstBadFiles::checkStopsWhenAsked()
{
    makeTimelineLongToCheck();
    Database db(path(), Database::OpenMode::ReadOnly);
    db.requestStop(); // before it starts: the check's first steps see it
    std::optional<QString> error;
    QThread *checker =
        QThread::create([&] { error = errorOf([&] { IntegrityCheck::verify(db); }); });
    checker->start();
    checker->wait();
    delete checker;
    QVERIFY2(error && error->contains(QStringLiteral("stopped before it finished")),
             qPrintable(error.value_or(QString())));
    IntegrityCheck::verify(db); // the next check runs as usual
}

// The window checks a file from elsewhere before opening it, on a thread it can stop.
void TstBadFiles::checkAheadReadsAFileFromElsewhereOnce()
{
    makeTimeline();
    // As on another machine: nothing known of the file.
    FileFingerprints::useSettingsFile(m_dir->filePath(QStringLiteral("elsewhere.ini")));
    const QByteArray before = fileBytes(path());
    StopRequest stop;
    int checks = 0; // what the window's dialog says
    stop.setOnProgress([&](StopRequest &self) {
        checks += self.stage() == StopRequest::Stage::CheckingPages ? 1 : 0;
    });
    QVERIFY(CheckedFile::checkAhead(path(), EventStore::ApplicationId, EventStore::SchemaVersion,
                                    stop));
    QCOMPARE(checks, 1);
    verifyUnchanged(before);
    // Passed: neither a second check ahead nor the store reads it again.
    QVERIFY(!CheckedFile::checkAhead(path(), EventStore::ApplicationId, EventStore::SchemaVersion,
                                     stop));
    QCOMPARE(checks, 1);
}

void TstBadFiles::checkAheadOfADamagedFileSaysWhy()
{
    makeBadFile(QStringLiteral("corrupt page"));
    FileFingerprints::useSettingsFile(m_dir->filePath(QStringLiteral("elsewhere.ini")));
    const QByteArray before = fileBytes(path());
    StopRequest stop;
    const auto error = errorOf([&] {
        CheckedFile::checkAhead(path(), EventStore::ApplicationId, EventStore::SchemaVersion, stop);
    });
    QVERIFY2(error && error->contains(QStringLiteral("is damaged (")) &&
                 error->contains(QDir::toNativeSeparators(path())),
             qPrintable(error.value_or(QString())));
    verifyUnchanged(before);
}

void TstBadFiles::checkAheadStopsWhenAskedAndRemembersNothing()
{
    makeTimelineLongToCheck();
    FileFingerprints::useSettingsFile(m_dir->filePath(QStringLiteral("elsewhere.ini")));
    // Cancel pressed before the check starts.
    StopRequest stop;
    stop.request();
    const auto error = errorOf([&] {
        CheckedFile::checkAhead(path(), EventStore::ApplicationId, EventStore::SchemaVersion, stop);
    });
    QVERIFY2(error && error->contains(QStringLiteral("stopped before it finished")),
             qPrintable(error.value_or(QString())));
    // Not passed, so the next open checks it again.
    StopRequest another;
    QVERIFY(CheckedFile::checkAhead(path(), EventStore::ApplicationId, EventStore::SchemaVersion,
                                    another));
}

QTEST_MAIN(TstBadFiles)
#include "tst_badfiles.moc"
