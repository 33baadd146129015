// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchset.h"

#include <algorithm>

namespace entente {

namespace {

bool keyBefore(const MatchSet::Match &match, qint64 key)
{
    return match.key < key;
}

bool keyAfter(qint64 key, const MatchSet::Match &match)
{
    return key < match.key;
}

} // namespace

MatchSet::MatchSet(std::vector<Match> inKeyOrder) : m_byKey(std::move(inKeyOrder))
{
    m_ids.reserve(m_byKey.size());
    for (const Match &match : m_byKey) {
        m_ids.push_back(match.eventId);
    }
    std::sort(m_ids.begin(), m_ids.end());
}

bool MatchSet::contains(qint64 eventId) const
{
    return std::binary_search(m_ids.cbegin(), m_ids.cend(), eventId);
}

qsizetype MatchSet::countInKeys(qint64 firstKey, qint64 lastKey) const
{
    if (lastKey < firstKey) {
        return 0;
    }
    const auto first = std::lower_bound(m_byKey.cbegin(), m_byKey.cend(), firstKey, keyBefore);
    const auto end = std::upper_bound(first, m_byKey.cend(), lastKey, keyAfter);
    return end - first;
}

std::optional<MatchSet::Match> MatchSet::next(qint64 afterKey) const
{
    const auto found = std::upper_bound(m_byKey.cbegin(), m_byKey.cend(), afterKey, keyAfter);
    return found == m_byKey.cend() ? std::nullopt : std::optional<Match>(*found);
}

std::optional<MatchSet::Match> MatchSet::previous(qint64 beforeKey) const
{
    const auto found = std::lower_bound(m_byKey.cbegin(), m_byKey.cend(), beforeKey, keyBefore);
    return found == m_byKey.cbegin() ? std::nullopt : std::optional<Match>(*std::prev(found));
}

} // namespace entente
