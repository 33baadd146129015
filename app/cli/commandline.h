// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentimport.h"
#include "dataexport.h"
#include "datecolumn.h"
#include "eventcriteria.h"
#include "eventlistwriter.h"
#include "partialdate.h"
#include "timelineexporter.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace entente {

class EventStore;

// Entente's command line: the options, the user's default timeline, and the headless commands
// (--list, --export, --export-image, --export-table, --import) that run without a window and print
// one clear line on error.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(entente::CommandLine)

public:
    // BadRows: --import found rows it could not read and imported nothing.
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2, BadRows = 3 };

    struct Options
    {
        QString database;    // FILE or --database FILE; empty: the user's timeline
        QString exportImage; // --export-image FILE
        QString exportTable; // --export-table FILE: the negotiating table
        QString process;     // --process NAME, for --export-table
        PartialDate from, to;
        QSize size{1600, 900};
        TimelineExporter::Theme theme = TimelineExporter::Theme::Light;
        bool themeChosen = false; // else the window follows the desktop's colours
        LaneModel::Mode lanes = LaneModel::Mode::Actor;
        bool list = false;
        EventListWriter::Format format = EventListWriter::Format::Json;
        QString importFile;   // --import FILE
        QString importFormat; // --format with --import: an ImportFormats name; "": detect
        ContentImport::Duplicates duplicates = ContentImport::Duplicates::Skip;
        bool skipBadRows = false;
        QString columnMap;                        // --map, for a CSV of no known format
        DateOrder dateOrder = DateOrder::Unknown; // --date-order dmy|mdy
        QString exportData;                       // --export FILE
        DataExport::Format dataFormat = DataExport::Format::Json;
        // What --list, --export and --export-image keep: --query, --actor, --category, --tag
        // (each any of those given); --from and --to as well.
        QString query;
        QStringList actors, categories, tags;
        QString language; // --language CODE, one of Translations::languages(); "": the system's
        bool help = false;
        bool version = false;
    };

    // Parses argv (without creating an application). On error returns nullopt and sets *error
    // to one line for stderr.
    static std::optional<Options> parse(const QStringList &arguments, QString *error);
    static QString helpText();
    static bool needsGui(const Options &options)
    {
        return !options.list && options.importFile.isEmpty() && options.exportData.isEmpty();
    }

    // The user's timeline in the platform's app-data folder, created from the bundled article
    // timeline on first start.
    static QString defaultTimelinePath();
    // Opens --database or the user's timeline. To edit, a missing --database is created
    // empty, and a file in an older format is upgraded (FileUpgrade, which keeps a copy of it
    // until it has succeeded). To read (a listing or an export), a missing file is an error
    // and the file is opened read-only: nothing is created, upgraded or converted (an older
    // format is read through an upgraded copy). For the window, a missing file is created as to
    // edit, and an older one opens for viewing: the window upgrades it on the first edit.
    enum class Purpose { Edit, Read, Export, Window };
    static std::unique_ptr<EventStore> openStore(const Options &options,
                                                 Purpose purpose = Purpose::Edit);

    // The events the options ask for, actors and categories looked up by name in the timeline;
    // throws Error for a name it does not have.
    static EventCriteria criteriaOf(const Options &options, const EventStore &store);

    static int runList(const Options &options);
    static int runExport(const Options &options);
    // --list, --export or --import: the commands that need no GUI.
    static int runHeadless(const Options &options);
    static int runExportImage(const Options &options);
    static int runExportTable(const Options &options);
    static int runImport(const Options &options);
    static void printError(const QString &message);

private:
    static std::unique_ptr<EventStore> openOrCreate(const Options &options, Purpose purpose);
    template <typename Command>
    static int reportingErrors(Command &&command);
};

} // namespace entente
