// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gotodateprompt.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QMessageBox;
class QTableView;

namespace entente {

class DocumentController;
class EditActions;
class EventEditing;
class EventDetails;
class EventListDock;
class EventStore;
class FilterControls;
class ImportController;
class NegotiatingTableDock;
class OverviewStrip;
class SearchController;
class SearchDock;
struct StoreChange;
class TimelineView;

// The timeline in the centre, the selected event's details, the event list and the search in
// docks; they keep one selection, and the search and filters (SearchController) apply to the
// timeline, its overview and the list alike.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<EventStore> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    TimelineView *timelineView() const { return m_view; }
    EventDetails *details() const { return m_details; }
    QTableView *eventTable() const;
    EventListDock *eventList() const { return m_events; }
    EventStore *store() const { return m_store.get(); }
    EditActions *editing() const { return m_editing; }
    DocumentController *documents() const { return m_documents; }
    EventEditing *eventEditing() const { return m_eventEditing; }
    ImportController *importing() const { return m_importing; }
    // What the window asks of its events: where the filter panel sets its criteria.
    SearchController *searchController() const { return m_search; }
    SearchDock *searchDock() const { return m_searchDock; }

    // Shows this timeline instead of the one open (none: the start page).
    // Another file; with keepHistory (Save As), undo goes on in the new one.
    void setStore(std::unique_ptr<EventStore> store, bool keepHistory = false);

signals:
    // Another timeline, or none, is open now.
    void storeChanged();

public slots:
    void selectEvent(qint64 eventId);
    // Several events (Ctrl+click, or rows of the list); the first is the current one.
    void selectEvents(const QList<qint64> &eventIds);
    // Something the user asked for failed (a store error caught by ErrorGuard, reported by
    // Application): said in the status bar and in a message box that does not block the window.
    void showFailure(const QString &message);
    // The events the timeline cannot draw, selected in the list ("1 undated event: see the
    // list").
    void showUndatedEvents();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The panes let go of the store, their reading threads stopped.
    void detachPanes();
    void createDocks();
    void createActions();
    void createFileMenu();
    void createEditMenu();
    // Find…, Find Next and Find Previous.
    void createFindActions(QMenu *edit);
    // The actor, category, era and relation type managers.
    void createDataMenu();
    // Zoom and history; the toolbar shows them too.
    QList<QAction *> createNavigationActions(QMenu *view);
    void createColourActions(QMenu *view);
    void createHelpMenu();
    void restoreWindowState();
    void createLaneActions(QMenu *view);
    void updateShowAllLanes();
    // Hidden, moved and folded lanes, per timeline file and kind of lane.
    void saveLanes() const;
    void restoreLanes();
    void onListSelectionChanged(const QList<qint64> &eventIds);
    // The first start: a share of the screen, and most of the window for the timeline.
    void placeOnScreen();
    void sizeDocks();
    void exportImage();
    void exportData();
    void printTimeline();
    void goToDate();
    void updateTitle();
    void updateStatus();
    // Counted again only when too much changed to name; an edit adds and takes away, so that a
    // delete in a million events does not count them all on the UI thread.
    void followEventCount(const StoreChange &change);

    std::unique_ptr<EventStore> m_store;
    TimelineView *m_view;
    OverviewStrip *m_overview;
    EventDetails *m_details;
    EventListDock *m_events;
    SearchController *m_search;
    SearchDock *m_searchDock;
    FilterControls *m_filters = nullptr;
    EditActions *m_editing = nullptr;
    DocumentController *m_documents = nullptr;
    EventEditing *m_eventEditing = nullptr;
    ImportController *m_importing = nullptr;
    NegotiatingTableDock *m_table;     // View ▸ Negotiating Table
    QAction *m_importAction = nullptr; // File ▸ Import…, which m_importing runs
    QLabel *m_status; // the file and its events, which messages and menu hints do not wipe
    // What the status bar says the file holds (followEventCount): counting a million takes a
    // tenth of a second, and the list's summary changes often.
    qint64 m_eventCount = 0;
    bool m_syncing = false;
    QActionGroup *m_laneModes = nullptr;
    QAction *m_showAllLanes = nullptr;
    bool m_restoringLanes = false;
    GoToDatePrompt m_goToDate;
    QPointer<QMessageBox> m_failureBox;
};

} // namespace entente
