// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "application.h"
#include "error.h"
#include "eventdetails.h"
#include "eventlistmodel.h"
#include "eventstore.h"
#include "exportdialog.h"
#include "overviewstrip.h"
#include "printpreview.h"
#include "timelineexporter.h"
#include "timelinerenderer.h"
#include "timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrinter>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace entente {

namespace {
const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
const auto LastDirectoryKey = QStringLiteral("files/lastDirectory");
const auto ColourByKey = QStringLiteral("view/colourBy");
const auto LanesKey = QStringLiteral("view/lanes");
const auto LegendKey = QStringLiteral("view/legend");
} // namespace

MainWindow::MainWindow(std::unique_ptr<EventStore> store, QWidget *parent)
    : QMainWindow(parent), m_view(new TimelineView(this)), m_overview(new OverviewStrip(this)),
      m_details(new EventDetails(this)), m_table(new QTableView(this)),
      m_filter(new QLineEdit(this)), m_filterDelay(new QTimer(this))
{
    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_overview);
    setCentralWidget(centre);
    m_overview->setLeftMargin(TimelineRenderer::HeaderWidth); // under the axis, not the names
    connect(m_view, &TimelineView::visibleRangeChanged, m_overview, &OverviewStrip::setWindow);
    connect(m_overview, &OverviewStrip::windowRequested, m_view, &TimelineView::setVisibleRange);
    createDocks();
    createActions();
    connect(m_view, &TimelineView::lanesChanged, this, [this] {
        if (!m_restoringLanes) {
            saveLanes();
        }
    });
    connect(m_view, &TimelineView::fetchFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not read the timeline: %1").arg(message));
    });
    // Every change of the view's selection, single or Ctrl+click, comes as selectionChanged.
    connect(m_view, &TimelineView::selectionChanged, this, &MainWindow::selectEvents);
    connect(m_view, &TimelineView::eventActivated, this, [this](qint64 eventId) {
        selectEvent(eventId);
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("detailsDock"))) {
            dock->show();
            dock->raise();
        }
    });
    if (auto *application = qobject_cast<Application *>(QCoreApplication::instance())) {
        connect(application, &Application::failed, this, &MainWindow::showFailure);
    }
    setStore(std::move(store));
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    // The list is in time order and reads its rows lazily from the store; sorting or filtering
    // through a proxy would read every row of a million-event timeline.
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_filter->setPlaceholderText(tr("Filter events (title, actors, category)…"));
    m_filter->setClearButtonEnabled(true);
    // Filtering asks the store; wait for a pause in typing rather than query per key.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] {
        if (m_model) {
            m_model->setFilter(m_filter->text().trimmed());
            updateTitle();
        }
    });

    auto *listPanel = new QWidget(this);
    auto *layout = new QVBoxLayout(listPanel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);

    auto *listDock = new QDockWidget(tr("Events"), this);
    listDock->setObjectName(QStringLiteral("eventsDock"));
    listDock->setWidget(listPanel);
    addDockWidget(Qt::BottomDockWidgetArea, listDock);

    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
}

