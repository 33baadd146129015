// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "plainmessage.h"

#include "actorgroupmanager.h"
#include "actormanager.h"
#include "agreementediting.h"
#include "application.h"
#include "categorymanager.h"
#include "dataexportprompt.h"
#include "documentcontroller.h"
#include "editactions.h"
#include "eramanager.h"
#include "error.h"
#include "errorguard.h"
#include "eventdetails.h"
#include "eventediting.h"
#include "eventlistdock.h"
#include "eventlistmodel.h"
#include "eventstore.h"
#include "exportdialog.h"
#include "filterchips.h"
#include "filtercontrols.h"
#include "gotodateprompt.h"
#include "importcontroller.h"
#include "languagemenu.h"
#include "matchset.h"
#include "negotiatingtabledock.h"
#include "overviewstrip.h"
#include "panefocus.h"
#include "printpreview.h"
#include "relationtypemanager.h"
#include "rolemanager.h"
#include "savedviewsmenu.h"
#include "scorecarddock.h"
#include "searchcontroller.h"
#include "searchdock.h"
#include "timelineeditactions.h"
#include "timelineexporter.h"
#include "timelinerenderer.h"
#include "timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrinter>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace entente {

namespace {
const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
// Below this window height (a 1280x800 laptop's), the Events list starts beside the timeline.
constexpr int ListUnderTimelineMinHeight = 820;
const auto LastDirectoryKey = QStringLiteral("files/lastDirectory");
const auto ColourByKey = QStringLiteral("view/colourBy");
const auto LanesKey = QStringLiteral("view/lanes");
const auto LegendKey = QStringLiteral("view/legend");
// A click on "N undated events" selects them in the list: enough to see them, not so many
// that a million-event file stalls.
constexpr int UndatedShown = 1000;
const auto LegendCornerKey = QStringLiteral("view/legendCorner");
} // namespace

MainWindow::MainWindow(std::unique_ptr<EventStore> store, QWidget *parent)
    : QMainWindow(parent), m_view(new TimelineView(this)), m_overview(new OverviewStrip(this)),
      m_details(new EventDetails(this)), m_events(new EventListDock(this)),
      m_search(new SearchController(this)), m_searchDock(new SearchDock(m_search, this)),
      m_table(new NegotiatingTableDock(this)), m_status(new QLabel(this))
{
    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_filters = new FilterControls(this, m_search, m_view);
    connect(m_filters, &FilterControls::lanesRequested, this,
            ErrorGuard::slot([this](LaneModel::Mode mode) {
                m_laneModes->actions().at(int(mode))->trigger(); // as the menu does: remembered
            }));
    layout->addWidget(m_filters->chips());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_overview);
    m_documents = new DocumentController(this);
    setCentralWidget(m_documents->wrap(centre));
    connect(m_documents, &DocumentController::failed, this, &MainWindow::showFailure);
    m_overview->setLeftMargin(TimelineRenderer::HeaderWidth); // under the axis, not the names
    connect(m_view, &TimelineView::visibleRangeChanged, m_overview,
            ErrorGuard::slot(m_overview, &OverviewStrip::setWindow));
    connect(m_overview, &OverviewStrip::windowRequested, m_view,
            ErrorGuard::slot(m_view, &TimelineView::setVisibleRange));
    createDocks();
    createActions();
    m_status->setTextFormat(Qt::PlainText); // the timeline's title, from the file
    statusBar()->addPermanentWidget(m_status);
    connect(m_view, &TimelineView::lanesChanged, this, ErrorGuard::slot([this] {
                if (!m_restoringLanes) {
                    saveLanes();
                }
            }));
    connect(m_view, &TimelineView::fetchFailed, this,
            ErrorGuard::slot([this](const QString &message) {
                statusBar()->showMessage(tr("Could not read the timeline: %1").arg(message));
            }));
    connect(m_view, &TimelineView::undatedHintClicked, this,
            ErrorGuard::slot(this, &MainWindow::showUndatedEvents));
    // Every change of the view's selection, single or Ctrl+click, comes as selectionChanged.
    connect(m_view, &TimelineView::selectionChanged, this,
            ErrorGuard::slot(this, &MainWindow::selectEvents));
    connect(m_view, &TimelineView::eventActivated, this, ErrorGuard::slot([this](qint64 eventId) {
                selectEvent(eventId);
                if (auto *dock = findChild<QDockWidget *>(QStringLiteral("detailsDock"))) {
                    dock->show();
                    dock->raise();
                }
            }));
    if (auto *application = qobject_cast<Application *>(QCoreApplication::instance())) {
        connect(application, &Application::failed, this, &MainWindow::showFailure);
    }
    setStore(std::move(store));
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // Their readers on other threads close before the store does: only the last connection
    // can put the file back in rollback mode.
    detachPanes();
}

