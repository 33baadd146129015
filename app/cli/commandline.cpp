// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "csvmapping.h"
#include "error.h"
#include "eventstore.h"
#include "fileupgrade.h"
#include "importformats.h"
#include "importrun.h"
#include "negotiatingtableexport.h"
#include "seedloader.h"
#include "timelineexporter.h"
#include "timelineview.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

namespace entente {

using namespace Qt::StringLiterals;

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption database{
        QStringLiteral("database"),
        CommandLine::tr(
            "Open the timeline FILE (the window creates an empty one if missing; --list and "
            "--export-image do not)."),
        QStringLiteral("FILE")};
    QCommandLineOption exportImage{
        QStringLiteral("export-image"),
        CommandLine::tr("Draw the timeline into FILE (.png, .svg or .pdf) and exit."),
        QStringLiteral("FILE")};
    QCommandLineOption exportTable{
        QStringLiteral("export-table"),
        CommandLine::tr("Draw the negotiating table (who took part in which talks and "
                        "agreements) into FILE (.png, .svg, .pdf or .csv) and exit; --from, --to "
                        "and --process choose its columns."),
        QStringLiteral("FILE")};
    QCommandLineOption process{
        QStringLiteral("process"),
        CommandLine::tr("For --export-table: only the agreements of the peace process NAME."),
        QStringLiteral("NAME")};
    QCommandLineOption exportData{
        QStringLiteral("export"),
        CommandLine::tr("Write the timeline's data into FILE and exit; the format is given by "
                        "--format or by the extension (.json, .csv, .ics)."),
        QStringLiteral("FILE")};
    QCommandLineOption from{
        QStringLiteral("from"),
        CommandLine::tr("Keep the events from DATE on (YYYY, YYYY-MM or YYYY-MM-DD); for "
                        "--export-image, where the drawn range starts."),
        QStringLiteral("DATE")};
    QCommandLineOption to{QStringLiteral("to"),
                          CommandLine::tr("Keep the events up to DATE; for --export-image, where "
                                          "the drawn range ends."),
                          QStringLiteral("DATE")};
    QCommandLineOption size{
        QStringLiteral("size"),
        CommandLine::tr("Width and least height of an exported PNG or SVG, which grows "
                        "to hold every lane (default 1600x900)."),
        QStringLiteral("WIDTHxHEIGHT")};
    QCommandLineOption theme{
        QStringLiteral("theme"),
        CommandLine::tr(
            "Colours: light or dark. Exports are light unless told; the window follows the "
            "desktop unless told."),
        QStringLiteral("THEME")};
    QCommandLineOption lanes{
        QStringLiteral("lanes"),
        CommandLine::tr("Lanes of the exported image: actor (default), category or packed."),
        QStringLiteral("KIND")};
    QCommandLineOption list{QStringLiteral("list"), CommandLine::tr("Print every event and exit.")};
    QCommandLineOption format{
        QStringLiteral("format"),
        CommandLine::tr("Format of --list: json (default) or csv; of --export: json, csv, "
                        "timelinejs or ics; of --import: %1 (default: told from the file).")
            .arg(ImportFormats::names().join(QStringLiteral(", "))),
        QStringLiteral("FORMAT")};
    QCommandLineOption import{
        QStringLiteral("import"),
        CommandLine::tr("Add the events of FILE to the timeline, all or nothing, and exit."),
        QStringLiteral("FILE")};
    QCommandLineOption duplicates{
        QStringLiteral("duplicates"),
        CommandLine::tr("What --import does with an event the timeline has (same uid or dataset "
                        "id): skip (default) or update."),
        QStringLiteral("WHAT")};
    QCommandLineOption skipBadRows{
        QStringLiteral("skip-bad-rows"),
        CommandLine::tr("Let --import leave out rows it cannot read (listed on stderr) instead "
                        "of importing nothing.")};
    QCommandLineOption map{
        QStringLiteral("map"),
        CommandLine::tr(
            "Columns of a CSV file of no known format, for --import: "
            "title=COL,date=COL,end=COL,actor[:ROLE[:KIND]]=COL,… with COL a header name or "
            "a 1-based number (fields: %1; default: guessed from the header).")
            .arg(CsvMapping::names().join(QStringLiteral(", "))),
        QStringLiteral("MAPPING")};
    QCommandLineOption dateOrder{
        QStringLiteral("date-order"),
        CommandLine::tr("Whether --import reads dates such as 05/02/2025 day first (dmy) or "
                        "month first (mdy), when the file's dates do not settle it."),
        QStringLiteral("ORDER")};
    QCommandLineOption query{
        QStringLiteral("query"),
        CommandLine::tr("Keep the events that match TEXT, in the search field's syntax: words, "
                        "\"a phrase\", prefix*, OR, -word, actor:, category:, source:."),
        QStringLiteral("TEXT")};
    QCommandLineOption actor{
        QStringLiteral("actor"),
        CommandLine::tr("Keep the events of the actor NAME (its name, short name or an alias); "
                        "given more than once, of any of them."),
        QStringLiteral("NAME")};
    QCommandLineOption category{
        QStringLiteral("category"),
        CommandLine::tr("Keep the events of the category NAME; given more than once, of any of "
                        "them."),
        QStringLiteral("NAME")};
    QCommandLineOption tag{QStringLiteral("tag"),
                           CommandLine::tr("Keep the events tagged TAG; given more than once, "
                                           "tagged with any of them."),
                           QStringLiteral("TAG")};
    QCommandLineOption language{
        QStringLiteral("language"),
        CommandLine::tr("The language of the window and the messages: %1 (default: the "
                        "system's, if it is one of them, else English). Dates and numbers "
                        "follow it.")
            .arg(Translations::choices()),
        QStringLiteral("CODE")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            CommandLine::tr("Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               CommandLine::tr("Show the version and exit.")};

    Parser()
    {
        parser.setApplicationDescription(
            CommandLine::tr("Entente: a timeline viewer for conflict diplomacy.\n\nExit codes: 0 "
                            "done, 1 failed (nothing changed), 2 bad usage, 3 --import found bad "
                            "rows and imported nothing."));
        parser.addOptions({database, exportImage, exportData,  from,  to,        query, actor,
                           category, tag,         size,        theme, lanes,     list,  format,
                           import,   duplicates,  skipBadRows, map,   dateOrder, help,  version});
        parser.addOptions({exportTable, process, language});
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     CommandLine::tr("The timeline to open, as with --database."),
                                     QStringLiteral("[FILE]"));
    }
};

// Which of `choices` the option names (case aside); the first when it is not given, -1 with
// *error set (only for the first error) when it names none of them.
int choice(const Parser &p, const QCommandLineOption &option, const QStringList &choices,
           QString *error)
{
    if (!p.parser.isSet(option)) {
        return 0;
    }
    const QString value = p.parser.value(option);
    const int index = int(choices.indexOf(value.toLower()));
    if (index < 0 && error->isEmpty()) {
        *error =
            CommandLine::tr("--%1: “%2” is not %3")
                .arg(option.names().constFirst(), value, choices.join(CommandLine::tr(" or ")));
    }
    return index;
}

bool parseDate(const Parser &p, const QCommandLineOption &option, PartialDate *date, QString *error)
{
    if (!p.parser.isSet(option)) {
        return true;
    }
    QString reason;
    *date = PartialDate::fromIso(p.parser.value(option), &reason);
    if (date->isNull()) {
        *error = CommandLine::tr("--%1: %2").arg(option.names().constFirst(), reason);
        return false;
    }
    return true;
}

// --export FILE [--format F]: the format named, else the one of the file's extension.
bool parseExport(const Parser &p, CommandLine::Options *options, QString *error)
{
    options->exportData = p.parser.value(p.exportData);
    if (options->exportData.isEmpty()) {
        return true;
    }
    if (options->list || !options->exportImage.isEmpty()) {
        *error = CommandLine::tr("--export cannot be used with --list or --export-image");
        return false;
    }
    std::optional<DataExport::Format> format;
    if (p.parser.isSet(p.format)) {
        format = DataExport::formatNamed(p.parser.value(p.format));
        if (!format) {
            *error = CommandLine::tr("--format: “%1” is not %2")
                         .arg(p.parser.value(p.format),
                              DataExport::formatNames().join(CommandLine::tr(" or ")));
            return false;
        }
    } else {
        format = DataExport::formatOfFile(options->exportData);
        if (!format) {
            *error = CommandLine::tr("--export: cannot tell the format of “%1”; use .json, .csv "
                                     "or .ics, or --format timelinejs")
                         .arg(options->exportData);
            return false;
        }
    }
    options->dataFormat = *format;
    return true;
}

bool parseSize(const QString &text, QSize *size, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,5})[xX](\d{1,5})$)"));
    const auto match = pattern.match(text);
    const int width = match.captured(1).toInt(), height = match.captured(2).toInt();
    if (!match.hasMatch() || width < 200 || height < 100 || width > 16384 || height > 16384) {
        *error = CommandLine::tr("--size: “%1” is not WIDTHxHEIGHT between 200x100 and 16384x16384")
                     .arg(text);
        return false;
    }
    *size = QSize(width, height);
    return true;
}

