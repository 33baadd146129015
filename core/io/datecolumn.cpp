// SPDX-License-Identifier: GPL-3.0-or-later
#include "datecolumn.h"

#include <QRegularExpression>

#include <algorithm>

namespace entente {

namespace {

// A date of digits: year first (2014-09-05, 2014/09, …) or last (05/02/2025, 1.2.2014, …),
// with an optional time of day (24-hour or AM/PM, seconds, fractions, a zone: all dropped but
// the wall time).
struct NumericDate
{
    enum class Kind { None, YearMonth, YearFirst, YearLast, ShortYear };
    Kind kind = Kind::None;
    int year = 0;
    int first = 0; // year first: the month; year last: the part written first
    int second = 0;
    bool hasTime = false;
    int hour = 0;
    int minute = 0;
    bool midnightStamp = false; // 00:00:00 or 12:00:00 AM, what spreadsheets add to a day
    bool badClock = false;      // an hour outside 1–12 with AM or PM
};

NumericDate::Kind kindOf(qsizetype firstDigits, qsizetype lastDigits, bool hasTime)
{
    using K = NumericDate::Kind;
    if (firstDigits == 4) {
        return lastDigits == 0   ? (hasTime ? K::None : K::YearMonth)
               : lastDigits <= 2 ? K::YearFirst
                                 : K::None;
    }
    if (firstDigits <= 2) {
        return lastDigits == 4 ? K::YearLast : lastDigits == 2 ? K::ShortYear : K::None;
    }
    return K::None;
}

void readTime(const QRegularExpressionMatch &match, NumericDate *date)
{
    date->hasTime = match.capturedLength(5) > 0;
    date->hour = match.capturedView(5).toInt();
    date->minute = match.capturedView(6).toInt();
    const bool hasSeconds = match.capturedLength(7) > 0;
    const bool zero = date->minute == 0 && match.capturedView(7).toInt() == 0;
    const QString halfDay = match.captured(8).toUpper();
    date->midnightStamp =
        hasSeconds && zero &&
        ((halfDay.isEmpty() && date->hour == 0) || (halfDay == u"AM" && date->hour == 12));
    if (!halfDay.isEmpty()) {
        date->badClock = date->hour < 1 || date->hour > 12;
        date->hour = date->hour % 12 + (halfDay == u"PM" ? 12 : 0);
    }
}

NumericDate scanNumeric(QStringView text)
{
    static const QRegularExpression Pattern(QStringLiteral(
        R"(^([0-9]{1,4})([-/.])([0-9]{1,2})(?:\2([0-9]{1,4}))?)"
        R"((?:(?:T|\s+)([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,][0-9]+)?)?\s*([AaPp][Mm])?)"
        R"(\s*(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?$)"));
    NumericDate date;
    const QRegularExpressionMatch match = Pattern.match(text.toString());
    if (!match.hasMatch()) {
        return date;
    }
    readTime(match, &date);
    date.kind = kindOf(match.capturedLength(1), match.capturedLength(4), date.hasTime);
    const bool yearFirst = match.capturedLength(1) == 4;
    date.year = match.capturedView(yearFirst ? 1 : 4).toInt();
    date.first = match.capturedView(yearFirst ? 3 : 1).toInt();
    date.second = match.capturedView(yearFirst ? 4 : 3).toInt();
    return date;
}

bool fail(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return false;
}

QString expectedForms(QStringView value)
{
    return DateColumn::tr("“%1” is not a date: expected one such as 2014-09-05, 05/09/2014, "
                          "5 Sep 2014 or September 5, 2014, or nothing for “undated”.")
        .arg(value);
}

QString orderName(DateOrder order)
{
    return order == DateOrder::DayFirst ? DateColumn::tr("with the day first (DD/MM/YYYY)")
                                        : DateColumn::tr("with the month first (MM/DD/YYYY)");
}

// The day, or the minute unless the time is a midnight stamp; `how` says how the value was
// read, for the message when the fields make no date.
PartialDate makeDate(const NumericDate &scanned, int month, int day, QStringView value,
                     const QString &how, QString *error)
{
    if (scanned.badClock) {
        fail(error, DateColumn::tr("“%1” is not a date: with AM or PM, the hour is from 1 to 12.")
                        .arg(value));
        return {};
    }
    const bool minute = scanned.hasTime && !scanned.midnightStamp;
    const PartialDate date =
        minute ? PartialDate::minute(scanned.year, month, day, scanned.hour, scanned.minute)
               : PartialDate::day(scanned.year, month, day);
    if (date.isNull()) {
        // PartialDate says what is wrong with the fields.
        QString problem;
        PartialDate::fromIso(QStringLiteral("%1-%2-%3T%4:%5")
                                 .arg(scanned.year, 4, 10, QLatin1Char('0'))
                                 .arg(month, 2, 10, QLatin1Char('0'))
                                 .arg(day, 2, 10, QLatin1Char('0'))
                                 .arg(scanned.hour, 2, 10, QLatin1Char('0'))
                                 .arg(scanned.minute, 2, 10, QLatin1Char('0')),
                             &problem);
        fail(error,
             how.isEmpty()
                 ? DateColumn::tr("“%1” is not a date: %2.").arg(value, problem)
                 : DateColumn::tr("“%1”, read %2, is not a date: %3.").arg(value, how, problem));
    }
    return date;
}

PartialDate parseYearLast(const NumericDate &scanned, DateOrder order, QStringView value,
                          QString *error)
{
    if (order == DateOrder::Unknown && scanned.first != scanned.second) {
        if (scanned.first <= 12 && scanned.second <= 12) {
            fail(error, DateColumn::tr("“%1” may have the day or the month first: say which "
                                       "order the column's dates are written in.")
                            .arg(value));
            return {};
        }
        order = scanned.first > 12 ? DateOrder::DayFirst : DateOrder::MonthFirst;
    }
    const bool dayFirst = order != DateOrder::MonthFirst;
    return makeDate(scanned, dayFirst ? scanned.second : scanned.first,
                    dayFirst ? scanned.first : scanned.second, value,
                    order == DateOrder::Unknown ? QString() : orderName(order), error);
}

bool isFourDigitYear(QStringView value)
{
    return value.size() == 4 &&
           std::all_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); });
}