void MainWindow::createDocks()
{
    connect(m_events, &EventListDock::selectionChanged, this,
            ErrorGuard::slot(this, &MainWindow::onListSelectionChanged));
    connect(m_events, &EventListDock::summaryChanged, this,
            ErrorGuard::slot(this, &MainWindow::updateStatus));
    connect(m_events, &EventListDock::failed, this, &MainWindow::showFailure);
    addDockWidget(Qt::BottomDockWidgetArea, m_events);
    // One search for the whole window: the list lists what it lets through, the timeline
    // and its overview show where that is.
    connect(m_search, &SearchController::criteriaChanged, m_events,
            ErrorGuard::slot(m_events, &EventListDock::setCriteria));
    connect(m_search, &SearchController::matchesChanged, m_view,
            ErrorGuard::slot(m_view, &TimelineView::setMatches));
    connect(m_search, &SearchController::matchesChanged, m_overview,
            ErrorGuard::slot(m_overview, &OverviewStrip::setMatches));
    connect(m_search, &SearchController::failed, this, &MainWindow::showFailure);
    connect(m_searchDock, &SearchDock::eventActivated, this,
            ErrorGuard::slot(this, &MainWindow::selectEvent));

    // An agreement's evidence in Details: a title selects its event, a provision rings its events.
    connect(m_details, &EventDetails::eventLinkActivated, this,
            ErrorGuard::slot(this, &MainWindow::selectEvent));
    connect(m_details, &EventDetails::highlightRequested, m_view,
            ErrorGuard::slot(m_view, &TimelineView::setHighlightedEvents));
    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    // Above the details of the result chosen; hidden until Ctrl+F.
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    splitDockWidget(m_searchDock, detailsDock, Qt::Vertical);
    m_searchDock->hide();
    // The agreement scorecard (issue 15), hidden until View ▸ Agreement Scorecard.
    auto *scorecard = new ScorecardDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, scorecard);
    scorecard->hide();
    // Details run the full height beside the timeline and the list: a description reads
    // better tall than wide, and the list's columns fit under the timeline.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    // Issue 15: a tab beside the list, hidden until View ▸ Negotiating Table (Ctrl+Shift+T).
    tabifyDockWidget(m_events, m_table);
    m_table->hide();
    connect(m_table, &NegotiatingTableDock::eventActivated, this,
            ErrorGuard::slot(this, &MainWindow::selectEvent));
    connect(m_table, &NegotiatingTableDock::failed, this, &MainWindow::showFailure);
    connect(m_view, &TimelineView::selectedEventChanged, m_table,
            ErrorGuard::slot(m_table, &NegotiatingTableDock::setCurrentEvent));
}

