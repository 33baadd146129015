// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrun.h"

#include "contentimport.h"
#include "error.h"
#include "eventstore.h"
#include "importformats.h"
#include "mappedcsvreader.h"
#include "textreader.h"

#include <QDir>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define ENTENTE_ISATTY(stream) _isatty(_fileno(stream))
#else
#include <unistd.h>
#define ENTENTE_ISATTY(stream) isatty(fileno(stream))
#endif

namespace entente {

namespace {

constexpr qsizetype DetectionHead = 8192; // bytes read to tell the format

} // namespace

int ImportRun::run()
{
    const QString &path = m_options.importFile;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(tr("%1: cannot read the file: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const ImportFormat format =
        m_options.importFormat.isEmpty()
            ? ImportFormats::detect(path, file.peek(DetectionHead))
            : ImportFormats::fromName(m_options.importFormat).value_or(ImportFormat::Unknown);
    ImportReport report;
    const TimelineContent content =
        reader(format, path)->read(file, path, &report, progress(tr("Reading")));
    printReport(report);
    if (report.hasProblems() && !m_options.skipBadRows) {
        const int rows = int(report.problems.size());
        CommandLine::printError(
            rows == 1 ? tr("a row with problems; nothing was imported (--skip-bad-rows imports "
                           "the other rows)")
                      : tr("%n rows with problems; nothing was imported (--skip-bad-rows "
                           "imports the other rows)",
                           nullptr, rows));
        return CommandLine::BadRows;
    }
    const std::unique_ptr<EventStore> store =
        CommandLine::openStore(m_options, CommandLine::Purpose::Edit);
    ImportReport title; // a title the timeline already has is kept, and that said
    ContentImport::noteTitle(*store, content, path, &title);
    const ImportOutcome outcome =
        ContentImport::run(*store, content, {m_options.duplicates, progress(tr("Importing"))});
    printReport(title);
    const int imported = int(outcome.added + outcome.updated);
    std::printf("%s\n",
                qUtf8Printable((imported == 1 ? tr("Imported 1 event (%1 updated, %2 skipped) "
                                                   "from %3")
                                              : tr("Imported %n events (%1 updated, %2 skipped) "
                                                   "from %3",
                                                   nullptr, imported))
                                   .arg(outcome.updated)
                                   .arg(outcome.skipped)
                                   .arg(QDir::toNativeSeparators(path))));
    return std::fflush(stdout) == 0 ? CommandLine::Success : CommandLine::Failure;
}

// A CSV of no known format is read through --map and --date-order; --map is refused for
// formats whose columns Entente knows.
std::unique_ptr<DatasetReader> ImportRun::reader(ImportFormat format, const QString &path) const
{
    if (format != ImportFormat::Csv) {
        if (!m_options.columnMap.isEmpty()) {
            throw Error(tr("--map: %1 is a %2 file, whose columns Entente knows")
                            .arg(QDir::toNativeSeparators(path), ImportFormats::name(format)));
        }
        return ImportFormats::reader(format);
    }
    CsvMapping mapping;
    if (!m_options.columnMap.isEmpty()) {
        QFile file(path);
        mapping = CsvMapping::fromText(m_options.columnMap, headerOf(file, path));
    }
    mapping.dateOrder = m_options.dateOrder;
    return std::make_unique<MappedCsvReader>(mapping);
}

// The column names of a CSV file, which --map names columns by.
QStringList ImportRun::headerOf(QFile &file, const QString &path)
{
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(tr("%1: cannot read the file: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    TextReader text(&file);
    return CsvReader(text, QChar(), path).header().fields;
}

// A count on one line of the terminal, rewritten in place; nothing when stderr is a file.
ImportProgress ImportRun::progress(const QString &what) const
{
    if (!ENTENTE_ISATTY(stderr)) {
        return {};
    }
    return [what](qint64 done, qint64 total) {
        std::fprintf(stderr, "\r%s %lld/%lld%s", qUtf8Printable(what), (long long)done,
                     (long long)total, done == total ? "\n" : "");
        return true;
    };
}

void ImportRun::printReport(const ImportReport &report) const
{
    for (const ImportProblem &warning : report.warnings) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(tr("warning: %1").arg(warning.toString())));
    }
    for (const ImportProblem &problem : report.problems) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(problem.toString()));
    }
}

} // namespace entente
