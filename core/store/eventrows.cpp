// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventrows.h"

#include "database.h"
#include "spanindex.h"
#include "statement.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

#include <algorithm>

namespace entente {

namespace {

// What the timeline draws leaves out the long text, the sources and the actors' roles (its
// actors come from the row's own copy of their ids); the columns keep their positions so that
// one reader serves both.
const QString TimelineColumns = QStringLiteral(
    "id, uid, title, '', kind, start_date, end_date, ongoing, category, importance, '', '', "
    "actor_ids, NULL");
// What a write sets, in the order of the parameters of bindRow().
const QString WrittenColumns = QStringLiteral(
    "id, uid, title, description, kind, start_date, end_date, ongoing, category, importance, "
    "location, tags, start_key, end_key, span_class, actor_ids, attributes");
const QString EventColumns = QStringLiteral(
    "id, uid, title, description, kind, start_date, end_date, ongoing, category, importance, "
    "location, tags, actor_ids, attributes");

QString actorIdsToColumn(const QList<EventActor> &actors)
{
    QStringList ids;
    for (const EventActor &actor : actors) {
        ids.append(QString::number(actor.actorId));
    }
    return ids.join(QLatin1Char(' '));
}

QList<EventActor> actorsFromIdColumn(const Statement &row, int column)
{
    QList<EventActor> actors;
    const QString ids = row.text(column);
    for (const QStringView id : QStringView(ids).tokenize(u' ', Qt::SkipEmptyParts)) {
        actors.append({id.toLongLong(), QString()});
    }
    return actors;
}

PartialDate dateFromColumn(const Statement &row, int column)
{
    return row.isNull(column) ? PartialDate() : PartialDate::fromIso(row.text(column));
}

QString dateToColumn(const PartialDate &date)
{
    return date.toEdtf(); // null for an unknown date
}

QString tagsToColumn(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        if (const QString t = tag.simplified(); !t.isEmpty()) {
            clean.append(t);
        }
    }
    return clean.join(QLatin1Char('\n'));
}

// Appends the UTF-8 of `text`, converted straight into `out` (no QByteArray of its own).
void appendUtf8(QByteArray &out, QStringEncoder &encoder, QStringView text)
{
    const qsizetype at = out.size();
    out.resize(at + encoder.requiredSpace(text.size()));
    char *end = encoder.appendToBuffer(out.data() + at, text);
    out.truncate(end - out.constData());
}

// A JSON string, as QJsonDocument writes one: quotes, backslashes and control characters
// escaped, the rest as is, in runs (one conversion per run, not per character: per character
// it was 9% of an ACLED import).
void appendJsonString(QByteArray &json, QStringEncoder &encoder, QStringView text)
{
    json += '"';
    qsizetype plain = 0; // where the run of characters written as they are began
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\') {
            continue;
        }
        appendUtf8(json, encoder, text.sliced(plain, i - plain));
        plain = i + 1;
        switch (c) {
        case u'"':
            json += "\\\"";
            break;
        case u'\\':
            json += "\\\\";
            break;
        case u'\b':
            json += "\\b";
            break;
        case u'\f':
            json += "\\f";
            break;
        case u'\n':
            json += "\\n";
            break;
        case u'\r':
            json += "\\r";
            break;
        case u'\t':
            json += "\\t";
            break;
        default:
            json += "\\u" + QByteArray::number(int(c), 16).rightJustified(4, '0');
        }
    }
    appendUtf8(json, encoder, text.sliced(plain));
    json += '"';
}

// A compact JSON object of strings. Written by hand: through QJsonObject it took 40% of an
// ACLED import (a dozen attributes per event).
void appendAttributes(QByteArray &json, QStringEncoder &encoder, const Attributes &attributes)
{
    json += '{';
    bool first = true;
    for (const auto &[key, value] : attributes) {
        if (!first) {
            json += ',';
        }
        first = false;
        appendJsonString(json, encoder, key);
        json += ':';
        appendJsonString(json, encoder, value);
    }
    json += '}';
}

