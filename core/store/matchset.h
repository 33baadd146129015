// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace entente {

// Every event a search or filter lets through, by search key (SearchKey, time order) and by id:
// what stepping through matches (F3, Shift+F3), dimming the rest on the timeline and marking the
// overview strip ask, answered from memory.
class MatchSet final
{
public:
    struct Match
    {
        qint64 key = 0;
        qint64 eventId = 0;

        friend bool operator==(const Match &, const Match &) = default;
    };

    MatchSet() = default; // no event
    explicit MatchSet(std::vector<Match> inKeyOrder);

    qsizetype count() const { return qsizetype(m_byKey.size()); }
    bool contains(qint64 eventId) const;
    // How many matches have keys in [firstKey, lastKey].
    qsizetype countInKeys(qint64 firstKey, qint64 lastKey) const;
    // The first match after `afterKey`, the last one before `beforeKey`.
    std::optional<Match> next(qint64 afterKey) const;
    std::optional<Match> previous(qint64 beforeKey) const;
    const std::vector<Match> &inKeyOrder() const { return m_byKey; }

    friend bool operator==(const MatchSet &a, const MatchSet &b) { return a.m_byKey == b.m_byKey; }

private:
    std::vector<Match> m_byKey;
    std::vector<qint64> m_ids; // sorted, for contains()
};

} // namespace entente
