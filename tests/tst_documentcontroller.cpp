// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include "answerbox.h"
#include "database.h"
#include "documentcontroller.h"
#include "editactions.h"
#include "editeventscommand.h"
#include "eventlistdock.h"
#include "eventlistmodel.h"
#include "eventstore.h"
#include "fileupgrade.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "seedloader.h"
#include "startpage.h"
#include "storeopening.h"
#include "testsupport.h"
#include "timelineview.h"

#include <memory>

using namespace entente;

namespace {

const auto RutteUid = QStringLiteral("article-11-rutte-buitenhof");

QStringList dumpOf(const QString &path)
{
    Database db(path, Database::OpenMode::ReadOnly);
    return canonicalDump(db);
}

// The file actions of Open Recent, after it has been filled as when it opens.
QList<QAction *> recentActions(DocumentController *documents)
{
    emit documents->recentMenu()->aboutToShow();
    QList<QAction *> files;
    for (QAction *action : documents->recentMenu()->actions()) {
        if (!action->data().toString().isEmpty()) {
            files.append(action);
        }
    }
    return files;
}

QSet<qint64> drawnEvents(TimelineView *view)
{
    QSet<qint64> drawn;
    for (const TimelineRenderer::Item &item : view->items()) {
        drawn.insert(item.eventId);
    }
    return drawn;
}

} // namespace

class TstDocumentController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newCreatesATimelineThatReopens();
    void newReplacesAFileButNotTheOpenOne();
    void openRecentListsTheLastTen();
    void openRecentGreysAMissingFile();
    void saveAsCopiesAndWorksOnTheCopy();
    void undoGoesOnInTheCopyAfterSaveAs();
    void closeLeavesAUsableWindow();
    void startPageOpensARecentFile();
    void windowCanStartWithoutATimeline();
    void droppingATimelineOpensIt();
    void readOnlyFileOpensForViewing_data();
    void readOnlyFileOpensForViewing();
    void anotherConnectionsChangeAppears();
    void pollTimerRunsWhileAFileIsOpen();
    void badFileIsRefusedAndTheOldOneStays_data();
    void badFileIsRefusedAndTheOldOneStays();
    void openingAndClosingLeavesTheFileAsItWas_data();
    void openingAndClosingLeavesTheFileAsItWas();
    void firstEditOfAnOlderFileAsksFirst_data();
    void firstEditOfAnOlderFileAsksFirst();
    void storeMadeOnAThreadServesTheWindow_data();
    void storeMadeOnAThreadServesTheWindow();
    void cancellingAnOpenKeepsTheWindowsFile_data();
    void cancellingAnOpenKeepsTheWindowsFile();
    void cancellingAnUpgradeLeavesTheFileAsItWas();

private:
    // A timeline with the bundled events at "folder/t.entente", alone in its folder; in
    // timeline format `version` unless 0.
    QString fileInAFolder(int version) const;
    // The same, current, left in WAL mode as a crash leaves it (its log checkpointed since).
    QString walLeftFileInAFolder() const;
    // Whether the Events list shows an event of that title.
    bool listShows(const QString &title) const;
    QStringList filesBeside(const QString &file) const;
    // Clicks `button` of the next message box, keeping its text in m_boxText.
    void answerNextBox(const QString &button);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A copy of the bundled timeline at `name`.
    QString seededFile(const QString &name) const;
    DocumentController *documents() const { return m_window->documents(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window; // on "first.entente", the bundled timeline
    QString m_boxText;
};

void TstDocumentController::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EntenteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_documentcontroller"));
    isolateSettings();
}

void TstDocumentController::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>(
        std::make_unique<EventStore>(seededFile(QStringLiteral("first.entente"))));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TstDocumentController::cleanup()
{
    m_window.reset();
    m_dir.reset();
    QSettings().clear();
}

QString TstDocumentController::seededFile(const QString &name) const
{
    EventStore store(path(name));
    SeedLoader::loadBundled(store);
    return store.path();
}

