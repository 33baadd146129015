// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlistmodel.h"

#include "database.h"
#include "error.h"
#include "eventstore.h"
#include "statement.h"

#include <QThread>

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
    connect(store, &EventStore::changed, this, &EventListModel::reload);
    reload();
}

EventListModel::~EventListModel()
{
    ++m_generation; // a listing still running on its thread is dropped when it ends
}

EventListModel::Ordered EventListModel::listIds(EventStore &store, const QString &filter)
{
    // ORDER BY over the whole table is a sort of every id: fine off the UI thread, and once.
    QString sql =
        QStringLiteral("SELECT id, coalesce(start_key, %1) AS k FROM events").arg(UndatedKey);
    if (!filter.isEmpty()) {
        sql += QStringLiteral(
            " WHERE title LIKE ?1 ESCAPE '\\' OR category LIKE ?1 ESCAPE '\\' OR id IN "
            "(SELECT a.event_id FROM event_actors a JOIN actors x ON x.id = a.actor_id "
            "WHERE x.name LIKE ?1 ESCAPE '\\' OR x.short_name LIKE ?1 ESCAPE '\\')");
    }
    sql += QStringLiteral(" ORDER BY k, id");
    Statement st(store.database(), sql);
    if (!filter.isEmpty()) {
        st.bind(1, likePattern(filter));
    }
    Ordered ordered;
    while (st.step()) {
        ordered.ids.append(st.int64(0));
        ordered.keys.append(st.int64(1));
    }
    return ordered;
}

void EventListModel::reload()
{
    m_actors.clear();
    for (const Actor &actor : m_store->actors()) {
        m_actors.insert(actor.id, actor);
    }
    const quint64 generation = ++m_generation;
    if (m_store->eventCount() <= ImmediateLimit) {
        apply(listIds(*m_store, m_filter), generation);
        return;
    }
    // Its own read-only connection, on its own thread; the result comes back queued.
    m_loading = true;
    const QString path = m_store->path(), filter = m_filter;
    // The result is handed over by the thread's finished() signal, connected with this model
    // as context: if the model is gone by then, the connection is gone too (no pointer to it
    // is touched on the other thread).
    auto result = std::make_shared<Ordered>();
    QThread *thread = QThread::create([result, path, filter] {
        try {
            EventStore reader(path, EventStore::Access::ReadOnly);
            *result = listIds(reader, filter);
        } catch (const Error &) {
            // The table stays as it was; the store itself reports errors where it is used.
        }
    });
    connect(thread, &QThread::finished, this,
            [this, result, generation] { apply(*result, generation); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
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
    reload();
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
    const std::optional<Event> event = m_store->event(eventId);
    if (!event) {
        return -1;
    }
    // Rows are ordered by (start, id): a binary search, not a map of a million ids.
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
    const Event *event = eventAt(index.row());
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
