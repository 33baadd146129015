// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlistmodel.h"

#include "eventstore.h"

namespace entente {

EventListModel::EventListModel(EventStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(store, &EventStore::changed, this, &EventListModel::reload);
    reload();
}

void EventListModel::reload()
{
    beginResetModel();
    m_events = m_store->events();
    m_rowOfEvent.clear();
    for (int row = 0; row < m_events.size(); ++row) {
        m_rowOfEvent.insert(m_events.at(row).id, row);
    }
    m_actors.clear();
    for (const Actor &actor : m_store->actors()) {
        m_actors.insert(actor.id, actor);
    }
    endResetModel();
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 EventListModel::eventIdAt(int row) const
{
    return row >= 0 && row < m_events.size() ? m_events.at(row).id : 0;
}

QString EventListModel::actorNames(const Event &event) const
{
    QStringList names;
    for (const EventActor &participant : event.actors) {
        names.append(m_actors.value(participant.actorId).displayName());
    }
    return names.join(QStringLiteral(", "));
}

QVariant EventListModel::displayData(const Event &event, int column) const
{
    switch (column) {
    case DateColumn:
        return event.dateRangeDisplay();
    case TitleColumn:
        return event.title;
    case ActorsColumn:
        return actorNames(event);
    case CategoryColumn:
        return event.category;
    default:
        return {};
    }
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Event &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(event, index.column());
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? event.description : QVariant();
    case EventIdRole:
        return event.id;
    case SortKeyRole:
        // Dates sort by time (undated last), other columns by their text.
        return index.column() == DateColumn
                   ? QVariant(event.isUndated() ? Event::OpenEnd : event.earliestSecond())
                   : displayData(event, index.column());
    default:
        return {};
    }
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Event");
    case ActorsColumn:
        return tr("Actors");
    case CategoryColumn:
        return tr("Category");
    default:
        return {};
    }
}

} // namespace entente