void MainWindow::createActions()
{
    createFileMenu();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<QAction *> navigation = createNavigationActions(view);
    createColourActions(view);
    createLaneActions(view);
    QAction *goTo = view->addAction(tr("&Go to Date…"), this, &MainWindow::goToDate);
    goTo->setShortcut(QKeySequence(tr("Ctrl+G")));
    view->addSeparator();
    QAction *find = view->addAction(tr("Filter &Events"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        view->addAction(dock->toggleViewAction());
    }

    QToolBar *toolBar = addToolBar(tr("Navigation"));
    toolBar->setObjectName(QStringLiteral("navigationToolBar"));
    toolBar->addActions(navigation);
    toolBar->addSeparator();
    toolBar->addActions(m_laneModes->actions());
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Timeline…"), this, &MainWindow::openTimeline);
    open->setShortcut(QKeySequence::Open);
    QAction *exportAction = file->addAction(tr("&Export Image…"), this, &MainWindow::exportImage);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction *print = file->addAction(tr("&Print…"), this, &MainWindow::printTimeline);
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

QList<QAction *> MainWindow::createNavigationActions(QMenu *view)
{
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_view, &TimelineView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_view, &TimelineView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = view->addAction(tr("Zoom to &Fit"), m_view, &TimelineView::zoomToFit);
    fit->setShortcut(QKeySequence(tr("Ctrl+0")));
    view->addSeparator();
    QAction *back = view->addAction(tr("&Back"), m_view, &TimelineView::goBack);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    QAction *forward = view->addAction(tr("For&ward"), m_view, &TimelineView::goForward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(m_view, &TimelineView::historyChanged, this, [back, forward](bool b, bool f) {
        back->setEnabled(b);
        forward->setEnabled(f);
    });
    return {back, forward, zoomIn, zoomOut, fit};
}

void MainWindow::createColourActions(QMenu *view)
{
    QMenu *colourBy = view->addMenu(tr("&Colour Events By"));
    auto *colours = new QActionGroup(this);
    const auto addColouring = [&](const QString &text, TimelineFrame::ColourBy mode) {
        QAction *action = colourBy->addAction(text, this, [this, mode] {
            m_view->setColourBy(mode);
            QSettings().setValue(ColourByKey, int(mode));
        });
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
    connect(legend, &QAction::toggled, this, [this](bool show) {
        m_view->setShowLegend(show);
        QSettings().setValue(LegendKey, show);
    });
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Entente"), this, [this] {
        QMessageBox::about(this, tr("About Entente"),
                           tr("<b>Entente</b> %1<br>A timeline viewer for conflict diplomacy: who "
                              "met whom, what followed what, and where each fact comes from.<p>"
                              "Timeline: wheel zooms about the cursor, drag pans, arrow keys pan, "
                              "+ and − zoom, F fits everything, Esc clears the selection.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createLaneActions(QMenu *view)
{
    QMenu *lanes = view->addMenu(tr("&Lanes"));
    m_laneModes = new QActionGroup(this);
    const auto addMode = [&](const QString &text, const QString &toolTip, LaneModel::Mode mode,
                             const QKeySequence &shortcut) {
        QAction *action = lanes->addAction(text, this, [this, mode] {
            m_view->setLaneMode(mode);
            QSettings().setValue(LanesKey, int(mode));
        });
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
    connect(hidden, &QMenu::aboutToShow, this, [this, hidden] {
        hidden->clear();
        for (const auto &[key, name] : m_view->hiddenLanes()) {
            // A name like "R&D" would otherwise lose its & to a shortcut mark.
            hidden->addAction(QString(name).replace(QLatin1Char('&'), QStringLiteral("&&")), m_view,
                              [this, key = key] { m_view->showLane(key); });
        }
        if (hidden->isEmpty()) {
            hidden->addAction(tr("(none hidden)"))->setEnabled(false);
        }
    });
    lanes->addAction(tr("Show &All Lanes"), m_view, &TimelineView::showAllLanes);
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
    lanes.restore(settings, m_store->path());
    m_view->setLaneArrangements(lanes);
}

void MainWindow::setStore(std::unique_ptr<EventStore> store)
{
    m_view->setStore(nullptr);
    m_overview->setStore(nullptr);
    m_details->setStore(nullptr);
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_store = std::move(store);
    if (m_store) {
        m_model = new EventListModel(m_store.get(), this);
        m_table->setModel(m_model);
        m_table->setColumnWidth(EventListModel::DateColumn, 190);
        m_table->setColumnWidth(EventListModel::TitleColumn, 420);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MainWindow::onTableSelectionChanged);
        connect(m_model, &EventListModel::loaded, this, [this] {
            // The list follows the view; a filter that hides some selected events must not
            // take them out of the view's selection.
            m_syncing = true;
            selectInTable(m_view->selectedEventIds());
            m_syncing = false;
            updateTitle();
        });
    }
    m_overview->setStore(m_store.get()); // first: the view tells it its window as it opens
    if (m_store) {
        m_restoringLanes = true; // before the view reads the lanes, and not saved back
        restoreLanes();
        m_restoringLanes = false;
    }
    m_view->setStore(m_store.get());
    m_details->setStore(m_store.get());
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_store) {
        setWindowTitle(tr("Entente"));
        return;
    }
    const QString name = QFileInfo(m_store->path()).fileName();
    setWindowTitle(m_store->isReadOnly() ? tr("%1 (read-only) — Entente").arg(name)
                                         : tr("%1 — Entente").arg(name));
    const qint64 count = m_store->eventCount();
    const QString file = QDir::toNativeSeparators(m_store->path());
    QString message = count == 1 ? tr("1 event in %1").arg(file)
                                 : tr("%1 events in %2").arg(QLocale().toString(count), file);
    if (m_model && m_model->isLoading()) {
        message += tr(" — listing them…");
    } else if (m_model && !m_filter->text().trimmed().isEmpty()) {
        message += tr(" — %1 match the filter").arg(QLocale().toString(m_model->rowCount()));
    }
    statusBar()->showMessage(message);
}

void MainWindow::selectEvent(qint64 eventId)
{
    if (m_syncing) {
        return;
    }
    m_syncing = true;
    m_view->setSelectedEventId(eventId);
    m_details->displayEvent(eventId);
    selectInTable(eventId != 0 ? QList<qint64>{eventId} : QList<qint64>());
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
    selectInTable(eventIds);
    m_syncing = false;
}

void MainWindow::selectInTable(const QList<qint64> &eventIds)
{
    QItemSelection selection;
    QModelIndex current;
    for (qint64 id : eventIds) {
        const int row = m_model ? m_model->rowOfEvent(id) : -1;
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, 0);
            selection.select(index, index);
            current = current.isValid() ? current : index;
        }
    }
    if (!current.isValid()) {
        m_table->clearSelection();
        return;
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    m_table->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_table->scrollTo(current);
}

void MainWindow::onTableSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_syncing) {
        return;
    }
    // The row the user clicked last is the current event, the one the details show.
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    qint64 currentId = rows.first().data(EventListModel::EventIdRole).toLongLong();
    QList<qint64> ids;
    for (const QModelIndex &row : rows) {
        const qint64 id = row.data(EventListModel::EventIdRole).toLongLong();
        ids.append(id);
        if (current.isValid() && current.row() == row.row()) {
            currentId = id;
        }
    }
    ids.removeOne(currentId);
    ids.prepend(currentId);
    // The list already shows this selection: selecting it there again would undo a drag or
    // Ctrl+drag in progress and look every row up once more.
    m_syncing = true;
    m_view->setSelection(ids, currentId);
    m_details->displayEvent(currentId);
    m_syncing = false;
}

void MainWindow::openTimeline()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Timeline"), settings.value(LastDirectoryKey).toString(),
        tr("Entente timelines (*.entente);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(LastDirectoryKey, QFileInfo(path).absolutePath());
    try {
        setStore(std::make_unique<EventStore>(path));
    } catch (const Error &error) {
        QMessageBox::critical(this, tr("Cannot open timeline"), error.message());
    }
}

void MainWindow::goToDate()
{
    QString text = m_lastGoToDate;
    while (true) {
        bool ok = false;
        text = QInputDialog::getText(this, tr("Go to Date"),
                                     tr("Date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm):"),
                                     QLineEdit::Normal, text, &ok);
        if (!ok) {
            return;
        }
        QString error;
        const PartialDate date = PartialDate::fromIso(text, &error);
        if (!date.isNull()) {
            m_lastGoToDate = text;
            m_view->goToDate(date);
            return;
        }
        QMessageBox::warning(this, tr("Go to Date"), error); // then ask again, text kept
    }
}

void MainWindow::exportImage()
{
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
        QMessageBox::critical(this, tr("Export failed"), error.message());
    }
}

void MainWindow::printTimeline()
{
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
        resize(1280, 800);
    }
    if (!restoreState(settings.value(StateKey).toByteArray())) {
        // First start: the timeline gets most of the room.
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("eventsDock"))}, {220}, Qt::Vertical);
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("detailsDock"))}, {340},
                    Qt::Horizontal);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    event->accept();
}

} // namespace entente
