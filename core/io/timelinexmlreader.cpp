// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinexmlreader.h"

#include "cancelled.h"
#include "error.h"
#include "stablehash.h"
#include "validator.h"

#include <QDate>
#include <QIODevice>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace entente {

struct TimelineXmlReader::Row
{
    int line = 0;
    bool bad = false;
};

namespace {

constexpr int ProgressEvery = 256;
constexpr int MaxCategoryDepth = 32; // a file whose parents go round in a circle ends here
const QString UidPrefix = QStringLiteral("timeline:");

// "[12]Name" (a container) or "(12)Name" (an event in container 12): the id and the name.
bool splitContainerId(const QString &text, QChar open, QChar close, QString *id, QString *name)
{
    const qsizetype end = text.indexOf(close);
    if (!text.startsWith(open) || end < 0) {
        return false;
    }
    *id = text.mid(1, end - 1);
    *name = text.mid(end + 1);
    return true;
}

bool isMidnight(const QString &time)
{
    return time.trimmed().endsWith(QStringLiteral(" 00:00:00"));
}

} // namespace

TimelineContent TimelineXmlReader::readWhole(QIODevice &device, const QString &fileName,
                                             ImportReport *report, const ImportProgress &progress)
{
    m_content = {};
    m_fileName = fileName;
    m_report = report;
    m_progress = progress;
    m_parents.clear();
    m_containers.clear();
    const QByteArray bytes = readAllOf(device, fileName);
    QByteArray head = bytes.left(64);
    if (head.startsWith("\xEF\xBB\xBF")) {
        head.remove(0, 3);
    }
    if (head.trimmed().startsWith("# Written by Timeline")) {
        fail(1, 0,
             tr("a file of Timeline's old text format, which Entente does not read; open it in "
                "Timeline and save it, which writes the XML format, and import that file"));
    }
    QXmlStreamReader xml(bytes);
    if (!xml.readNextStartElement() || xml.name() != u"timeline") {
        if (xml.hasError()) {
            fail(int(xml.lineNumber()), int(xml.columnNumber()), xml.errorString());
        }
        fail(int(xml.lineNumber()), 0,
             tr("not a Timeline file: its first element is <%1>, not <timeline>")
                 .arg(xml.name().toString()));
    }
    readTimeline(xml);
    if (xml.hasError()) {
        fail(int(xml.lineNumber()), int(xml.columnNumber()), xml.errorString());
    }
    addCategoryParents();
    return std::move(m_content);
}

void TimelineXmlReader::readTimeline(QXmlStreamReader &xml)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"timetype") {
            const int line = int(xml.lineNumber());
            checkTimeType(xml.readElementText().trimmed(), line);
        } else if (xml.name() == u"categories") {
            readList(xml, QStringLiteral("category"), &TimelineXmlReader::readCategory);
        } else if (xml.name() == u"events") {
            readList(xml, QStringLiteral("event"), &TimelineXmlReader::readEvent);
        } else if (xml.name() == u"eras") {
            readList(xml, QStringLiteral("era"), &TimelineXmlReader::readEra);
        } else {
            xml.skipCurrentElement(); // version, view, now: nothing a timeline holds
        }
    }
}

void TimelineXmlReader::readList(QXmlStreamReader &xml, const QString &item,
                                 void (TimelineXmlReader::*readItem)(const Fields &, int))
{
    while (xml.readNextStartElement()) {
        if (xml.name() != item) {
            xml.skipCurrentElement();
            continue;
        }
        const int line = int(xml.lineNumber());
        const Fields fields = readFields(xml);
        if (xml.hasError()) {
            return;
        }
        (this->*readItem)(fields, line);
    }
}

TimelineXmlReader::Fields TimelineXmlReader::readFields(QXmlStreamReader &xml)
{
    Fields fields;
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        const int line = int(xml.lineNumber());
        fields.insert(name, {xml.readElementText(QXmlStreamReader::IncludeChildElements), line});
    }
    return fields;
}

