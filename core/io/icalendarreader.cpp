// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendarreader.h"

#include "cancelled.h"
#include "error.h"
#include "stablehash.h"
#include "validator.h"

#include <QDateTime>
#include <QIODevice>
#include <QRegularExpression>

namespace entente {

struct ICalendarReader::Row
{
    int line = 0; // of BEGIN:VEVENT
    bool bad = false;
    QList<ICalendarLine> properties;

    const ICalendarLine *find(const QString &name) const
    {
        for (const ICalendarLine &property : properties) {
            if (property.name == name) {
                return &property;
            }
        }
        return nullptr;
    }
};

namespace {

constexpr int ProgressEvery = 256;
const QString UidPrefix = QStringLiteral("ics:");
const QString EntenteUidSuffix = QStringLiteral("@entente"); // what ICalendarExport appends
const QString EventComponent = QStringLiteral("VEVENT");

// The date, and the time of day in seconds, of "20140905" or "20140905T143000[Z]".
bool parseDateTime(const QString &value, QDate *date, int *seconds, bool *utc)
{
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?(Z?))?$"));
    const QRegularExpressionMatch match = form.match(value.trimmed());
    if (!match.hasMatch()) {
        return false;
    }
    *date = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    *seconds = match.capturedLength(4)
                   ? match.captured(4).toInt() * 3600 + match.captured(5).toInt() * 60 +
                         match.captured(6).toInt()
                   : -1;
    *utc = !match.captured(7).isEmpty();
    return date->isValid() && *seconds < 24 * 3600;
}

PartialDate minuteAt(const QDateTime &time)
{
    const QDate d = time.date();
    const QTime t = time.time();
    return PartialDate::minute(d.year(), d.month(), d.day(), t.hour(), t.minute());
}

QDateTime wallTime(const PartialDate &date)
{
    return QDateTime(QDate(date.yearValue(), date.monthValue(), date.dayValue()),
                     QTime(date.hourValue(), date.minuteValue()), Qt::UTC);
}

// The day `days` days after that of `date` (before it when negative).
PartialDate dayAfter(const PartialDate &date, qint64 days)
{
    const QDate day = QDate(date.yearValue(), date.monthValue(), date.dayValue()).addDays(days);
    return PartialDate::day(day.year(), day.month(), day.day());
}

// A DURATION ("P1D", "PT1H30M", "P2W", "-PT15M") in seconds; false when it is none.
bool parseDuration(const QString &value, qint64 *seconds)
{
    static const QRegularExpression form(QStringLiteral(
        "^([+-])?P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"));
    const QRegularExpressionMatch match = form.match(value.trimmed());
    if (!match.hasMatch() || value.trimmed().endsWith(u'P') || value.trimmed().endsWith(u'T')) {
        return false;
    }
    constexpr qint64 Unit[] = {0, 0, 7 * 86400, 86400, 3600, 60, 1};
    qint64 total = 0;
    for (int i = 2; i <= 6; ++i) {
        total += match.captured(i).toLongLong() * Unit[i];
    }
    *seconds = match.captured(1) == u"-" ? -total : total;
    return true;
}

} // namespace

TimelineContent ICalendarReader::readWhole(QIODevice &device, const QString &fileName,
                                           ImportReport *report, const ImportProgress &progress)
{
    m_content = {};
    m_fileName = fileName;
    m_report = report;
    m_progress = progress;
    m_open.clear();
    QByteArray bytes = readAllOf(device, fileName);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    QList<int> nonUtf8Lines;
    const QList<ICalendarLine> lines = ICalendarLine::readAll(bytes, fileName, &nonUtf8Lines);
    if (lines.isEmpty() || lines.first().name != u"BEGIN" ||
        lines.first().value.trimmed().toUpper() != u"VCALENDAR") {
        fail(lines.isEmpty() ? 1 : lines.first().line,
             tr("not an iCalendar file: it does not begin with BEGIN:VCALENDAR"));
    }
    warnAboutEncoding(nonUtf8Lines);
    readLines(lines);
    return std::move(m_content);
}