void TstDocumentController::newCreatesATimelineThatReopens()
{
    const QString file = path(QStringLiteral("new.entente"));
    QVERIFY(documents()->create(file));
    QCOMPARE(m_window->store()->path(), file);
    QCOMPARE(m_window->store()->eventCount(), qint64(0));
    QVERIFY(m_window->editing()->canEdit());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("new.entente")));

    Event event;
    event.title = QStringLiteral("First note");
    event.start = PartialDate::fromIso(QStringLiteral("2025-02-12"));
    m_window->store()->addEvent(event);
    documents()->close();
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".new")));

    EventStore again(file);
    QCOMPARE(again.eventCount(), qint64(1));
    QCOMPARE(again.events().first().title, QStringLiteral("First note"));
}

void TstDocumentController::newReplacesAFileButNotTheOpenOne()
{
    const QString open = m_window->store()->path();
    const QStringList before = dumpOf(open);
    QSignalSpy failures(documents(), &DocumentController::failed);
    QVERIFY(!documents()->create(open));
    QCOMPARE(failures.size(), 1);
    QCOMPARE(m_window->store()->path(), open);
    QCOMPARE(dumpOf(open), before);

    // The save dialog asked whether to replace it: the new timeline is empty.
    const QString other = seededFile(QStringLiteral("other.entente"));
    QVERIFY(documents()->create(other));
    QCOMPARE(m_window->store()->eventCount(), qint64(0));
}

void TstDocumentController::openRecentListsTheLastTen()
{
    QStringList files;
    for (int i = 0; i < 12; ++i) {
        files.prepend(seededFile(QStringLiteral("t%1.entente").arg(i)));
        QVERIFY(documents()->open(files.first()));
    }
    const QList<QAction *> actions = recentActions(documents());
    QCOMPARE(actions.size(), RecentFiles::Limit);
    for (int i = 0; i < RecentFiles::Limit; ++i) { // newest first
        QCOMPARE(actions.at(i)->data().toString(), files.at(i));
        QVERIFY(actions.at(i)->isEnabled());
    }
    // Choosing one opens it, and it comes first.
    actions.at(3)->trigger();
    QCOMPARE(m_window->store()->path(), files.at(3));
    QCOMPARE(recentActions(documents()).first()->data().toString(), files.at(3));
}

void TstDocumentController::openRecentGreysAMissingFile()
{
    const QString gone = seededFile(QStringLiteral("gone.entente"));
    QVERIFY(documents()->open(gone));
    QVERIFY(documents()->open(seededFile(QStringLiteral("here.entente"))));
    QVERIFY(QFile::remove(gone));

    const QList<QAction *> actions = recentActions(documents());
    QCOMPARE(actions.size(), 3); // with first.entente
    QCOMPARE(actions.at(1)->data().toString(), gone);
    QVERIFY(!actions.at(1)->isEnabled());
    QVERIFY2(actions.at(1)->toolTip().contains(QStringLiteral("is gone")),
             qPrintable(actions.at(1)->toolTip()));
    QVERIFY(actions.at(0)->isEnabled());

    QAction *clear = documents()->recentMenu()->actions().constLast();
    QCOMPARE(clear->text(), QStringLiteral("&Clear Menu"));
    clear->trigger();
    QVERIFY(recentActions(documents()).isEmpty());
    QVERIFY(RecentFiles::paths().isEmpty());
}

void TstDocumentController::saveAsCopiesAndWorksOnTheCopy()
{
    const QString original = m_window->store()->path();
    TimelineView *view = m_window->timelineView();
    view->setVisibleRange(utc(2021, 6, 1), utc(2023, 1, 1));
    const qint64 rutte = m_window->store()->eventByUid(RutteUid)->id;
    m_window->selectEvent(rutte);
    const qint64 from = view->scale().visibleFrom(), to = view->scale().visibleTo();

    const QString copy = path(QStringLiteral("copy.entente"));
    QVERIFY(documents()->saveAs(copy));
    QCOMPARE(dumpOf(copy), dumpOf(original));
    QCOMPARE(m_window->store()->path(), copy);
    QCOMPARE(view->scale().visibleFrom(), from);
    QCOMPARE(view->scale().visibleTo(), to);
    QCOMPARE(view->selectedEventId(), rutte);
    // "US–Russia–Ukraine peace talks, February 2025 (copy.entente) — Entente": the copy's name.
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("(copy.entente)")),
             qPrintable(m_window->windowTitle()));

    // The window writes to the copy now; the original stays as it was.
    const QStringList before = dumpOf(original);
    Event event = *m_window->store()->event(rutte);
    event.title = QStringLiteral("Edited in the copy");
    m_window->store()->updateEvent(event);
    QCOMPARE(dumpOf(original), before);
    QCOMPARE(EventStore(copy).event(rutte)->title, QStringLiteral("Edited in the copy"));
}