// Dates in words ("5 Sep 2014", "Sep 2014") and bare years, by PartialDate's reading.
PartialDate parseWritten(QStringView value, QString *error)
{
    const bool hasLetter =
        std::any_of(value.begin(), value.end(), [](QChar c) { return c.isLetter(); });
    if (!hasLetter && !isFourDigitYear(value)) {
        fail(error, expectedForms(value));
        return {};
    }
    return PartialDate::fromText(value, error);
}

} // namespace

void DateColumn::observe(QStringView value)
{
    const NumericDate scanned = scanNumeric(value.trimmed());
    if (scanned.kind != NumericDate::Kind::YearLast) {
        return;
    }
    const bool firstIsDay = scanned.first > 12 && scanned.second <= 12;
    const bool firstIsMonth = scanned.second > 12 && scanned.first <= 12;
    QString &example = firstIsDay     ? m_dayFirstExample
                       : firstIsMonth ? m_monthFirstExample
                                      : m_ambiguousExample;
    const bool ambiguous = !firstIsDay && !firstIsMonth && scanned.first != scanned.second &&
                           scanned.first <= 12 && scanned.second <= 12;
    if (example.isEmpty() && (firstIsDay || firstIsMonth || ambiguous)) {
        example = value.trimmed().toString();
    }
}

DateOrder DateColumn::order() const
{
    if (hasConflict()) {
        return DateOrder::Unknown;
    }
    return !m_dayFirstExample.isEmpty()     ? DateOrder::DayFirst
           : !m_monthFirstExample.isEmpty() ? DateOrder::MonthFirst
                                            : DateOrder::Unknown;
}

bool DateColumn::needsOrder() const
{
    return !m_ambiguousExample.isEmpty() && order() == DateOrder::Unknown;
}

QString DateColumn::conflict() const
{
    if (!hasConflict()) {
        return {};
    }
    return tr("Some dates have the day first (%1) and others the month first (%2).")
        .arg(m_dayFirstExample, m_monthFirstExample);
}

PartialDate DateColumn::parse(QStringView value, DateOrder order, QString *error)
{
    if (error) {
        error->clear();
    }
    const QStringView trimmed = value.trimmed();
    if (isPlaceholder(trimmed)) {
        return {};
    }
    using K = NumericDate::Kind;
    const NumericDate scanned = scanNumeric(trimmed);
    switch (scanned.kind) {
    case K::None:
        return parseWritten(trimmed, error);
    case K::ShortYear:
        fail(error, tr("“%1” has a two-digit year: Entente reads years written with four "
                       "digits, such as 05/09/2014.")
                        .arg(trimmed));
        return {};
    case K::YearMonth:
        if (const PartialDate date = PartialDate::month(scanned.year, scanned.first);
            !date.isNull()) {
            return date;
        }
        return makeDate(scanned, scanned.first, 1, trimmed, QString(), error);
    case K::YearFirst:
        return makeDate(scanned, scanned.first, scanned.second, trimmed, QString(), error);
    case K::YearLast:
        return parseYearLast(scanned, order, trimmed, error);
    }
    return {};
}

bool DateColumn::isPlaceholder(QStringView value)
{
    static const char *const Words[] = {"na", "n/a", "n.a.", "-", "unknown", "?"};
    const QStringView trimmed = value.trimmed();
    if (std::any_of(std::begin(Words), std::end(Words), [&](const char *word) {
            return trimmed.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
        })) {
        return true;
    }
    // 0, 0000-00-00, 00/00/0000, 0000-00-00 00:00:00: zeros where a date would be.
    return trimmed.isEmpty() ||
           (trimmed.contains(u'0') && std::all_of(trimmed.begin(), trimmed.end(), [](QChar c) {
                return c == u'0' || c == u'-' || c == u'/' || c == u'.' || c == u':' || c == u' ';
            }));
}

bool DateColumn::looksLikeDates(const QStringList &sample)
{
    qsizetype values = 0, dates = 0;
    for (const QString &value : sample) {
        if (isPlaceholder(value)) {
            continue;
        }
        ++values;
        if (!parse(value, DateOrder::DayFirst).isNull() ||
            !parse(value, DateOrder::MonthFirst).isNull()) {
            ++dates;
        }
    }
    return dates > 0 && dates * 5 >= values * 4; // four in five
}

} // namespace entente