void ICalendarReader::readLines(const QList<ICalendarLine> &lines)
{
    for (const ICalendarLine &line : lines) {
        if (line.name == u"BEGIN") {
            begin(line);
        } else if (line.name == u"END") {
            end(line);
        } else if (m_open.size() == 2 && m_open.last().name == EventComponent) {
            m_event.append(line);
        } else if (m_open.size() == 1 && line.name == u"X-WR-CALNAME") {
            m_content.title = ICalendarLine::unescaped(line.value).trimmed();
        }
    }
    if (!m_open.isEmpty()) {
        fail(m_open.last().line, tr("BEGIN:%1 is never closed by END:%1").arg(m_open.last().name));
    }
}

void ICalendarReader::begin(const ICalendarLine &line)
{
    const QString name = line.value.trimmed().toUpper();
    if (m_open.isEmpty() && name != u"VCALENDAR") {
        fail(line.line, tr("BEGIN:%1 outside of a VCALENDAR").arg(name));
    }
    m_open.append({name, line.line});
    if (name == EventComponent && m_open.size() == 2) {
        m_event.clear();
    }
}

void ICalendarReader::end(const ICalendarLine &line)
{
    const QString name = line.value.trimmed().toUpper();
    if (m_open.isEmpty() || m_open.last().name != name) {
        fail(line.line, m_open.isEmpty() ? tr("END:%1 without BEGIN:%1").arg(name)
                                         : tr("END:%1 where END:%2 (of line %3) was expected")
                                               .arg(name, m_open.last().name)
                                               .arg(m_open.last().line));
    }
    const Component closed = m_open.takeLast();
    if (name == EventComponent && m_open.size() == 1) {
        Row row{closed.line, false, std::move(m_event)};
        m_event = {};
        readEvent(row);
        const qint64 done = m_content.events.size();
        if (done % ProgressEvery == 0) {
            Cancelled::unlessGoingOn(m_progress, done, 0);
        }
    }
}

void ICalendarReader::readEvent(Row &row)
{
    entente::Event event;
    readDates(row, &event);
    if (row.bad) {
        return;
    }
    readText(row, &event);
    if (const QList<Validator::Problem> problems = Validator::check(event); !problems.isEmpty()) {
        const Validator::Problem &first = problems.first(); // one problem a row
        const QString field = first.field == u"title" ? QStringLiteral("SUMMARY") : first.field;
        m_report->problem(m_fileName, row.line, field, first.message);
        return;
    }
    for (const QString &name : {QStringLiteral("RRULE"), QStringLiteral("RDATE")}) {
        if (const ICalendarLine *repeat = row.find(name)) {
            m_report->warning(m_fileName, repeat->line, name,
                              tr("the event repeats; only its first occurrence is imported "
                                 "(recurrences are not expanded)"));
            break;
        }
    }
    if (const ICalendarLine *url = row.find(QStringLiteral("URL"))) {
        addUrl(*url, &event);
    }
    m_content.events.append(event);
}

void ICalendarReader::readDates(Row &row, entente::Event *event)
{
    const ICalendarLine *startLine = row.find(QStringLiteral("DTSTART"));
    if (!startLine) {
        m_report->problem(m_fileName, row.line, QStringLiteral("DTSTART"),
                          tr("the event has no DTSTART"));
        row.bad = true;
        return;
    }
    const When start = whenOf(*startLine, row);
    if (row.bad) {
        return;
    }
    event->start = start.date;
    if (!start.timezone.isEmpty()) {
        event->attributes.insert(QStringLiteral("ics.timezone"), start.timezone);
    }
    PartialDate end;
    if (const ICalendarLine *endLine = row.find(QStringLiteral("DTEND"))) {
        const When last = whenOf(*endLine, row);
        // DTEND is exclusive: an event of the 5th has the 6th as its DTEND.
        end = last.isDate ? dayAfter(last.date, -1) : last.date;
    } else if (const ICalendarLine *duration = row.find(QStringLiteral("DURATION"))) {
        end = endFromDuration(start, *duration, row);
    }
    if (!row.bad && !end.isNull() && end > event->start) {
        event->kind = entente::Event::Kind::Period;
        event->end = end;
    }
}

