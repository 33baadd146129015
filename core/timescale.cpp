// SPDX-License-Identifier: GPL-3.0-or-later
#include "timescale.h"

#include "partialdate.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

constexpr qint64 Day = 86400;
constexpr qint64 UnixEpochJulianDay = 2440588;

enum class Unit { Minute, Hour, Day, Month, Year };

struct Step
{
    Unit unit;
    int count;
    qint64 approxSeconds;
};

// From finest to coarsest; the first whose spacing is wide enough wins.
constexpr Step Steps[] = {
    {Unit::Minute, 1, 60},
    {Unit::Minute, 5, 300},
    {Unit::Minute, 15, 900},
    {Unit::Minute, 30, 1800},
    {Unit::Hour, 1, 3600},
    {Unit::Hour, 3, 3 * 3600},
    {Unit::Hour, 6, 6 * 3600},
    {Unit::Hour, 12, 12 * 3600},
    {Unit::Day, 1, Day},
    {Unit::Day, 2, 2 * Day},
    {Unit::Day, 7, 7 * Day},
    {Unit::Month, 1, 30 * Day},
    {Unit::Month, 3, 91 * Day},
    {Unit::Month, 6, 182 * Day},
    {Unit::Year, 1, 365 * Day},
    {Unit::Year, 2, 730 * Day},
    {Unit::Year, 5, 1826 * Day},
    {Unit::Year, 10, 3652 * Day},
    {Unit::Year, 20, 7305 * Day},
    {Unit::Year, 50, 18262 * Day},
    {Unit::Year, 100, 36524 * Day},
    {Unit::Year, 250, 91310 * Day},
    {Unit::Year, 500, 182621 * Day},
    {Unit::Year, 1000, 365242 * Day},
};

QDate dateOf(qint64 second)
{
    return QDate::fromJulianDay(UnixEpochJulianDay + second / Day - (second % Day < 0 ? 1 : 0));
}

qint64 secondOf(const QDate &date)
{
    return (date.toJulianDay() - UnixEpochJulianDay) * Day;
}

// The first tick at or before `second` for this step.
qint64 alignDown(qint64 second, const Step &step)
{
    const QDate date = dateOf(second);
    switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour: {
        const qint64 size = step.approxSeconds;
        return second - ((second % size) + size) % size;
    }
    case Unit::Day:
        if (step.count == 7) { // weeks start on Monday
            return secondOf(date.addDays(1 - date.dayOfWeek()));
        }
        return secondOf(date.addDays(-((date.day() - 1) % step.count)));
    case Unit::Month:
        return secondOf(QDate(date.year(), date.month() - (date.month() - 1) % step.count, 1));
    case Unit::Year:
        return secondOf(QDate(std::max(1, date.year() - date.year() % step.count), 1, 1));
    }
    return second;
}

qint64 advance(qint64 second, const Step &step)
{
    switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour:
        return second + step.approxSeconds;
    case Unit::Day: {
        // Multi-day steps restart on the 1st, so that every month's start is a tick.
        const QDate date = dateOf(second);
        const QDate next = date.addDays(step.count);
        if (step.count != 7 && next.month() != date.month() && next.day() != 1) {
            return secondOf(QDate(next.year(), next.month(), 1));
        }
        return secondOf(next);
    }
    case Unit::Month:
        return secondOf(dateOf(second).addMonths(step.count));
    case Unit::Year: {
        const QDate date = dateOf(second);
        return secondOf(QDate(date.year() - date.year() % step.count + step.count, 1, 1));
    }
    }
    return second + step.approxSeconds;
}

QString tickLabel(qint64 second, const Step &step, bool *major)
{
    const QDate date = dateOf(second);
    const qint64 inDay = ((second % Day) + Day) % Day;
    switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour:
        *major = inDay == 0;
        if (*major) {
            return PartialDate::day(date.year(), date.month(), date.day()).toDisplayString();
        }
        return QStringLiteral("%1:%2")
            .arg(inDay / 3600, 2, 10, QLatin1Char('0'))
            .arg((inDay % 3600) / 60, 2, 10, QLatin1Char('0'));
    case Unit::Day:
        *major = date.day() == 1 || (step.count == 7 && date.day() <= 7);
        return *major ? PartialDate::day(date.year(), date.month(), date.day()).toDisplayString()
                      : QString::number(date.day());
    case Unit::Month:
        *major = date.month() == 1;
        return *major ? QString::number(date.year())
                      : PartialDate::month(date.year(), date.month()).toDisplayString().left(3);
    case Unit::Year:
        *major = date.year() % (step.count * 5) == 0 || (step.count == 1 && date.year() % 10 == 0);
        return QString::number(date.year());
    }
    *major = false;
    return {};
}

} // namespace

TimeScale::TimeScale(qint64 from, qint64 to, int width) : m_width(std::max(1, width))
{
    setRange(from, to);
}

qint64 TimeScale::minSecond()
{
    return PartialDate::year(1).earliestSecond();
}

qint64 TimeScale::maxSecond()
{
    return PartialDate::year(9999).latestSecond();
}

qint64 TimeScale::visibleFrom() const
{
    return qint64(std::floor(m_start));
}

qint64 TimeScale::visibleTo() const
{
    return qint64(std::ceil(m_start + m_width * m_secondsPerPixel));
}

void TimeScale::setWidth(int width)
{
    m_width = std::max(1, width);
    clamp();
}

void TimeScale::setRange(qint64 from, qint64 to)
{
    if (to <= from) {
        to = from + Day;
    }
    m_start = double(from);
    m_secondsPerPixel = double(to - from) / m_width;
    clamp();
}

void TimeScale::zoomAbout(double x, double factor)
{
    if (factor <= 0) {
        return;
    }
    const double anchor = toTime(x);
    m_secondsPerPixel /= factor;
    clamp();
    m_start = anchor - x * m_secondsPerPixel;
    clamp();
}

void TimeScale::panByPixels(double dx)
{
    m_start -= dx * m_secondsPerPixel;
    clamp();
}

void TimeScale::clamp()
{
    const double fullSpan = double(maxSecond() - minSecond());
    m_secondsPerPixel = std::clamp(m_secondsPerPixel, MinSecondsPerPixel, fullSpan / m_width);
    const double span = m_width * m_secondsPerPixel;
    m_start = std::clamp(m_start, double(minSecond()), double(maxSecond()) - span);
}

QList<TimeScale::Tick> TimeScale::ticks(double minSpacing) const
{
    const double minSeconds = minSpacing * m_secondsPerPixel;
    const Step *step = std::find_if(std::begin(Steps), std::end(Steps),
                                    [&](const Step &s) { return s.approxSeconds >= minSeconds; });
    if (step == std::end(Steps)) {
        step = std::end(Steps) - 1;
    }
    QList<Tick> ticks;
    const qint64 last = visibleTo();
    for (qint64 t = alignDown(visibleFrom(), *step); t <= last; t = advance(t, *step)) {
        if (t < minSecond()) {
            continue;
        }
        bool major = false;
        const QString label = tickLabel(t, *step, &major);
        ticks.append({t, label, major});
        if (t >= maxSecond() - step->approxSeconds) {
            break;
        }
    }
    return ticks;
}

} // namespace entente
