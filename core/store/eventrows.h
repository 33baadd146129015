// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "multirowinsert.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace entente {

class Database;
class Statement;

// Events as SQLite keeps them: a row of `events`, with copies kept for the queries (the dates
// as seconds, the span class, the actors' ids), and the links in event_actors and
// event_sources. Writes keep the copies in step with the values; reads turn rows back into
// events.
class EventRows final
{
public:
    // How much of an event to read: everything, or what the timeline draws (no description,
    // location, tags, sources or actor roles: the actors' ids only), several times cheaper.
    enum class Detail { Full, Timeline };

    // A query for read() at either detail: `sql` with %1 standing for the columns, the same
    // ones at the same positions for both. Made once per query (a static), not per call.
    struct Select
    {
        explicit Select(const QString &sql);
        const QString &operator()(Detail detail) const
        {
            return detail == Detail::Full ? full : timeline;
        }
        QString full, timeline;
    };

    // An event's columns as SQLite stores them, in UTF-8, made without a store (any thread):
    // an import's reading thread encodes a chunk while the storing thread writes the one
    // before. Its uid and actors are not in it (an import sets them later). A text of size -1
    // stands for NULL.
    struct Encoded
    {
        enum Text { Title, Description, Kind, Start, End, Category, Location, Tags, Attributes };
        static constexpr int TextCount = Attributes + 1;
        QByteArrayView text(Text which) const; // a null view for NULL

        QByteArray bytes; // the texts one after the other
        int from[TextCount] = {};
        int size[TextCount] = {}; // -1: NULL
        qint64 startKey = 0, endKey = 0;
        int spanClass = 0, importance = 3;
        bool ongoing = false, undated = true;
    };

    explicit EventRows(Database &db);
    static Encoded encode(const Event &event);
    static QList<Encoded> encode(const QList<Event> &events);

    // Ids for `IN (SELECT value FROM json_each(?))`: one statement for a list of any length.
    static QString idArray(const QList<qint64> &ids);
    static void sortByTime(QList<Event> &events);

    // Returns the new id; with keepId, the row takes event.id (an event re-created by undo).
    qint64 insert(const Event &event, bool keepId = false);
    // Inserts events that take the ids firstId, firstId + 1, …, which must be free, with their
    // links, in statements of many rows each (MultiRowInsert): what an import does.
    // `encoded` holds encode() of each event.
    // searchKeys: each event's SearchKey, or empty for none yet (SearchIndex::index gives them).
    void insertAll(const QList<Event> &events, const QList<Encoded> &encoded, qint64 firstId,
                   const QList<qint64> &searchKeys = {});
    void update(const Event &event);
    void remove(qint64 id);
    // Takes the actor out of the events' own copies of their actors' ids (the links to it go
    // by cascade when it is deleted).
    void forgetActor(qint64 actorId);

    // Every row that `rows`, a Select at this detail, finds; resets it.
    QList<Event> read(Statement &rows, Detail detail) const;
    std::optional<Event> byId(qint64 id) const;
    std::optional<Event> byUid(const QString &uid) const;
    qint64 idByUid(const QString &uid) const; // 0 for none
    bool exists(qint64 id) const;
    QList<Event> all() const; // in time order, undated ones last
    QList<Event> byIds(const QList<qint64> &ids, Detail detail) const; // in time order
    qint64 count() const;
    qint64 nextId() const; // the id SQLite would give the next event
    qint64 undatedCount() const;

private:
    enum class Write { Insert, Update };
    void writeRow(const Event &event, qint64 id, Write write);
    static void bindRow(Statement &st, int first, const Event &event, const Encoded &row,
                        qint64 id);
    void writeLinks(const Event &event, qint64 id, bool replace);
    void readLinks(QList<Event> &events) const;
    std::optional<Event> first(Statement &rows) const;

    Database &m_db;
    MultiRowInsert m_insertRows, m_insertActorLinks, m_insertSourceLinks;
};

} // namespace entente