// The timeline: `entente FILE` (what a file manager runs) or `--database FILE`; one of them,
// once.
bool parseFile(const Parser &p, QString *file, QString *error)
{
    const QStringList files = p.parser.positionalArguments();
    if (files.size() > 1) {
        *error = CommandLine::tr("unexpected argument “%1”: one timeline at a time (see --help)")
                     .arg(files.at(1));
        return false;
    }
    if (!files.isEmpty() && p.parser.isSet(p.database)) {
        *error = CommandLine::tr("“%1” and --database %2: give the timeline once")
                     .arg(files.constFirst(), p.parser.value(p.database));
        return false;
    }
    *file = files.isEmpty() ? p.parser.value(p.database) : files.constFirst();
    return true;
}

bool parseCriteria(const Parser &p, CommandLine::Options *options, QString *error)
{
    options->query = p.parser.value(p.query);
    options->actors = p.parser.values(p.actor);
    options->categories = p.parser.values(p.category);
    options->tags = p.parser.values(p.tag);
    const bool asked = p.parser.isSet(p.query) || !options->actors.isEmpty() ||
                       !options->categories.isEmpty() || !options->tags.isEmpty();
    if (asked && !options->list && options->exportData.isEmpty() &&
        options->exportImage.isEmpty()) {
        *error = CommandLine::tr(
            "--query, --actor, --category and --tag go with --list, --export or --export-image");
        return false;
    }
    return true;
}