Attributes attributesFromColumn(const Statement &row, int column)
{
    Attributes attributes;
    if (row.isNull(column)) {
        return attributes;
    }
    const QJsonObject object = QJsonDocument::fromJson(row.text(column).toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        attributes.insert(it.key(), it.value().toString());
    }
    return attributes;
}

// The event's own columns; its links come from readLinks().
Event eventFromRow(const Statement &row)
{
    Event event;
    event.id = row.int64(0);
    event.uid = row.text(1);
    event.title = row.text(2);
    event.description = row.text(3);
    Event::kindFromName(row.text(4), &event.kind);
    event.start = dateFromColumn(row, 5);
    event.end = dateFromColumn(row, 6);
    event.ongoing = row.int64(7) != 0;
    event.category = row.text(8);
    event.importance = row.integer(9);
    event.location = row.text(10);
    const QString tags = row.text(11);
    event.tags = tags.isEmpty() ? QStringList() : tags.split(QLatin1Char('\n'));
    event.attributes = attributesFromColumn(row, 13);
    return event;
}

} // namespace

EventRows::EventRows(Database &db)
    : m_db(db),
      m_insertRows(
          db, QStringLiteral("INSERT INTO events (%1, search_key) VALUES").arg(WrittenColumns), 18),
      m_insertActorLinks(db,
                         QStringLiteral("INSERT INTO event_actors (event_id, actor_id, role, "
                                        "position) VALUES"),
                         4),
      m_insertSourceLinks(
          db, QStringLiteral("INSERT INTO event_sources (event_id, source_id, position) VALUES"), 3)
{}

EventRows::Select::Select(const QString &sql)
    : full(sql.arg(EventColumns)), timeline(sql.arg(TimelineColumns))
{}

QString EventRows::idArray(const QList<qint64> &ids)
{
    QString json = QStringLiteral("[");
    for (qint64 id : ids) {
        json += QString::number(id) + QLatin1Char(',');
    }
    json.back() = QLatin1Char(']');
    return ids.isEmpty() ? QStringLiteral("[]") : json;
}

void EventRows::sortByTime(QList<Event> &events)
{
    std::sort(events.begin(), events.end(), Event::startsBefore);
}

// --- writes -------------------------------------------------------------------------------

qint64 EventRows::insert(const Event &event, bool keepId)
{
    writeRow(event, keepId ? event.id : 0, Write::Insert);
    const qint64 id = m_db.lastInsertRowId();
    writeLinks(event, id, false);
    return id;
}

void EventRows::update(const Event &event)
{
    writeRow(event, event.id, Write::Update);
    writeLinks(event, event.id, true);
}

void EventRows::remove(qint64 id)
{
    m_db.cached(QStringLiteral("DELETE FROM events WHERE id = ?1")).bind(1, id).run();
}

void EventRows::forgetActor(qint64 actorId)
{
    m_db.cached(QStringLiteral("UPDATE events SET actor_ids = coalesce((SELECT group_concat("
                               "actor_id, ' ') FROM (SELECT actor_id FROM event_actors a WHERE "
                               "a.event_id = events.id AND a.actor_id <> ?1 ORDER BY position)), "
                               "'') WHERE id IN (SELECT event_id FROM event_actors WHERE "
                               "actor_id = ?1)"))
        .bind(1, actorId)
        .run();
}

