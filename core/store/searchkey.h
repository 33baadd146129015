// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace entente {

// Where an event's row sits in the search index (issue 13): a key in time order, so that a page
// of matches in time order, from any date on, is read straight off the FTS index in its rowid
// order instead of by sorting every match (a common word matches a tenth of a million events).
// The key is the day of the event's earliest second, then a sequence number within that day;
// undated events come after every dated one. Keys are dense, a day after the day before: the
// index stores the differences of consecutive keys, and small ones keep it as small as plain
// ids would.
class SearchKey final
{
public:
    static constexpr int SequenceBits = 20;             // a million events on one day
    static constexpr qint64 FirstSecond = -62135596800; // 0001-01-01T00:00:00Z, PartialDate's first
    static constexpr qint64 SecondsPerDay = 86400;

    // The day of an event's earliest second (days since 0001-01-01, in UTC), or undatedDay()
    // for an event without a date. Seconds outside years 1–9999 count as the first or the last
    // day.
    static qint64 dayOf(std::optional<qint64> earliestSecond);
    static qint64 undatedDay();
    // The keys of a day: firstOf(day) to lastOf(day).
    static qint64 firstOf(qint64 day) { return day << SequenceBits; }
    static qint64 lastOf(qint64 day) { return firstOf(day + 1) - 1; }
    static qint64 dayOfKey(qint64 key) { return key >> SequenceBits; }
    // The first key of the day of `second`: where the events from that date on begin.
    static qint64 firstFrom(qint64 second) { return firstOf(dayOf(second)); }
};

} // namespace entente
