// SPDX-License-Identifier: GPL-3.0-or-later
#include "acledreader.h"

#include "contentbuilder.h"
#include "datasettable.h"
#include "datecolumnreader.h"

namespace entente {

namespace {

const QString Format = QStringLiteral("ACLED");
const QString DateColumnName = QStringLiteral("event_date");
const QString PrecisionColumnName = QStringLiteral("time_precision");

// The columns of an ACLED file, found once in its header.
struct Columns
{
    explicit Columns(const DatasetTable &table)
        : id(table.requiredColumn(QLatin1StringView("event_id_cnty"), Format)),
          date(table.requiredColumn(QLatin1StringView("event_date"), Format)),
          precision(table.column(QLatin1StringView("time_precision"))),
          eventType(table.requiredColumn(QLatin1StringView("event_type"), Format)),
          subEventType(table.column(QLatin1StringView("sub_event_type"))),
          actor1(table.column(QLatin1StringView("actor1"))),
          assoc1(table.column(QLatin1StringView("assoc_actor_1"))),
          inter1(table.column(QLatin1StringView("inter1"))),
          actor2(table.column(QLatin1StringView("actor2"))),
          assoc2(table.column(QLatin1StringView("assoc_actor_2"))),
          inter2(table.column(QLatin1StringView("inter2"))),
          admin1(table.column(QLatin1StringView("admin1"))),
          location(table.column(QLatin1StringView("location"))),
          notes(table.column(QLatin1StringView("notes"))),
          source(table.column(QLatin1StringView("source"))),
          // Cheap to keep, and what analysts filter on.
          kept(table.keptColumns(QString(), {"latitude", "longitude"}) +
               table.keptColumns(QStringLiteral("acled."),
                                 {"fatalities", "disorder_type", "civilian_targeting", "tags",
                                  "source_scale", "geo_precision", "time_precision", "country",
                                  "admin2", "admin3", "inter1", "inter2"}))
    {}