QTableView *MainWindow::eventTable() const
{
    return m_events->table();
}

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<QAction *> navigation = createNavigationActions(view);
    createColourActions(view);
    createLaneActions(view);
    view->addMenu(m_filters->createSavedViewsMenu(m_editing, view));
    QAction *goTo =
        view->addAction(tr("&Go to Date…"), this, ErrorGuard::slot(this, &MainWindow::goToDate));
    goTo->setShortcut(QKeySequence(tr("Ctrl+G")));
    view->addSeparator();
    // Tab walks the timeline's events: these lead from pane to pane instead.
    auto *panes = new PaneFocus(this);
    panes->addPane(m_view);
    panes->addPane(m_overview);
    panes->addPane(m_details);
    panes->addPane(m_events->table());
    panes->addPane(m_searchDock->widget(), m_searchDock->field());
    view->addActions({panes->nextAction(), panes->previousAction()});
    view->addSeparator();
    auto *language = new LanguageMenu(view);
    view->addMenu(language);
    connect(language, &LanguageMenu::noted, this, ErrorGuard::slot([this](const QString &note) {
                statusBar()->showMessage(note, 15000);
            }));
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        view->addAction(dock->toggleViewAction());
    }

    QToolBar *toolBar = addToolBar(tr("Navigation"));
    toolBar->setObjectName(QStringLiteral("navigationToolBar"));
    toolBar->addActions(navigation);
    toolBar->addSeparator();
    toolBar->addActions(m_laneModes->actions());
    createDataMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_documents->addFileActions(file);
    QAction *exportAction = file->addAction(tr("&Export Image…"), this,
                                            ErrorGuard::slot(this, &MainWindow::exportImage));
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction *exportData =
        file->addAction(tr("Export &Data…"), this, ErrorGuard::slot(this, &MainWindow::exportData));
    QAction *print =
        file->addAction(tr("&Print…"), this, ErrorGuard::slot(this, &MainWindow::printTimeline));
    print->setShortcut(QKeySequence::Print);
    m_documents->addDocumentActions({exportAction, exportData, print});
    // What it does comes with the editing actions (createEditMenu), which it is one of.
    m_importAction = new QAction(tr("&Import…"), this);
    file->insertAction(exportAction, m_importAction);
    file->insertSeparator(exportAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_editing = new EditActions(this, edit);
    connect(m_editing, &EditActions::failed, this, &MainWindow::showFailure);
    m_editing->setUpgrade([this] { return m_documents->upgradeForEdit(); });
    // Cut, Copy, Paste, Duplicate, Delete, New Event at Cursor: on the timeline's events.
    new TimelineEditActions(m_view, m_editing, edit);
    m_eventEditing = new EventEditing(this, m_editing);
    new AgreementEditing(this, m_editing, edit); // Edit Provisions…, Link to Provision…
    m_importing = new ImportController(this, m_editing, m_importAction);
    // Enter or a double click on a row of the list edits its event.
    connect(m_events->table(), &QAbstractItemView::activated, this,
            ErrorGuard::slot([this](const QModelIndex &row) {
                m_eventEditing->editEvent(row.data(EventListModel::EventIdRole).toLongLong());
            }));
    createFindActions(edit);
}

void MainWindow::createFindActions(QMenu *edit)
{
    edit->addSeparator();
    QAction *find = edit->addAction(
        tr("&Find…"), m_searchDock, ErrorGuard::slot([this] {
            if (m_searchDock
                    ->isHidden()) { // first shown: half of the column it shares with Details
                auto *details = findChild<QDockWidget *>(QStringLiteral("detailsDock"));
                m_searchDock->show();
                if (dockWidgetArea(details) == dockWidgetArea(m_searchDock)) {
                    resizeDocks({m_searchDock, details}, {height() / 2, height() / 2},
                                Qt::Vertical);
                }
            }
            m_searchDock->focusField();
        }));
    find->setShortcut(QKeySequence::Find);
    QAction *next = edit->addAction(tr("Find Ne&xt"), m_view,
                                    ErrorGuard::slot(m_view, &TimelineView::selectNextMatch));
    next->setShortcut(QKeySequence::FindNext);
    QAction *previous = edit->addAction(
        tr("Find Pre&vious"), m_view, ErrorGuard::slot(m_view, &TimelineView::selectPreviousMatch));
    previous->setShortcut(QKeySequence::FindPrevious);
    // Only while something is asked: without a search every event is a match.
    for (QAction *step : {next, previous}) {
        step->setEnabled(false);
        connect(m_search, &SearchController::matchesChanged, step,
                ErrorGuard::slot([step](const std::shared_ptr<const MatchSet> &matches) {
                    step->setEnabled(matches && matches->count() > 0);
                }));
    }
}