bool parseImport(const Parser &p, CommandLine::Options *options, QString *error)
{
    options->importFile = p.parser.value(p.import);
    options->skipBadRows = p.parser.isSet(p.skipBadRows);
    const bool importing = !options->importFile.isEmpty();
    if (!importing && (p.parser.isSet(p.duplicates) || options->skipBadRows ||
                       p.parser.isSet(p.map) || p.parser.isSet(p.dateOrder))) {
        *error = CommandLine::tr(
            "--duplicates, --skip-bad-rows, --map and --date-order go with --import");
        return false;
    }
    if (importing &&
        (p.parser.isSet(p.list) || p.parser.isSet(p.exportImage) || p.parser.isSet(p.exportData))) {
        *error = CommandLine::tr("--import cannot be used with --list, --export or --export-image");
        return false;
    }
    const int duplicates = choice(p, p.duplicates, {u"skip"_s, u"update"_s}, error);
    if (duplicates < 0) {
        return false;
    }
    options->duplicates = ContentImport::Duplicates(duplicates); // in the order of the choices
    options->columnMap = p.parser.value(p.map);
    if (p.parser.isSet(p.dateOrder)) {
        const int order = choice(p, p.dateOrder, {u"dmy"_s, u"mdy"_s}, error);
        if (order < 0) {
            return false;
        }
        options->dateOrder = order == 0 ? DateOrder::DayFirst : DateOrder::MonthFirst;
    }
    if (importing && p.parser.isSet(p.format)) {
        options->importFormat = p.parser.value(p.format).toLower();
        if (!ImportFormats::fromName(options->importFormat)) {
            *error = CommandLine::tr("--format: “%1” is not %2")
                         .arg(p.parser.value(p.format),
                              ImportFormats::names().join(CommandLine::tr(" or ")));
            return false;
        }
    }
    return true;
}

