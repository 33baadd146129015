// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinejsexport.h"

#include "jsonwriter.h"

#include <QHash>

namespace entente {

namespace {

QString html(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\'', QStringLiteral("&#39;"));
    escaped.replace(u'\n', QStringLiteral("<br>"));
    return escaped;
}

class SlideWriter
{
public:
    SlideWriter(const TimelineContent &content, QIODevice *device) : m_json(device)
    {
        for (const Source &source : content.sources) {
            m_sources.insert(source.id, &source);
        }
    }

    // Only the parts the date has: TimelineJS shows "2014" for {year: 2014}.
    void date(const QString &name, const PartialDate &date, const QString &display)
    {
        using P = PartialDate::Precision;
        m_json.key(name).beginObject();
        m_json.field(QStringLiteral("year"), date.yearValue());
        if (date.precision() >= P::Month) {
            m_json.field(QStringLiteral("month"), date.monthValue());
        }
        if (date.precision() >= P::Day) {
            m_json.field(QStringLiteral("day"), date.dayValue());
        }
        if (date.precision() >= P::Minute) {
            m_json.field(QStringLiteral("hour"), date.hourValue());
            m_json.field(QStringLiteral("minute"), date.minuteValue());
        }
        if (!display.isEmpty()) {
            m_json.field(QStringLiteral("display_date"), html(display));
        }
        m_json.endObject();
    }

    void text(const QString &headline, const QString &body)
    {
        m_json.key(QStringLiteral("text")).beginObject();
        m_json.field(QStringLiteral("headline"), html(headline));
        m_json.field(QStringLiteral("text"), body);
        m_json.endObject();
    }

    void title(const QString &title)
    {
        m_json.key(QStringLiteral("title")).beginObject();
        text(title, QString());
        m_json.endObject();
    }

    void event(const Event &event, qsizetype index)
    {
        m_json.beginObject();
        // An approximate or ongoing date says so, as the timeline does: "c. 2014".
        const bool approximate = event.start.isApproximate() || event.end.isApproximate();
        date(QStringLiteral("start_date"), event.start,
             approximate || event.ongoing ? event.dateRangeDisplay() : QString());
        if (event.kind == Event::Kind::Period && !event.end.isNull()) {
            date(QStringLiteral("end_date"), event.end, QString());
        }
        text(event.title, description(event));
        if (!event.category.isEmpty()) {
            m_json.field(QStringLiteral("group"), html(event.category));
        }
        m_json.field(QStringLiteral("unique_id"),
                     event.uid.isEmpty() ? QStringLiteral("event-%1").arg(index + 1) : event.uid);
        media(event);
        m_json.endObject();
    }

    void era(const Era &era)
    {
        m_json.beginObject();
        date(QStringLiteral("start_date"), era.start, QString());
        date(QStringLiteral("end_date"), era.end, QString());
        text(era.name, QString());
        m_json.endObject();
    }

    JsonWriter &json() { return m_json; }

private:
    QString description(const Event &event) const
    {
        QString body = event.description.isEmpty()
                           ? QString()
                           : QStringLiteral("<p>%1</p>").arg(html(event.description));
        if (!event.location.isEmpty()) {
            body += QStringLiteral("<p>%1</p>").arg(html(event.location));
        }
        return body;
    }

    void media(const Event &event)
    {
        for (qint64 id : event.sourceIds) {
            const Source *source = m_sources.value(id);
            if (!source || source->url.isEmpty()) {
                continue;
            }
            m_json.key(QStringLiteral("media")).beginObject();
            m_json.field(QStringLiteral("url"), source->url);
            m_json.field(QStringLiteral("caption"), html(source->title));
            m_json.field(QStringLiteral("credit"), html(source->outlet));
            m_json.endObject();
            return;
        }
    }

    JsonWriter m_json;
    QHash<qint64, const Source *> m_sources;
};

} // namespace

qsizetype TimelineJsExport::write(const TimelineContent &content, QIODevice *device)
{
    SlideWriter slides(content, device);
    JsonWriter &json = slides.json();
    json.beginObject();
    if (!content.title.isEmpty()) {
        slides.title(content.title);
    }
    qsizetype leftOut = 0;
    json.key(QStringLiteral("events")).beginArray();
    for (qsizetype i = 0; i < content.events.size(); ++i) {
        if (content.events.at(i).isUndated()) {
            ++leftOut;
        } else {
            slides.event(content.events.at(i), i);
        }
    }
    json.endArray();
    json.key(QStringLiteral("eras")).beginArray();
    for (const Era &era : content.eras) {
        slides.era(era);
    }
    json.endArray();
    json.endObject();
    json.flush();
    return leftOut;
}

} // namespace entente