namespace {

// One manager of each kind per window, made when first asked for; a second ask brings it to
// the front.
template <typename Manager>
void showManager(QMainWindow *window, EditActions *editing)
{
    auto *manager = window->findChild<Manager *>(QString(), Qt::FindDirectChildrenOnly);
    if (!manager) {
        manager = new Manager(editing, window);
    }
    manager->show();
    manager->raise();
    manager->activateWindow();
}

} // namespace

void MainWindow::createDataMenu()
{
    QMenu *data = menuBar()->addMenu(tr("&Data"));
    data->addAction(tr("&Actors…"), this,
                    ErrorGuard::slot([this] { showManager<ActorManager>(this, m_editing); }));
    data->addAction(tr("&Categories…"), this,
                    ErrorGuard::slot([this] { showManager<CategoryManager>(this, m_editing); }));
    data->addAction(tr("&Eras…"), this,
                    ErrorGuard::slot([this] { showManager<EraManager>(this, m_editing); }));
    data->addAction(tr("&Relation Types…"), this, ErrorGuard::slot([this] {
                        showManager<RelationTypeManager>(this, m_editing);
                    }));
    data->addAction(tr("R&oles…"), this,
                    ErrorGuard::slot([this] { showManager<RoleManager>(this, m_editing); }));
    data->addAction(tr("Actor &Groups…"), this,
                    ErrorGuard::slot([this] { showManager<ActorGroupManager>(this, m_editing); }));
}

QList<QAction *> MainWindow::createNavigationActions(QMenu *view)
{
    QAction *zoomIn =
        view->addAction(tr("Zoom &In"), m_view, ErrorGuard::slot(m_view, &TimelineView::zoomIn));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut =
        view->addAction(tr("Zoom &Out"), m_view, ErrorGuard::slot(m_view, &TimelineView::zoomOut));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = view->addAction(tr("Zoom to &Fit"), m_view,
                                   ErrorGuard::slot(m_view, &TimelineView::zoomToFit));
    fit->setShortcut(QKeySequence(tr("Ctrl+0")));
    view->addSeparator();
    QAction *back =
        view->addAction(tr("&Back"), m_view, ErrorGuard::slot(m_view, &TimelineView::goBack));
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    QAction *forward =
        view->addAction(tr("For&ward"), m_view, ErrorGuard::slot(m_view, &TimelineView::goForward));
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(m_view, &TimelineView::historyChanged, this,
            ErrorGuard::slot([back, forward](bool b, bool f) {
                back->setEnabled(b);
                forward->setEnabled(f);
            }));
    return {back, forward, zoomIn, zoomOut, fit};
}

void MainWindow::createColourActions(QMenu *view)
{
    QMenu *colourBy = view->addMenu(tr("&Colour Events By"));
    auto *colours = new QActionGroup(this);
    const auto addColouring = [&](const QString &text, TimelineFrame::ColourBy mode) {
        QAction *action = colourBy->addAction(text, this, ErrorGuard::slot([this, mode] {
                                                  m_view->setColourBy(mode);
                                                  QSettings().setValue(ColourByKey, int(mode));
                                              }));
        action->setCheckable(true);
        action->setChecked(m_view->colourBy() == mode);
        colours->addAction(action);
    };
    m_view->setColourBy(
        TimelineFrame::ColourBy(QSettings().value(ColourByKey, 0).toInt() == 1 ? 1 : 0));
    addColouring(tr("&Actor (lane)"), TimelineFrame::ColourBy::Actor);
    addColouring(tr("&Category"), TimelineFrame::ColourBy::Category);
    colourBy->addSeparator();
    QAction *legend = colourBy->addAction(tr("Show &Legend"));
    legend->setCheckable(true);
    legend->setChecked(QSettings().value(LegendKey, true).toBool());
    m_view->setShowLegend(legend->isChecked());
    connect(legend, &QAction::toggled, this, ErrorGuard::slot([this](bool show) {
                m_view->setShowLegend(show);
                QSettings().setValue(LegendKey, show);
            }));
    // Where the user dragged it; until then, wherever it hides the least.
    bool known = false;
    const int corner = QSettings().value(LegendCornerKey).toInt(&known);
    if (known && corner >= Qt::TopLeftCorner && corner <= Qt::BottomRightCorner) {
        m_view->setLegendCorner(Qt::Corner(corner));
    }
    connect(m_view, &TimelineView::legendMoved, this, ErrorGuard::slot([](Qt::Corner moved) {
                QSettings().setValue(LegendCornerKey, int(moved));
            }));
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Entente"), this, ErrorGuard::slot([this] {
                        QMessageBox::about(
                            this, tr("About Entente"),
                            tr("<b>Entente</b> %1<br>A timeline viewer for conflict diplomacy: who "
                               "met whom, what followed what, and where each fact comes from.<p>"
                               "Timeline: wheel zooms about the cursor, drag pans, arrow keys pan, "
                               "+ and − zoom, F fits everything, Esc clears the selection. F6 or "
                               "Ctrl+Tab moves to the next pane.")
                                .arg(QApplication::applicationVersion()));
                    }));
}