// --export-table FILE [--process NAME]: a command of its own, its format from the suffix.
bool parseExportTable(const Parser &p, CommandLine::Options *options, QString *error)
{
    options->exportTable = p.parser.value(p.exportTable);
    options->process = p.parser.value(p.process);
    if (options->exportTable.isEmpty()) {
        if (p.parser.isSet(p.process)) {
            *error = CommandLine::tr("--process goes with --export-table");
            return false;
        }
        return true;
    }
    if (p.parser.isSet(p.list) || p.parser.isSet(p.exportImage) || p.parser.isSet(p.exportData) ||
        p.parser.isSet(p.import)) {
        *error = CommandLine::tr(
            "--export-table cannot be used with --list, --export, --export-image or --import");
        return false;
    }
    if (!NegotiatingTableExport::formats().contains(
            QFileInfo(options->exportTable).suffix().toLower())) {
        *error = CommandLine::tr("--export-table: cannot tell the format of “%1”; use .png, "
                                 ".svg, .pdf or .csv")
                     .arg(options->exportTable);
        return false;
    }
    return true;
}

bool parseLanguage(const Parser &p, QString *language, QString *error)
{
    *language = p.parser.value(p.language).toLower();
    if (!language->isEmpty() && !Translations::languages().contains(*language)) {
        *error = CommandLine::tr("--language: “%1” is not %2")
                     .arg(p.parser.value(p.language), Translations::choices());
        return false;
    }
    return true;
}

} // namespace

std::optional<CommandLine::Options> CommandLine::parse(const QStringList &arguments, QString *error)
{
    Parser p;
    if (!p.parser.parse(arguments)) {
        *error = p.parser.errorText();
        return std::nullopt;
    }
    Options options;
    if (!parseFile(p, &options.database, error)) {
        return std::nullopt;
    }
    options.help = p.parser.isSet(p.help);
    if (!parseLanguage(p, &options.language, error)) {
        return std::nullopt;
    }
    options.version = p.parser.isSet(p.version);
    options.exportImage = p.parser.value(p.exportImage);
    options.list = p.parser.isSet(p.list);
    if (!parseDate(p, p.from, &options.from, error) || !parseDate(p, p.to, &options.to, error)) {
        return std::nullopt;
    }
    if (!options.from.isNull() && !options.to.isNull() && options.to < options.from) {
        *error = CommandLine::tr("--to %1 is before --from %2")
                     .arg(options.to.toIso(), options.from.toIso());
        return std::nullopt;
    }
    if (p.parser.isSet(p.size) && !parseSize(p.parser.value(p.size), &options.size, error)) {
        return std::nullopt;
    }
    if (!parseImport(p, &options, error) || !parseExport(p, &options, error) ||
        !parseCriteria(p, &options, error) || !parseExportTable(p, &options, error)) {
        return std::nullopt;
    }
    // With --import or --export, --format names their format (read above); else --list's.
    const int format = options.importFile.isEmpty() && options.exportData.isEmpty()
                           ? choice(p, p.format, {u"json"_s, u"csv"_s}, error)
                           : 0;
    const int theme = choice(p, p.theme, {u"light"_s, u"dark"_s}, error);
    const int lanes = choice(p, p.lanes, {u"actor"_s, u"category"_s, u"packed"_s}, error);
    if (format < 0 || theme < 0 || lanes < 0) {
        return std::nullopt;
    }
    options.format = format == 1 ? EventListWriter::Format::Csv : EventListWriter::Format::Json;
    options.theme = theme == 1 ? TimelineExporter::Theme::Dark : TimelineExporter::Theme::Light;
    options.themeChosen = p.parser.isSet(p.theme);
    options.lanes = LaneModel::Mode(lanes); // in the order of the choices
    if (const QString suffix = QFileInfo(options.exportImage).suffix().toLower();
        !options.exportImage.isEmpty() && !TimelineExporter::formats().contains(suffix)) {
        *error = CommandLine::tr(
                     "--export-image: cannot tell the format of “%1”; use .png, .svg or .pdf")
                     .arg(options.exportImage);
        return std::nullopt;
    }
    if (options.list && !options.exportImage.isEmpty()) {
        *error = CommandLine::tr("--list and --export-image cannot be used together");
        return std::nullopt;
    }
    return options;
}

