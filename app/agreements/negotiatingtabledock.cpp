// SPDX-License-Identifier: GPL-3.0-or-later
#include "negotiatingtabledock.h"

#include "backgroundread.h"
#include "checklist.h"
#include "errorguard.h"
#include "eventstore.h"
#include "negotiatingtableexport.h"
#include "negotiatingtableinput.h"
#include "negotiatingtableview.h"
#include "partialdateedit.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace entente {

namespace {
// A table of more columns is no table to read, and wider than a widget may be.
constexpr qsizetype MostColumns = 2000;
} // namespace

NegotiatingTableDock::NegotiatingTableDock(QWidget *parent)
    : QDockWidget(tr("Negotiating Table"), parent), m_view(new NegotiatingTableView(this)),
      m_process(new QComboBox(this)), m_from(new PartialDateEdit(this)),
      m_to(new PartialDateEdit(this)), m_categories(new CheckList(this)),
      m_export(new QPushButton(tr("&Export…"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("negotiatingTableDock"));
    toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    // A tab beside the list: asked for, it comes to the front.
    connect(toggleViewAction(), &QAction::triggered, this, ErrorGuard::slot([this](bool shown) {
                if (shown) {
                    raise();
                }
            }));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_view);
    scroll->setBackgroundRole(QPalette::Base);
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(createFilters());
    layout->addWidget(scroll, 1);
    setWidget(page);
    connect(m_view, &NegotiatingTableView::eventClicked, this,
            &NegotiatingTableDock::eventActivated);
    connect(this, &QDockWidget::visibilityChanged, this, ErrorGuard::slot([this](bool visible) {
                if (visible && m_stale) {
                    reload();
                }
            }));
    loadCategories();
}

NegotiatingTableDock::~NegotiatingTableDock() = default;

QWidget *NegotiatingTableDock::createFilters()
{
    auto *filters = new QWidget(this);
    auto *form = new QFormLayout(filters);
    form->setContentsMargins(0, 0, 0, 0);
    m_process->addItem(tr("All"), QString());
    m_from->setCompact(true);
    m_to->setCompact(true);
    form->addRow(tr("&Process:"), m_process);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Categories:"), m_categories);
    form->addRow(m_export);
    m_status->setWordWrap(true);
    form->addRow(m_status);
    filters->setMaximumWidth(260);
    const auto rebuilding = ErrorGuard::slot(this, &NegotiatingTableDock::rebuild);
    connect(m_process, &QComboBox::activated, this, rebuilding);
    connect(m_from, &PartialDateEdit::edited, this, rebuilding);
    connect(m_to, &PartialDateEdit::edited, this, rebuilding);
    connect(m_categories, &CheckList::checkedChanged, this,
            ErrorGuard::slot(this, &NegotiatingTableDock::reload));
    connect(m_export, &QPushButton::clicked, this,
            ErrorGuard::slot(this, &NegotiatingTableDock::exportTable));
    return filters;
}

// The table's four and every category of the timeline; the four ticked until the user says.
void NegotiatingTableDock::loadCategories()
{
    const QStringList ticked = m_categories->count() > 0 ? m_categories->checkedValues()
                                                         : NegotiatingTable::defaultCategories();
    QList<CheckList::Value> values;
    for (const QString &name : NegotiatingTable::defaultCategories()) {
        values.append({name, QString()});
    }
    for (const Category &category : m_store ? m_store->categories() : QList<Category>()) {
        if (!category.name.isEmpty() &&
            !NegotiatingTable::defaultCategories().contains(category.name)) {
            values.append({category.name, QString()});
        }
    }
    m_categories->setValues(values);
    m_categories->setCheckedValues(ticked);
}

void NegotiatingTableDock::setStore(EventStore *store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_reading.reset(); // no thread left reading the file that closes
    m_store = store;
    m_input = NegotiatingTable::Input();
    m_stale = true;
    if (m_store) {
        connect(m_store, &EventStore::changed, this,
                ErrorGuard::slot(this, &NegotiatingTableDock::onStoreChanged));
    }
    loadCategories();
    listProcesses();
    if (isVisible() || !m_store) {
        reload();
    }
}

void NegotiatingTableDock::setCurrentEvent(qint64 eventId)
{
    m_view->setCurrentEvent(eventId);
}

NegotiatingTable::Options NegotiatingTableDock::options() const
{
    NegotiatingTable::Options options;
    options.categories = m_categories->checkedValues();
    options.process = m_process->currentData().toString();
    options.from = m_from->date();
    options.to = m_to->date();
    return options;
}

void NegotiatingTableDock::onStoreChanged(const StoreChange &change)
{
    if (change.categoriesChanged || change.everything) {
        loadCategories();
    }
    const bool touches = change.everything || !change.events.isEmpty() ||
                         !change.actors.isEmpty() || change.rolesChanged ||
                         !change.actorGroups.isEmpty() || !change.agreements.isEmpty();
    if (!touches) {
        return;
    }
    m_stale = true;
    if (isVisible()) {
        reload();
    }
}

void NegotiatingTableDock::reload()
{
    m_reading.reset(); // an older read gives way
    if (!m_store) {
        m_input = NegotiatingTable::Input();
        rebuild();
        return;
    }
    m_stale = false;
    m_status->setText(tr("Reading…"));
    m_read = std::make_shared<Read>();
    const NegotiatingTable::Options asked = options();
    m_reading = std::make_unique<BackgroundRead>(
        m_store->readerPath(), [read = m_read, asked](EventStore &reader) {
            read->input = NegotiatingTableInput::read(reader, asked, MostColumns, &read->cut);
        });
    connect(m_reading.get(), &BackgroundRead::finished, this,
            ErrorGuard::slot(this, &NegotiatingTableDock::onRead));
}

void NegotiatingTableDock::onRead()
{
    if (const QString error = m_reading->error(); !error.isEmpty()) {
        m_status->setText(error);
        m_stale = true;
        emit failed(error);
        return;
    }
    m_input = m_read->input;
    m_status->setText(m_read->cut ? tr("More than %L1 events in these categories: the first "
                                       "%L1 are shown. Untick a category to see the others.")
                                        .arg(MostColumns)
                                  : QString());
    listProcesses();
    rebuild();
}

// The processes of the agreements read, keeping the one chosen while it is still listed.
void NegotiatingTableDock::listProcesses()
{
    const QString chosen = m_process->currentData().toString();
    m_process->clear();
    m_process->addItem(tr("All"), QString());
    for (const QString &process : NegotiatingTableInput::processesOf(m_input)) {
        m_process->addItem(process, process);
    }
    m_process->setCurrentIndex(std::max(0, m_process->findData(chosen)));
}

void NegotiatingTableDock::rebuild()
{
    NegotiatingTable::Input input = m_input;
    input.options = options();
    m_view->setTable(NegotiatingTable(input), input.roles);
    m_export->setEnabled(!m_view->table().columns().isEmpty());
    emit tableShown();
}

void NegotiatingTableDock::exportTo(const QString &path) const
{
    const QString title = m_store ? QFileInfo(m_store->path()).completeBaseName() : QString();
    NegotiatingTableExport::write({std::make_shared<const NegotiatingTable>(m_view->table()),
                                   m_input.roles, m_view->folded(), m_view->font(),
                                   tr("Negotiating table — %1").arg(title)},
                                  path);
}

void NegotiatingTableDock::exportTable()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Negotiating Table"), QString(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV table (*.csv)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

} // namespace entente
