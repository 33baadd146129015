// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <optional>
#include <variant>

namespace entente {

class Statement;

// What the search field, the filter panel and the command line ask of the events (issue 13):
// every kind of criterion that is set must hold (AND), and within a list any one value will do
// (OR). The default asks nothing and lets every event through.
struct EventCriteria
{
    Q_DECLARE_TR_FUNCTIONS(entente::EventCriteria)

public:
    QString query;                  // the search field's syntax (SearchQuery)
    QList<qint64> actors;           // any of them takes part
    QStringList categories;         // any of them; "" is uncategorized
    QStringList tags;               // any of them, each a whole tag
    std::optional<qint64> from, to; // seconds: the event's dates overlap them; undated never do
    int minImportance = 0;          // 1 or less: any
    QStringList outlets;            // one of its sources is from one of them
    bool hasRelations = false;      // at either end of a relation
    // A start or end coarser than a day, or marked approximate ("c.").
    bool approximateOnly = false;

    bool isEmpty() const;

    // One short label per criterion that is set, for the chips above the timeline: "Actor:
    // Zelenskyy", "From 2015-02-01". Actors are named by `actorName`.
    using ActorName = std::function<QString(qint64 actorId)>;
    QStringList describe(const ActorName &actorName) const;
    QStringList describe(const QHash<qint64, Actor> &actors) const; // an unknown id as "#id"

    // The criteria as an SQL condition over `events e`, with numbered parameters from
    // `firstParameter` on and the values to bind to them: no text of the user's is in the SQL.
    struct Sql
    {
        QString where = QStringLiteral("1"); // "1" when nothing is asked
        QList<std::variant<qint64, QString>> values;
        // No event the criteria let through has a larger search key (SearchKey): a bound for
        // the index that a query in key order walks.
        qint64 lastKey = std::numeric_limits<qint64>::max();

        void bind(Statement &statement, int firstParameter) const;
    };
    enum class Text { Included, Left }; // Left: the query is for the caller (the FTS table)
    // KeyOrder: the caller walks the events in key order and tests each, so actors and outlets
    // are tested per event; SQLite then never drives the walk from their indexes, gathering
    // or sorting all of their events first.
    enum class Plan { Any, KeyOrder };
    Sql sql(int firstParameter, Text text = Text::Included, Plan plan = Plan::Any) const;

    // The criteria as JSON (saved views): only what is set, under the names of the members;
    // actors by id, `from` and `to` as ISO 8601 date-times in UTC ("2015-02-12T00:00:00Z"), or
    // as seconds for years outside 1 to 9999. fromJson reads both, a date-time without an
    // offset as UTC, ignores keys it does not know and sets `error` to the first problem,
    // naming the key ("“minImportance”: expected a whole number"), returning empty criteria.
    QJsonObject toJson() const;
    static EventCriteria fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const EventCriteria &, const EventCriteria &) = default;
};

} // namespace entente