void MainWindow::createLaneActions(QMenu *view)
{
    QMenu *lanes = view->addMenu(tr("&Lanes"));
    m_laneModes = new QActionGroup(this);
    const auto addMode = [&](const QString &text, const QString &toolTip, LaneModel::Mode mode,
                             const QKeySequence &shortcut) {
        QAction *action = lanes->addAction(text, this, ErrorGuard::slot([this, mode] {
                                               m_view->setLaneMode(mode);
                                               QSettings().setValue(LanesKey, int(mode));
                                           }));
        action->setCheckable(true);
        action->setShortcut(shortcut);
        action->setToolTip(toolTip);
        action->setData(int(mode));
        m_laneModes->addAction(action);
    };
    addMode(tr("By &Actor"), tr("A lane per actor, people under their state (Ctrl+1)"),
            LaneModel::Mode::Actor, QKeySequence(tr("Ctrl+1")));
    addMode(tr("By &Category"), tr("A lane per category of event (Ctrl+2)"),
            LaneModel::Mode::Category, QKeySequence(tr("Ctrl+2")));
    addMode(tr("&Packed"), tr("Every event in one lane (Ctrl+3)"), LaneModel::Mode::Packed,
            QKeySequence(tr("Ctrl+3")));
    const int saved = QSettings().value(LanesKey, 0).toInt();
    m_view->setLaneMode(saved >= 0 && saved <= 2 ? LaneModel::Mode(saved) : LaneModel::Mode::Actor);
    m_laneModes->actions().at(int(m_view->laneMode()))->setChecked(true);
    lanes->addSeparator();
    // Hidden lanes come back one by one or all at once; the list is read when it opens.
    QMenu *hidden = lanes->addMenu(tr("Show &Hidden Lane"));
    connect(hidden, &QMenu::aboutToShow, this, ErrorGuard::slot([this, hidden] {
                hidden->clear();
                for (const auto &[key, name] : m_view->hiddenLanes()) {
                    // A name like "R&D" would otherwise lose its & to a shortcut mark.
                    hidden->addAction(QString(name).replace(QLatin1Char('&'), QStringLiteral("&&")),
                                      m_view, [this, key = key] { m_view->showLane(key); });
                }
                if (hidden->isEmpty()) {
                    hidden->addAction(tr("(none hidden)"))->setEnabled(false);
                }
            }));
    m_showAllLanes = lanes->addAction(tr("Show Al&l Lanes"), m_view,
                                      ErrorGuard::slot(m_view, &TimelineView::showAllLanes));
    connect(m_view, &TimelineView::lanesChanged, this,
            ErrorGuard::slot(this, &MainWindow::updateShowAllLanes));
    updateShowAllLanes();
}

void MainWindow::updateShowAllLanes()
{
    // As in a lane's own menu: on only when a lane is hidden.
    m_showAllLanes->setEnabled(!m_view->hiddenLanes().isEmpty());
}

void MainWindow::saveLanes() const
{
    if (m_store) {
        QSettings settings;
        m_view->laneArrangements().save(settings, m_store->path());
    }
}

void MainWindow::restoreLanes()
{
    QSettings settings;
    LaneArrangements lanes = m_view->laneArrangements();
    lanes.restore(settings, m_store->path(), m_store->actors());
    m_view->setLaneArrangements(lanes);
}

