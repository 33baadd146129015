// SPDX-License-Identifier: GPL-3.0-or-later
#include "datesnap.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace entente {

namespace {

using Precision = PartialDate::Precision;

// The date's own fields as a wall-clock time; what its precision leaves out is the start.
QDateTime toDateTime(const PartialDate &date)
{
    const bool hasMonth = date.precision() >= Precision::Month;
    const bool hasDay = date.precision() >= Precision::Day;
    return QDateTime(
        QDate(date.yearValue(), hasMonth ? date.monthValue() : 1, hasDay ? date.dayValue() : 1),
        QTime(date.hourValue(), date.minuteValue()), QTimeZone::utc());
}

PartialDate fromDateTime(const QDateTime &time, Precision precision, bool approximate)
{
    const QDate d = time.date();
    if (!d.isValid() || d.year() < 1 || d.year() > 9999) {
        return {};
    }
    switch (precision) {
    case Precision::Year:
        return PartialDate::year(d.year(), approximate);
    case Precision::Month:
        return PartialDate::month(d.year(), d.month(), approximate);
    case Precision::Day:
        return PartialDate::day(d.year(), d.month(), d.day(), approximate);
    case Precision::Minute:
        break;
    }
    return PartialDate::minute(d.year(), d.month(), d.day(), time.time().hour(),
                               time.time().minute(), approximate);
}

} // namespace

double DateSnap::unitSeconds(Precision unit)
{
    switch (unit) {
    case Precision::Year:
        return 365.2425 * 86400;
    case Precision::Month:
        return 365.2425 * 86400 / 12;
    case Precision::Day:
        return 86400;
    case Precision::Minute:
        break;
    }
    return 60;
}

qint64 DateSnap::stepsFor(Precision unit, double seconds, int multiple)
{
    const double units = seconds / unitSeconds(unit) / std::max(1, multiple);
    return qint64(std::llround(units)) * std::max(1, multiple);
}

PartialDate DateSnap::shifted(const PartialDate &date, Precision unit, qint64 steps)
{
    if (date.isNull()) {
        return {};
    }
    if (unit > date.precision()) { // finer than the date can say: in its own units
        steps = stepsFor(date.precision(), double(steps) * unitSeconds(unit));
        unit = date.precision();
    }
    if (std::abs(steps) > 10000LL * 12 * 31 * 24 * 60) {
        return {}; // further than any year the calendar holds
    }
    const QDateTime from = toDateTime(date);
    QDateTime to;
    switch (unit) {
    case Precision::Year:
        to = from.addYears(int(steps));
        break;
    case Precision::Month:
        to = from.addMonths(int(steps));
        break;
    case Precision::Day:
        to = from.addDays(steps);
        break;
    case Precision::Minute:
        to = from.addSecs(steps * 60);
        break;
    }
    return fromDateTime(to, date.precision(), date.isApproximate());
}

PartialDate DateSnap::at(qint64 second, Precision precision)
{
    return fromDateTime(QDateTime::fromSecsSinceEpoch(second, QTimeZone::utc()), precision, false);
}

} // namespace entente
