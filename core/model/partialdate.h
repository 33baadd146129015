// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <compare>

namespace entente {

// A date known only as precisely as the sources allow: a year, a month, a day or a minute,
// optionally approximate ("c."). Instants are seconds since 1970-01-01T00:00 in a naive
// (zone-less) calendar, because event dates are quoted in local time of the place and we never
// want a time-zone conversion to move an event across a day boundary.
class PartialDate final
{
    Q_DECLARE_TR_FUNCTIONS(entente::PartialDate)

public:
    enum class Precision { Year = 1, Month, Day, Minute };

    PartialDate() = default; // the null date: "unknown"
    static PartialDate year(int year, bool approximate = false);
    static PartialDate month(int year, int month, bool approximate = false);
    static PartialDate day(int year, int month, int day, bool approximate = false);
    static PartialDate minute(int year, int month, int day, int hour, int minute,
                              bool approximate = false);

    // Parses "2014", "2014-09", "2014-09-05" or "2014-09-05T14:30", with an optional trailing
    // "~" (ISO 8601-2 for "approximate"). Returns a null date and sets *error on bad input.
    static PartialDate fromIso(QStringView text, QString *error = nullptr);
    // What a person types: ISO as above, or a date in words as toDisplayString writes it or as
    // commonly written in English: "14 Feb 2022", "February 14, 2022", "Sep 2014", "c. 2025",
    // "5 Sep 2014 14:30" (English month names, and the locale's). *error is a sentence, to be
    // shown on its own.
    static PartialDate fromText(QStringView text, QString *error = nullptr);

    bool isNull() const { return m_precision == 0; }
    Precision precision() const { return Precision(m_precision); }
    bool isApproximate() const { return m_approximate; }
    int yearValue() const { return m_year; }
    int monthValue() const { return m_month; }
    int dayValue() const { return m_day; }
    int hourValue() const { return m_hour; }
    int minuteValue() const { return m_minute; }

    PartialDate withApproximate(bool approximate) const;

    // The first and the last second this date may stand for ("Sep 2014" covers the month).
    qint64 earliestSecond() const;
    qint64 latestSecond() const;

    // ISO form without the approximate marker, e.g. "2014-09"; toEdtf() adds the "~".
    QString toIso() const;
    QString toEdtf() const;
    // "5 Sep 2014", "Sep 2014", "2014", "5 Sep 2014 14:30", with "c. " when approximate: in
    // the default locale's month names and order ("5. Sep. 2014" in German).
    QString toDisplayString() const;

    // The file formats' word for the precision: "year", "month", "day", "minute".
    static QString precisionName(Precision precision);
    // The same for the user, translated.
    static QString precisionLabel(Precision precision);
    static qint64 secondsFromDate(int year, int month, int day);

    friend bool operator==(const PartialDate &, const PartialDate &) = default;
    // Earlier first; at the same start, the coarser date first ("2014" before "2014-01-01").
    friend std::strong_ordering operator<=>(const PartialDate &a, const PartialDate &b);

private:
    static PartialDate make(int year, int month, int day, int hour, int minute, Precision precision,
                            bool approximate);

    qint16 m_year = 0;
    qint8 m_month = 0;
    qint8 m_day = 0;
    qint8 m_hour = 0;
    qint8 m_minute = 0;
    qint8 m_precision = 0;
    bool m_approximate = false;
};

} // namespace entente
