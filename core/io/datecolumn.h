// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partialdate.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace entente {

// Which part of a date such as 05/02/2025 is the day.
enum class DateOrder { Unknown, DayFirst, MonthFirst };

// A column of dates as people and programs write them, read into PartialDates: ISO
// (2014-09-05, 2014-09-05 14:30:00, with Z or an offset kept as the wall time written),
// D/M/Y and M/D/Y with "/", "." or "-" and four-digit years, with or without a time
// (1/22/2014 12:00:00 AM), and words (5 Sep 2014, September 5, 2014, Sep 2014, 2014).
//
// Whether 05/02/2025 is in February or in May is decided for the whole column, from all of its
// values, never guessed: observe() every value first, then order() says what the values settle,
// and parse() reads each value in the order given.
class DateColumn final
{
    Q_DECLARE_TR_FUNCTIONS(entente::DateColumn)

public:
    void observe(QStringView value);

    // DayFirst when some value has a first part over 12, MonthFirst when some has a second part
    // over 12; Unknown when nothing settles it, or when values settle it both ways (conflict()).
    DateOrder order() const;
    // Some value reads differently day first and month first, and the values do not settle
    // which: the user has to say.
    bool needsOrder() const;
    bool hasConflict() const { return m_dayFirstExample.size() && m_monthFirstExample.size(); }
    // A sentence with an example of each order, or "" without a conflict.
    QString conflict() const;
    // A value that reads differently day first and month first, or "" when none does.
    const QString &ambiguousExample() const { return m_ambiguousExample; }

    // The date `value` stands for. A placeholder (empty, NA, 0000-00-00, …) gives the null
    // date and leaves *error empty; what cannot be read gives the null date and sets *error to
    // a sentence saying what was expected. With DateOrder::Unknown, only values that read the
    // same in either order are read.
    static PartialDate parse(QStringView value, DateOrder order, QString *error = nullptr);
    // Written for "no date": empty, 0, 0000-00-00, 00/00/0000, NA, N/A, n.a., -, unknown, ?
    static bool isPlaceholder(QStringView value);
    // Whether most values of a sample (placeholders aside) read as dates, in either order.
    static bool looksLikeDates(const QStringList &sample);

private:
    QString m_dayFirstExample;
    QString m_monthFirstExample;
    QString m_ambiguousExample;
};

} // namespace entente
