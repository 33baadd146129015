// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdate.h"

#include "calendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

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

// Month names a person may type: English, long or short ("Sept" too), and the locale's.
int monthFromName(const QString &word)
{
    static const char *const english[] = {"january",   "february", "march",    "april",
                                          "may",       "june",     "july",     "august",
                                          "september", "october",  "november", "december"};
    const QString lower = word.toLower();
    if (lower == u"sept") {
        return 9;
    }
    const QLocale locale;
    // As the locale writes them in a date and alone ("лютого", "лютий"), without the dot of
    // an abbreviation ("Feb.", "лют."): the words come here without theirs.
    const auto localName = [&](const QString &name) { return name.toLower().remove(u'.'); };
    for (int month = 1; month <= 12; ++month) {
        const QString name = QString::fromLatin1(english[month - 1]);
        if (lower == name || lower == name.left(3) ||
            lower == localName(locale.monthName(month, QLocale::LongFormat)) ||
            lower == localName(locale.monthName(month, QLocale::ShortFormat)) ||
            lower == localName(locale.standaloneMonthName(month, QLocale::LongFormat)) ||
            lower == localName(locale.standaloneMonthName(month, QLocale::ShortFormat))) {
            return month;
        }
    }
    return 0;
}

// For a message box: a capital letter first and a full stop at the end.
QString sentence(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text.endsWith(u'.') ? text : text + u'.';
}

QString unreadable(QStringView text)
{
    return PartialDate::tr("Entente cannot read “%1” as a date: write it as 2022-02-14, "
                           "14 Feb 2022 or February 14, 2022.")
        .arg(text);
}

// A number that could be a day of the month ("May 22" is the 22nd): a year as small is written
// with leading zeros, as ISO 8601 writes it ("May 0022").
constexpr int LargestDay = 31;

bool isWrittenYear(const QString &word, int value)
{
    return value > LargestDay || word.size() >= 3;
}

QString writtenYear(int year)
{
    return year > LargestDay ? QString::number(year)
                             : QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
}

// "hh:mm" at the end of the words, taken off them.
bool takeTime(QStringList *words, IsoFields *f)
{
    if (words->isEmpty() || !words->last().contains(u':')) {
        return true;
    }
    const QStringList parts = words->takeLast().split(u':');
    bool hourOk = false, minuteOk = false;
    f->hour = parts.value(0).toInt(&hourOk);
    f->minute = parts.value(1).toInt(&minuteOk);
    f->precision = PartialDate::Precision::Minute;
    return parts.size() == 2 && hourOk && minuteOk;
}

// "[c.] [day] month [day][,] year [hh:mm]" or "[c.] year" in words; the error a sentence.
bool scanWritten(QStringView text, IsoFields *f, QString *error)
{
    using P = PartialDate::Precision;
    QString rest = text.toString();
    // The marks of "approximate" in English and as this language writes them ("ca. 2014").
    const QString written = PartialDate::tr("c. %1").arg(QString()).trimmed();
    for (const QString &prefix :
         {QStringLiteral("circa "), QStringLiteral("c. "), QStringLiteral("c."),
          QStringLiteral("~"), written + u' ', written}) {
        if (!prefix.trimmed().isEmpty() && rest.startsWith(prefix, Qt::CaseInsensitive)) {
            rest = rest.mid(prefix.size());
            f->approximate = true;
            break;
        }
    }
    QStringList words = rest.split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words) {
        while (word.endsWith(u',') || word.endsWith(u'.')) {
            word.chop(1);
        }
    }
    words.removeAll(QString());
    const bool hasTime = !words.isEmpty() && words.last().contains(u':');
    if (!takeTime(&words, f)) {
        return fail(error, unreadable(text));
    }
    QList<int> numbers;
    QStringList names;
    bool lastIsYear = false; // the last number cannot be a day
    for (const QString &word : words) {
        bool isNumber = false;
        const int value = word.toInt(&isNumber);
        isNumber ? numbers.append(value) : names.append(word);
        lastIsYear = isNumber ? isWrittenYear(word, value) : lastIsYear;
    }
    f->month = names.size() == 1 ? monthFromName(names.first()) : 0;
    if (names.size() > 1 || (names.size() == 1 && numbers.isEmpty())) {
        return fail(error, unreadable(text));
    }
    if (names.size() == 1 && f->month == 0) {
        return fail(error, PartialDate::tr("No month is called “%1”: write a date as 14 Feb 2022.")
                               .arg(names.first()));
    }
    if (numbers.isEmpty() || !lastIsYear) { // a day, not a year
        return fail(
            error,
            PartialDate::tr("A year is missing from “%1”: write it as 14 Feb 2022.").arg(text));
    }
    f->year = numbers.takeLast();
    const bool hasMonth = f->month != 0;
    if (numbers.size() > 1 || (!hasMonth && !numbers.isEmpty()) || (hasTime && numbers.isEmpty())) {
        return fail(error, unreadable(text));
    }
    f->day = numbers.value(0, 1);
    f->month = hasMonth ? f->month : 1;
    if (!hasTime) {
        f->precision = !hasMonth ? P::Year : numbers.isEmpty() ? P::Month : P::Day;
    }
    return true;
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

PartialDate PartialDate::fromText(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        fail(error, PartialDate::tr("Type a date, such as 2022-02-14 or 14 Feb 2022."));
        return {};
    }
    IsoFields f;
    const bool iso = trimmed.front().isDigit() && scanIso(trimmed, &f);
    if (!iso && trimmed.front().isDigit() && trimmed.contains(u'-')) {
        fail(error, unreadable(trimmed)); // ISO gone wrong, not words
        return {};
    }
    if (!iso && !scanWritten(trimmed, &f, error)) {
        return {};
    }
    QString invalid;
    if (!validateFields(f.year, f.month, f.day, f.hour, f.minute, f.precision, &invalid)) {
        fail(error, sentence(invalid));
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
    // The translation says the order and the marks; the locale gives the month's name.
    const QDate date(m_year, m_month, m_day);
    QString text = writtenYear(m_year);
    if (precision() == Precision::Month) {
        text = QLocale().toString(
            date, PartialDate::tr("MMM yyyy", "a date known to the month, as a QDate format: "
                                              "MMM is the month's short name, yyyy the year"));
    } else if (precision() >= Precision::Day) {
        text = QLocale().toString(
            date, PartialDate::tr("d MMM yyyy", "a date known to the day, as a QDate format: d "
                                                "is the day, MMM the month's short name"));
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

QString PartialDate::precisionLabel(Precision precision)
{
    switch (precision) {
    case Precision::Year:
        return PartialDate::tr("year", "how precisely a date is known");
    case Precision::Month:
        return PartialDate::tr("month", "how precisely a date is known");
    case Precision::Day:
        return PartialDate::tr("day", "how precisely a date is known");
    case Precision::Minute:
        return PartialDate::tr("minute", "how precisely a date is known");
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
