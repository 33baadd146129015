// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlistmodel.h"

#include "backgroundread.h"
#include "database.h"
#include "error.h"
#include "errorguard.h"
#include "eventstore.h"
#include "statement.h"
#include "storechange.h"

#include <algorithm>
#include <memory>

namespace entente {

namespace {
constexpr qint64 UndatedKey = Event::OpenEnd + 1; // after every dated event
constexpr int CachedRows = 2000;

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

EventListModel::EventListModel(EventStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_rows(CachedRows)
{
    connect(store, &EventStore::changed, this,
            ErrorGuard::slot(this, &EventListModel::onStoreChanged));
    reload();
}

EventListModel::~EventListModel()
{
    // m_listing stops a listing still running on its thread and waits for it.
}

namespace {

// What a column sorts by, then time. Undated events and empty cells come last either way.
QString orderBy(int column, Qt::SortOrder order)
{
    const QString direction = order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
    switch (column) {
    case EventListModel::TitleColumn:
        return QStringLiteral("title = '', title COLLATE NOCASE%1, k, id").arg(direction);
    case EventListModel::ActorsColumn:
        return QStringLiteral("names IS NULL, names COLLATE NOCASE%1, k, id").arg(direction);
    case EventListModel::CategoryColumn:
        return QStringLiteral("category = '', category COLLATE NOCASE%1, k, id").arg(direction);
    default: // in time order, as rowOfEvent's binary search expects when ascending
        return order == Qt::DescendingOrder ? QStringLiteral("start_key IS NULL, k DESC, id DESC")
                                            : QStringLiteral("k, id");
    }
}

// The listing's condition over `events e`: the title filter as ?1, the criteria from ?2 on.
QString whereOf(const QString &filter, const EventCriteria::Sql &criteria)
{
    QString where = criteria.where;
    if (!filter.isEmpty()) {
        where += QStringLiteral(
            " AND (e.title LIKE ?1 ESCAPE '\\' OR e.category LIKE ?1 ESCAPE '\\' OR e.id IN "
            "(SELECT a.event_id FROM event_actors a JOIN actors x ON x.id = a.actor_id "
            "WHERE x.name LIKE ?1 ESCAPE '\\' OR x.short_name LIKE ?1 ESCAPE '\\'))");
    }
    return where;
}

void bindWhere(Statement &st, const QString &filter, const EventCriteria::Sql &criteria)
{
    if (!filter.isEmpty()) {
        st.bind(1, likePattern(filter));
    }
    criteria.bind(st, 2);
}

} // namespace

EventListModel::Ordered EventListModel::listIds(EventStore &store, const Listing &listing)
{
    // ORDER BY over the whole table is a sort of every id: fine off the UI thread, and once.
    QString sql = QStringLiteral("SELECT e.id, coalesce(e.start_key, %1) AS k").arg(UndatedKey);
    if (listing.column == ActorsColumn) { // the names as the column shows them
        sql += QStringLiteral(
            ", (SELECT group_concat(name, ', ') FROM (SELECT coalesce(nullif(x.short_name, ''), "
            "x.name) AS name FROM event_actors a JOIN actors x ON x.id = a.actor_id "
            "WHERE a.event_id = e.id ORDER BY a.position)) AS names");
    }
    const EventCriteria::Sql criteria = listing.criteria.sql(2);
    sql += QStringLiteral(" FROM events e WHERE ") + whereOf(listing.filter, criteria) +
           QStringLiteral(" ORDER BY ") + orderBy(listing.column, listing.order);
    Statement st(store.database(), sql);
    bindWhere(st, listing.filter, criteria);
    Ordered ordered;
    while (st.step()) {
        ordered.ids.append(st.int64(0));
        ordered.keys.append(st.int64(1));
    }
    return ordered;
}

bool EventListModel::lists(EventStore &store, const Listing &listing, qint64 eventId)
{
    if (listing.filter.isEmpty() && listing.criteria.isEmpty()) {
        return true; // every event
    }
    // The id is a number, not the user's text: it goes into the SQL as it is.
    const EventCriteria::Sql criteria = listing.criteria.sql(2);
    Statement st(store.database(), QStringLiteral("SELECT 1 FROM events e WHERE e.id = %1 AND %2")
                                       .arg(eventId)
                                       .arg(whereOf(listing.filter, criteria)));
    bindWhere(st, listing.filter, criteria);
    return st.step();
}

void EventListModel::onStoreChanged(const StoreChange &change)
{
    // Rows in time order are updated where they are, so that the table keeps its scroll
    // position and selection through an edit; any other order, a filter that may match by an
    // actor's new name, or a change too big to name is listed again.
    const bool actorsMatter =
        !change.actors.isEmpty() &&
        (m_sortColumn == ActorsColumn || !m_filter.isEmpty() || !m_criteria.isEmpty());
    // Each named event costs a scan of the ids (its old place is found by id): past a few
    // hundred (an import, a big paste) one listing is cheaper.
    constexpr qsizetype MaxRowUpdates = 256;
    const qsizetype named =
        change.events.added.size() + change.events.changed.size() + change.events.removed.size();
    if (change.everything || m_loading || actorsMatter || m_sortColumn != DateColumn ||
        m_sortOrder != Qt::AscendingOrder || named > MaxRowUpdates) {
        reload();
        return;
    }
    if (!change.actors.isEmpty()) {
        m_actors.clear();
        for (const Actor &actor : m_store->actors()) {
            m_actors.insert(actor.id, actor);
        }
        if (!m_ordered.ids.isEmpty()) {
            emit dataChanged(index(0, ActorsColumn), index(rowCount() - 1, ActorsColumn));
        }
    }
    for (qint64 id : change.events.removed) {
        dropRow(id);
    }
    const Listing listing{m_filter, m_criteria, m_sortColumn, m_sortOrder};
    for (const QList<qint64> *ids : {&change.events.changed, &change.events.added}) {
        for (qint64 id : *ids) {
            m_rows.remove(id);
            const std::optional<Event> event = m_store->event(id);
            if (!event || !lists(*m_store, listing, id)) {
                dropRow(id);
            } else {
                placeRow(*event);
            }
        }
    }
}

qsizetype EventListModel::rowFor(qint64 key, qint64 id) const
{
    const auto before = [&](qsizetype row) {
        const qint64 k = m_ordered.keys.at(row);
        return k < key || (k == key && m_ordered.ids.at(row) < id);
    };
    qsizetype low = 0, high = m_ordered.ids.size();
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        if (before(mid)) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return low;
}

void EventListModel::dropRow(qint64 id)
{
    const qsizetype row = m_ordered.ids.indexOf(id); // its key may have changed: a scan
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, int(row), int(row));
    m_ordered.ids.removeAt(row);
    m_ordered.keys.removeAt(row);
    m_rows.remove(id);
    endRemoveRows();
}

void EventListModel::placeRow(const Event &event)
{
    const qint64 key = event.isUndated() ? UndatedKey : event.earliestSecond();
    const qsizetype from = m_ordered.ids.indexOf(event.id);
    if (from < 0) {
        const qsizetype to = rowFor(key, event.id);
        beginInsertRows({}, int(to), int(to));
        m_ordered.ids.insert(to, event.id);
        m_ordered.keys.insert(to, key);
        endInsertRows();
        return;
    }
    // Where it goes among the other rows.
    m_ordered.ids.removeAt(from);
    m_ordered.keys.removeAt(from);
    const qsizetype to = rowFor(key, event.id);
    m_ordered.ids.insert(from, event.id);
    m_ordered.keys.insert(from, key);
    if (to != from) {
        // A move, not a removal and an insertion: the table keeps the row selected. The
        // destination counts the row itself when it moves down.
        beginMoveRows({}, int(from), int(from), {}, int(to > from ? to + 1 : to));
        m_ordered.ids.move(from, to);
        m_ordered.keys.move(from, to);
        endMoveRows();
    }
    emit dataChanged(index(int(to), 0), index(int(to), ColumnCount - 1));
}

void EventListModel::reload()
{
    relist(false); // the store changed: the rows shown are still mostly right meanwhile
}

void EventListModel::relist(bool dropRows)
{
    m_actors.clear();
    for (const Actor &actor : m_store->actors()) {
        m_actors.insert(actor.id, actor);
    }
    const quint64 generation = ++m_generation;
    const Listing listing{m_filter, m_criteria, m_sortColumn, m_sortOrder};
    if (m_store->eventCount() <= ImmediateLimit) {
        apply(listIds(*m_store, listing), generation);
        return;
    }
    // Its own read-only connection, on its own thread; the result comes back queued.
    m_loading = true;
    if (dropRows) {
        beginResetModel();
        m_ordered = {};
        m_rows.clear();
        endResetModel();
    }
    // Its own read-only connection on its own thread: a listing still running for an older
    // request is stopped first, so at most one reads, and none outlives the model.
    m_listing.reset();
    auto result = std::make_shared<Ordered>();
    m_listing = std::make_unique<BackgroundRead>(
        m_store->readerPath(),
        [result, listing](EventStore &reader) { *result = listIds(reader, listing); });
    connect(m_listing.get(), &BackgroundRead::finished, this, [this, result, generation] {
        if (const QString error = m_listing->error(); !error.isEmpty()) {
            m_loading = false;
            emit failed(error);
            return;
        }
        apply(*result, generation);
    });
}

void EventListModel::apply(const Ordered &ordered, quint64 generation)
{
    if (generation != m_generation) {
        return; // a later reload or filter is on its way
    }
    beginResetModel();
    m_ordered = ordered;
    m_rows.clear();
    m_loading = false;
    endResetModel();
    emit loaded();
}

void EventListModel::setFilter(const QString &text)
{
    if (text == m_filter) {
        return;
    }
    m_filter = text;
    relist(true);
}

void EventListModel::setCriteria(const EventCriteria &criteria)
{
    if (criteria == m_criteria) {
        return;
    }
    m_criteria = criteria;
    relist(true);
}

void EventListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder)) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    relist(true);
}

