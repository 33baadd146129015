// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventstore.h"

#include <QObject>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QTimer;

namespace entente {

class MainWindow;
class StartPage;
class StoreOpening;

// The window's timeline as a document: File ▸ New, Open, Open Recent, Save As and Close, a
// file dropped on the window, the note that says why a file is read-only, the start page while
// none is open, and the poll that shows what other windows and programs write to the file.
// Every change is in the file the moment it is made, so there is nothing to save or to lose.
// A file that cannot be opened is reported (failed) and the window keeps the one it had.
class DocumentController final : public QObject
{
    Q_OBJECT

public:
    // Often enough that another window's change shows within a second; a poll that finds
    // nothing new is one PRAGMA.
    static constexpr int PollIntervalMs = 500;

    explicit DocumentController(MainWindow *window);

    // The timeline area inside what the documents add: the read-only note above it, and the
    // start page instead of it while no file is open. For the window's central widget.
    QWidget *wrap(QWidget *timelineArea);
    // New, Open, Open Recent, Save As and Close, at the top of the File menu.
    void addFileActions(QMenu *file);
    // Actions that need an open timeline (Export, Print): off while none is open.
    void addDocumentActions(const QList<QAction *> &actions);

    QMenu *recentMenu() const { return m_recentMenu; }
    QLabel *readOnlyNote() const { return m_readOnlyNote; }
    StartPage *startPage() const { return m_startPage; }
    QTimer *pollTimer() const { return m_poll; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *closeAction() const { return m_close; }

    // Opens the timeline in the window; an error is reported and leaves the window's file
    // open. A missing file is an error here: New is for making one. The store is made on a
    // thread behind a progress dialog (StoreOpening): a file from elsewhere has every page
    // read, an older one is copied and the copy upgraded. Cancel keeps the window's file and
    // says nothing.
    bool open(const QString &path, EventStore::Access access = EventStore::Access::ReadWrite);
    // A new empty timeline at path (replacing a file there), opened in the window.
    bool create(const QString &path);
    // Copies the timeline to path and goes on working on the copy, at the same place in time
    // and with the same selection and lanes.
    bool saveAs(const QString &path);
    void close();
    // Before the first edit of a file in an older format: asks, upgrades it in place (keeping a
    // copy of the original until that has succeeded) and goes on in the upgraded file, at the
    // same place in time and with the same selection. Whether the window may edit now. The
    // upgrade runs behind the same dialog; Cancel leaves the file as it was and the window on
    // its copy, and the edit is not made.
    bool upgradeForEdit();
    // For tests: called with each opening (open, upgrade) before it runs, e.g. to cancel it.
    void setBeforeOpening(std::function<void(StoreOpening &)> beforeOpening)
    {
        m_beforeOpening = std::move(beforeOpening);
    }

public slots:
    // The same, asking for the file first.
    void newTimeline();
    void openTimeline();
    void saveTimelineAs();
    // Reads what other connections committed since the last poll; whether there was any.
    bool poll();

signals:
    void failed(const QString &message);

protected:
    // Files dropped on the window.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onStoreChanged();
    void fillRecentMenu();
    void updateReadOnlyNote();
    // Puts the store in the window in place of the one there, going on with its history, at
    // the same place in time and with the same selection.
    void replaceKeepingPlace(std::unique_ptr<EventStore> store);
    bool isOpenHere(const QString &path) const;
    QString askForPath(const QString &title, bool forSaving);
    static QString droppedTimeline(const QEvent *event);

    MainWindow *m_window;
    QWidget *m_timelineArea = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    StartPage *m_startPage = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_close = nullptr;
    QList<QAction *> m_needDocument;
    QTimer *m_poll;
    std::function<void(StoreOpening &)> m_beforeOpening;
};

} // namespace entente