    int id, date, precision, eventType, subEventType, actor1, assoc1, inter1, actor2, assoc2,
        inter2, admin1, location, notes, source;
    QList<DatasetTable::KeptColumn> kept;
};

// "Shelling/artillery/missile attack in Kharkiv: Military Forces of Russia and …".
QString titleOf(const Event &event, QStringView kind, QStringView location, QStringView actor1,
                QStringView actor2)
{
    QString title = kind.toString();
    if (!location.isEmpty()) {
        title += AcledReader::tr(" in %1").arg(location);
    }
    if (!actor1.isEmpty() || !actor2.isEmpty()) {
        title += QStringLiteral(": ") + actor1.toString();
        if (!actor1.isEmpty() && !actor2.isEmpty()) {
            title += AcledReader::tr(" and ");
        }
        title += actor2.toString();
    }
    return title.isEmpty() ? event.category : title;
}

// ACLED writes several associated actors or outlets in one field, separated by ";".
template <typename Each>
void forEachListed(QStringView field, Each each)
{
    for (const QStringView part : field.tokenize(u';')) {
        if (const QStringView name = part.trimmed(); !name.isEmpty()) {
            each(name.toString());
        }
    }
}

void addActors(const DatasetTable &table, const Columns &columns, ContentBuilder &builder,
               Event *event)
{
    const QString party = QStringLiteral("party");
    const QString associated = QStringLiteral("associated");
    const QString actor1 = table.text(columns.actor1), actor2 = table.text(columns.actor2);
    builder.addActor(event, actor1, party,
                     AcledReader::kindOfInteraction(table.field(columns.inter1), actor1));
    forEachListed(table.field(columns.assoc1),
                  [&](const QString &name) { builder.addActor(event, name, associated); });
    builder.addActor(event, actor2, party,
                     AcledReader::kindOfInteraction(table.field(columns.inter2), actor2));
    forEachListed(table.field(columns.assoc2),
                  [&](const QString &name) { builder.addActor(event, name, associated); });
}

// The event of the current row, its date aside; null title when the row has no id.
Event eventOf(const DatasetTable &table, const Columns &columns, ContentBuilder &builder)
{
    Event event;
    event.uid = QStringLiteral("acled:") + table.text(columns.id);
    event.category = table.text(columns.eventType);
    const QStringView subType = table.field(columns.subEventType);
    if (!subType.isEmpty()) {
        event.tags.append(subType.toString());
    }
    const QStringView place = table.field(columns.location);
    const QStringView admin1 = table.field(columns.admin1);
    event.location = place.isEmpty() || admin1.isEmpty() || place == admin1
                         ? (place.isEmpty() ? admin1 : place).toString()
                         : QStringLiteral("%1, %2").arg(place, admin1);
    event.title = titleOf(event, subType.isEmpty() ? QStringView(event.category) : subType, place,
                          table.field(columns.actor1), table.field(columns.actor2));
    event.description = table.text(columns.notes);
    addActors(table, columns, builder, &event);
    forEachListed(table.field(columns.source), [&](const QString &outlet) {
        builder.addSource(&event, Source{0, outlet, {}, {}, {}, {}});
    });
    table.keep(columns.kept, &event.attributes);
    return event;
}

} // namespace

// ACLED's actor types, by code (older files) or by name (newer ones).
std::optional<Actor::Type> AcledReader::kindOfInteraction(QStringView code, QStringView name)
{
    struct Kind
    {
        QLatin1StringView code, name;
        Actor::Type type;
    };
    static constexpr Kind Kinds[] = {
        {QLatin1StringView("1"), QLatin1StringView("state forces"), Actor::Type::State},
        {QLatin1StringView("2"), QLatin1StringView("rebel group"), Actor::Type::Group},
        {QLatin1StringView("3"), QLatin1StringView("political militia"), Actor::Type::Group},
        {QLatin1StringView("4"), QLatin1StringView("identity militia"), Actor::Type::Group},
        {QLatin1StringView("5"), QLatin1StringView("rioters"), Actor::Type::Group},
        {QLatin1StringView("6"), QLatin1StringView("protesters"), Actor::Type::Group},
        {QLatin1StringView("7"), QLatin1StringView("civilians"), Actor::Type::Group},
        {QLatin1StringView("8"), QLatin1StringView("external/other forces"),
         Actor::Type::Organisation},
    };
    const QStringView trimmed = code.trimmed();
    for (const Kind &kind : Kinds) {
        if (trimmed == kind.code || trimmed.compare(kind.name, Qt::CaseInsensitive) == 0) {
            // External forces are another state's when ACLED names them as it names a state's
            // own ("Military Forces of Russia (2000-)" in Ukraine's data).
            const bool statesForces = name.startsWith(QLatin1StringView("Military Forces of ")) ||
                                      name.startsWith(QLatin1StringView("Police Forces of "));
            return kind.type == Actor::Type::Organisation && statesForces ? Actor::Type::State
                                                                          : kind.type;
        }
    }
    return std::nullopt;
}

PartialDate AcledReader::withTimePrecision(const PartialDate &date, QStringView code)
{
    if (code.isEmpty() || code == u"1") {
        return PartialDate::day(date.yearValue(), date.monthValue(), date.dayValue());
    }
    if (code == u"2") { // the week: the day ACLED gives, approximately
        return PartialDate::day(date.yearValue(), date.monthValue(), date.dayValue(), true);
    }
    if (code == u"3") {
        return PartialDate::month(date.yearValue(), date.monthValue());
    }
    return {};
}

void AcledReader::stream(QIODevice &device, const QString &fileName, ImportReport *report,
                         const ContentSink &sink, const ImportProgress &progress)
{
    DatasetTable table(device, fileName, report, progress);
    const Columns columns(table);
    ContentBuilder builder;
    DateColumnReader dates(DateColumnName, DateOrder::DayFirst);
    QHash<qsizetype, QString> waitingPrecision; // of the events whose date waits
    QList<qsizetype> bad;
    const auto deliver = [&] {
        dates.finish(
            table,
            [&](qsizetype index, const PartialDate &date) {
                builder.event(index).start = withTimePrecision(date, waitingPrecision.value(index));
            },
            &bad);
        waitingPrecision.clear();
        builder.removeEvents(std::exchange(bad, {}));
        builder.deliver(sink);
    };
    while (table.next()) {
        if (table.field(columns.id).isEmpty()) {
            table.problem(QStringLiteral("event_id_cnty"), tr("the row has no event id"));
            continue;
        }
        const QStringView precision = table.field(columns.precision);
        if (withTimePrecision(PartialDate::day(2000, 1, 1), precision).isNull()) {
            table.problem(PrecisionColumnName,
                          tr("“%1” is not a time precision: ACLED writes 1 (day), 2 (week) or "
                             "3 (month)")
                              .arg(precision));
            continue;
        }
        Event event = eventOf(table, columns, builder);
        bool badDate = false;
        const qsizetype index = builder.addEvent(std::move(event));
        const PartialDate date = dates.read(table, columns.date, index, &badDate);
        Event &added = builder.event(index);
        if (!date.isNull()) {
            added.start = withTimePrecision(date, precision);
        } else if (!badDate) {
            waitingPrecision.insert(index, precision.toString());
        }
        if (badDate || !table.isValid(added)) {
            bad.append(index);
        }
        if (builder.isChunkFull() && !dates.waitsForOrder()) {
            deliver();
        }
    }
    deliver();
}

} // namespace entente
