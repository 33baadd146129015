// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QDir>
#include <QTemporaryDir>

#include "database.h"
#include "error.h"
#include "eventstore.h"
#include "testsupport.h"

#include <memory>

using namespace entente;

// A timeline that came from someone else is opened only if its schema is exactly one that
// Entente makes: nothing the file brings (a trigger, a view, a rewritten view) ever runs.
class TstSchemaCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void timelineOfThisVersionOpens();
    void statisticsOfAnalyzeAreAllowed();
    void olderTimelineIsCheckedAgainstItsOwnVersion();
    void foreignSchemaRefusedUntouched_data();
    void foreignSchemaRefusedUntouched();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("t.entente")); }
    void makeTimeline();
    void alter(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstSchemaCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    makeTimeline();
}

void TstSchemaCheck::makeTimeline()
{
    EventStore store(path());
    Event event;
    event.title = QStringLiteral("Minsk II signed");
    event.start = PartialDate::day(2015, 2, 12);
    store.addEvent(event);
}

// Changes the file the way another program (or a hostile sender) could.
void TstSchemaCheck::alter(const QString &sql)
{
    Database db(path(), Database::OpenMode::ReadWrite);
    db.executeScript(sql);
}

void TstSchemaCheck::timelineOfThisVersionOpens()
{
    EventStore store(path());
    QCOMPARE(store.events().size(), 1);
}

void TstSchemaCheck::statisticsOfAnalyzeAreAllowed()
{
    alter(QStringLiteral("ANALYZE"));
    EventStore store(path());
    QCOMPARE(store.events().size(), 1);
}

void TstSchemaCheck::olderTimelineIsCheckedAgainstItsOwnVersion()
{
    makeOlderTimeline(path(), 8);
    alter(QStringLiteral("CREATE TRIGGER t AFTER INSERT ON events BEGIN DELETE FROM actors; END"));
    const auto error = errorOf([&] { EventStore store(path()); });
    QVERIFY2(error && error->contains(QStringLiteral("trigger “t”")),
             qPrintable(error.value_or(QString())));
    Database db(path(), Database::OpenMode::ReadOnly);
    QCOMPARE(db.pragmaInteger(QStringLiteral("user_version")), 8); // not upgraded
}

void TstSchemaCheck::foreignSchemaRefusedUntouched_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("trigger")
        << QStringLiteral(
               "CREATE TRIGGER wipe AFTER INSERT ON events BEGIN DELETE FROM actors; END")
        << QStringLiteral("has a trigger “wipe” that no Entente timeline has");
    QTest::newRow("view") << QStringLiteral("CREATE VIEW forever AS WITH RECURSIVE n(x) AS (SELECT "
                                            "1 UNION ALL SELECT x + 1 FROM n) "
                                            "SELECT x FROM n")
                          << QStringLiteral("has a view “forever” that no Entente timeline has");
    QTest::newRow("table") << QStringLiteral("CREATE TABLE payload (data BLOB)")
                           << QStringLiteral("has a table “payload”");
    QTest::newRow("rewritten view")
        << QStringLiteral("DROP VIEW event_search; CREATE VIEW event_search AS SELECT id AS "
                          "search_key, title, '' AS description, '' AS actors, '' AS sources, '' "
                          "AS tags, '' AS location, '' AS category FROM events")
        << QStringLiteral("its view “event_search” is not the one of timeline format %1")
               .arg(EventStore::SchemaVersion);
    QTest::newRow("index dropped") << QStringLiteral("DROP INDEX events_by_search_key")
                                   << QStringLiteral("lacks the index “events_by_search_key”");
}

void TstSchemaCheck::foreignSchemaRefusedUntouched()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    alter(sql);
    const QByteArray before = fileBytes(path());
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    const auto error = errorOf([&] { EventStore store(path()); });
    QVERIFY2(error.has_value(), "a timeline with a foreign schema was opened");
    QVERIFY2(error->contains(QDir::toNativeSeparators(path())), qPrintable(*error));
    QVERIFY2(error->contains(message), qPrintable(*error));
    QCOMPARE(fileBytes(path()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
    // Read-only, as --list opens it, the same.
    QVERIFY(errorOf([&] { EventStore store(path(), EventStore::Access::ReadOnly); }));
}

QTEST_GUILESS_MAIN(TstSchemaCheck)
#include "tst_schemacheck.moc"