// Undo lasts until the file is closed: an edit made before Save As is undone in the copy,
// which has the same rows and ids, and the original is not touched.
void TstDocumentController::undoGoesOnInTheCopyAfterSaveAs()
{
    const QString original = m_window->store()->path();
    const qint64 rutte = m_window->store()->eventByUid(RutteUid)->id;
    const Event before = *m_window->store()->event(rutte);
    Event after = before;
    after.title = QStringLiteral("Edited before Save As");
    QVERIFY(m_window->editing()->push(
        new EditEventsCommand(m_window->store(), {before}, {after}, QStringLiteral("Edit"))));
    const QString copy = path(QStringLiteral("copy.entente"));
    QVERIFY(documents()->saveAs(copy));
    QVERIFY(m_window->editing()->undoAction()->isEnabled());
    m_window->editing()->undoAction()->trigger();
    QCOMPARE(m_window->store()->event(rutte)->title, before.title);
    QCOMPARE(EventStore(original).event(rutte)->title, after.title);
    m_window->editing()->redoAction()->trigger();
    QCOMPARE(m_window->store()->event(rutte)->title, after.title);
}

void TstDocumentController::closeLeavesAUsableWindow()
{
    documents()->closeAction()->trigger();
    QVERIFY(!m_window->store());
    QVERIFY(documents()->startPage()->isVisible());
    QVERIFY(!m_window->timelineView()->isVisible());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Entente"));
    QVERIFY(!documents()->closeAction()->isEnabled());
    QVERIFY(!documents()->saveAsAction()->isEnabled());
    QVERIFY(!m_window->editing()->canEdit());
    QVERIFY(!documents()->pollTimer()->isActive());
    QVERIFY(!documents()->poll());

    // Every action that does not ask a question, and the keys of every pane: nothing needs a
    // file that is not there.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        const QString text = action->text();
        if (action->isEnabled() && !action->menu() && !text.endsWith(QChar(0x2026)) &&
            !text.contains(QStringLiteral("Quit")) && !text.contains(QStringLiteral("About"))) {
            action->trigger();
        }
    }
    for (QWidget *pane : {static_cast<QWidget *>(m_window->timelineView()),
                          static_cast<QWidget *>(m_window->eventList()->table())}) {
        for (const Qt::Key key : {Qt::Key_Right, Qt::Key_Home, Qt::Key_End, Qt::Key_Tab,
                                  Qt::Key_Plus, Qt::Key_F, Qt::Key_Return, Qt::Key_Escape}) {
            QTest::keyClick(pane, key);
        }
    }
    m_window->timelineView()->setVisibleRange(utc(2014, 1, 1), utc(2015, 1, 1));
    m_window->showUndatedEvents();
    QVERIFY(!m_window->store());

    // And it opens a file again.
    QVERIFY(documents()->open(seededFile(QStringLiteral("next.entente"))));
    QVERIFY(m_window->timelineView()->isVisible());
    QVERIFY(!documents()->startPage()->isVisible());
    QVERIFY(documents()->closeAction()->isEnabled());
    QVERIFY(m_window->timelineView()->waitForData());
    QVERIFY(!m_window->timelineView()->items().isEmpty());
}

void TstDocumentController::startPageOpensARecentFile()
{
    const QString first = m_window->store()->path();
    documents()->close();
    QPushButton *recent = nullptr;
    for (QPushButton *button : documents()->startPage()->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("first.entente")) {
            recent = button;
        }
    }
    QVERIFY(recent);
    QTest::mouseClick(recent, Qt::LeftButton);
    QVERIFY(m_window->store());
    QCOMPARE(m_window->store()->path(), first);
}

void TstDocumentController::windowCanStartWithoutATimeline()
{
    // What the program does when the file it was given cannot be read.
    MainWindow window(nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.documents()->startPage()->isVisible());
    QVERIFY(!window.documents()->closeAction()->isEnabled());
    QVERIFY(!window.documents()->pollTimer()->isActive());
    QVERIFY(window.documents()->open(m_window->store()->path()));
    QVERIFY(window.timelineView()->isVisible());
    QVERIFY(window.documents()->pollTimer()->isActive());
}

