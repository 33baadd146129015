// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "event.h"
#include "eventcriteria.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QPointer>
#include <QThread>

namespace entente {

class EventStore;
struct StoreChange;

// The events of a store as a table (date, title, actors, category), in time order or sorted by
// a column, undated events and empty cells last. It holds only the ids in order; rows are read
// when shown and cached, so a million-event timeline costs a few megabytes. Large timelines
// list their ids on a worker thread (the table fills when they arrive); filtering and sorting
// are done by the store, not by reading every row. It lists what the window's search and
// filters let through (setCriteria), and what a completion's title filter does (setFilter).
class EventListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TitleColumn, ActorsColumn, CategoryColumn, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, SortKeyRole };
    // Up to this many events, ids are listed at once on the calling thread.
    static constexpr qint64 ImmediateLimit = 20000;

    explicit EventListModel(EventStore *store, QObject *parent = nullptr);
    ~EventListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Sorting asks the store again: a large timeline's rows go at once and come back sorted.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowOfEvent(qint64 eventId) const;
    qint64 eventIdAt(int row) const;
    bool isLoading() const { return m_loading; }
    QString filter() const { return m_filter; }
    const EventCriteria &criteria() const { return m_criteria; }
    QString actorNames(const Event &event) const;
    // The first `limit` events without a date, listed or not, by id.
    QList<qint64> undatedEventIds(int limit) const;

public slots:
    void reload();
    // Only events whose title, category or an actor's name contains the text.
    void setFilter(const QString &text);
    // Only events the search and filters let through.
    void setCriteria(const entente::EventCriteria &criteria);

signals:
    void loaded();

private:
    struct Ordered
    {
        QList<qint64> ids;
        QList<qint64> keys; // start second, undated last
    };
    struct Listing
    {
        QString filter;
        EventCriteria criteria;
        int column = DateColumn;
        Qt::SortOrder order = Qt::AscendingOrder;
    };
    static Ordered listIds(EventStore &store, const Listing &listing);
    // Whether the listing lets the event through (after an edit, which may make it leave).
    static bool lists(EventStore &store, const Listing &listing, qint64 eventId);
    // Lists the ids again; `dropRows`: the rows shown no longer answer what was asked (a new
    // filter or order), so a listing on a thread does not leave them standing meanwhile.
    void relist(bool dropRows);
    void onStoreChanged(const StoreChange &change);
    // Where an event at (key, id) goes in time order.
    qsizetype rowFor(qint64 key, qint64 id) const;
    void dropRow(qint64 id);
    // Inserts the event's row, or moves it to where its (new) date puts it.
    void placeRow(const Event &event);
    void apply(const Ordered &ordered, quint64 generation);
    const Event *eventAt(int row) const;
    QVariant displayData(const Event &event, int column) const;

    EventStore *m_store;
    QString m_filter;
    EventCriteria m_criteria;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    Ordered m_ordered;
    QHash<qint64, Actor> m_actors;
    mutable QCache<qint64, Event> m_rows;
    quint64 m_generation = 0;
    bool m_loading = false;
    QList<QPointer<QThread>> m_loaders; // listings running on their threads
};

} // namespace entente