void EventRows::writeRow(const Event &event, qint64 id, Write write)
{
    // Updates in place rather than INSERT OR REPLACE, which would delete the row and with it,
    // by cascade, the event's relations.
    Statement &st = m_db.cached(
        write == Write::Insert
            ? QStringLiteral("INSERT INTO events (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                             "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)")
                  .arg(WrittenColumns)
            : QStringLiteral("UPDATE events SET uid = ?2, title = ?3, description = ?4, kind = ?5, "
                             "start_date = ?6, end_date = ?7, ongoing = ?8, category = ?9, "
                             "importance = ?10, location = ?11, tags = ?12, start_key = ?13, "
                             "end_key = ?14, span_class = ?15, actor_ids = ?16, attributes = ?17 "
                             "WHERE id = ?1"));
    const Encoded encoded = encode(event);
    bindRow(st, 1, event, encoded, id);
    st.run();
}

EventRows::Encoded EventRows::encode(const Event &event)
{
    Encoded row;
    const bool period = event.kind == Event::Kind::Period;
    row.ongoing = period && event.ongoing;
    row.importance = std::clamp(event.importance, 1, 5);
    row.undated = event.isUndated();
    if (!row.undated) {
        row.startKey = event.earliestSecond();
        row.endKey = std::max(row.startKey, event.latestSecond());
        row.spanClass = SpanIndex::spanClass(row.endKey - row.startKey);
    }
    const QString start = dateToColumn(event.start);
    const QString end = period && !event.ongoing ? dateToColumn(event.end) : QString();
    const QString tags = tagsToColumn(event.tags);
    qsizetype length = event.title.size() + event.description.size() + event.category.size() +
                       event.location.size() + tags.size() + start.size() + end.size() + 8;
    for (const auto &[key, value] : event.attributes) {
        length += key.size() + value.size() + 6;
    }
    // One buffer for all the texts: one allocation per event instead of one per column.
    row.bytes.reserve(3 * length + 16);
    QStringEncoder encoder(QStringEncoder::Utf8);
    const auto put = [&](Encoded::Text text, QStringView value, bool isNull) {
        row.from[text] = int(row.bytes.size());
        if (!isNull) {
            appendUtf8(row.bytes, encoder, value);
        }
        row.size[text] = isNull ? -1 : int(row.bytes.size()) - row.from[text];
    };
    put(Encoded::Title, event.title, false);
    put(Encoded::Description, event.description, false);
    put(Encoded::Kind, Event::kindName(event.kind), false);
    put(Encoded::Start, start, start.isNull());
    put(Encoded::End, end, end.isNull());
    put(Encoded::Category, event.category, false);
    put(Encoded::Location, event.location, false);
    put(Encoded::Tags, tags, false);
    row.from[Encoded::Attributes] = int(row.bytes.size());
    if (!event.attributes.isEmpty()) { // most events have none: NULL
        appendAttributes(row.bytes, encoder, event.attributes);
    }
    row.size[Encoded::Attributes] =
        event.attributes.isEmpty() ? -1 : int(row.bytes.size()) - row.from[Encoded::Attributes];
    return row;
}

QByteArrayView EventRows::Encoded::text(Text which) const
{
    // A null view binds NULL; an empty text needs a pointer that is not null.
    return size[which] < 0 ? QByteArrayView()
                           : QByteArrayView(bytes.constData() + from[which], size[which]);
}

QList<EventRows::Encoded> EventRows::encode(const QList<Event> &events)
{
    QList<Encoded> rows;
    rows.reserve(events.size());
    for (const Event &event : events) {
        rows.append(encode(event));
    }
    return rows;
}

// The values of WrittenColumns, from parameter `first` on: the event's uid and actors (which
// an import sets after encoding) from the event, the rest as encoded.
void EventRows::bindRow(Statement &st, int first, const Event &event, const Encoded &row, qint64 id)
{
    const int k = first - 1;
    st.bindId(k + 1, id); // null: SQLite picks the next id
    st.bind(k + 2, event.uid).bindUtf8(k + 3, row.text(Encoded::Title));
    st.bindUtf8(k + 4, row.text(Encoded::Description)).bindUtf8(k + 5, row.text(Encoded::Kind));
    st.bindUtf8(k + 6, row.text(Encoded::Start)).bindUtf8(k + 7, row.text(Encoded::End));
    st.bind(k + 8, row.ongoing).bindUtf8(k + 9, row.text(Encoded::Category));
    st.bind(k + 10, row.importance).bindUtf8(k + 11, row.text(Encoded::Location));
    st.bindUtf8(k + 12, row.text(Encoded::Tags));
    if (row.undated) {
        st.bindNull(k + 13).bindNull(k + 14).bindNull(k + 15);
    } else {
        st.bind(k + 13, row.startKey).bind(k + 14, row.endKey).bind(k + 15, row.spanClass);
    }
    st.bind(k + 16, actorIdsToColumn(event.actors)).bindUtf8(k + 17, row.text(Encoded::Attributes));
}

