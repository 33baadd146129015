// SPDX-License-Identifier: GPL-3.0-or-later
#include "ucdpreader.h"

#include "contentbuilder.h"
#include "datasettable.h"
#include "datecolumnreader.h"

#include <QSet>

namespace entente {

namespace {

const QString Format = QStringLiteral("UCDP GED");

// The columns of a UCDP GED file, found once in its header.
struct Columns
{
    explicit Columns(const DatasetTable &table)
        : id(table.requiredColumn(QLatin1StringView("id"), Format)),
          start(table.requiredColumn(QLatin1StringView("date_start"), Format)),
          end(table.column(QLatin1StringView("date_end"))),
          sideA(table.requiredColumn(QLatin1StringView("side_a"), Format)),
          sideB(table.requiredColumn(QLatin1StringView("side_b"), Format)),
          conflict(table.column(QLatin1StringView("conflict_name"))),
          violence(table.column(QLatin1StringView("type_of_violence"))),
          articles(table.column(QLatin1StringView("source_article"))),
          where(table.column(QLatin1StringView("where_description"))),
          admin1(table.column(QLatin1StringView("adm_1"))),
          best(table.column(QLatin1StringView("best"))),
          low(table.column(QLatin1StringView("low"))),
          high(table.column(QLatin1StringView("high"))),
          kept(DatasetTable::inAttributeOrder(
              table.keptColumns(QString(), {"latitude", "longitude"}) +
              table.keptColumns(QStringLiteral("ucdp."),
                                {"best", "low", "high", "deaths_a", "deaths_b", "deaths_civilians",
                                 "deaths_unknown", "date_prec", "where_prec", "event_clarity",
                                 "dyad_name", "country"})))
    {}