ICalendarReader::When ICalendarReader::whenOf(const ICalendarLine &line, Row &row) const
{
    QDate date;
    int seconds = -1;
    bool utc = false;
    if (!parseDateTime(line.value, &date, &seconds, &utc) || date.year() < 1) {
        m_report->problem(m_fileName, line.line, line.name,
                          tr("“%1” is not a date (YYYYMMDD) or a date and time (YYYYMMDDTHHMMSS)")
                              .arg(line.value));
        row.bad = true;
        return {};
    }
    When when;
    when.isDate = seconds < 0 || line.parameters.value(QStringLiteral("VALUE")) == u"DATE";
    if (when.isDate) {
        when.date = PartialDate::day(date.year(), date.month(), date.day());
        return when;
    }
    when.date = PartialDate::minute(date.year(), date.month(), date.day(), seconds / 3600,
                                    seconds / 60 % 60);
    when.timezone = utc ? QStringLiteral("UTC") : line.parameters.value(QStringLiteral("TZID"));
    return when;
}

PartialDate ICalendarReader::endFromDuration(const When &start, const ICalendarLine &line,
                                             Row &row) const
{
    qint64 seconds = 0;
    if (!parseDuration(line.value, &seconds)) {
        m_report->problem(m_fileName, line.line, line.name,
                          tr("“%1” is not a duration (such as P1D or PT1H30M)").arg(line.value));
        row.bad = true;
        return {};
    }
    if (start.isDate) { // whole days, the last one of which is the end
        return dayAfter(start.date, seconds / 86400 - 1);
    }
    return minuteAt(wallTime(start.date).addSecs(seconds));
}

void ICalendarReader::readText(const Row &row, entente::Event *event)
{
    const auto text = [&](const char *name) {
        const ICalendarLine *line = row.find(QLatin1StringView(name));
        return line ? ICalendarLine::unescaped(line->value).trimmed() : QString();
    };
    event->title = text("SUMMARY").replace(u'\n', u' ');
    event->description = text("DESCRIPTION");
    event->location = text("LOCATION");
    QStringList categories;
    for (const ICalendarLine &line : row.properties) {
        if (line.name == u"CATEGORIES") {
            categories += ICalendarLine::unescapedList(line.value);
        }
    }
    if (!categories.isEmpty()) {
        event->category = categories.takeFirst();
        event->tags = categories;
    }
    if (const QStringList geo = text("GEO").split(u';'); geo.size() == 2) {
        event->attributes.insert(QStringLiteral("latitude"), geo.at(0).trimmed());
        event->attributes.insert(QStringLiteral("longitude"), geo.at(1).trimmed());
    }
    QString uid = text("UID");
    if (uid.endsWith(EntenteUidSuffix)) {
        uid.chop(EntenteUidSuffix.size());
        event->uid = uid;
    } else {
        event->uid = UidPrefix + (uid.isEmpty() ? TimelineContent::identityOf(*event) : uid);
    }
}

void ICalendarReader::addUrl(const ICalendarLine &line, entente::Event *event)
{
    Source source;
    source.id = m_content.sources.size() + 1;
    source.url = line.value.trimmed();
    if (!Validator::check(source).isEmpty()) {
        m_report->warning(m_fileName, line.line, line.name,
                          tr("“%1” is not a web address; it is left out").arg(source.url));
        return;
    }
    m_content.sources.append(source);
    event->sourceIds.append(source.id);
}

void ICalendarReader::warnAboutEncoding(const QList<int> &nonUtf8Lines)
{
    if (nonUtf8Lines.isEmpty()) {
        return;
    }
    QStringList numbers;
    for (int line : nonUtf8Lines) {
        numbers.append(QString::number(line));
    }
    m_report->warning(m_fileName, nonUtf8Lines.first(), {},
                      tr("lines read as Windows-1252, not being UTF-8: %1")
                          .arg(numbers.join(QStringLiteral(", "))));
}

void ICalendarReader::fail(int line, const QString &message) const
{
    throw Error(QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(message));
}

} // namespace entente
