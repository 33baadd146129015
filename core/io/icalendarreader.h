// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icalendarline.h"
#include "wholefilereader.h"

#include <QCoreApplication>

namespace entente {

// Reads the VEVENTs of an iCalendar file (RFC 5545), as Google Calendar, Thunderbird and
// Outlook export them:
// - DTSTART/DTEND as a DATE are days (DTEND is exclusive: a one-day event is a point), as a
//   DATE-TIME minutes; DURATION stands in for DTEND. Entente's dates are wall times without a
//   zone: a time with a TZID or without one ("floating") is kept as written, a UTC time ("Z")
//   stays in UTC; the zone is kept as the attribute "ics.timezone" (a TZID, or "UTC").
// - SUMMARY is the title, DESCRIPTION the description, LOCATION the location, GEO "latitude"
//   and "longitude", URL a source, CATEGORIES the category (the first) and tags (the rest),
//   UID the uid "ics:UID" (Entente's own export writes "UID@entente": that is the uid UID).
//   X-WR-CALNAME is the title of the content.
// - A repeating event (RRULE, RDATE) is imported once, at its first occurrence, with a
//   warning; VTODO, VJOURNAL, VTIMEZONE and VALARM are skipped.
// A VEVENT without DTSTART, or with a date that is no date, is a problem of its line; a file
// that is not iCalendar, or whose BEGIN/END do not match, throws Error with its line.
class ICalendarReader final : public WholeFileReader
{
    Q_DECLARE_TR_FUNCTIONS(entente::ICalendarReader)

protected:
    TimelineContent readWhole(QIODevice &device, const QString &fileName, ImportReport *report,
                              const ImportProgress &progress) override;

private:
    struct Component
    {
        QString name;
        int line = 0;
    };
    struct Row; // a VEVENT being read
    struct When // a DTSTART or DTEND as read
    {
        PartialDate date;
        bool isDate = false;
        QString timezone;
    };

    void readLines(const QList<ICalendarLine> &lines);
    void begin(const ICalendarLine &line);
    void end(const ICalendarLine &line);
    void readEvent(Row &row);
    void readDates(Row &row, Event *event);
    When whenOf(const ICalendarLine &line, Row &row) const;
    PartialDate endFromDuration(const When &start, const ICalendarLine &line, Row &row) const;
    void readText(const Row &row, Event *event);
    void addUrl(const ICalendarLine &line, Event *event);
    void warnAboutEncoding(const QList<int> &nonUtf8Lines);
    [[noreturn]] void fail(int line, const QString &message) const;

    TimelineContent m_content;
    QString m_fileName;
    ImportReport *m_report = nullptr;
    ImportProgress m_progress;
    QList<Component> m_open;      // the components BEGIN opened and END has not closed
    QList<ICalendarLine> m_event; // the properties of the VEVENT being read
};

} // namespace entente
