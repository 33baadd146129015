// SPDX-License-Identifier: GPL-3.0-or-later
#include "paxreader.h"

#include "contentbuilder.h"
#include "datasettable.h"
#include "datecolumnreader.h"
#include "paxcoding.h"

#include <QHash>

namespace entente {

namespace {

const QString Format = QStringLiteral("PA-X");
constexpr int MaxSingleName = 80;

// Columns that describe the agreement rather than code a topic; those kept become
// "pax.<column in lower case>" attributes.
struct Described
{
    const char *column;
    bool kept;
};
constexpr Described DescribingColumns[] = {
    {"Con", true},       {"Contp", true},     {"PP", true},       {"PPName", false},
    {"Reg", true},       {"AgtId", false},    {"Ver", true},      {"Agt", false},
    {"Dat", false},      {"Status", true},    {"Lgt", false},     {"N_characters", false},
    {"Agtp", true},      {"Stage", true},     {"StageSub", true}, {"Part", false},
    {"ThrdPart", false}, {"OthAgr", false},   {"Loc1ISO", true},  {"Loc2ISO", true},
    {"Loc1GWNO", false}, {"Loc2GWNO", false}, {"UcdpCon", false}, {"UcdpAgr", false},
    {"PamAgr", false},   {"CowWar", false},   {"Interim", false}, {"ImSrc", false},
};

bool isDescribing(const QString &column)
{
    return std::any_of(std::begin(DescribingColumns), std::end(DescribingColumns),
                       [&](const Described &d) { return column == QLatin1StringView(d.column); });
}

// The columns of a PA-X file, found once in its header.
struct Columns
{
    explicit Columns(const DatasetTable &table)
        : id(table.requiredColumn(QLatin1StringView("AgtId"), Format)),
          title(table.requiredColumn(QLatin1StringView("Agt"), Format)),
          date(table.requiredColumn(QLatin1StringView("Dat"), Format)),
          process(table.column(QLatin1StringView("PPName"))),
          stage(table.column(QLatin1StringView("Stage"))),
          subStage(table.column(QLatin1StringView("StageSub"))),
          parties(table.column(QLatin1StringView("Part"))),
          thirdParties(table.column(QLatin1StringView("ThrdPart")))
    {
        for (const Described &described : DescribingColumns) {
            const int index = table.column(QLatin1StringView(described.column));
            if (described.kept && index >= 0) {
                kept.append({index, QStringLiteral("pax.") +
                                        QLatin1StringView(described.column).toString().toLower()});
            }
        }
        kept.append({id, QStringLiteral("pax.id")});
        kept = DatasetTable::inAttributeOrder(kept);
        const QStringList &header = table.header();
        for (int i = 0; i < header.size(); ++i) {
            if (!isDescribing(header.at(i))) {
                topics.append(i);
            }
        }
    }

