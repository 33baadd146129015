// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "event.h"

#include <QAbstractTableModel>
#include <QHash>

namespace entente {

class EventStore;
struct StoreChange;

// The events of a store as a table (date, title, actors, category), in time order. Follows
// the store's change notifications.
class EventListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TitleColumn, ActorsColumn, CategoryColumn, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, SortKeyRole };

    explicit EventListModel(EventStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOfEvent(qint64 eventId) const { return m_rowOfEvent.value(eventId, -1); }
    qint64 eventIdAt(int row) const;
    QString actorNames(const Event &event) const;

public slots:
    void reload();

private:
    QVariant displayData(const Event &event, int column) const;

    EventStore *m_store;
    QList<Event> m_events;
    QHash<qint64, int> m_rowOfEvent;
    QHash<qint64, Actor> m_actors;
};

} // namespace entente
