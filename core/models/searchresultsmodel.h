// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventcriteria.h"
#include "eventsearch.h"

#include <QAbstractListModel>
#include <QList>

namespace entente {

class EventStore;

// The results of a search as a list, read from the store a page at a time (EventSearch): the
// first page when the criteria change, the next ones as the view scrolls to them (fetchMore),
// so that a word found in a hundred thousand events costs a page. Criteria that ask nothing
// list nothing: every event is the Events list's.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    // Display: the title.
    enum Role { EventIdRole = Qt::UserRole + 1, DatesRole, SnippetRole, KeyRole };
    static constexpr int PageSize = 50;

    explicit SearchResultsModel(EventStore *store, QObject *parent = nullptr);

    EventStore *store() const { return m_store; }
    const EventCriteria &criteria() const { return m_criteria; }
    void setCriteria(const entente::EventCriteria &criteria);
    EventSearch::Order order() const { return m_order; }
    void setOrder(EventSearch::Order order);
    // Reads the first page again: the store changed.
    void reload();
    const SearchHit &hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    SearchPage nextPage() const;

    EventStore *m_store;
    EventCriteria m_criteria;
    EventSearch::Order m_order = EventSearch::Order::Time;
    QList<SearchHit> m_hits;
    bool m_more = false;
};

} // namespace entente