void TstDocumentController::droppingATimelineOpensIt()
{
    const QString dropped = seededFile(QStringLiteral("dropped.entente"));
    QFile other(path(QStringLiteral("notes.txt")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();

    const auto drag = [&](const QString &file) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        const QPoint at = m_window->timelineView()->geometry().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        if (!enter.isAccepted()) {
            return false;
        }
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &drop);
        return drop.isAccepted();
    };
    QVERIFY(!drag(other.fileName())); // not a timeline: refused at the door
    QVERIFY(drag(dropped));
    QTRY_COMPARE(m_window->store()->path(), dropped);
}

void TstDocumentController::readOnlyFileOpensForViewing_data()
{
    QTest::addColumn<bool>("chmod");
    QTest::addColumn<QString>("note");
    QTest::newRow("write-protected") << true << QStringLiteral("you do not have permission");
    QTest::newRow("opened read-only") << false << QStringLiteral("Opened read-only");
}

void TstDocumentController::readOnlyFileOpensForViewing()
{
    QFETCH(bool, chmod);
    QFETCH(QString, note);
    const QString file = seededFile(QStringLiteral("protected.entente"));
    QVERIFY(!documents()->readOnlyNote()->isVisible());
    if (chmod) {
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup));
        if (QFileInfo(file).isWritable()) {
            QSKIP("write protection does not apply to this user (running as root?)");
        }
    }
    QVERIFY(documents()->open(file, chmod ? EventStore::Access::ReadWrite
                                          : EventStore::Access::ReadOnly));
    QVERIFY(m_window->store()->isReadOnly());
    QVERIFY(!m_window->editing()->canEdit());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(documents()->readOnlyNote()->isVisible());
    QVERIFY2(documents()->readOnlyNote()->text().contains(note),
             qPrintable(documents()->readOnlyNote()->text()));
    QVERIFY(m_window->timelineView()->waitForData());
    QVERIFY(!m_window->timelineView()->items().isEmpty()); // for viewing

    // A writable file again: the note goes.
    QVERIFY(documents()->open(seededFile(QStringLiteral("writable.entente"))));
    QVERIFY(!documents()->readOnlyNote()->isVisible());
    QVERIFY(m_window->editing()->canEdit());
}

void TstDocumentController::anotherConnectionsChangeAppears()
{
    TimelineView *view = m_window->timelineView();
    view->setVisibleRange(utc(2021, 6, 1), utc(2023, 1, 1));
    const Event rutte = *m_window->store()->eventByUid(RutteUid);
    m_window->selectEvent(rutte.id);
    const qint64 from = view->scale().visibleFrom(), to = view->scale().visibleTo();
    QVERIFY(view->waitForData());
    QVERIFY(drawnEvents(view).contains(rutte.id));
    EventListModel *list = m_window->eventList()->model();
    const int rows = list->rowCount();
    QVERIFY(!documents()->poll()); // nothing new yet

    // Another window or program adds an event beside Rutte's, in his lane.
    EventStore other(m_window->store()->path());
    Event added = rutte;
    added.id = 0;
    added.uid.clear();
    added.title = QStringLiteral("Written by another window");
    const qint64 addedId = other.addEvent(added);

    QVERIFY(documents()->poll());
    QTRY_COMPARE(list->rowCount(), rows + 1);
    QVERIFY(view->waitForData());
    QVERIFY(drawnEvents(view).contains(addedId));
    // The view stays where the user was, with the same selection.
    QCOMPARE(view->scale().visibleFrom(), from);
    QCOMPARE(view->scale().visibleTo(), to);
    QCOMPARE(view->selectedEventId(), rutte.id);
    QVERIFY(!documents()->poll()); // seen once
}

void TstDocumentController::pollTimerRunsWhileAFileIsOpen()
{
    QTimer *timer = documents()->pollTimer();
    QVERIFY(timer->isActive());
    QVERIFY(timer->interval() <= 1000); // "within a second"
    EventStore other(m_window->store()->path());
    Event event;
    event.title = QStringLiteral("Seen by the timer");
    event.start = PartialDate::fromIso(QStringLiteral("2024-05-01"));
    other.addEvent(event);
    EventListModel *list = m_window->eventList()->model();
    const int rows = list->rowCount();
    QTRY_COMPARE(list->rowCount(), rows + 1); // the timer's poll, not this test, noticed it
}

