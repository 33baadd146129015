// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsmodel.h"

#include "errorguard.h"
#include "eventstore.h"

namespace entente {

SearchResultsModel::SearchResultsModel(EventStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{}

void SearchResultsModel::setCriteria(const EventCriteria &criteria)
{
    m_criteria = criteria;
    reload();
}

void SearchResultsModel::setOrder(EventSearch::Order order)
{
    if (order != m_order) {
        m_order = order;
        reload();
    }
}

void SearchResultsModel::reload()
{
    beginResetModel();
    m_hits.clear();
    m_more = false;
    if (!m_criteria.isEmpty()) {
        const SearchPage page = nextPage();
        m_hits = page.hits;
        m_more = page.more;
    }
    endResetModel();
}

SearchPage SearchResultsModel::nextPage() const
{
    if (m_order == EventSearch::Order::Relevance) {
        return m_store->search(m_criteria, m_order, EventSearch::FirstKey, true, PageSize,
                               int(m_hits.size()));
    }
    // In time order, on from the last hit listed: off the index, whatever came before.
    const qint64 from = m_hits.isEmpty() ? EventSearch::FirstKey : m_hits.constLast().key + 1;
    return m_store->search(m_criteria, m_order, from, true, PageSize);
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    // Called by the view as it scrolls: a page that cannot be read is reported, and asked for
    // again at the next scroll.
    SearchPage page;
    if (!ErrorGuard::run([&] { page = nextPage(); })) {
        return;
    }
    m_more = page.more && !page.hits.isEmpty();
    if (page.hits.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + page.hits.size() - 1));
    m_hits.append(page.hits);
    endInsertRows();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case EventIdRole:
        return hit.eventId;
    case DatesRole:
        return hit.dates;
    case SnippetRole:
        return hit.snippet;
    case KeyRole:
        return hit.key;
    default:
        return {};
    }
}

} // namespace entente