void EventRows::insertAll(const QList<Event> &events, const QList<Encoded> &encoded, qint64 firstId,
                          const QList<qint64> &searchKeys)
{
    Q_ASSERT(encoded.size() == events.size());
    Q_ASSERT(searchKeys.isEmpty() || searchKeys.size() == events.size());
    m_insertRows.run(events.size(), [&](Statement &st, int first, qsizetype i) {
        bindRow(st, first, events.at(i), encoded.at(i), firstId + i);
        if (searchKeys.isEmpty()) {
            st.bindNull(first + 17);
        } else {
            st.bind(first + 17, searchKeys.at(i));
        }
    });
    struct Link
    {
        qint64 eventId;
        qint64 otherId;
        const QString *role; // null for a source
        int position;
    };
    QList<Link> actors, sources;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event &event = events.at(i);
        for (int p = 0; p < event.actors.size(); ++p) {
            actors.append({firstId + i, event.actors.at(p).actorId, &event.actors.at(p).role, p});
        }
        for (int p = 0; p < event.sourceIds.size(); ++p) {
            sources.append({firstId + i, event.sourceIds.at(p), nullptr, p});
        }
    }
    m_insertActorLinks.run(actors.size(), [&](Statement &st, int first, qsizetype i) {
        const Link &link = actors.at(i);
        st.bind(first, link.eventId).bind(first + 1, link.otherId);
        st.bind(first + 2, *link.role).bind(first + 3, link.position);
    });
    m_insertSourceLinks.run(sources.size(), [&](Statement &st, int first, qsizetype i) {
        const Link &link = sources.at(i);
        st.bind(first, link.eventId).bind(first + 1, link.otherId).bind(first + 2, link.position);
    });
}

void EventRows::writeLinks(const Event &event, qint64 id, bool replace)
{
    if (replace) { // a new event has no links to clear, and the deletes are not free
        m_db.cached(QStringLiteral("DELETE FROM event_actors WHERE event_id = ?1"))
            .bind(1, id)
            .run();
        m_db.cached(QStringLiteral("DELETE FROM event_sources WHERE event_id = ?1"))
            .bind(1, id)
            .run();
    }
    Statement &actor = m_db.cached(QStringLiteral(
        "INSERT INTO event_actors (event_id, actor_id, role, position) VALUES (?1, ?2, ?3, ?4)"));
    for (int i = 0; i < event.actors.size(); ++i) {
        const EventActor &a = event.actors.at(i);
        actor.bind(1, id).bind(2, a.actorId).bind(3, a.role);
        actor.bind(4, i).run();
    }
    Statement &source = m_db.cached(QStringLiteral(
        "INSERT INTO event_sources (event_id, source_id, position) VALUES (?1, ?2, ?3)"));
    for (int i = 0; i < event.sourceIds.size(); ++i) {
        source.bind(1, id).bind(2, event.sourceIds.at(i)).bind(3, i).run();
    }
}

// --- reads --------------------------------------------------------------------------------

QList<Event> EventRows::read(Statement &rows, Detail detail) const
{
    QList<Event> events;
    while (rows.step()) {
        events.append(eventFromRow(rows));
        if (detail == Detail::Timeline) {
            events.last().actors = actorsFromIdColumn(rows, 12);
        }
    }
    rows.reset();
    if (detail == Detail::Full) {
        readLinks(events);
    }
    return events;
}

