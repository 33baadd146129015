// SPDX-License-Identifier: GPL-3.0-or-later
// The program's application object: a store error in what the user does (an action, a key on
// the timeline) is caught where Qt called us, reported, and the window stays usable. Runs under
// entente::Application, as the program does; under AddressSanitizer, nothing leaks (no
// exception unwound through Qt's frames).
#include "application.h"
#include "database.h"
#include "editactions.h"
#include "editeventscommand.h"
#include "error.h"
#include "eventdetails.h"
#include "eventstore.h"
#include "mainwindow.h"
#include "seedloader.h"
#include "testsupport.h"
#include "timelineview.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

#include <memory>

using namespace entente;

class TstApplication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EntenteTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_application"));
        isolateSettings();
        QSettings().clear();
    }

    // Undo while another program holds the file's write lock: Edit ▸ Undo reports the file in
    // use; the edit stays done and undoable, and undoes once the other has let go.
    void undoOfALockedFileIsReportedAndTheStackStays()
    {
        auto *application = qobject_cast<Application *>(QCoreApplication::instance());
        QVERIFY(application);
        QSignalSpy failed(application, &Application::failed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.entente"));
        auto store = std::make_unique<EventStore>(path);
        SeedLoader::loadBundled(*store);
        EventStore *raw = store.get();
        MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Event before = raw->events().first();
        Event after = before;
        after.title = QStringLiteral("Edited");
        QVERIFY(window.editing()->push(new EditEventsCommand(raw, {before}, {after}, {})));

        auto other = std::make_unique<Database>(path, Database::OpenMode::ReadWrite);
        other->execute(QStringLiteral("BEGIN IMMEDIATE"));
        window.editing()->undoAction()->trigger();
        QTRY_COMPARE(failed.size(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"in use by another"), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QTRY_VERIFY(window.findChild<QMessageBox *>());
        QVERIFY(window.statusBar()->currentMessage().contains(u"in use by another"));
        QVERIFY(window.isVisible());
        QCOMPARE(window.editing()->undoStack()->index(), 1);
        QCOMPARE(raw->event(before.id)->title, after.title);
        // A click on "<opened>" in the Undo History: the same, and the history shows where the
        // stack still is.
        auto *history = window.findChild<QUndoView *>();
        QVERIFY(history);
        history->setCurrentIndex(history->model()->index(0, 0));
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(window.editing()->undoStack()->index(), 1);
        QCOMPARE(history->currentIndex().row(), 1);

        other.reset(); // lets go of the lock
        window.editing()->undoAction()->trigger();
        QCOMPARE(window.editing()->undoStack()->index(), 0);
        QCOMPARE(raw->event(before.id)->title, before.title);
        QCOMPARE(history->currentIndex().row(), 0);
        history->setCurrentIndex(history->model()->index(1, 0)); // redo from the history
        QCOMPARE(window.editing()->undoStack()->index(), 1);
        QCOMPARE(raw->event(before.id)->title, after.title);
        QCOMPARE(failed.size(), 2);
    }

    // A timeline whose sources table has gone (as in a damaged file): selecting an event makes
    // Details read its sources, which fails. The window says so and stays usable.
    void windowShowsAStoreFailureAndStays()
    {
        QTemporaryDir dir;
        auto store = std::make_unique<EventStore>(dir.filePath(QStringLiteral("t.entente")));
        SeedLoader::loadBundled(*store);
        EventStore *raw = store.get();
        MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        raw->database().execute(QStringLiteral("ALTER TABLE sources RENAME TO sources_gone"));

        window.timelineView()->setFocus();
        QTest::keyClick(window.timelineView(), Qt::Key_Home); // selects the first event
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("sources")));
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("sources")));
        QVERIFY(window.isVisible());
        const qint64 first = window.timelineView()->selectedEventId();
        QVERIFY(first > 0);
        // The timeline goes on answering keys.
        QTest::keyClick(window.timelineView(), Qt::Key_End); // selects the last event
        QVERIFY(window.timelineView()->selectedEventId() > 0);
        QVERIFY(window.timelineView()->selectedEventId() != first);
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    Application application(argc, argv);
    TstApplication test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_application.moc"