void TimelineXmlReader::checkTimeType(const QString &timeType, int line) const
{
    if (timeType != u"gregoriantime") {
        fail(line, 0,
             tr("the timeline counts time as “%1”; Entente reads only timelines of Gregorian "
                "dates (“gregoriantime”)")
                 .arg(timeType));
    }
}

void TimelineXmlReader::readCategory(const Fields &fields, int line)
{
    const QString name = fields.value(QStringLiteral("name")).text.trimmed();
    if (name.isEmpty()) {
        m_report->warning(m_fileName, line, QStringLiteral("name"),
                          tr("a category without a name is left out"));
        return;
    }
    m_content.categories.append({name, colourOf(fields, QStringLiteral("color"), line), 0, false});
    if (const QString parent = fields.value(QStringLiteral("parent")).text.trimmed();
        !parent.isEmpty()) {
        m_parents.insert(name, parent);
    }
}

void TimelineXmlReader::readEvent(const Fields &fields, int line)
{
    Row row{line, false};
    QString text = fields.value(QStringLiteral("text")).text;
    QString id, name;
    if (splitContainerId(text, u'[', u']', &id, &name)) {
        m_containers.insert(id, name.trimmed());
        return;
    }
    Event event;
    if (splitContainerId(text, u'(', u')', &id, &name)) {
        text = name;
        if (const QString container = m_containers.value(id); !container.isEmpty()) {
            event.tags.append(container);
        }
    } else if (text.startsWith(QStringLiteral(" (")) || text.startsWith(QStringLiteral(" ["))) {
        text.remove(0, 1); // the space Timeline adds so that a title is not read as a container
    }
    event.title = text.trimmed().replace(u'\n', u' ');
    PartialDate end;
    if (!readDates(fields, row, &event.start, &end)) {
        return;
    }
    const auto flag = [&](const char *name) {
        return fields.value(QLatin1StringView(name)).text.trimmed() == u"True";
    };
    if (flag("ends_today")) {
        event.kind = Event::Kind::Period;
        event.ongoing = true;
    } else if (!flag("milestone") && end != event.start) {
        event.kind = Event::Kind::Period;
        event.end = end;
    }
    event.start = event.start.withApproximate(flag("fuzzy") || flag("fuzzy_start"));
    if (!event.end.isNull()) {
        event.end = event.end.withApproximate(flag("fuzzy") || flag("fuzzy_end"));
    }
    event.description = fields.value(QStringLiteral("description")).text.trimmed();
    event.category = fields.value(QStringLiteral("category")).text.trimmed();
    if (flag("locked")) {
        event.attributes.insert(QStringLiteral("timeline.locked"), QStringLiteral("true"));
    }
    if (const int progress = fields.value(QStringLiteral("progress")).text.toInt(); progress > 0) {
        event.attributes.insert(QStringLiteral("timeline.progress"), QString::number(progress));
    }
    event.uid = UidPrefix + TimelineContent::identityOf(event);
    if (const QList<Validator::Problem> problems = Validator::check(event); !problems.isEmpty()) {
        const Validator::Problem &first = problems.first(); // one problem a row
        m_report->problem(m_fileName, line,
                          first.field == u"title" ? QStringLiteral("text") : first.field,
                          first.message);
        return;
    }
    addHyperlinks(fields.value(QStringLiteral("hyperlink")), &event);
    m_content.events.append(event);
    const qint64 done = m_content.events.size();
    if (done % ProgressEvery == 0) {
        Cancelled::unlessGoingOn(m_progress, done, 0);
    }
}

void TimelineXmlReader::readEra(const Fields &fields, int line)
{
    Row row{line, false};
    Era era;
    era.name = fields.value(QStringLiteral("name")).text.trimmed();
    if (!readDates(fields, row, &era.start, &era.end)) {
        return;
    }
    era.color = colourOf(fields, QStringLiteral("color"), line);
    if (const QList<Validator::Problem> problems = Validator::check(era); !problems.isEmpty()) {
        m_report->problem(m_fileName, line, QStringLiteral("era ") + problems.first().field,
                          problems.first().message);
        return;
    }
    m_content.eras.append(era);
}