QString CommandLine::helpText()
{
    return Parser().parser.helpText();
}

void CommandLine::printError(const QString &message)
{
    std::fprintf(stderr, "entente: %s\n", qUtf8Printable(message));
}

// ENTENTE_DATA_DIR puts the user's timeline elsewhere. Linux has XDG_DATA_HOME for that, but
// Windows and macOS take the folder from the system, not the environment: the tests give each
// run of the program a folder of its own through this.
QString CommandLine::defaultTimelinePath()
{
    const QString chosen = qEnvironmentVariable("ENTENTE_DATA_DIR");
    const QString dir = chosen.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : chosen;
    return QDir(dir).filePath(QStringLiteral("timeline.entente"));
}

std::unique_ptr<EventStore> CommandLine::openStore(const Options &options, Purpose purpose)
{
    std::unique_ptr<EventStore> store = openOrCreate(options, purpose);
    if (purpose == Purpose::Edit && store->needsUpgrade()) {
        const QString path = store->path();
        const int version = store->formatVersion();
        store.reset(); // its copy goes; the upgrade opens the file itself
        FileUpgrade::run(path, version);
        printError(CommandLine::tr("%1 was upgraded from timeline format %2 to %3; older "
                                   "versions of Entente cannot open it now")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(version)
                       .arg(EventStore::SchemaVersion));
        store = std::make_unique<EventStore>(path);
    }
    return store;
}

std::unique_ptr<EventStore> CommandLine::openOrCreate(const Options &options, Purpose purpose)
{
    const bool reading = purpose == Purpose::Read || purpose == Purpose::Export;
    const auto access = reading ? EventStore::Access::ReadOnly : EventStore::Access::ReadWrite;
    if (!options.database.isEmpty()) {
        if (reading && !QFileInfo::exists(options.database)) {
            throw Error(CommandLine::tr("%1: no such timeline file")
                            .arg(QDir::toNativeSeparators(options.database)));
        }
        return std::make_unique<EventStore>(options.database, access);
    }
    const QString path = defaultTimelinePath();
    if (QFileInfo::exists(path)) {
        return std::make_unique<EventStore>(path, access);
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        throw Error(CommandLine::tr("cannot create the folder %1")
                        .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    }
    // Build the first timeline beside its final name so that a failure leaves no half file.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    {
        EventStore store(partial);
        SeedLoader::loadBundled(store);
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, path)) {
        throw Error(CommandLine::tr("cannot create %1").arg(QDir::toNativeSeparators(path)));
    }
    return std::make_unique<EventStore>(path, access);
}

// Runs a headless command: what goes wrong is one line on stderr and a non-zero exit, never an
// exception out of main().
template <typename Command>
int CommandLine::reportingErrors(Command &&command)
{
    try {
        return command();
    } catch (const Error &error) {
        printError(error.message());
    } catch (const std::exception &error) {
        printError(
            CommandLine::tr("unexpected error: %1").arg(QString::fromLocal8Bit(error.what())));
    }
    return Failure;
}

namespace {

bool namesActor(const Actor &actor, const QString &name)
{
    const auto same = [&](const QString &other) {
        return other.compare(name, Qt::CaseInsensitive) == 0;
    };
    return same(actor.name) || same(actor.shortName) ||
           std::any_of(actor.aliases.begin(), actor.aliases.end(), same);
}

} // namespace

