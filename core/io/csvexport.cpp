// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include "devicewriter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace entente {

namespace {

QStringList attributeKeys(const TimelineContent &content)
{
    QSet<QString> keys;
    for (const Event &event : content.events) {
        for (const Attributes::Attribute &attribute : event.attributes) {
            keys.insert(attribute.key);
        }
    }
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    return sorted;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// "Name (role); Name" in the event's order.
QString actorCell(const Event &event, const QHash<qint64, const Actor *> &actors)
{
    QStringList parts;
    for (const EventActor &link : event.actors) {
        const Actor *actor = actors.value(link.actorId);
        const QString name = actor ? actor->name : QString();
        parts.append(link.role.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, link.role));
    }
    return parts.join(QStringLiteral("; "));
}

// Each source by its URL, or by "outlet: title" when it has none.
QString sourceCell(const Event &event, const QHash<qint64, const Source *> &sources)
{
    QStringList parts;
    for (qint64 id : event.sourceIds) {
        const Source *source = sources.value(id);
        if (!source) {
            continue;
        }
        if (!source->url.isEmpty()) {
            parts.append(source->url);
        } else {
            QStringList named{source->outlet, source->title};
            named.removeAll(QString());
            parts.append(named.join(QStringLiteral(": ")));
        }
    }
    return parts.join(QStringLiteral("; "));
}

class RowWriter
{
public:
    RowWriter(const TimelineContent &content, QIODevice *device) : m_out(device)
    {
        for (const Actor &actor : content.actors) {
            m_actors.insert(actor.id, &actor);
        }
        for (const Source &source : content.sources) {
            m_sources.insert(source.id, &source);
        }
    }

    void row(const QStringList &cells) { m_out.write(CsvExport::record(cells)); }

    void event(const Event &event, const QStringList &attributes)
    {
        QStringList cells = QStringList{event.uid, event.title} + CsvExport::dateCells(event);
        cells += QStringList{yesNo(event.ongoing),
                             Event::kindName(event.kind),
                             event.category,
                             QString::number(event.importance),
                             event.location,
                             event.tags.join(QStringLiteral("; ")),
                             actorCell(event, m_actors),
                             sourceCell(event, m_sources),
                             event.description};
        for (const QString &key : attributes) {
            cells.append(event.attributes.value(key));
        }
        row(cells);
    }

    void byteOrderMark() { m_out.write(CsvExport::byteOrderMark()); }
    void finish() { m_out.flush(); }

private:
    DeviceWriter m_out;
    QHash<qint64, const Actor *> m_actors;
    QHash<qint64, const Source *> m_sources;
};

} // namespace

QStringList CsvExport::columns()
{
    return QStringList{QStringLiteral("uid"), QStringLiteral("title")} + dateColumns() +
           QStringList{QStringLiteral("ongoing"),    QStringLiteral("kind"),
                       QStringLiteral("category"),   QStringLiteral("importance"),
                       QStringLiteral("location"),   QStringLiteral("tags"),
                       QStringLiteral("actors"),     QStringLiteral("sources"),
                       QStringLiteral("description")};
}

QStringList CsvExport::dateColumns()
{
    return {QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("precision"),
            QStringLiteral("approximate")};
}

QStringList CsvExport::dateCells(const Event &event)
{
    const bool dated = !event.start.isNull();
    return {event.start.toIso(), event.end.toIso(),
            dated ? PartialDate::precisionName(event.start.precision()) : QString(),
            yesNo(event.start.isApproximate() || event.end.isApproximate())};
}

void CsvExport::write(const TimelineContent &content, QIODevice *device)
{
    const QStringList attributes = attributeKeys(content);
    RowWriter rows(content, device);
    rows.byteOrderMark();
    rows.row(columns() + attributes);
    for (const Event &event : content.events) {
        rows.event(event, attributes);
    }
    rows.finish();
}

QString CsvExport::neutralised(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?\d+(\.\d+)?$)"));
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (text.isEmpty() || !triggers.contains(text.front()) || number.match(text).hasMatch()) {
        return text;
    }
    return u'\'' + text;
}

QByteArray CsvExport::record(const QStringList &cells)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            bytes += ',';
        }
        bytes += cell(cells.at(i));
    }
    return bytes + QByteArrayLiteral("\r\n");
}

QByteArray CsvExport::cell(const QString &text)
{
    QString value = neutralised(text);
    static const QRegularExpression special(QStringLiteral("[,\"\r\n]"));
    if (value.contains(special)) {
        value.replace(u'"', QStringLiteral("\"\""));
        value = u'"' + value + u'"';
    }
    return value.toUtf8();
}

} // namespace entente
