// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinecontent.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QIODevice;

namespace entente {

// RFC 5545 iCalendar: one VEVENT per dated event. A date of a year, a month or a day is a
// DATE covering all of it (DTEND is exclusive: a month event ends on the 1st of the next
// month); a date with a time is a floating DATE-TIME (no zone: Entente's dates have none).
// Undated events cannot be in a calendar and are left out.
class ICalendarExport final
{
public:
    // Returns how many events were left out (the undated ones). `stamp` is DTSTAMP, the time
    // the calendar was made.
    static qsizetype write(const TimelineContent &content, QIODevice *device,
                           const QDateTime &stamp = QDateTime::currentDateTimeUtc());

    // A TEXT value with \\, \; \, and \n escaped.
    static QString escaped(const QString &text);
    // "NAME:value" folded into lines of at most 75 octets (continuations begin with a space),
    // never inside a UTF-8 sequence, each ending in CRLF.
    static QByteArray folded(const QByteArray &line);
};

} // namespace entente
