// SPDX-License-Identifier: GPL-3.0-or-later
#include "acledreader.h"

#include "contentbuilder.h"
#include "datasettable.h"
#include "datecolumnreader.h"

#include <algorithm>

namespace entente {

namespace {

const QString Format = QStringLiteral("ACLED");
const QString DateColumnName = QStringLiteral("event_date");
const QString PrecisionColumnName = QStringLiteral("time_precision");
const QString Uid = QStringLiteral("acled:");

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
          kept(DatasetTable::inAttributeOrder(
              table.keptColumns(QString(), {"latitude", "longitude"}) +
              table.keptColumns(QStringLiteral("acled."),
                                {"fatalities", "disorder_type", "civilian_targeting", "tags",
                                 "source_scale", "geo_precision", "time_precision", "country",
                                 "admin2", "admin3", "inter1", "inter2"})))
    {}

    int id, date, precision, eventType, subEventType, actor1, assoc1, inter1, actor2, assoc2,
        inter2, admin1, location, notes, source;
    QList<DatasetTable::KeptColumn> kept;
    // The words of titles, translated once per file rather than once per row.
    QString in = AcledReader::tr(" in %1");
    QString and_ = AcledReader::tr(" and ");
};

enum class TimePrecision { Day, Week, Month, Unknown };

// What a `time_precision` code says: 1 (or nothing) the day, 2 the week, 3 the month.
TimePrecision timePrecisionOf(QStringView code)
{
    return code.isEmpty() || code == u"1" ? TimePrecision::Day
           : code == u"2"                 ? TimePrecision::Week
           : code == u"3"                 ? TimePrecision::Month
                                          : TimePrecision::Unknown;
}

// "Shelling/artillery/missile attack in Kharkiv: Military Forces of Russia and …".
QString titleOf(const Event &event, const Columns &columns, QStringView kind, QStringView location,
                QStringView actor1, QStringView actor2)
{
    QString title;
    title.reserve(kind.size() + columns.in.size() + location.size() + 2 + actor1.size() +
                  columns.and_.size() + actor2.size());
    title += kind;
    if (!location.isEmpty()) {
        title += columns.in.arg(location);
    }
    if (!actor1.isEmpty() || !actor2.isEmpty()) {
        title += u": ";
        title += actor1;
        if (!actor1.isEmpty() && !actor2.isEmpty()) {
            title += columns.and_;
        }
        title += actor2;
    }
    return title.isEmpty() ? event.category : title;
}

// "Kharkiv, Kharkivska", or the one of them the row gives.
QString locationOf(QStringView place, QStringView admin1)
{
    if (place.isEmpty() || admin1.isEmpty() || place == admin1) {
        return (place.isEmpty() ? admin1 : place).toString();
    }
    QString location;
    location.reserve(place.size() + 2 + admin1.size());
    location += place;
    location += u", ";
    location += admin1;
    return location;
}

// ACLED writes several associated actors or outlets in one field, separated by ";".
template <typename Each>
void forEachListed(QStringView field, Each each)
{
    for (const QStringView part : field.tokenize(u';')) {
        if (const QStringView name = part.trimmed(); !name.isEmpty()) {
            each(name);
        }
    }
}

void addActors(const DatasetTable &table, const Columns &columns, ContentBuilder &builder,
               Event *event)
{
    const QString party = QStringLiteral("party");
    const QString associated = QStringLiteral("associated");
    const QStringView actor1 = table.field(columns.actor1), actor2 = table.field(columns.actor2);
    builder.addActor(event, actor1, party,
                     AcledReader::kindOfInteraction(table.field(columns.inter1), actor1));
    forEachListed(table.field(columns.assoc1),
                  [&](QStringView name) { builder.addActor(event, name, associated); });
    builder.addActor(event, actor2, party,
                     AcledReader::kindOfInteraction(table.field(columns.inter2), actor2));
    forEachListed(table.field(columns.assoc2),
                  [&](QStringView name) { builder.addActor(event, name, associated); });
}

// The event of the current row, its date aside; null title when the row has no id.
Event eventOf(const DatasetTable &table, const Columns &columns, ContentBuilder &builder)
{
    Event event;
    const QStringView id = table.field(columns.id);
    event.uid.reserve(Uid.size() + id.size());
    event.uid += Uid;
    event.uid += id;
    event.category = table.text(columns.eventType);
    const QStringView subType = table.field(columns.subEventType);
    if (!subType.isEmpty()) {
        event.tags.append(table.text(columns.subEventType));
    }
    const QStringView place = table.field(columns.location);
    event.location = locationOf(place, table.field(columns.admin1));
    event.title = titleOf(event, columns, subType.isEmpty() ? QStringView(event.category) : subType,
                          place, table.field(columns.actor1), table.field(columns.actor2));
    event.description = table.text(columns.notes);
    // Room for what most rows name, made once: two actors and an associate, two outlets.
    event.actors.reserve(3);
    event.sourceIds.reserve(2);
    addActors(table, columns, builder, &event);
    forEachListed(table.field(columns.source),
                  [&](QStringView outlet) { builder.addOutlet(&event, outlet); });
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
    // Codes first: they are what most files write, and cheaper to compare than names.
    const auto found = std::find_if(std::begin(Kinds), std::end(Kinds),
                                    [&](const Kind &kind) { return trimmed == kind.code; });
    const Kind *const kind =
        found != std::end(Kinds)
            ? found
            : std::find_if(std::begin(Kinds), std::end(Kinds), [&](const Kind &kind) {
                  return trimmed.compare(kind.name, Qt::CaseInsensitive) == 0;
              });
    if (kind == std::end(Kinds)) {
        return std::nullopt;
    }
    // External forces are another state's when ACLED names them as it names a state's own
    // ("Military Forces of Russia (2000-)" in Ukraine's data).
    const bool statesForces = kind->type == Actor::Type::Organisation &&
                              (name.startsWith(QLatin1StringView("Military Forces of ")) ||
                               name.startsWith(QLatin1StringView("Police Forces of ")));
    return statesForces ? Actor::Type::State : kind->type;
}

PartialDate AcledReader::withTimePrecision(const PartialDate &date, QStringView code)
{
    switch (timePrecisionOf(code)) {
    case TimePrecision::Day:
        return PartialDate::day(date.yearValue(), date.monthValue(), date.dayValue());
    case TimePrecision::Week: // the day ACLED gives, approximately
        return PartialDate::day(date.yearValue(), date.monthValue(), date.dayValue(), true);
    case TimePrecision::Month:
        return PartialDate::month(date.yearValue(), date.monthValue());
    case TimePrecision::Unknown:
        break;
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
        if (timePrecisionOf(precision) == TimePrecision::Unknown) {
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