void TstDocumentController::badFileIsRefusedAndTheOldOneStays_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("why");
    QTest::newRow("not a timeline") << QStringLiteral("text") << QStringLiteral("not an Entente");
    QTest::newRow("another program's database")
        << QStringLiteral("sqlite") << QStringLiteral("not an Entente timeline");
    QTest::newRow("newer Entente") << QStringLiteral("newer") << QStringLiteral("newer version");
    QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("(an empty file)");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("truncated (");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("no such file");
}

void TstDocumentController::badFileIsRefusedAndTheOldOneStays()
{
    QFETCH(QString, kind);
    QFETCH(QString, why);
    const QString file = path(QStringLiteral("bad.entente"));
    if (kind == QLatin1String("text")) {
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray("hello, this is not SQLite at all").repeated(200));
    } else if (kind == QLatin1String("sqlite")) {
        Database db(file, Database::OpenMode::ReadWriteCreate);
        db.execute(QStringLiteral("CREATE TABLE notes (text TEXT)"));
    } else if (kind == QLatin1String("newer")) {
        seededFile(QStringLiteral("bad.entente"));
        Database db(file, Database::OpenMode::ReadWrite);
        db.execute(QStringLiteral("PRAGMA user_version = 99"));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(QFile(file).open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("truncated")) {
        seededFile(QStringLiteral("bad.entente"));
        QVERIFY(QFile::resize(file, QFileInfo(file).size() / 2));
    }
    const QByteArray bytes = fileBytes(file);
    const QString before = m_window->store()->path();

    QSignalSpy failures(documents(), &DocumentController::failed);
    QVERIFY(!documents()->open(file));
    QCOMPARE(failures.size(), 1);
    const QString message = failures.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("bad.entente")) && message.contains(why),
             qPrintable(message));
    QVERIFY2(m_window->statusBar()->currentMessage() == message, qPrintable(message));
    QCOMPARE(m_window->store()->path(), before);
    QVERIFY(m_window->editing()->canEdit());
    QCOMPARE(fileBytes(file), bytes); // untouched
    QCOMPARE(QFileInfo::exists(file), kind != QLatin1String("missing"));
}

QString TstDocumentController::fileInAFolder(int version) const
{
    const QString folder = path(QStringLiteral("folder"));
    QDir().mkpath(folder);
    const QString file = folder + QStringLiteral("/t.entente");
    {
        EventStore store(file);
        SeedLoader::loadBundled(store);
    }
    if (version != 0) {
        makeOlderTimeline(file, version);
    }
    return file;
}

QString TstDocumentController::walLeftFileInAFolder() const
{
    const QString file = fileInAFolder(0);
    Database db(file, Database::OpenMode::ReadWrite);
    db.journalMode(QStringLiteral("wal"));
    return file;
}

bool TstDocumentController::listShows(const QString &title) const
{
    const QAbstractItemModel *model = m_window->eventTable()->model();
    return !model
                ->match(model->index(0, EventListModel::TitleColumn), Qt::DisplayRole, title, 1,
                        Qt::MatchExactly)
                .isEmpty();
}

QStringList TstDocumentController::filesBeside(const QString &file) const
{
    return QFileInfo(file).dir().entryList(QDir::Files | QDir::Hidden);
}

void TstDocumentController::answerNextBox(const QString &button)
{
    ::answerNextBox(this, button, &m_boxText);
}

void TstDocumentController::openingAndClosingLeavesTheFileAsItWas_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("current") << 0;
    QTest::newRow("older (8)") << 8;
}

// Viewing a timeline, with every pane reading it, writes nothing: byte for byte as it was and
// nothing left beside it. An older one opens for viewing, with a note saying it will be
// upgraded on the first change, under its own name.
void TstDocumentController::openingAndClosingLeavesTheFileAsItWas()
{
    QFETCH(int, version);
    const QString file = fileInAFolder(version);
    const QByteArray before = fileBytes(file);
    QVERIFY(documents()->open(file));
    QCOMPARE(m_window->store()->path(), file);
    QCOMPARE(RecentFiles::paths().value(0), file);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("(t.entente)")));
    QVERIFY(m_window->editing()->canEdit());
    QCOMPARE(!documents()->readOnlyNote()->isHidden(), version != 0);
    if (version != 0) {
        const QString note = documents()->readOnlyNote()->text();
        QVERIFY2(note.contains(QStringLiteral("t.entente is in an older timeline format (8)")),
                 qPrintable(note));
    }
    // Read by the tiles' threads, the list's and the search's.
    m_window->timelineView()->setVisibleRange(utc(2014, 1, 1), utc(2026, 1, 1));
    QTRY_VERIFY(!drawnEvents(m_window->timelineView()).isEmpty());
    QTRY_VERIFY(m_window->eventTable()->model()->rowCount() > 10);
    documents()->close();
    QCOMPARE(fileBytes(file), before);
    QCOMPARE(filesBeside(file), QStringList{QStringLiteral("t.entente")});
}

