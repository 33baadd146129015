// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partialdate.h"

namespace entente {

// Calendar steps for dates that are dragged or placed on the timeline: a day-precision date
// moves by whole days, a month one by months, a year one by years, so a drag never invents a
// precision the sources do not give.
class DateSnap final
{
public:
    // The date moved by `steps` of `unit` in the calendar (31 Jan + 1 month is the last day of
    // February), with its precision and approximate flag. A date coarser than the unit (a
    // year moved by days) moves by the nearest whole number of its own units. Null when the
    // result would leave the years 1–9999.
    static PartialDate shifted(const PartialDate &date, PartialDate::Precision unit, qint64 steps);
    // How many units a move of `seconds` comes to, to the nearest `multiple` of them (e.g.
    // minutes in fives).
    static qint64 stepsFor(PartialDate::Precision unit, double seconds, int multiple = 1);
    // The average length of a unit, in seconds.
    static double unitSeconds(PartialDate::Precision unit);
    // The date of `precision` that holds `second`; null outside the years 1–9999.
    static PartialDate at(qint64 second, PartialDate::Precision precision);
};

} // namespace entente
