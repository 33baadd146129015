// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attributes.h"
#include "partialdate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace entente {

// How an actor takes part in an event: "party", "mediator", "speaker", ...
struct EventActor
{
    qint64 actorId = 0;
    QString role;

    friend bool operator==(const EventActor &, const EventActor &) = default;
};

// Something that happened, at a point in time or over a period, with who took part and the
// sources it rests on. A null start means the sources give no date at all.
struct Event
{
    enum class Kind { Point, Period };

    qint64 id = 0;
    QString uid; // stable across exports and imports
    QString title;
    QString description;
    Kind kind = Kind::Point;
    PartialDate start;
    PartialDate end;      // periods only; null while ongoing
    bool ongoing = false; // a period without an end yet
    QString category;
    int importance = 3; // 1–5
    QString location;
    QStringList tags;
    QList<EventActor> actors;
    QList<qint64> sourceIds;
    // What a dataset records beyond these fields, kept so that nothing it said is lost and a
    // later feature can use it: ACLED's "fatalities", UCDP's "best"/"low"/"high", PA-X's
    // topic codes, coordinates. Keys are lower-case and prefixed by the dataset where they are
    // its own ("acled.fatalities", "pax.topics", "latitude").
    Attributes attributes;

    bool isUndated() const { return start.isNull(); }
    // The instants the event may cover, from the earliest start to the latest end; an ongoing
    // period extends to OpenEnd.
    qint64 earliestSecond() const;
    qint64 latestSecond() const;
    QString dateRangeDisplay() const;

    // Time order, as the timeline, Tab and the list step through events: by the earliest
    // second, then by id.
    // Time order: by the earliest second, then by id; undated events last, as lists show them.
    static bool startsBefore(const Event &a, const Event &b)
    {
        if (a.isUndated() != b.isUndated()) {
            return b.isUndated();
        }
        const qint64 sa = a.isUndated() ? 0 : a.earliestSecond();
        const qint64 sb = b.isUndated() ? 0 : b.earliestSecond();
        return sa != sb ? sa < sb : a.id < b.id;
    }

    static constexpr qint64 OpenEnd = 253402300799; // 9999-12-31T23:59:59
    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);

    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace entente