void EventRows::readLinks(QList<Event> &events) const
{
    // One statement for the links of all the events rather than one per event. Ordered by
    // position explicitly: the order of the rows is not the planner's to choose.
    if (events.isEmpty()) {
        return;
    }
    QHash<qint64, qsizetype> indexOf;
    indexOf.reserve(events.size());
    QList<qint64> idList;
    for (qsizetype i = 0; i < events.size(); ++i) {
        indexOf.insert(events.at(i).id, i);
        idList.append(events.at(i).id);
    }
    const QString ids = idArray(idList);
    Statement &actors = m_db.cached(
        QStringLiteral("SELECT event_id, actor_id, role FROM event_actors WHERE event_id IN "
                       "(SELECT value FROM json_each(?1)) ORDER BY event_id, position"));
    actors.bind(1, ids);
    while (actors.step()) {
        events[indexOf.value(actors.int64(0))].actors.append({actors.int64(1), actors.text(2)});
    }
    actors.reset();
    Statement &sources = m_db.cached(
        QStringLiteral("SELECT event_id, source_id FROM event_sources WHERE event_id IN "
                       "(SELECT value FROM json_each(?1)) ORDER BY event_id, position"));
    sources.bind(1, ids);
    while (sources.step()) {
        events[indexOf.value(sources.int64(0))].sourceIds.append(sources.int64(1));
    }
    sources.reset();
}

std::optional<Event> EventRows::first(Statement &rows) const
{
    const QList<Event> found = read(rows, Detail::Full);
    return found.isEmpty() ? std::nullopt : std::optional<Event>(found.first());
}

std::optional<Event> EventRows::byId(qint64 id) const
{
    Statement &st =
        m_db.cached(QStringLiteral("SELECT %1 FROM events WHERE id = ?1").arg(EventColumns));
    st.bind(1, id);
    return first(st);
}

std::optional<Event> EventRows::byUid(const QString &uid) const
{
    Statement &st =
        m_db.cached(QStringLiteral("SELECT %1 FROM events WHERE uid = ?1").arg(EventColumns));
    st.bind(1, uid);
    return first(st);
}

qint64 EventRows::idByUid(const QString &uid) const
{
    return m_db.cached(QStringLiteral("SELECT id FROM events WHERE uid = ?1"))
        .bind(1, uid)
        .scalar();
}

bool EventRows::exists(qint64 id) const
{
    return m_db.cached(QStringLiteral("SELECT EXISTS (SELECT 1 FROM events WHERE id = ?1)"))
               .bind(1, id)
               .scalar() != 0;
}

QList<Event> EventRows::all() const
{
    Statement &st = m_db.cached(
        QStringLiteral("SELECT %1 FROM events ORDER BY start_key IS NULL, start_key, id")
            .arg(EventColumns));
    return read(st, Detail::Full);
}

QList<Event> EventRows::byIds(const QList<qint64> &ids, Detail detail) const
{
    static const Select sql(
        QStringLiteral("SELECT %1 FROM events WHERE id IN (SELECT value FROM json_each(?1))"));
    if (ids.isEmpty()) {
        return {};
    }
    Statement &st = m_db.cached(sql(detail));
    st.bind(1, idArray(ids));
    QList<Event> result = read(st, detail);
    sortByTime(result);
    return result;
}

qint64 EventRows::count() const
{
    return m_db.cached(QStringLiteral("SELECT count(*) FROM events")).scalar();
}

qint64 EventRows::nextId() const
{
    return m_db.cached(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM events")).scalar();
}

qint64 EventRows::undatedCount() const
{
    return m_db.cached(QStringLiteral("SELECT count(*) FROM events WHERE span_class IS NULL"))
        .scalar();
}

} // namespace entente
