// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdate.h"

#include "calendar.h"

#include <QCoreApplication>
#include <QDate>

namespace entente {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return false;
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString shortMonthName(int month)
{
    static const char *const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return QString::fromLatin1(names[month - 1]);
}

bool validateFields(int year, int month, int day, int hour, int minute,
                    PartialDate::Precision precision, QString *error)
{
    using P = PartialDate::Precision;
    if (year < 1 || year > 9999) {
        return fail(error, PartialDate::tr("year %1 is outside 1–9999").arg(year));
    }
    if (precision >= P::Month && (month < 1 || month > 12)) {
        return fail(error, PartialDate::tr("month %1 is not between 01 and 12").arg(month));
    }
    if (precision >= P::Day && (day < 1 || day > QDate(year, month, 1).daysInMonth())) {
        return fail(error, PartialDate::tr("day %1 does not exist in %2-%3")
                               .arg(day)
                               .arg(year, 4, 10, QLatin1Char('0'))
                               .arg(twoDigits(month)));
    }
    if (precision >= P::Minute && (hour < 0 || hour > 23 || minute < 0 || minute > 59)) {
        return fail(error, PartialDate::tr("time %1:%2 is not a valid time of day")
                               .arg(twoDigits(hour), twoDigits(minute)));
    }
    return true;
}

// Reads `count` ASCII digits at `pos`: -1 if the text ends first or holds anything else.
int digitsAt(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size()) {
        return -1;
    }
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

struct IsoFields
{
    int year = 0, month = 1, day = 1, hour = 0, minute = 0;
    PartialDate::Precision precision = PartialDate::Precision::Year;
    bool approximate = false;
};

// YYYY[-MM[-DD[Thh:mm]]][~], by hand: every event read from the store parses two of these,
// and a regular expression cost more than the rest of the read.
bool scanIso(QStringView text, IsoFields *f)
{
    using P = PartialDate::Precision;
    f->approximate = text.endsWith(u'~');
    if (f->approximate) {
        text.chop(1);
    }
    const auto separatorAt = [&](qsizetype pos, char16_t c) {
        return pos < text.size() && text[pos] == c;
    };
    f->year = digitsAt(text, 0, 4);
    qsizetype end = 4;
    if (separatorAt(4, u'-')) {
        f->month = digitsAt(text, 5, 2);
        f->precision = P::Month;
        end = 7;
        if (separatorAt(7, u'-')) {
            f->day = digitsAt(text, 8, 2);
            f->precision = P::Day;
            end = 10;
            if (separatorAt(10, u'T') && separatorAt(13, u':')) {
                f->hour = digitsAt(text, 11, 2);
                f->minute = digitsAt(text, 14, 2);
                f->precision = P::Minute;
                end = 16;
            }
        }
    }
    return end == text.size() && f->year >= 0 && f->month >= 0 && f->day >= 0 && f->hour >= 0 &&
           f->minute >= 0;
}

} // namespace

PartialDate PartialDate::make(int year, int month, int day, int hour, int minute,
                              Precision precision, bool approximate)
{
    PartialDate date;
    if (!validateFields(year, month, day, hour, minute, precision, nullptr)) {
        return date;
    }
    date.m_year = qint16(year);
    date.m_month = qint8(precision >= Precision::Month ? month : 1);
    date.m_day = qint8(precision >= Precision::Day ? day : 1);
    date.m_hour = qint8(precision >= Precision::Minute ? hour : 0);
    date.m_minute = qint8(precision >= Precision::Minute ? minute : 0);
    date.m_precision = qint8(precision);
    date.m_approximate = approximate;
    return date;
}

PartialDate PartialDate::year(int year, bool approximate)
{
    return make(year, 1, 1, 0, 0, Precision::Year, approximate);
}

PartialDate PartialDate::month(int year, int month, bool approximate)
{
    return make(year, month, 1, 0, 0, Precision::Month, approximate);
}

PartialDate PartialDate::day(int year, int month, int day, bool approximate)
{
    return make(year, month, day, 0, 0, Precision::Day, approximate);
}