void TstDocumentController::firstEditOfAnOlderFileAsksFirst_data()
{
    QTest::addColumn<bool>("yes");
    QTest::newRow("yes") << true;
    QTest::newRow("no") << false;
}

// The first edit of a file in an older format asks before it is upgraded. Yes: the file is
// upgraded in place, the copy kept meanwhile is gone, the window goes on in it where it was,
// and the edit is made. No: nothing changes, byte for byte.
void TstDocumentController::firstEditOfAnOlderFileAsksFirst()
{
    QFETCH(bool, yes);
    const QString file = fileInAFolder(8);
    const QByteArray bytes = fileBytes(file);
    QVERIFY(documents()->open(file));
    TimelineView *view = m_window->timelineView();
    view->setVisibleRange(utc(2021, 6, 1), utc(2023, 1, 1));
    const qint64 rutte = m_window->store()->eventByUid(RutteUid)->id;
    m_window->selectEvent(rutte);
    const qint64 from = view->scale().visibleFrom(), to = view->scale().visibleTo();
    const Event before = *m_window->store()->event(rutte);
    Event after = before;
    after.title = QStringLiteral("Edited after the upgrade");

    answerNextBox(yes ? QStringLiteral("Yes") : QStringLiteral("No"));
    const bool edited = m_window->editing()->push(
        new EditEventsCommand(m_window->store(), {before}, {after}, QStringLiteral("Edit")));
    QCOMPARE(edited, yes);
    const QString backup = FileUpgrade::backupPath(file, 8);
    QVERIFY2(m_boxText.contains(QDir::toNativeSeparators(file)), qPrintable(m_boxText));
    QVERIFY2(m_boxText.contains(QDir::toNativeSeparators(backup)), qPrintable(m_boxText));
    QVERIFY2(m_boxText.contains(QStringLiteral("older versions of Entente will not open it")),
             qPrintable(m_boxText));
    EventStore *store = m_window->store();
    QCOMPARE(store->path(), file);
    QVERIFY(!QFile::exists(backup)); // kept only until the upgrade had succeeded
    if (!yes) {
        QVERIFY(store->needsUpgrade());
        QCOMPARE(store->event(rutte)->title, before.title);
        QVERIFY(!m_window->editing()->undoAction()->isEnabled());
        documents()->close();
        QCOMPARE(fileBytes(file), bytes);
        return;
    }
    QVERIFY(!store->needsUpgrade());
    QCOMPARE(store->readerPath(), file);
    QVERIFY(documents()->readOnlyNote()->isHidden());
    QCOMPARE(store->event(rutte)->title, after.title);
    QCOMPARE(view->scale().visibleFrom(), from);
    QCOMPARE(view->scale().visibleTo(), to);
    QCOMPARE(view->selectedEventId(), rutte);
    m_window->editing()->undoAction()->trigger();
    QCOMPARE(store->event(rutte)->title, before.title);
    documents()->close();
    EventStore reopened(file, EventStore::Access::ReadOnly);
    QCOMPARE(reopened.formatVersion(), EventStore::SchemaVersion);
    QCOMPARE(reopened.event(rutte)->title, before.title);
    QCOMPARE(filesBeside(file), QStringList{QStringLiteral("t.entente")});
}

void TstDocumentController::storeMadeOnAThreadServesTheWindow_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("older (8), copied, upgraded on the first edit") << QStringLiteral("older");
    QTest::newRow("left in WAL mode, every page read") << QStringLiteral("wal");
    QTest::newRow("left in WAL mode, read-only, copied") << QStringLiteral("wal read-only");
}

