// SPDX-License-Identifier: GPL-3.0-or-later
#include "datecolumn.h"

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

// The characters of a value from the front, as scanNumeric reads them: each step takes what
// it recognises, or nothing. Digits and white space are ASCII only.
class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text) {}

    bool atEnd() const { return m_pos == m_text.size(); }
    char16_t peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead].unicode() : u'\0';
    }
    bool take(char16_t c)
    {
        if (atEnd() || peek() != c) {
            return false;
        }
        ++m_pos;
        return true;
    }
    // The run of digits here, its value (of its first nine digits) into *value; its length.
    qsizetype digits(int *value)
    {
        const qsizetype from = m_pos;
        *value = 0;
        for (char16_t c = peek(); !atEnd() && c >= u'0' && c <= u'9'; c = peek()) {
            if (m_pos - from < 9) {
                *value = *value * 10 + (c - u'0');
            }
            ++m_pos;
        }
        return m_pos - from;
    }
    // The run of white space here; its length.
    qsizetype spaces()
    {
        const qsizetype from = m_pos;
        while (!atEnd() && (peek() == u' ' || (peek() >= u'\t' && peek() <= u'\r'))) {
            ++m_pos;
        }
        return m_pos - from;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

enum class HalfDay { None, Am, Pm };

bool isLetter(char16_t c, char16_t upper)
{
    return c == upper || c == upper + (u'a' - u'A');
}

// AM or PM in either case.
HalfDay takeHalfDay(Scanner &scanner)
{
    const bool am = isLetter(scanner.peek(), u'A');
    if ((!am && !isLetter(scanner.peek(), u'P')) || !isLetter(scanner.peek(1), u'M')) {
        return HalfDay::None;
    }
    scanner.take(scanner.peek());
    scanner.take(scanner.peek());
    return am ? HalfDay::Am : HalfDay::Pm;
}

// Z, or an offset: +03, +0300 or +03:00 (dropped: the wall time written is kept).
bool takeZone(Scanner &scanner)
{
    if (scanner.take(u'Z') || (!scanner.take(u'+') && !scanner.take(u'-'))) {
        return true;
    }
    int ignored = 0;
    const qsizetype hours = scanner.digits(&ignored);
    if (hours == 2 && scanner.take(u':')) {
        return scanner.digits(&ignored) == 2;
    }
    return hours == 2 || hours == 4;
}

// A time of day after the date: 14:30, 14:30:59.250, 3:05 pm, 12:00:00 AM, 14:30+03:00, …
bool takeTime(Scanner &scanner, NumericDate *date)
{
    int seconds = 0, ignored = 0;
    const qsizetype hourDigits = scanner.digits(&date->hour);
    if (hourDigits < 1 || hourDigits > 2 || !scanner.take(u':') ||
        scanner.digits(&date->minute) != 2) {
        return false;
    }
    const bool hasSeconds = scanner.take(u':');
    if (hasSeconds && scanner.digits(&seconds) != 2) {
        return false;
    }
    if (hasSeconds && (scanner.take(u'.') || scanner.take(u',')) && scanner.digits(&ignored) == 0) {
        return false;
    }
    scanner.spaces();
    const HalfDay halfDay = takeHalfDay(scanner);
    scanner.spaces();
    if (!takeZone(scanner)) {
        return false;
    }
    date->hasTime = true;
    const bool zero = date->minute == 0 && seconds == 0;
    date->midnightStamp = hasSeconds && zero &&
                          ((halfDay == HalfDay::None && date->hour == 0) ||
                           (halfDay == HalfDay::Am && date->hour == 12));
    if (halfDay != HalfDay::None) {
        date->badClock = date->hour < 1 || date->hour > 12;
        date->hour = date->hour % 12 + (halfDay == HalfDay::Pm ? 12 : 0);
    }
    return true;
}

// Digits separated by -, / or . (the same separator twice), then an optional time after a T or
// spaces, and nothing more: by hand rather than by a regular expression, since every row of a
// dataset's date column comes here.
NumericDate scanNumeric(QStringView text)
{
    Scanner scanner(text);
    int first = 0, middle = 0, last = 0;
    const qsizetype firstDigits = scanner.digits(&first);
    const char16_t separator = scanner.peek();
    if (firstDigits < 1 || firstDigits > 4 ||
        (separator != u'-' && separator != u'/' && separator != u'.')) {
        return {};
    }
    scanner.take(separator);
    const qsizetype middleDigits = scanner.digits(&middle);
    if (middleDigits < 1 || middleDigits > 2) {
        return {};
    }
    qsizetype lastDigits = 0;
    if (scanner.take(separator) && ((lastDigits = scanner.digits(&last)) < 1 || lastDigits > 4)) {
        return {};
    }
    NumericDate date;
    if (!scanner.atEnd() && (!(scanner.take(u'T') || scanner.spaces() > 0) ||
                             !takeTime(scanner, &date) || !scanner.atEnd())) {
        return {};
    }
    date.kind = kindOf(firstDigits, lastDigits, date.hasTime);
    const bool yearFirst = firstDigits == 4;
    date.year = yearFirst ? first : last;
    date.first = yearFirst ? middle : first;
    date.second = yearFirst ? last : middle;
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

// The day, or the minute unless the time is a midnight stamp; `readIn` is the order the value
// was read in, for the message when the fields make no date (Unknown when none was needed).
PartialDate makeDate(const NumericDate &scanned, int month, int day, QStringView value,
                     DateOrder readIn, QString *error)
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
        fail(error, readIn == DateOrder::Unknown
                        ? DateColumn::tr("“%1” is not a date: %2.").arg(value, problem)
                        : DateColumn::tr("“%1”, read %2, is not a date: %3.")
                              .arg(value, orderName(readIn), problem));
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
                    dayFirst ? scanned.first : scanned.second, value, order, error);
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
        return makeDate(scanned, scanned.first, 1, trimmed, DateOrder::Unknown, error);
    case K::YearFirst:
        return makeDate(scanned, scanned.first, scanned.second, trimmed, DateOrder::Unknown, error);
    case K::YearLast:
        return parseYearLast(scanned, order, trimmed, error);
    }
    return {};
}

bool DateColumn::isPlaceholder(QStringView value)
{
    static const char *const Words[] = {"na", "n/a", "n.a.", "-", "unknown", "?"};
    static constexpr qsizetype LongestWord = 7; // a date is longer: no comparing for it
    const QStringView trimmed = value.trimmed();
    if (trimmed.size() <= LongestWord &&
        std::any_of(std::begin(Words), std::end(Words), [&](const char *word) {
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