    int id, start, end, sideA, sideB, conflict, violence, articles, where, admin1, best, low, high;
    QList<DatasetTable::KeptColumn> kept;
};

QString violenceName(QStringView code)
{
    if (code == u"1") {
        return UcdpReader::tr("State-based conflict");
    }
    if (code == u"2") {
        return UcdpReader::tr("Non-state conflict");
    }
    if (code == u"3") {
        return UcdpReader::tr("One-sided violence");
    }
    return {};
}

// "Mandrykino town" of "Mandrykino town; at a checkpoint near Donetsk (…)": the place's name.
QStringView placeName(QStringView where)
{
    const qsizetype end = where.indexOf(u';');
    QStringView name = end < 0 ? where : where.left(end);
    const qsizetype bracket = name.indexOf(u'(');
    name = (bracket > 0 ? name.left(bracket) : name).trimmed();
    // Some places are written as a phrase ("in the war-torn east of the country"): the title
    // says "in" itself.
    if (name.startsWith(u"in ", Qt::CaseInsensitive)) {
        name = name.mid(3).trimmed();
    }
    return name;
}

QString titleOf(const DatasetTable &table, const Columns &columns)
{
    QString title = table.text(columns.sideA);
    if (const QStringView sideB = table.field(columns.sideB); !sideB.isEmpty()) {
        title += QStringLiteral(" – ");
        title += sideB;
    }
    if (const QStringView place = placeName(table.field(columns.where)); !place.isEmpty()) {
        title += UcdpReader::tr(" in %1").arg(place);
    }
    return title;
}

QString locationOf(const DatasetTable &table, const Columns &columns)
{
    const QStringView where = table.field(columns.where);
    const QStringView admin1 = table.field(columns.admin1);
    if (where.isEmpty() || admin1.isEmpty() || where.contains(admin1)) {
        return (where.isEmpty() ? admin1 : where).toString();
    }
    return QStringLiteral("%1, %2").arg(where, admin1);
}

// The row's event, its dates aside.
Event eventOf(const DatasetTable &table, const Columns &columns, ContentBuilder &builder)
{
    Event event;
    event.uid = QStringLiteral("ucdp:") + table.text(columns.id);
    event.title = titleOf(table, columns);
    event.category = violenceName(table.field(columns.violence));
    if (const QStringView conflict = table.field(columns.conflict); !conflict.isEmpty()) {
        event.tags.append(conflict.toString());
    }
    event.location = locationOf(table, columns);
    if (const QStringView best = table.field(columns.best); !best.isEmpty()) {
        event.description = UcdpReader::tr("Deaths: %1 (best estimate; low %2, high %3).")
                                .arg(best, table.field(columns.low), table.field(columns.high));
    }
    const QString sideA = table.text(columns.sideA), sideB = table.text(columns.sideB);
    builder.addActor(&event, sideA, QStringLiteral("side A"), UcdpReader::kindOfSide(sideA));
    builder.addActor(&event, sideB, QStringLiteral("side B"), UcdpReader::kindOfSide(sideB));
    for (const Source &source : UcdpReader::sourcesOf(table.field(columns.articles))) {
        builder.addSource(&event, source);
    }
    table.keep(columns.kept, &event.attributes);
    return event;
}

Source sourceOf(QStringView article)
{
    Source source;
    const qsizetype comma = article.indexOf(u',');
    const QStringView rest = comma < 0 ? QStringView() : article.sliced(comma + 1);
    constexpr int IsoDateLength = 10;
    const PartialDate published = PartialDate::fromIso(rest.left(IsoDateLength));
    if (comma < 0 || published.isNull() ||
        (rest.size() > IsoDateLength && rest.at(IsoDateLength) != u',')) {
        source.title = article.toString(); // not in UCDP's shape: kept whole
        return source;
    }
    source.outlet = article.left(comma).trimmed().toString();
    source.published = published;
    source.title =
        rest.sliced(std::min<qsizetype>(rest.size(), IsoDateLength + 1)).trimmed().toString();
    return source;
}

} // namespace

// UCDP names a state's side "Government of Ukraine"; every other side is an armed group (or,
// in one-sided violence, civilians).
Actor::Type UcdpReader::kindOfSide(QStringView name)
{
    return name.startsWith(QLatin1StringView("Government of ")) ? Actor::Type::State
                                                                : Actor::Type::Group;
}

QList<Source> UcdpReader::sourcesOf(QStringView field)
{
    QList<Source> sources;
    if (field.startsWith(u'"') && field.endsWith(u'"') && field.size() >= 2) {
        field = field.sliced(1, field.size() - 2);
    }
    for (const QStringView article : field.tokenize(QStringLiteral("\";\""))) {
        if (const QStringView trimmed = article.trimmed(); !trimmed.isEmpty()) {
            sources.append(sourceOf(trimmed));
        }
    }
    return sources;
}

void UcdpReader::setDates(Event *event, const PartialDate &earliest, const PartialDate &latest)
{
    event->kind = Event::Kind::Point;
    event->end = {};
    const int year = earliest.yearValue(), month = earliest.monthValue();
    if (latest.isNull() || latest == earliest) {
        event->start = earliest;
    } else if (latest.latestSecond() == PartialDate::month(year, month).latestSecond() &&
               earliest.dayValue() == 1) {
        event->start = PartialDate::month(year, month);
    } else if (latest.latestSecond() == PartialDate::year(year).latestSecond() &&
               earliest.dayValue() == 1 && month == 1) {
        event->start = PartialDate::year(year);
    } else {
        event->kind = Event::Kind::Period;
        event->start = earliest.withApproximate(true);
        event->end = latest.withApproximate(true);
    }
}

void UcdpReader::stream(QIODevice &device, const QString &fileName, ImportReport *report,
                        const ContentSink &sink, const ImportProgress &progress)
{
    DatasetTable table(device, fileName, report, progress);
    const Columns columns(table);
    ContentBuilder builder;
    DateColumnReader starts(QStringLiteral("date_start"), DateOrder::Unknown);
    DateColumnReader ends(QStringLiteral("date_end"), DateOrder::Unknown);
    QSet<qsizetype> waiting; // events with a date that waits for its column's order
    QList<qsizetype> bad;
    const auto deliver = [&] {
        starts.finish(
            table,
            [&](qsizetype index, const PartialDate &date) { builder.event(index).start = date; },
            &bad);
        ends.finish(
            table,
            [&](qsizetype index, const PartialDate &date) { builder.event(index).end = date; },
            &bad);
        for (const qsizetype index : std::as_const(waiting)) {
            Event &event = builder.event(index);
            setDates(&event, event.start, event.end);
        }
        waiting.clear();
        builder.removeEvents(std::exchange(bad, {}));
        builder.deliver(sink);
    };
    while (table.next()) {
        if (table.field(columns.id).isEmpty()) {
            table.problem(QStringLiteral("id"), tr("the row has no id"));
            continue;
        }
        const qsizetype index = builder.addEvent(eventOf(table, columns, builder));
        bool badDate = false;
        const PartialDate start = starts.read(table, columns.start, index, &badDate);
        const bool hasEnd = !table.field(columns.end).isEmpty();
        const PartialDate end =
            hasEnd && !badDate ? ends.read(table, columns.end, index, &badDate) : PartialDate();
        Event &event = builder.event(index);
        if (badDate) {
            bad.append(index);
        } else if (start.isNull() || (hasEnd && end.isNull())) {
            event.start = start; // shaped by setDates() once both are read
            event.end = end;
            waiting.insert(index);
        } else {
            setDates(&event, start, end);
            if (!table.isValid(event)) {
                bad.append(index);
            }
        }
        if (builder.isChunkFull() && !starts.waitsForOrder() && !ends.waitsForOrder()) {
            deliver();
        }
    }
    deliver();
}

} // namespace entente
