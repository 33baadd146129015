// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzztargets.h"

#include "contentimport.h"
#include "csvmapping.h"
#include "csvreader.h"
#include "datecolumn.h"
#include "error.h"
#include "eventcriteria.h"
#include "eventstore.h"
#include "importformats.h"
#include "mappedcsvreader.h"
#include "partialdate.h"
#include "seedloader.h"
#include "textreader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace entente {

namespace {

constexpr qsizetype DetectionHead = 8192; // what the command line reads to tell the format

// The mapping `entente --import --map` is given in the fuzzed CSV's case: every field, by
// column number. A file with fewer columns is read with the guessed mapping instead.
constexpr auto CsvMap = "title=1,date=2,end=3,actor=4,actor:mediator:person=5,category=6,"
                        "description=7,location=8,tags=9,url=10,source=11,outlet=12,uid=13,"
                        "importance=14,attribute=15";

constexpr auto PartialDateTarget = "partialdate";
constexpr auto DatabaseTarget = "database";

// The targets of the import formats: their names, and the name the file is given.
struct ImportTarget
{
    const char *name;
    ImportFormat format;
    const char *fileName;
};
constexpr ImportTarget ImportTargets[] = {
    {"acled", ImportFormat::Acled, "acled.csv"},
    {"ucdp", ImportFormat::Ucdp, "ged.csv"},
    {"pax", ImportFormat::Pax, "pax.csv"},
    {"timelinejs", ImportFormat::TimelineJs, "timeline.json"},
    {"timelinexml", ImportFormat::Timeline, "saved.timeline"},
    {"icalendar", ImportFormat::Ics, "calendar.ics"},
    {"csv", ImportFormat::Csv, "table.csv"},
    {"ententejson", ImportFormat::Json, "export.json"},
};

QString fileNameOf(ImportFormat format)
{
    for (const ImportTarget &target : ImportTargets) {
        if (target.format == format) {
            return QString::fromLatin1(target.fileName);
        }
    }
    return QStringLiteral("file");
}

// Thrown at the end of an import to roll it back: not an Error, which the import may throw.
struct RolledBack
{
};

// A broken invariant: a crash, for libFuzzer and for the test alike.
void require(bool holds, const char *what, const QString &input)
{
    if (!holds) {
        qFatal("%s: %s", what, qUtf8Printable(input));
    }
}

// What reads as a date writes back as the same date, and covers a span that ends after it
// begins.
void checkDate(const PartialDate &date, const QString &input)
{
    if (date.isNull()) {
        return;
    }
    require(PartialDate::fromIso(date.toEdtf()) == date, "toEdtf does not read back", input);
    require(PartialDate::fromText(date.toDisplayString()) == date,
            "toDisplayString does not read back", input);
    require(date.earliestSecond() <= date.latestSecond(), "a date ends before it begins", input);
}

// The directory of the fuzzers' files, for the life of the process.
const QTemporaryDir &temporaryDir()
{
    static const QTemporaryDir dir;
    return dir;
}

// One timeline for every import of the process, holding the bundled one so that the import's
// matching of actors, sources and uids has something to match.
EventStore &importStore()
{
    static const std::unique_ptr<EventStore> store = [] {
        auto made =
            std::make_unique<EventStore>(temporaryDir().filePath(QStringLiteral("import.entente")));
        SeedLoader::loadBundled(*made);
        return made;
    }();
    return *store;
}

// The reader of a CSV of no known format, as ImportRun::reader makes it for --map.
std::unique_ptr<DatasetReader> mappedCsvReader(const QByteArray &bytes, const QString &fileName)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TextReader text(&buffer);
    const QStringList header = CsvReader(text, QChar(), fileName).header().fields;
    CsvMapping mapping;
    try {
        mapping = CsvMapping::fromText(QString::fromLatin1(CsvMap), header);
        mapping.dateOrder = DateOrder::DayFirst;
    } catch (const Error &) {
        // Fewer columns than the map names: guessed, as without --map.
    }
    return std::make_unique<MappedCsvReader>(mapping);
}

std::unique_ptr<DatasetReader> readerOf(ImportFormat format, const QByteArray &bytes,
                                        const QString &fileName)
{
    return format == ImportFormat::Csv ? mappedCsvReader(bytes, fileName)
                                       : ImportFormats::reader(format);
}

// What a window reads first of a timeline it opens.
void readTimeline(const EventStore &store)
{
    store.eventCount();
    store.undatedEventCount();
    store.actors();
    store.categories();
    store.title();
    const SearchPage page =
        store.search(EventCriteria(), EventSearch::Order::Time, EventSearch::FirstKey, true);
    if (const auto bounds = store.timeBounds()) {
        store.eventsInRange(bounds->first, bounds->second, EventStore::Detail::Timeline);
    }
    QList<qint64> ids;
    for (const SearchHit &hit : page.hits) {
        ids.append(hit.eventId);
    }
    store.events(ids, EventStore::Detail::Full);
    store.relationsOf(ids);
}

void removeTimelineFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1StringView(suffix));
    }
}

} // namespace

QStringList FuzzTargets::names()
{
    QStringList names = {QString::fromLatin1(PartialDateTarget)};
    for (const ImportTarget &target : ImportTargets) {
        names.append(QString::fromLatin1(target.name));
    }
    names.append(QString::fromLatin1(DatabaseTarget));
    return names;
}

bool FuzzTargets::run(const QString &target, QByteArrayView data)
{
    if (target == QLatin1StringView(PartialDateTarget)) {
        partialDate(data);
        return true;
    }
    if (target == QLatin1StringView(DatabaseTarget)) {
        database(data);
        return true;
    }
    for (const ImportTarget &import : ImportTargets) {
        if (target == QLatin1StringView(import.name)) {
            importFile(import.format, data);
            return true;
        }
    }
    return false;
}

void FuzzTargets::partialDate(QByteArrayView data)
{
    const QString text = QString::fromUtf8(data);
    QString error;
    checkDate(PartialDate::fromIso(text, &error), text);
    checkDate(PartialDate::fromText(text, &error), text);
    for (DateOrder order : {DateOrder::Unknown, DateOrder::DayFirst, DateOrder::MonthFirst}) {
        checkDate(DateColumn::parse(text, order, &error), text);
    }
}

// Streamed into the shared timeline, rows with problems skipped (--skip-bad-rows), and the
// whole import rolled back.
void FuzzTargets::importFile(ImportFormat format, QByteArrayView data)
{
    const QString fileName = fileNameOf(format);
    const QByteArray bytes = data.toByteArray();
    ImportFormats::detect(fileName, bytes.left(DetectionHead));
    try {
        const std::unique_ptr<DatasetReader> reader = readerOf(format, bytes, fileName);
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        ImportReport report;
        EventStore &store = importStore();
        store.batch([&] {
            ContentImport::run(
                store,
                [&](const ContentSink &sink) { reader->stream(buffer, fileName, &report, sink); },
                {});
            throw RolledBack();
        });
    } catch (const RolledBack &) {
    } catch (const Error &) {
    }
}

void FuzzTargets::database(QByteArrayView data)
{
    const QString path = temporaryDir().filePath(QStringLiteral("opened.entente"));
    removeTimelineFile(path);
    {
        QFile file(path);
        require(file.open(QIODevice::WriteOnly) &&
                    file.write(data.data(), data.size()) == data.size(),
                "cannot write the temporary file", path);
    }
    try {
        const EventStore store(path, EventStore::Access::ReadOnly);
        readTimeline(store);
    } catch (const Error &) {
    }
}

} // namespace entente