// The store is made on a thread behind the progress dialog, and handed to the window's: its
// changes reach the views as those of a store made here do.
void TstDocumentController::storeMadeOnAThreadServesTheWindow()
{
    QFETCH(QString, kind);
    const QString file = kind == QLatin1String("older") ? fileInAFolder(8) : walLeftFileInAFolder();
    const bool readOnly = kind == QLatin1String("wal read-only");
    QVERIFY(documents()->open(file, readOnly ? EventStore::Access::ReadOnly
                                             : EventStore::Access::ReadWrite));
    QCOMPARE(m_window->store()->path(), file);
    QCOMPARE(m_window->store()->thread(), QThread::currentThread());
    QTRY_VERIFY(m_window->eventTable()->model()->rowCount() > 10);
    if (readOnly) {
        QVERIFY(!m_window->editing()->canEdit());
        return;
    }
    const Event before = *m_window->store()->eventByUid(RutteUid);
    Event after = before;
    after.title = QStringLiteral("Edited after a threaded open");
    if (kind == QLatin1String("older")) {
        answerNextBox(QStringLiteral("Yes")); // upgrade it first, on a thread too
    }
    QVERIFY(m_window->editing()->push(
        new EditEventsCommand(m_window->store(), {before}, {after}, QStringLiteral("Edit"))));
    QCOMPARE(m_window->store()->thread(), QThread::currentThread());
    QVERIFY(!m_window->store()->needsUpgrade());
    QTRY_VERIFY(listShows(after.title));
}

void TstDocumentController::cancellingAnOpenKeepsTheWindowsFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("older (8), copied") << QStringLiteral("older");
    QTest::newRow("left in WAL mode, every page read") << QStringLiteral("wal");
}

// Cancel in the dialog: the window stays on its file, no message, the file as it was.
void TstDocumentController::cancellingAnOpenKeepsTheWindowsFile()
{
    QFETCH(QString, kind);
    const QString file = kind == QLatin1String("older") ? fileInAFolder(8) : walLeftFileInAFolder();
    const QByteArray bytes = fileBytes(file);
    const QString before = m_window->store()->path();
    documents()->setBeforeOpening([](StoreOpening &opening) {
        // What its Cancel button does.
        opening.setOnStarted([](StoreOpening &started) { emit started.dialog()->canceled(); });
    });
    QSignalSpy failures(documents(), &DocumentController::failed);
    QVERIFY(!documents()->open(file));
    QCOMPARE(failures.size(), 0);
    QCOMPARE(m_window->store()->path(), before);
    QVERIFY(m_window->editing()->canEdit());
    QCOMPARE(fileBytes(file), bytes);
    QCOMPARE(filesBeside(file), QStringList{QStringLiteral("t.entente")});
    documents()->setBeforeOpening({});
    QVERIFY(documents()->open(file)); // and opens when not cancelled
}

// Cancel while the original is being copied beside itself: the file as it was, nothing
// beside it, the window on its read-through copy and the edit not made.
void TstDocumentController::cancellingAnUpgradeLeavesTheFileAsItWas()
{
    const QString file = fileInAFolder(8);
    const QByteArray bytes = fileBytes(file);
    QVERIFY(documents()->open(file));
    documents()->setBeforeOpening([](StoreOpening &opening) {
        opening.stopRequest().setOnProgress([](StopRequest &stop) { // Cancel, at a known point
            if (stop.stage() == StopRequest::Stage::KeepingBackup && stop.bytesDone() > 0) {
                stop.request();
            }
        });
    });
    const Event before = *m_window->store()->eventByUid(RutteUid);
    Event after = before;
    after.title = QStringLiteral("Not made");
    answerNextBox(QStringLiteral("Yes"));
    QSignalSpy failures(documents(), &DocumentController::failed);
    QVERIFY(!m_window->editing()->push(
        new EditEventsCommand(m_window->store(), {before}, {after}, QStringLiteral("Edit"))));
    QCOMPARE(failures.size(), 0);
    QVERIFY(m_window->store()->needsUpgrade());
    QCOMPARE(m_window->store()->event(before.id)->title, before.title);
    QVERIFY(!m_window->editing()->undoAction()->isEnabled());
    QCOMPARE(filesBeside(file), QStringList{QStringLiteral("t.entente")});
    documents()->close();
    QCOMPARE(fileBytes(file), bytes);
}

QTEST_MAIN(TstDocumentController)
#include "tst_documentcontroller.moc"