    int id, title, date, process, stage, subStage, parties, thirdParties;
    QList<DatasetTable::KeptColumn> kept;
    QList<int> topics; // the coding columns
};

// What becomes the agreement's row and provisions once its event is known to be good.
struct Coding
{
    Agreement agreement;
    QList<PaxCoding::Code> codes;
};

Coding codingOf(const DatasetTable &table, const Columns &columns)
{
    Coding coding;
    coding.agreement.stage =
        PaxCoding::stageOf(table.field(columns.stage), table.field(columns.subStage));
    coding.agreement.process = table.text(columns.process).simplified();
    for (const int column : columns.topics) {
        const QStringView value = table.field(column);
        if (!value.isEmpty() && value != u"0") {
            bool isNumber = false;
            const int number = value.trimmed().toInt(&isNumber);
            coding.codes.append({table.header().at(column), isNumber ? number : 1});
        }
    }
    return coding;
}

// The agreement rows and provisions of the chunk's events, which have all been read.
void addAgreements(ContentBuilder &builder, QHash<QString, Coding> *codings)
{
    for (qsizetype i = 0; i < builder.eventCount(); ++i) {
        const QString &uid = builder.event(i).uid;
        const Coding coding = codings->take(uid);
        builder.addAgreement(i, coding.agreement, PaxCoding::provisionsOf(uid, coding.codes));
    }
    codings->clear(); // those of events taken out as bad
}

QString descriptionOf(const DatasetTable &table, const Columns &columns)
{
    QString description = table.text(columns.title);
    if (const QStringView parties = table.field(columns.parties); !parties.isEmpty()) {
        description += QStringLiteral("\n\n") + PaxReader::tr("Parties: %1").arg(parties);
    }
    if (const QStringView third = table.field(columns.thirdParties); !third.isEmpty()) {
        description += QStringLiteral("\n\n") + PaxReader::tr("Third parties: %1").arg(third);
    }
    return description;
}

Event eventOf(const DatasetTable &table, const Columns &columns, const Coding &coding,
              ContentBuilder &builder)
{
    static const QString Topics = QStringLiteral("pax.topics");
    Event event;
    event.uid = QStringLiteral("pax:") + table.text(columns.id);
    event.title = table.text(columns.title).simplified();
    event.description = descriptionOf(table, columns);
    event.category = QStringLiteral("agreement");
    event.importance = 4;
    if (const QStringView process = table.field(columns.process); !process.isEmpty()) {
        event.tags.append(process.toString());
    }
    for (const QString &name : PaxReader::namesIn(table.field(columns.parties))) {
        builder.addActor(&event, name, QStringLiteral("party"));
    }
    for (const QString &name : PaxReader::namesIn(table.field(columns.thirdParties))) {
        builder.addActor(&event, name, QStringLiteral("third party"));
    }
    table.keep(columns.kept, &event.attributes);
    QStringList topics;
    for (const PaxCoding::Code &code : coding.codes) {
        topics.append(code.column);
    }
    if (!topics.isEmpty()) {
        event.attributes.insert(Topics, topics.join(u','));
    }
    return event;
}

bool isSingleName(QStringView name)
{
    return !name.isEmpty() && name.size() <= MaxSingleName && !name.contains(u'\n') &&
           !name.contains(u',') && !name.contains(u':') && !name.contains(u" and ");
}

} // namespace

QStringList PaxReader::namesIn(QStringView field)
{
    if (!field.contains(u';')) {
        return isSingleName(field) ? QStringList{field.toString()} : QStringList();
    }
    QStringList names;
    for (const QStringView part : field.tokenize(u';')) {
        const QStringView name = part.trimmed();
        if (name.contains(u'\n') || name.contains(u':') || name.size() > 2 * MaxSingleName) {
            return {}; // prose or a signature block, not a list
        }
        if (!name.isEmpty()) {
            names.append(name.toString());
        }
    }
    return names;
}

void PaxReader::stream(QIODevice &device, const QString &fileName, ImportReport *report,
                       const ContentSink &sink, const ImportProgress &progress)
{
    DatasetTable table(device, fileName, report, progress);
    const Columns columns(table);
    ContentBuilder builder;
    DateColumnReader dates(QStringLiteral("Dat"), DateOrder::Unknown);
    QList<qsizetype> bad;
    QHash<QString, Coding> codings; // by event uid, for the chunk being read
    const auto deliver = [&] {
        dates.finish(
            table,
            [&](qsizetype index, const PartialDate &date) { builder.event(index).start = date; },
            &bad);
        builder.removeEvents(std::exchange(bad, {}));
        addAgreements(builder, &codings);
        builder.deliver(sink);
    };
    while (table.next()) {
        if (table.field(columns.id).isEmpty()) {
            table.problem(QStringLiteral("AgtId"), tr("the row has no agreement id"));
            continue;
        }
        Coding coding = codingOf(table, columns);
        const qsizetype index = builder.addEvent(eventOf(table, columns, coding, builder));
        codings.insert(builder.event(index).uid, std::move(coding));
        bool badDate = false;
        const PartialDate date = dates.read(table, columns.date, index, &badDate);
        Event &event = builder.event(index);
        event.start = date;
        if (badDate || !table.isValid(event)) {
            bad.append(index);
        }
        if (builder.isChunkFull() && !dates.waitsForOrder()) {
            deliver();
        }
    }
    deliver();
}

} // namespace entente
