// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinejsreader.h"

#include "cancelled.h"
#include "error.h"
#include "htmltext.h"
#include "jsonelementlines.h"
#include "stablehash.h"
#include "validator.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace entente {

struct TimelineJsReader::Row
{
    int line = 0;
    bool bad = false;
};

namespace {

constexpr int ProgressEvery = 256;
const QString UidPrefix = QStringLiteral("timelinejs:");

QString plain(const QJsonValue &html)
{
    return HtmlText::toPlainText(html.toString());
}

// A field of a date object, which files write as a number or a string ("05", "" for none).
QString field(const QJsonObject &date, const char *name)
{
    const QJsonValue value = date.value(QLatin1StringView(name));
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString().trimmed();
}

QString firstLine(const QString &text)
{
    constexpr int MaxTitle = 100;
    const QString line = text.section(u'\n', 0, 0);
    return line.size() > MaxTitle ? line.left(MaxTitle - 1) + QStringLiteral("…") : line;
}

// TimelineJS 2 writes dates as "2014,9,5" or "2014,9,5,14,30": as a TimelineJS 3 date object.
QJsonObject version3Date(const QString &text)
{
    static const char *const names[] = {"year", "month", "day", "hour", "minute"};
    QJsonObject date;
    const QStringList parts = text.split(u',');
    for (qsizetype i = 0; i < parts.size() && i < 5; ++i) {
        date.insert(QLatin1StringView(names[i]), parts.at(i).trimmed());
    }
    return date;
}

// A TimelineJS 2 date entry or era as the TimelineJS 3 slide it stands for.
QJsonObject version3Slide(const QJsonObject &entry)
{
    QJsonObject slide;
    slide.insert(QStringLiteral("start_date"), version3Date(entry.value(u"startDate").toString()));
    if (const QString end = entry.value(u"endDate").toString(); !end.isEmpty()) {
        slide.insert(QStringLiteral("end_date"), version3Date(end));
    }
    slide.insert(QStringLiteral("text"),
                 QJsonObject{{QStringLiteral("headline"), entry.value(u"headline")},
                             {QStringLiteral("text"), entry.value(u"text")}});
    const QJsonObject asset = entry.value(u"asset").toObject();
    slide.insert(QStringLiteral("media"),
                 QJsonObject{{QStringLiteral("url"), asset.value(u"media")},
                             {QStringLiteral("caption"), asset.value(u"caption")},
                             {QStringLiteral("credit"), asset.value(u"credit")}});
    slide.insert(QStringLiteral("group"), entry.value(u"tag"));
    return slide;
}

QJsonArray version3Slides(const QJsonArray &entries)
{
    QJsonArray slides;
    for (const QJsonValue &entry : entries) {
        slides.append(version3Slide(entry.toObject()));
    }
    return slides;
}

} // namespace