PartialDate PartialDate::minute(int year, int month, int day, int hour, int minute,
                                bool approximate)
{
    return make(year, month, day, hour, minute, Precision::Minute, approximate);
}

PartialDate PartialDate::fromIso(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        fail(error, PartialDate::tr("the date is empty"));
        return {};
    }
    IsoFields f;
    if (!scanIso(trimmed, &f)) {
        fail(error, PartialDate::tr("“%1” is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or "
                                    "YYYY-MM-DDThh:mm (optionally followed by ~ for “approximate”)")
                        .arg(trimmed));
        return {};
    }
    if (!validateFields(f.year, f.month, f.day, f.hour, f.minute, f.precision, error)) {
        return {};
    }
    return make(f.year, f.month, f.day, f.hour, f.minute, f.precision, f.approximate);
}

PartialDate PartialDate::withApproximate(bool approximate) const
{
    PartialDate copy = *this;
    copy.m_approximate = !isNull() && approximate;
    return copy;
}

qint64 PartialDate::secondsFromDate(int year, int month, int day)
{
    return (QDate(year, month, day).toJulianDay() - UnixEpochJulianDay) * SecondsPerDay;
}

qint64 PartialDate::earliestSecond() const
{
    if (isNull()) {
        return 0;
    }
    return secondsFromDate(m_year, m_month, m_day) + m_hour * 3600 + m_minute * 60;
}

qint64 PartialDate::latestSecond() const
{
    switch (precision()) {
    case Precision::Year:
        return secondsFromDate(m_year, 12, 31) + SecondsPerDay - 1;
    case Precision::Month:
        return secondsFromDate(m_year, m_month, QDate(m_year, m_month, 1).daysInMonth()) +
               SecondsPerDay - 1;
    case Precision::Day:
        return earliestSecond() + SecondsPerDay - 1;
    case Precision::Minute:
        return earliestSecond() + 59;
    }
    return 0;
}

QString PartialDate::toIso() const
{
    if (isNull()) {
        return {};
    }
    // By hand: this runs for every date written to the store, and QString::arg is slow.
    char text[17] = "0000-00-00T00:00";
    const auto put = [&](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10) {
            text[at + i] = char('0' + value % 10);
        }
    };
    put(0, m_year, 4);
    put(5, m_month, 2);
    put(8, m_day, 2);
    put(11, m_hour, 2);
    put(14, m_minute, 2);
    static constexpr int Lengths[] = {0, 4, 7, 10, 16};
    return QString::fromLatin1(text, Lengths[m_precision]);
}

QString PartialDate::toEdtf() const
{
    return m_approximate ? toIso() + QLatin1Char('~') : toIso();
}

QString PartialDate::toDisplayString() const
{
    if (isNull()) {
        return PartialDate::tr("undated");
    }
    QString text = QString::number(m_year);
    if (precision() >= Precision::Month) {
        text = shortMonthName(m_month) + QLatin1Char(' ') + text;
    }
    if (precision() >= Precision::Day) {
        text = QString::number(m_day) + QLatin1Char(' ') + text;
    }
    if (precision() >= Precision::Minute) {
        text += QLatin1Char(' ') + twoDigits(m_hour) + QLatin1Char(':') + twoDigits(m_minute);
    }
    return m_approximate ? PartialDate::tr("c. %1").arg(text) : text;
}

QString PartialDate::precisionName(Precision precision)
{
    switch (precision) {
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Day:
        return QStringLiteral("day");
    case Precision::Minute:
        return QStringLiteral("minute");
    }
    return {};
}

std::strong_ordering operator<=>(const PartialDate &a, const PartialDate &b)
{
    if (a.isNull() || b.isNull()) {
        return a.isNull() <=> b.isNull(); // undated sorts last
    }
    if (auto order = a.earliestSecond() <=> b.earliestSecond(); order != 0) {
        return order;
    }
    if (auto order = a.m_precision <=> b.m_precision; order != 0) {
        return order;
    }
    return a.m_approximate <=> b.m_approximate;
}

} // namespace entente