QList<qint64> EventListModel::undatedEventIds(int limit) const
{
    Statement st(
        m_store->database(),
        QStringLiteral("SELECT id FROM events WHERE start_key IS NULL ORDER BY id LIMIT ?1"));
    return st.bind(1, limit).integers();
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ordered.ids.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 EventListModel::eventIdAt(int row) const
{
    return row >= 0 && row < m_ordered.ids.size() ? m_ordered.ids.at(row) : 0;
}

int EventListModel::rowOfEvent(qint64 eventId) const
{
    if (m_sortColumn != DateColumn || m_sortOrder != Qt::AscendingOrder) {
        // Sorted otherwise: a scan of the ids (a millisecond for a million), not a map of them.
        return int(m_ordered.ids.indexOf(eventId));
    }
    const std::optional<Event> event = m_store->event(eventId);
    if (!event) {
        return -1;
    }
    // Rows are ordered by (start, id): a binary search.
    const qint64 key = event->isUndated() ? UndatedKey : event->earliestSecond();
    qsizetype low = 0, high = m_ordered.ids.size();
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        const qint64 k = m_ordered.keys.at(mid), id = m_ordered.ids.at(mid);
        if (k < key || (k == key && id < eventId)) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return low < m_ordered.ids.size() && m_ordered.ids.at(low) == eventId ? int(low) : -1;
}

const Event *EventListModel::eventAt(int row) const
{
    const qint64 id = eventIdAt(row);
    if (Event *cached = m_rows.object(id)) {
        return cached;
    }
    std::optional<Event> event = m_store->event(id);
    if (!event) {
        return nullptr;
    }
    auto *row_ = new Event(std::move(*event));
    m_rows.insert(id, row_);
    return row_;
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
    if (role == EventIdRole) {
        return eventIdAt(index.row());
    }
    if (role == SortKeyRole && index.column() == DateColumn) {
        return m_ordered.keys.at(index.row());
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortKeyRole) {
        return {};
    }
    // Called by the view while it paints: a row that cannot be read shows empty, and the
    // error is reported once the paint is over.
    const Event *event =
        ErrorGuard::value<const Event *>(nullptr, [&] { return eventAt(index.row()); });
    if (!event) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        return index.column() == TitleColumn ? event->description : QVariant();
    }
    return displayData(*event, index.column());
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
