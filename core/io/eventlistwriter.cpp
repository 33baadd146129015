// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlistwriter.h"

#include "eventstore.h"
#include "storecontent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace entente {

using namespace Qt::StringLiterals;

namespace {

QJsonValue dateValue(const PartialDate &date)
{
    return date.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(date.toIso());
}

QJsonObject toJson(const Event &event, const QHash<qint64, Actor> &actors,
                   const QHash<qint64, Source> &sources)
{
    QJsonArray actorList, sourceList;
    for (const EventActor &participant : event.actors) {
        actorList.append(QJsonObject{{u"name"_s, actors.value(participant.actorId).name},
                                     {u"role"_s, participant.role}});
    }
    for (qint64 id : event.sourceIds) {
        const Source source = sources.value(id);
        sourceList.append(QJsonObject{{u"outlet"_s, source.outlet},
                                      {u"title"_s, source.title},
                                      {u"url"_s, source.url},
                                      {u"published"_s, dateValue(source.published)},
                                      {u"quote"_s, source.quote}});
    }
    const QJsonValue precision =
        event.isUndated() ? QJsonValue(QJsonValue::Null)
                          : QJsonValue(PartialDate::precisionName(event.start.precision()));
    return QJsonObject{
        {u"id"_s, event.id},
        {u"uid"_s, event.uid},
        {u"title"_s, event.title},
        {u"description"_s, event.description},
        {u"kind"_s, Event::kindName(event.kind)},
        {u"start"_s, dateValue(event.start)},
        {u"end"_s, dateValue(event.end)},
        {u"precision"_s, precision},
        {u"approximate"_s, event.start.isApproximate() || event.end.isApproximate()},
        {u"ongoing"_s, event.ongoing},
        {u"category"_s, event.category},
        {u"importance"_s, event.importance},
        {u"location"_s, event.location},
        {u"tags"_s, QJsonArray::fromStringList(event.tags)},
        {u"actors"_s, actorList},
        {u"sources"_s, sourceList},
    };
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'))) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvRow(const QJsonObject &object)
{
    QStringList actors, sources;
    for (const QJsonValue &actor : object.value(u"actors").toArray()) {
        const QJsonObject a = actor.toObject();
        actors.append(QStringLiteral("%1 (%2)").arg(a.value(u"name").toString(),
                                                    a.value(u"role").toString()));
    }
    for (const QJsonValue &source : object.value(u"sources").toArray()) {
        const QJsonObject s = source.toObject();
        sources.append(QStringLiteral("%1: “%2”")
                           .arg(s.value(u"outlet").toString(), s.value(u"quote").toString()));
    }
    const auto flag = [&](const char *key) {
        return object.value(QLatin1String(key)).toBool() ? QStringLiteral("true")
                                                         : QStringLiteral("false");
    };
    const QStringList fields = {
        QString::number(object.value(u"id").toInteger()),
        object.value(u"uid").toString(),
        object.value(u"title").toString(),
        object.value(u"kind").toString(),
        object.value(u"start").toString(),
        object.value(u"end").toString(),
        object.value(u"precision").toString(),
        flag("approximate"),
        flag("ongoing"),
        object.value(u"category").toString(),
        actors.join(QStringLiteral("; ")),
        sources.join(QStringLiteral("; ")),
    };
    QStringList escaped;
    for (const QString &field : fields) {
        escaped.append(csvField(field));
    }
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

QByteArray EventListWriter::write(const EventStore &store, Format format)
{
    return write(store, format, EventCriteria());
}

QByteArray EventListWriter::write(const EventStore &store, Format format,
                                  const EventCriteria &criteria)
{
    QHash<qint64, Actor> actors;
    for (const Actor &actor : store.actors()) {
        actors.insert(actor.id, actor);
    }
    QHash<qint64, Source> sources;
    for (const Source &source : store.sources()) {
        sources.insert(source.id, source);
    }
    QJsonArray events;
    for (const Event &event : StoreContent::events(store, criteria)) {
        events.append(toJson(event, actors, sources));
    }
    if (format == Format::Json) {
        return QJsonDocument(events).toJson(QJsonDocument::Indented);
    }
    QString csv = QStringLiteral(
        "id,uid,title,kind,start,end,precision,approximate,ongoing,category,actors,sources\r\n");
    for (const QJsonValue &event : events) {
        csv += csvRow(event.toObject());
    }
    return csv.toUtf8();
}

} // namespace entente
