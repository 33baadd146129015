// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcontroller.h"

#include "checkedfile.h"
#include "editactions.h"
#include "error.h"
#include "fileupgrade.h"
#include "mainwindow.h"
#include "plainmessage.h"
#include "recentfiles.h"
#include "startpage.h"
#include "storeopening.h"
#include "timelineview.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QStorageInfo>
#include <QTimer>
#include <QVBoxLayout>

namespace entente {

namespace {
const auto LastDirectoryKey = QStringLiteral("files/lastDirectory"); // shared with Export
const auto Suffix = QStringLiteral("entente");

// The journal files SQLite keeps beside a timeline. Those of a file about to be replaced must
// go first, or SQLite would read them as the new file's.
void removeJournals(const QString &path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

void removeTimelineFile(const QString &path)
{
    removeJournals(path);
    QFile::remove(path);
}

// Why the user cannot change the file, for the note above the timeline.
QString readOnlyReason(const QString &path)
{
    if (QStorageInfo(QFileInfo(path).absolutePath()).isReadOnly()) {
        return DocumentController::tr(
            "Read-only: this file is on a disk that cannot be written to. You can look, but "
            "not change it.");
    }
    if (!QFileInfo(path).isWritable()) {
        return DocumentController::tr(
            "Read-only: you do not have permission to change this file. You can look, but not "
            "change it.");
    }
    return DocumentController::tr("Opened read-only: editing is off.");
}
} // namespace

DocumentController::DocumentController(MainWindow *window)
    : QObject(window), m_window(window), m_poll(new QTimer(this))
{
    m_poll->setInterval(PollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &DocumentController::poll);
    connect(window, &MainWindow::storeChanged, this, &DocumentController::onStoreChanged);
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

QWidget *DocumentController::wrap(QWidget *timelineArea)
{
    m_timelineArea = timelineArea;
    auto *container = new QWidget(m_window);
    m_readOnlyNote = new QLabel(container);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setTextFormat(Qt::PlainText); // names the file
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setMargin(6);
    // The colours of a tooltip: set apart from the timeline in light and dark themes alike.
    m_readOnlyNote->setAutoFillBackground(true);
    QPalette palette = m_readOnlyNote->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    m_readOnlyNote->setPalette(palette);
    m_readOnlyNote->hide();
    m_startPage = new StartPage(container);
    m_startPage->hide();
    connect(m_startPage, &StartPage::newRequested, this, &DocumentController::newTimeline);
    connect(m_startPage, &StartPage::openRequested, this, &DocumentController::openTimeline);
    connect(m_startPage, &StartPage::openPathRequested, this,
            [this](const QString &path) { open(path); });
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(timelineArea, 1);
    layout->addWidget(m_startPage, 1);
    return container;
}

void DocumentController::addFileActions(QMenu *file)
{
    QAction *newAction =
        file->addAction(tr("&New Timeline…"), this, &DocumentController::newTimeline);
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open Timeline…"), this, &DocumentController::openTimeline);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setToolTipsVisible(true); // they say why a file cannot be chosen
    // Read when it opens: another window may have opened files since.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DocumentController::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    m_saveAs = file->addAction(tr("Save &As…"), this, &DocumentController::saveTimelineAs);
    m_saveAs->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_close = file->addAction(tr("&Close"), this, &DocumentController::close);
    m_close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    addDocumentActions({m_saveAs, m_close});
}

void DocumentController::addDocumentActions(const QList<QAction *> &actions)
{
    m_needDocument += actions;
    for (QAction *action : actions) {
        action->setEnabled(m_window->store() != nullptr);
    }
}

void DocumentController::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentFiles::paths();
    for (const QString &path : paths) {
        QAction *action = m_recentMenu->addAction(RecentFiles::label(path, paths), this,
                                                  [this, path] { open(path); });
        const bool there = RecentFiles::exists(path);
        action->setEnabled(there);
        action->setToolTip(there ? QDir::toNativeSeparators(path) : RecentFiles::goneText(path));
        action->setData(path);
    }
    if (!paths.isEmpty()) {
        m_recentMenu->addSeparator();
    }
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
        RecentFiles::clear();
        m_startPage->setRecentFiles({});
    });
    clear->setEnabled(!paths.isEmpty());
}