void MainWindow::detachPanes()
{
    m_view->setStore(nullptr);
    m_overview->setStore(nullptr);
    m_details->setStore(nullptr);
    m_events->setStore(nullptr);
    m_search->setStore(nullptr);
    m_filters->setStore(nullptr);
    m_table->setStore(nullptr);
}

void MainWindow::setStore(std::unique_ptr<EventStore> store, bool keepHistory)
{
    if (!keepHistory) {
        m_editing->setStore(nullptr); // its commands name the old store
    }
    detachPanes();
    m_store = std::move(store);
    // Before the panes: they ask it whether the new file can be edited.
    m_editing->setStore(m_store.get(), keepHistory);
    m_events->setStore(m_store.get());
    m_search->setStore(m_store.get());
    m_filters->setStore(m_store.get());
    m_overview->setStore(m_store.get()); // first: the view tells it its window as it opens
    if (m_store) {
        m_eventCount = m_store->eventCount();
        connect(m_store.get(), &EventStore::changed, this,
                ErrorGuard::slot([this](const StoreChange &change) {
                    followEventCount(change);
                    if (change.everything || change.titleChanged) {
                        updateTitle();
                    }
                }));
        m_restoringLanes = true; // before the view reads the lanes, and not saved back
        restoreLanes();
        m_restoringLanes = false;
    }
    m_view->setStore(m_store.get());
    updateShowAllLanes(); // the lanes restored above are named once the view has the store
    m_details->setStore(m_store.get());
    m_table->setStore(m_store.get());
    updateTitle();
    emit storeChanged();
}

void MainWindow::updateTitle()
{
    if (!m_store) {
        setWindowTitle(tr("Entente"));
    } else {
        const QString name = QFileInfo(m_store->path()).fileName();
        const QString title = m_store->title();
        if (title.isEmpty()) {
            setWindowTitle(m_store->isReadOnly() ? tr("%1 (read-only) — Entente").arg(name)
                                                 : tr("%1 — Entente").arg(name));
        } else {
            setWindowTitle(m_store->isReadOnly()
                               ? tr("%1 (%2, read-only) — Entente").arg(title, name)
                               : tr("%1 (%2) — Entente").arg(title, name));
        }
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_store) {
        m_status->clear();
        return;
    }
    const qint64 count = m_eventCount;
    const QString name = QFileInfo(m_store->path()).fileName();
    QString text = tr("%Ln events in %1", nullptr, int(count)).arg(name);
    if (const QString list = m_events->summary(); !list.isEmpty()) {
        text += tr(" — %1").arg(list);
    }
    m_status->setText(text);
    m_status->setToolTip(QDir::toNativeSeparators(m_store->path()));
}

void MainWindow::followEventCount(const StoreChange &change)
{
    if (change.everything) {
        m_eventCount = m_store->eventCount(); // updateTitle shows it
    } else if (const qsizetype delta = change.events.added.size() - change.events.removed.size()) {
        m_eventCount += delta;
        updateStatus();
    }
}

void MainWindow::selectEvent(qint64 eventId)
{
    if (m_syncing) {
        return;
    }
    m_syncing = true;
    m_view->setSelectedEventId(eventId);
    m_details->displayEvent(eventId);
    m_events->showSelection(eventId != 0 ? QList<qint64>{eventId} : QList<qint64>());
    m_syncing = false;
}

void MainWindow::selectEvents(const QList<qint64> &eventIds)
{
    if (m_syncing) {
        return;
    }
    m_syncing = true;
    const qint64 current = eventIds.value(0, 0);
    m_view->setSelection(eventIds, current);
    m_details->displayEvent(current);
    m_events->showSelection(eventIds);
    m_syncing = false;
}

void MainWindow::onListSelectionChanged(const QList<qint64> &eventIds)
{
    if (m_syncing || eventIds.isEmpty()) {
        return;
    }
    // The list already shows this selection: selecting it there again would undo a drag or
    // Ctrl+drag in progress and look every row up once more.
    m_syncing = true;
    m_view->setSelection(eventIds, eventIds.first());
    m_details->displayEvent(eventIds.first());
    m_syncing = false;
}

