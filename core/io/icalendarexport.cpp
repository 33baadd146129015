// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendarexport.h"

#include "devicewriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace entente {

namespace {

constexpr qsizetype MaxLineOctets = 75;

using P = PartialDate::Precision;

// The first day after the date: the exclusive end of a DATE span.
QDate dayAfter(const PartialDate &date)
{
    const QDate first(date.yearValue(), std::max(1, date.monthValue()),
                      std::max(1, date.dayValue()));
    switch (date.precision()) {
    case P::Year:
        return first.addYears(1);
    case P::Month:
        return first.addMonths(1);
    default:
        return first.addDays(1);
    }
}

QDate firstDay(const PartialDate &date)
{
    return QDate(date.yearValue(), std::max(1, date.monthValue()), std::max(1, date.dayValue()));
}

QString dateValue(const QDate &day)
{
    return day.toString(QStringLiteral("yyyyMMdd"));
}

QString dateTimeValue(const QDate &day, int hour = 0, int minute = 0)
{
    return dateValue(day) +
           QStringLiteral("T%1%2")
               .arg(hour, 2, 10, QLatin1Char('0'))
               .arg(minute, 2, 10, QLatin1Char('0')) +
           QStringLiteral("00");
}

class VEventWriter
{
public:
    VEventWriter(const TimelineContent &content, QIODevice *device, const QDateTime &stamp)
        : m_out(device), m_stamp(stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")))
    {
        for (const Actor &actor : content.actors) {
            m_actors.insert(actor.id, &actor);
        }
        for (const Source &source : content.sources) {
            m_sources.insert(source.id, &source);
        }
    }

    void line(const QString &name, const QString &value)
    {
        m_out.write(ICalendarExport::folded((name + u':' + value).toUtf8()));
    }

    void event(const Event &event, qsizetype index)
    {
        line(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        const QString uid =
            event.uid.isEmpty() ? QStringLiteral("event-%1").arg(index + 1) : event.uid;
        line(QStringLiteral("UID"), ICalendarExport::escaped(uid + QStringLiteral("@entente")));
        line(QStringLiteral("DTSTAMP"), m_stamp);
        dates(event);
        line(QStringLiteral("SUMMARY"), ICalendarExport::escaped(event.title));
        line(QStringLiteral("DESCRIPTION"), ICalendarExport::escaped(description(event)));
        if (!event.location.isEmpty()) {
            line(QStringLiteral("LOCATION"), ICalendarExport::escaped(event.location));
        }
        categories(event);
        if (const Source *source = firstWithUrl(event)) {
            line(QStringLiteral("URL"), source->url);
        }
        line(QStringLiteral("END"), QStringLiteral("VEVENT"));
    }

    void finish() { m_out.flush(); }

private:
    // DTSTART and DTEND must be of one value type: a time on either side makes both times.
    void dates(const Event &event)
    {
        const bool period = event.kind == Event::Kind::Period && !event.end.isNull();
        const PartialDate &last = period ? event.end : event.start;
        const bool timed = event.start.precision() == P::Minute || last.precision() == P::Minute;
        if (timed) {
            const PartialDate &s = event.start;
            line(QStringLiteral("DTSTART"),
                 dateTimeValue(firstDay(s), s.hourValue(), s.minuteValue()));
            if (period) {
                const PartialDate &e = event.end;
                line(QStringLiteral("DTEND"),
                     e.precision() == P::Minute
                         ? dateTimeValue(firstDay(e), e.hourValue(), e.minuteValue())
                         : dateTimeValue(dayAfter(e)));
            }
            return;
        }
        line(QStringLiteral("DTSTART;VALUE=DATE"), dateValue(firstDay(event.start)));
        // An ongoing period has no end yet: it is shown on its first day only.
        if (!event.ongoing || period) {
            line(QStringLiteral("DTEND;VALUE=DATE"), dateValue(dayAfter(last)));
        }
    }

    void categories(const Event &event)
    {
        QStringList names;
        if (!event.category.isEmpty()) {
            names.append(ICalendarExport::escaped(event.category));
        }
        for (const QString &tag : event.tags) {
            names.append(ICalendarExport::escaped(tag));
        }
        names.removeDuplicates(); // a tag may repeat the category
        if (!names.isEmpty()) {
            line(QStringLiteral("CATEGORIES"), names.join(u','));
        }
    }

    const Source *firstWithUrl(const Event &event) const
    {
        for (qint64 id : event.sourceIds) {
            if (const Source *source = m_sources.value(id); source && !source->url.isEmpty()) {
                return source;
            }
        }
        return nullptr;
    }

    // The description, then who took part and the sources, as a reader of the calendar needs
    // them without Entente.
    QString description(const Event &event) const
    {
        QStringList parts;
        if (!event.description.isEmpty()) {
            parts.append(event.description);
        }
        QStringList actors;
        for (const EventActor &link : event.actors) {
            if (const Actor *actor = m_actors.value(link.actorId)) {
                actors.append(link.role.isEmpty()
                                  ? actor->name
                                  : QStringLiteral("%1 (%2)").arg(actor->name, link.role));
            }
        }
        if (!actors.isEmpty()) {
            parts.append(QCoreApplication::translate("entente::ICalendarExport", "Actors: %1")
                             .arg(actors.join(QStringLiteral("; "))));
        }
        QStringList sources;
        for (qint64 id : event.sourceIds) {
            if (const Source *source = m_sources.value(id)) {
                QStringList citation{source->outlet, source->title, source->url};
                citation.removeAll(QString());
                sources.append(QStringLiteral("- ") + citation.join(QStringLiteral(", ")));
            }
        }
        if (!sources.isEmpty()) {
            parts.append(QCoreApplication::translate("entente::ICalendarExport", "Sources:") +
                         u'\n' + sources.join(u'\n'));
        }
        return parts.join(QStringLiteral("\n\n"));
    }

    DeviceWriter m_out;
    QString m_stamp;
    QHash<qint64, const Actor *> m_actors;
    QHash<qint64, const Source *> m_sources;
};

} // namespace

qsizetype ICalendarExport::write(const TimelineContent &content, QIODevice *device,
                                 const QDateTime &stamp)
{
    VEventWriter calendar(content, device, stamp);
    calendar.line(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    calendar.line(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    calendar.line(QStringLiteral("PRODID"), QStringLiteral("-//Entente//Entente//EN"));
    calendar.line(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    if (!content.title.isEmpty()) {
        calendar.line(QStringLiteral("X-WR-CALNAME"), escaped(content.title));
    }
    qsizetype leftOut = 0;
    for (qsizetype i = 0; i < content.events.size(); ++i) {
        if (content.events.at(i).isUndated()) {
            ++leftOut;
        } else {
            calendar.event(content.events.at(i), i);
        }
    }
    calendar.line(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    calendar.finish();
    return leftOut;
}

QString ICalendarExport::escaped(const QString &text)
{
    QString value = text;
    value.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u';', QStringLiteral("\\;"))
        .replace(u',', QStringLiteral("\\,"))
        .replace(QStringLiteral("\r\n"), QStringLiteral("\n")) // one line break
        .replace(u'\n', QStringLiteral("\\n"))
        .remove(u'\r');
    return value;
}

QByteArray ICalendarExport::folded(const QByteArray &line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / MaxLineOctets * 3 + 2);
    qsizetype start = 0;
    qsizetype room = MaxLineOctets; // the first line; continuations lose one to the space
    while (line.size() - start > room) {
        qsizetype end = start + room;
        while (end > start && (uchar(line.at(end)) & 0xC0) == 0x80) {
            --end; // not inside a UTF-8 sequence
        }
        out.append(line.mid(start, end - start));
        out.append("\r\n ");
        start = end;
        room = MaxLineOctets - 1;
    }
    out.append(line.mid(start));
    out.append("\r\n");
    return out;
}

} // namespace entente
