// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlistdock.h"

#include "errorguard.h"
#include "eventlistmodel.h"
#include "eventstore.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace entente {

EventListDock::EventListDock(QWidget *parent)
    : QDockWidget(tr("Events"), parent), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("eventsDock"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    // Rows as tall as their text: a docked list shows more of them in less of the window.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // arrows move in the list; Tab leaves it
    // A click on a header asks the model to sort, which asks the store: no proxy model, which
    // would read every row of a million-event timeline.
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    setWidget(m_table);
}

EventListDock::~EventListDock() = default;

void EventListDock::setStore(EventStore *store)
{
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_shown.clear();
    // Another file starts from the whole list in time order; so the model lists its events
    // once, not again for a sort carried over. The search starts afresh too
    // (SearchController::setStore).
    m_table->horizontalHeader()->setSortIndicator(EventListModel::DateColumn, Qt::AscendingOrder);
    if (store) {
        m_model = new EventListModel(store, this);
        m_table->setModel(m_model);
        m_table->setColumnWidth(EventListModel::DateColumn, 190);
        m_table->setColumnWidth(EventListModel::TitleColumn, 420);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                ErrorGuard::slot(this, &EventListDock::onRowsSelected));
        connect(m_model, &EventListModel::loaded, this,
                ErrorGuard::slot(this, &EventListDock::onLoaded));
        connect(m_model, &EventListModel::failed, this,
                ErrorGuard::slot([this](const QString &message) {
                    emit failed(tr("Could not list the events: %1").arg(message));
                }));
        // A sort or filter on a large file drops the rows until the new ones come.
        connect(m_model, &QAbstractItemModel::modelReset, this,
                ErrorGuard::slot(this, &EventListDock::summaryChanged));
        // An edit places an event that enters or leaves the list without listing again.
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
                ErrorGuard::slot(this, &EventListDock::summaryChanged));
        connect(m_model, &QAbstractItemModel::rowsRemoved, this,
                ErrorGuard::slot(this, &EventListDock::summaryChanged));
    }
    emit summaryChanged();
}

QString EventListDock::summary() const
{
    if (!m_model) {
        return {};
    }
    if (m_model->isLoading()) {
        return tr("listing them…");
    }
    if (!m_model->criteria().isEmpty()) {
        return tr("%1 listed").arg(QLocale().toString(m_model->rowCount()));
    }
    return {};
}

void EventListDock::setCriteria(const EventCriteria &criteria)
{
    if (m_model) {
        m_model->setCriteria(criteria);
    }
    emit summaryChanged();
}

void EventListDock::showSelection(const QList<qint64> &eventIds)
{
    m_shown = eventIds;
    if (!m_model) {
        return;
    }
    QItemSelection selection;
    QModelIndex current;
    for (qint64 id : eventIds) {
        const int row = m_model->rowOfEvent(id);
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, 0);
            selection.select(index, index);
            current = current.isValid() ? current : index;
        }
    }
    m_syncing = true;
    if (!current.isValid()) {
        m_table->clearSelection();
    } else {
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
        m_table->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(current);
    }
    m_syncing = false;
}

void EventListDock::onRowsSelected()
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
    m_shown = ids;
    emit selectionChanged(ids);
}

void EventListDock::onLoaded()
{
    // New rows (a filter, a sort, a change of the store): the selection is found again. A
    // filter that hides some selected events does not take them out of the selection.
    showSelection(m_shown);
    emit summaryChanged();
}

} // namespace entente