void MainWindow::showUndatedEvents()
{
    if (!m_store || !m_events->model()) {
        return;
    }
    const QList<qint64> ids = m_events->model()->undatedEventIds(UndatedShown);
    if (ids.isEmpty()) {
        return;
    }
    m_search->clear(); // it may leave them out
    m_events->show();
    m_events->raise();
    selectEvents(ids);
}

void MainWindow::goToDate()
{
    if (const PartialDate date = m_goToDate.ask(this); !date.isNull()) {
        m_view->goToDate(date);
    }
}

void MainWindow::exportImage()
{
    if (!m_store) {
        return;
    }
    QSettings settings;
    ExportDialog dialog(m_view->scale().visibleFrom(), m_view->scale().visibleTo(), m_view->size(),
                        this);
    dialog.restore(settings); // the last export's file, range, size and colours
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    TimelineExporter::Options options = dialog.options();
    options.lanes = m_view->laneMode();
    options.arrangement = m_view->arrangement(m_view->laneMode());
    options.colourBy = m_view->colourBy();
    options.showLegend = m_view->showsLegend();
    options.matches = m_view->matches(); // what the search and filters let through, as shown
    dialog.remember(settings);
    settings.setValue(LastDirectoryKey, QFileInfo(dialog.path()).absolutePath());
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        TimelineExporter::write(*m_store, dialog.path(), options);
        QApplication::restoreOverrideCursor();
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.path())),
                                 5000);
    } catch (const Error &error) {
        QApplication::restoreOverrideCursor();
        PlainMessage::critical(this, tr("Export failed"), error.message());
    }
}

void MainWindow::exportData()
{
    if (!m_store) {
        return;
    }
    try {
        if (const QString done = DataExportPrompt::run(this, *m_store, m_search->criteria());
            !done.isEmpty()) {
            statusBar()->showMessage(done, 5000);
        }
    } catch (const Error &error) {
        PlainMessage::critical(this, tr("Export failed"), error.message());
    }
}

void MainWindow::printTimeline()
{
    if (!m_store) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(windowTitle());
    PrintPreview preview(&printer, *m_view, this);
    preview.exec();
}

void MainWindow::showFailure(const QString &message)
{
    statusBar()->showMessage(message);
    // One box at a time: a failure that repeats (a paint that throws) must not pile them up.
    if (m_failureBox) {
        m_failureBox->setText(message);
        return;
    }
    m_failureBox =
        new QMessageBox(QMessageBox::Warning, tr("Entente"), message, QMessageBox::Ok, this);
    m_failureBox->setAttribute(Qt::WA_DeleteOnClose);
    m_failureBox->setTextFormat(Qt::PlainText);
    m_failureBox->open();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        placeOnScreen();
    }
    if (!restoreState(settings.value(StateKey).toByteArray())) {
        sizeDocks();
    }
}

void MainWindow::placeOnScreen()
{
    // Most of a laptop's screen; on a large one, room is left for other windows.
    const QRect screen = this->screen()->availableGeometry();
    const double share = screen.width() <= 1440 ? 0.96 : 0.82;
    resize(int(screen.width() * share), int(screen.height() * share));
    move(screen.center() - QPoint(width() / 2, height() / 2));
}

void MainWindow::sizeDocks()
{
    // The list and the details smaller than the timeline, which needs the width for years of
    // labels and the height for its lanes; the user resizes them from there.
    auto *details = findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    if (height() < ListUnderTimelineMinHeight) {
        // On a laptop the lanes need every pixel of height to tell the story unscrolled (the
        // state lanes hold a row per event at one moment in February 2025): the list goes
        // under Details, where a short title column still reads.
        splitDockWidget(details, m_events, Qt::Vertical);
        resizeDocks({details, m_events}, {height() / 2, height() / 2}, Qt::Vertical);
    } else {
        resizeDocks({m_events}, {std::clamp(height() / 5, 130, 240)}, Qt::Vertical);
    }
    resizeDocks({details}, {std::clamp(width() / 5, 220, 380)}, Qt::Horizontal);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    event->accept();
}

} // namespace entente
