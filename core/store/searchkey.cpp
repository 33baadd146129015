// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchkey.h"

#include "event.h"

#include <algorithm>

namespace entente {

qint64 SearchKey::dayOf(std::optional<qint64> earliestSecond)
{
    if (!earliestSecond) {
        return undatedDay();
    }
    const qint64 second = std::clamp(*earliestSecond, FirstSecond, Event::OpenEnd);
    return (second - FirstSecond) / SecondsPerDay; // never negative: no rounding toward zero
}

qint64 SearchKey::undatedDay()
{
    return dayOf(Event::OpenEnd) + 1;
}

} // namespace entente