// Whole days when both times are midnight: that is how Timeline writes an event without a
// time of day.
bool TimelineXmlReader::readDates(const Fields &fields, Row &row, PartialDate *start,
                                  PartialDate *end)
{
    const Field startField = fields.value(QStringLiteral("start"));
    const Field endField = fields.value(QStringLiteral("end"), startField);
    const bool wholeDays = isMidnight(startField.text) && isMidnight(endField.text);
    *start = dateOf(startField, QStringLiteral("start"), wholeDays, row);
    *end = dateOf(endField, QStringLiteral("end"), wholeDays, row);
    return !row.bad;
}

PartialDate TimelineXmlReader::dateOf(const Field &field, const QString &name, bool wholeDays,
                                      Row &row)
{
    static const QRegularExpression form(QStringLiteral(
        "^(-?\\d+)-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{1,2})(?::\\d{1,2})?)?$"));
    if (row.bad) {
        return {};
    }
    const auto problem = [&](const QString &message) {
        m_report->problem(m_fileName, field.line ? field.line : row.line, name, message);
        row.bad = true;
        return PartialDate();
    };
    const QString text = field.text.trimmed();
    if (text.isEmpty()) {
        return problem(tr("the date is missing"));
    }
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch()) {
        return problem(tr("“%1” is not a date and time (YYYY-MM-DD HH:MM:SS)").arg(text));
    }
    const int year = match.captured(1).toInt();
    if (year < 1) {
        return problem(tr("the year %1 is before 1 AD, which Entente cannot hold yet").arg(year));
    }
    const QDate date(year, match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid()) {
        return problem(tr("“%1” is not a date of the calendar").arg(text));
    }
    if (wholeDays) {
        return PartialDate::day(date.year(), date.month(), date.day());
    }
    const int hour = match.captured(4).toInt(), minute = match.captured(5).toInt();
    if (hour > 23 || minute > 59) {
        return problem(tr("“%1” is not a time of day").arg(text));
    }
    return PartialDate::minute(date.year(), date.month(), date.day(), hour, minute);
}

// Timeline writes colours "r,g,b"; Entente "#rrggbb".
QString TimelineXmlReader::colourOf(const Fields &fields, const QString &name, int line)
{
    const Field field = fields.value(name);
    if (field.text.trimmed().isEmpty()) {
        return {};
    }
    const QStringList parts = field.text.trimmed().split(u',');
    QString colour = QStringLiteral("#");
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value < 0 || value > 255 || parts.size() != 3) {
            m_report->warning(m_fileName, field.line ? field.line : line, name,
                              tr("“%1” is not a colour (r,g,b); the colour is left out")
                                  .arg(field.text.trimmed()));
            return {};
        }
        colour += QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0'));
    }
    return colour;
}

void TimelineXmlReader::addHyperlinks(const Field &field, Event *event)
{
    for (const QString &part : field.text.split(u';', Qt::SkipEmptyParts)) {
        Source source;
        source.id = m_content.sources.size() + 1;
        source.url = part.trimmed();
        if (source.url.isEmpty()) {
            continue;
        }
        if (!Validator::check(source).isEmpty()) {
            m_report->warning(m_fileName, field.line, QStringLiteral("hyperlink"),
                              tr("“%1” is not a web address; it is left out").arg(source.url));
            continue;
        }
        m_content.sources.append(source);
        event->sourceIds.append(source.id);
    }
}

void TimelineXmlReader::addCategoryParents()
{
    for (Event &event : m_content.events) {
        QString category = m_parents.value(event.category);
        for (int depth = 0; !category.isEmpty() && depth < MaxCategoryDepth; ++depth) {
            if (!event.tags.contains(category)) {
                event.tags.append(category);
            }
            category = m_parents.value(category);
        }
    }
}

void TimelineXmlReader::fail(int line, int column, const QString &message) const
{
    const QString where = column > 0
                              ? QStringLiteral("%1:%2:%3").arg(m_fileName).arg(line).arg(column)
                              : QStringLiteral("%1:%2").arg(m_fileName).arg(line);
    throw Error(where + QStringLiteral(": ") + message);
}

} // namespace entente
