// SPDX-License-Identifier: GPL-3.0-or-later
#include "timescale.h"

#include "calendar.h"
#include "partialdate.h"

#include <QDate>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

constexpr qint64 Day = SecondsPerDay;

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

// The unit of the bands over a step's ticks.
Step bandStepFor(const Step &step)
{
    switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour:
        return {Unit::Day, 1, Day};
    case Unit::Day:
        return {Unit::Month, 1, 30 * Day};
    case Unit::Month:
        return {Unit::Year, 1, 365 * Day};
    case Unit::Year:
        return step.count < 10    ? Step{Unit::Year, 10, 3652 * Day}
               : step.count < 100 ? Step{Unit::Year, 100, 36524 * Day}
                                  : Step{Unit::Year, 1000, 365242 * Day};
    }
    return step;
}

// The locale's short time format without seconds (some, like C, include them).
QString hoursAndMinutes(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss")).remove(QLatin1String(".ss"));
    return format;
}

QString tickLabel(qint64 second, const Step &step, const QLocale &locale)
{
    const QDate date = dateOf(second);
    const qint64 inDay = ((second % Day) + Day) % Day;
    switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour:
        return locale.toString(QTime(int(inDay / 3600), int(inDay % 3600 / 60)),
                               hoursAndMinutes(locale));
    case Unit::Day:
        return QString::number(date.day());
    case Unit::Month:
        return locale.standaloneMonthName(date.month(), QLocale::ShortFormat);
    case Unit::Year:
        return QString::number(date.year()); // never "2,014"
    }
    return {};
}

QString bandLabel(qint64 from, qint64 to, const Step &band, const QLocale &locale)
{
    const QDate date = dateOf(from);
    switch (band.unit) {
    case Unit::Day:
        return locale.toString(date, QLocale::LongFormat);
    case Unit::Month:
        return locale.toString(date, u"MMMM yyyy");
    case Unit::Year:
        if (band.count == 1) {
            return QString::number(date.year());
        }
        return QStringLiteral("%1\u2013%2").arg(date.year()).arg(dateOf(to).year() - 1);
    default:
        return {};
    }
}

const Step &stepFor(double minSeconds)
{
    const Step *step = std::find_if(std::begin(Steps), std::end(Steps),
                                    [&](const Step &s) { return s.approxSeconds >= minSeconds; });
    return step == std::end(Steps) ? *(std::end(Steps) - 1) : *step;
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

QList<TimeScale::Tick> TimeScale::ticks(double minSpacing, const QLocale &locale) const
{
    const Step &step = stepFor(minSpacing * m_secondsPerPixel);
    const Step band = bandStepFor(step);
    QList<Tick> ticks;
    const qint64 last = visibleTo();
    for (qint64 t = alignDown(visibleFrom(), step); t <= last; t = advance(t, step)) {
        if (t < minSecond()) {
            continue;
        }
        ticks.append({t, tickLabel(t, step, locale), alignDown(t, band) == t});
        if (t >= maxSecond() - step.approxSeconds) {
            break;
        }
    }
    return ticks;
}

QList<TimeScale::Band> TimeScale::bands(double minSpacing, const QLocale &locale) const
{
    const Step band = bandStepFor(stepFor(minSpacing * m_secondsPerPixel));
    QList<Band> bands;
    const qint64 last = visibleTo();
    for (qint64 t = std::max(alignDown(visibleFrom(), band), minSecond()); t <= last;) {
        const qint64 next = std::min(advance(t, band), maxSecond() + 1);
        bands.append({t, next, bandLabel(t, next, band, locale)});
        if (next > maxSecond()) {
            break;
        }
        t = next;
    }
    return bands;
}

QList<std::pair<qint64, qint64>> TimeScale::restDays(const QLocale &locale,
                                                     double minDayWidth) const
{
    QList<std::pair<qint64, qint64>> spans;
    if (Day / m_secondsPerPixel < minDayWidth) {
        return spans;
    }
    const QList<Qt::DayOfWeek> working = locale.weekdays();
    for (qint64 t = alignDown(visibleFrom(), {Unit::Day, 1, Day}); t <= visibleTo(); t += Day) {
        if (working.contains(Qt::DayOfWeek(dateOf(t).dayOfWeek()))) {
            continue;
        }
        if (!spans.isEmpty() && spans.last().second == t) {
            spans.last().second = t + Day; // Saturday and Sunday as one span
        } else {
            spans.append({t, t + Day});
        }
    }
    return spans;
}

} // namespace entente