EventCriteria CommandLine::criteriaOf(const Options &options, const EventStore &store)
{
    EventCriteria criteria;
    criteria.query = options.query;
    criteria.tags = options.tags;
    if (!options.from.isNull()) {
        criteria.from = options.from.earliestSecond();
    }
    if (!options.to.isNull()) {
        criteria.to = options.to.latestSecond();
    }
    const QList<Actor> actors = options.actors.isEmpty() ? QList<Actor>() : store.actors();
    for (const QString &name : options.actors) {
        const qsizetype before = criteria.actors.size();
        for (const Actor &actor : actors) {
            if (namesActor(actor, name)) {
                criteria.actors.append(actor.id);
            }
        }
        if (criteria.actors.size() == before) {
            throw Error(tr("--actor: %1 has no actor named “%2”")
                            .arg(QDir::toNativeSeparators(store.path()), name));
        }
    }
    const QList<Category> categories =
        options.categories.isEmpty() ? QList<Category>() : store.categories();
    for (const QString &name : options.categories) {
        const auto found = std::find_if(categories.begin(), categories.end(), [&](const auto &c) {
            return c.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (found == categories.end()) {
            throw Error(tr("--category: %1 has no category “%2”")
                            .arg(QDir::toNativeSeparators(store.path()), name));
        }
        criteria.categories.append(found->name);
    }
    return criteria;
}

int CommandLine::runList(const Options &options)
{
    return reportingErrors([&] {
        const std::unique_ptr<EventStore> store = openStore(options, Purpose::Read);
        const QByteArray output =
            EventListWriter::write(*store, options.format, criteriaOf(options, *store));
#ifdef Q_OS_WIN
        // A CSV or JSON file's bytes, as they are: text mode would put a CR before each LF.
        _setmode(_fileno(stdout), _O_BINARY);
#endif
        std::fwrite(output.constData(), 1, size_t(output.size()), stdout);
        return std::fflush(stdout) == 0 ? Success : Failure;
    });
}

int CommandLine::runExport(const Options &options)
{
    return reportingErrors([&] {
        const std::unique_ptr<EventStore> store = openStore(options, Purpose::Export);
        const qsizetype leftOut = DataExport::write(*store, options.exportData, options.dataFormat,
                                                    criteriaOf(options, *store));
        if (leftOut > 0) {
            std::fprintf(stderr, "entente: %s\n",
                         qUtf8Printable(CommandLine::tr("events left out, undated (the format "
                                                        "has no place for them): %n",
                                                        nullptr, int(leftOut))));
        }
        return Success;
    });
}

int CommandLine::runHeadless(const Options &options)
{
    if (options.list) {
        return runList(options);
    }
    return options.importFile.isEmpty() ? runExport(options) : runImport(options);
}

int CommandLine::runExportImage(const Options &options)
{
    return reportingErrors([&] {
        const std::unique_ptr<EventStore> store = openStore(options, Purpose::Read);
        TimelineExporter::Options exportOptions;
        exportOptions.size = options.size;
        exportOptions.theme = options.theme;
        exportOptions.lanes = options.lanes;
        if (const EventCriteria criteria = criteriaOf(options, *store); !criteria.isEmpty()) {
            exportOptions.matches = std::make_shared<const MatchSet>(store->matches(criteria));
        }
        if (!options.from.isNull() || !options.to.isNull()) {
            // An open end takes the whole timeline's bound on that side.
            const auto bounds = store->timeBounds().value_or(
                std::make_pair(options.from.earliestSecond(), options.to.latestSecond()));
            exportOptions.range =
                std::make_pair(options.from.isNull() ? bounds.first : options.from.earliestSecond(),
                               options.to.isNull() ? bounds.second : options.to.latestSecond());
        }
        // The range as it was asked for ("Feb 2025"); an open end, as the exporter says it.
        if (!options.from.isNull() && !options.to.isNull()) {
            exportOptions.subtitle = CommandLine::tr("%1 – %2").arg(options.from.toDisplayString(),
                                                                    options.to.toDisplayString());
        }
        TimelineExporter::write(*store, options.exportImage, exportOptions);
        return Success;
    });
}

int CommandLine::runExportTable(const Options &options)
{
    return reportingErrors([&] {
        const std::unique_ptr<EventStore> store = openStore(options, Purpose::Read);
        if (!options.process.isEmpty() && store->agreementsOfProcess(options.process).isEmpty()) {
            throw Error(tr("--process: %1 has no agreement of the peace process “%2”")
                            .arg(QDir::toNativeSeparators(store->path()), options.process));
        }
        NegotiatingTable::Options table;
        table.process = options.process;
        table.from = options.from;
        table.to = options.to;
        NegotiatingTableExport::write(*store, table, options.exportTable);
        return Success;
    });
}

int CommandLine::runImport(const Options &options)
{
    return reportingErrors([&] { return ImportRun(options).run(); });
}

} // namespace entente