TimelineContent TimelineJsReader::readWhole(QIODevice &device, const QString &fileName,
                                            ImportReport *report, const ImportProgress &progress)
{
    m_content = {};
    m_fileName = fileName;
    m_report = report;
    m_progress = progress;
    QByteArray json = readAllOf(device, fileName);
    if (json.startsWith("\xEF\xBB\xBF")) {
        json.remove(0, 3);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        throw Error(tr("%1:%2: not valid JSON: %3")
                        .arg(fileName)
                        .arg(JsonElementLines::lineAt(json, parseError.offset))
                        .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (root.value(u"timeline").isObject()) {
        const QJsonObject timeline = root.value(u"timeline").toObject();
        m_content.title = plain(timeline.value(u"headline"));
        readSlides(
            version3Slides(timeline.value(u"date").toArray()),
            JsonElementLines::of(json, {QStringLiteral("timeline"), QStringLiteral("date")}));
        readEras(version3Slides(timeline.value(u"era").toArray()),
                 JsonElementLines::of(json, {QStringLiteral("timeline"), QStringLiteral("era")}));
    } else if (root.value(u"events").isArray()) {
        m_content.title =
            plain(root.value(u"title").toObject().value(u"text").toObject().value(u"headline"));
        readSlides(root.value(u"events").toArray(),
                   JsonElementLines::of(json, {QStringLiteral("events")}));
        readEras(root.value(u"eras").toArray(),
                 JsonElementLines::of(json, {QStringLiteral("eras")}));
    } else {
        throw Error(tr("%1:1: not a TimelineJS timeline: it has neither “events” (TimelineJS 3) "
                       "nor “timeline” (TimelineJS 2)")
                        .arg(fileName));
    }
    return std::move(m_content);
}

void TimelineJsReader::readSlides(const QJsonArray &slides, const QList<int> &lines)
{
    for (qsizetype i = 0; i < slides.size(); ++i) {
        Row row{int(lines.value(i)), false};
        readSlide(slides.at(i).toObject(), row);
        step(i + 1, slides.size());
    }
}

void TimelineJsReader::readEras(const QJsonArray &eras, const QList<int> &lines)
{
    for (qsizetype i = 0; i < eras.size(); ++i) {
        Row row{int(lines.value(i)), false};
        readEra(eras.at(i).toObject(), row);
    }
}

void TimelineJsReader::readSlide(const QJsonObject &slide, Row &row)
{
    Event event;
    const QJsonObject text = slide.value(u"text").toObject();
    event.description = plain(text.value(u"text"));
    event.title = plain(text.value(u"headline")).replace(u'\n', u' ');
    const QJsonObject media = slide.value(u"media").toObject();
    if (event.title.isEmpty()) {
        event.title = firstLine(event.description);
    }
    if (event.title.isEmpty()) { // a slide that shows a video or a tweet
        event.title = firstLine(plain(media.value(u"caption")));
    }
    if (event.title.isEmpty()) {
        m_report->problem(m_fileName, row.line, QStringLiteral("text.headline"),
                          tr("the slide has no headline, text or media caption"));
        row.bad = true;
    }
    const QJsonObject start = slide.value(u"start_date").toObject();
    event.start = dateOf(start, row, QStringLiteral("start_date"));
    if (event.start.isNull() && !row.bad) {
        m_report->problem(m_fileName, row.line, QStringLiteral("start_date"),
                          tr("the slide has no start date"));
        row.bad = true;
    }
    const QJsonObject end = slide.value(u"end_date").toObject();
    const PartialDate endDate =
        end.isEmpty() ? PartialDate() : dateOf(end, row, QStringLiteral("end_date"));
    if (!endDate.isNull() && endDate != event.start) {
        event.kind = Event::Kind::Period;
        event.end = endDate;
    }
    event.category = slide.value(u"group").toString().trimmed();
    const QString id = slide.value(u"unique_id").toString().trimmed();
    event.uid = UidPrefix + (id.isEmpty() ? TimelineContent::identityOf(event) : id);
    if (const QString display = start.value(u"display_date").toString(); !display.isEmpty()) {
        event.attributes.insert(QStringLiteral("timelinejs.display_date"), display);
    }
    const QJsonObject location = slide.value(u"location").toObject();
    event.location = location.value(u"name").toString().trimmed();
    if (location.value(u"lat").isDouble() && location.value(u"lon").isDouble()) {
        event.attributes.insert(QStringLiteral("latitude"),
                                QString::number(location.value(u"lat").toDouble(), 'g', 10));
        event.attributes.insert(QStringLiteral("longitude"),
                                QString::number(location.value(u"lon").toDouble(), 'g', 10));
    }
    for (const Validator::Problem &problem : Validator::check(event)) {
        if (!row.bad) {
            m_report->problem(m_fileName, row.line, problem.field, problem.message);
        }
        row.bad = true;
    }
    if (row.bad) {
        return;
    }
    addMedia(media.value(u"url").toString().trimmed(), plain(media.value(u"caption")),
             plain(media.value(u"credit")), row, &event);
    m_content.events.append(event);
}

void TimelineJsReader::addMedia(const QString &url, const QString &caption, const QString &credit,
                                Row &row, Event *event)
{
    Source source{qint64(m_content.sources.size() + 1), credit, caption, url, {}, {}};
    if (!Validator::check(source).isEmpty()) {
        m_report->warning(
            m_fileName, row.line, QStringLiteral("media.url"),
            tr("“%1” is not a web address; the media is left out").arg(firstLine(url)));
        source.url.clear();
    }
    if (source.url.isEmpty() && source.title.isEmpty() && source.outlet.isEmpty()) {
        return;
    }
    m_content.sources.append(source);
    event->sourceIds.append(source.id);
}

void TimelineJsReader::readEra(const QJsonObject &era, Row &row)
{
    Era value;
    value.name = plain(era.value(u"text").toObject().value(u"headline")).replace(u'\n', u' ');
    value.start = dateOf(era.value(u"start_date").toObject(), row, QStringLiteral("start_date"));
    value.end = dateOf(era.value(u"end_date").toObject(), row, QStringLiteral("end_date"));
    for (const Validator::Problem &problem : Validator::check(value)) {
        if (!row.bad) {
            m_report->problem(m_fileName, row.line, QStringLiteral("era ") + problem.field,
                              problem.message);
        }
        row.bad = true;
    }
    if (!row.bad) {
        m_content.eras.append(value);
    }
}

// A TimelineJS date object as a date of the precision it gives; null when it has no year.
PartialDate TimelineJsReader::dateOf(const QJsonValue &value, Row &row, const QString &column) const
{
    const QJsonObject date = value.toObject();
    const QString year = field(date, "year");
    if (year.isEmpty() || row.bad) {
        return {};
    }
    const auto fail = [&](const QString &message) {
        m_report->problem(m_fileName, row.line, column, message);
        row.bad = true;
        return PartialDate();
    };
    bool ok = false;
    const int yearValue = year.toInt(&ok);
    if (!ok) {
        return fail(tr("the year “%1” is not a number").arg(year));
    }
    if (yearValue < 1) {
        return fail(tr("the year %1 is before 1 AD, which Entente cannot hold yet").arg(yearValue));
    }
    QString iso = QStringLiteral("%1").arg(yearValue, 4, 10, QLatin1Char('0'));
    const QString parts[] = {field(date, "month"), field(date, "day"), field(date, "hour")};
    const QString separators[] = {QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("T")};
    int given = 0;
    for (; given < 3 && !parts[given].isEmpty(); ++given) {
        const int i = given;
        const int number = parts[i].toInt(&ok);
        if (!ok) {
            return fail(tr("“%1” is not a number").arg(parts[i]));
        }
        iso += separators[i] + QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
    }
    if (given == 3) {
        iso += QStringLiteral(":%1").arg(field(date, "minute").toInt(), 2, 10, QLatin1Char('0'));
    }
    QString error;
    const PartialDate parsed = PartialDate::fromIso(iso, &error);
    return parsed.isNull() ? fail(error) : parsed;
}

void TimelineJsReader::step(qint64 done, qint64 total) const
{
    if (done % ProgressEvery == 0 || done == total) {
        Cancelled::unlessGoingOn(m_progress, done, total);
    }
}

} // namespace entente