bool DocumentController::isOpenHere(const QString &path) const
{
    const EventStore *store = m_window->store();
    if (!store) {
        return false;
    }
    const QFileInfo here(store->path()), there(path);
    return here == there ||
           (there.exists() && here.canonicalFilePath() == there.canonicalFilePath());
}

bool DocumentController::open(const QString &path, EventStore::Access access)
{
    if (isOpenHere(path)) {
        return true;
    }
    if (!QFileInfo(path).isFile()) {
        emit failed(
            tr("Could not open %1: there is no such file.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    StoreOpening opening(m_window, path);
    if (m_beforeOpening) {
        m_beforeOpening(opening);
    }
    std::unique_ptr<EventStore> store = opening.run([&](StopRequest &stop) {
        CheckedFile::checkAhead(path, EventStore::ApplicationId, EventStore::SchemaVersion, stop);
        return std::make_unique<EventStore>(path, access, &stop);
    });
    if (opening.wasCancelled()) { // the user who cancelled needs no message saying so
        return false;
    }
    if (!store) {
        // The store's message names the file and says why; the window keeps its own file.
        emit failed(tr("Could not open the timeline: %1").arg(opening.error()));
        return false;
    }
    m_window->setStore(std::move(store));
    return true;
}

bool DocumentController::create(const QString &path)
{
    if (isOpenHere(path)) {
        emit failed(tr("%1 is the timeline open in this window; choose another name for a new one.")
                        .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // Made under another name and copied over the chosen one in a step, so that a failure
    // leaves the file that was there.
    const QString partial = path + QStringLiteral(".new");
    try {
        removeTimelineFile(partial);
        EventStore empty(partial);
        removeJournals(path); // SQLite would take them for the new file's
        empty.saveCopy(path);
    } catch (const Error &error) {
        removeTimelineFile(partial);
        emit failed(tr("Could not create the timeline: %1").arg(error.message()));
        return false;
    }
    removeTimelineFile(partial);
    return open(path);
}

bool DocumentController::saveAs(const QString &path)
{
    EventStore *store = m_window->store();
    if (!store) {
        return false;
    }
    if (isOpenHere(path)) {
        return true; // every change is in the file already
    }
    std::unique_ptr<EventStore> copy;
    try {
        removeJournals(path);
        store->saveCopy(path);
        copy = std::make_unique<EventStore>(path);
    } catch (const Error &error) {
        emit failed(tr("Could not save the timeline as %1: %2")
                        .arg(QDir::toNativeSeparators(path), error.message()));
        return false;
    }
    QSettings settings; // the copy keeps the lanes as the user arranged them
    m_window->timelineView()->laneArrangements().save(settings, copy->path());
    replaceKeepingPlace(std::move(copy)); // undo goes on in the copy
    return true;
}

void DocumentController::replaceKeepingPlace(std::unique_ptr<EventStore> store)
{
    TimelineView *view = m_window->timelineView();
    const qint64 from = view->scale().visibleFrom(), to = view->scale().visibleTo();
    QList<qint64> selection = view->selectedEventIds();
    if (const qint64 current = view->selectedEventId(); current != 0) {
        selection.removeAll(current);
        selection.prepend(current); // the window takes the first as the current one
    }
    m_window->setStore(std::move(store), true);
    view->setVisibleRange(from, to);
    if (!selection.isEmpty()) {
        m_window->selectEvents(selection);
    }
}

bool DocumentController::upgradeForEdit()
{
    const EventStore *store = m_window->store();
    if (!store || !store->needsUpgrade()) {
        return store != nullptr;
    }
    const QString path = store->path();
    const int version = store->formatVersion();
    const QString question =
        tr("%1 is in an older timeline format (%2). Before it is changed, Entente upgrades it "
           "to format %3, and older versions of Entente will not open it afterwards.\n\nA copy "
           "of the original is kept as %4 until the upgrade has succeeded.\n\nUpgrade it now?")
            .arg(QDir::toNativeSeparators(path))
            .arg(version)
            .arg(EventStore::SchemaVersion)
            .arg(QDir::toNativeSeparators(FileUpgrade::backupPath(path, version)));
    if (!PlainMessage::question(m_window, tr("Upgrade Timeline"), question)) {
        return false;
    }
    StoreOpening opening(m_window, path);
    if (m_beforeOpening) {
        m_beforeOpening(opening);
    }
    std::unique_ptr<EventStore> upgraded = opening.run([&](StopRequest &stop) {
        FileUpgrade::run(path, version, &stop);
        // Upgraded: a stop now would only leave the window on the old copy of a file that
        // is upgraded all the same, so the new store (a moment: the upgrade checked it) opens.
        auto store = std::make_unique<EventStore>(path);
        store->prepareForEditing(); // the edit that asked for the upgrade comes next
        return store;
    });
    if (!upgraded) { // a cancelled upgrade left the file as it was: nothing to say
        if (!opening.wasCancelled()) {
            emit failed(opening.error());
        }
        return false;
    }
    replaceKeepingPlace(std::move(upgraded));
    return true;
}

void DocumentController::close()
{
    m_window->setStore(nullptr);
}

void DocumentController::newTimeline()
{
    if (const QString path = askForPath(tr("New Timeline"), true); !path.isEmpty()) {
        create(path);
    }
}

void DocumentController::openTimeline()
{
    if (const QString path = askForPath(tr("Open Timeline"), false); !path.isEmpty()) {
        open(path);
    }
}

void DocumentController::saveTimelineAs()
{
    if (!m_window->store()) {
        return;
    }
    if (const QString path = askForPath(tr("Save Timeline As"), true); !path.isEmpty()) {
        saveAs(path);
    }
}

QString DocumentController::askForPath(const QString &title, bool forSaving)
{
    QSettings settings;
    const QString directory = settings.value(LastDirectoryKey).toString();
    const QString filter = tr("Entente timelines (*.entente);;All files (*)");
    QString path = forSaving ? QFileDialog::getSaveFileName(m_window, title, directory, filter)
                             : QFileDialog::getOpenFileName(m_window, title, directory, filter);
    if (path.isEmpty()) {
        return {};
    }
    if (forSaving && QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + Suffix;
    }
    settings.setValue(LastDirectoryKey, QFileInfo(path).absolutePath());
    return path;
}

bool DocumentController::poll()
{
    EventStore *store = m_window->store();
    if (!store) {
        return false;
    }
    try {
        return store->checkForExternalChanges();
    } catch (const Error &error) {
        m_poll->stop(); // a file that cannot be read now would fail twice a second
        emit failed(error.message());
        return false;
    }
}

void DocumentController::onStoreChanged()
{
    EventStore *store = m_window->store();
    if (store) {
        RecentFiles::add(store->path());
        m_poll->start();
    } else {
        m_poll->stop();
        m_startPage->setRecentFiles(RecentFiles::paths());
    }
    m_timelineArea->setVisible(store != nullptr);
    m_startPage->setVisible(store == nullptr);
    for (QAction *action : std::as_const(m_needDocument)) {
        action->setEnabled(store != nullptr);
    }
    updateReadOnlyNote();
}

void DocumentController::updateReadOnlyNote()
{
    const EventStore *store = m_window->store();
    const bool readOnly = store && store->isReadOnly();
    const bool older = store && store->needsUpgrade();
    m_readOnlyNote->setVisible(readOnly || older);
    if (readOnly) {
        m_readOnlyNote->setText(readOnlyReason(store->path()));
    } else if (older) {
        m_readOnlyNote->setText(
            tr("%1 is in an older timeline format (%2); Entente upgrades it the first time you "
               "change it.")
                .arg(QFileInfo(store->path()).fileName())
                .arg(store->formatVersion()));
    } else {
        m_readOnlyNote->clear();
    }
}

QString DocumentController::droppedTimeline(const QEvent *event)
{
    const QMimeData *mime = static_cast<const QDropEvent *>(event)->mimeData();
    if (!mime || !mime->hasUrls()) {
        return {};
    }
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && QFileInfo(path).suffix().compare(Suffix, Qt::CaseInsensitive) == 0) {
            return path;
        }
    }
    return {};
}

bool DocumentController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window) {
        return false;
    }
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
        if (!droppedTimeline(event).isEmpty()) {
            static_cast<QDropEvent *>(event)->acceptProposedAction();
            return true;
        }
        return false;
    case QEvent::Drop:
        if (const QString path = droppedTimeline(event); !path.isEmpty()) {
            static_cast<QDropEvent *>(event)->acceptProposedAction();
            // After the drop has finished: a failure's message must not open inside it.
            QTimer::singleShot(0, this, [this, path] { open(path); });
            return true;
        }
        return false;
    default:
        return false;
    }
}

} // namespace entente
