// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrun.h"

#include "cancelled.h"
#include "contentimport.h"
#include "error.h"
#include "eventstore.h"
#include "importformats.h"
#include "mappedcsvreader.h"
#include "readahead.h"
#include "textreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cstdio>
#include <optional>

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

// The file is read on a thread of its own (ReadAhead) and stored chunk by chunk while it is
// read, in one transaction: a million rows are never held whole. The store is opened only once
// the first chunk has come, so a file that cannot be read, or whose first rows are refused,
// never touches it. Without --skip-bad-rows the read goes on after a bad row only to report
// the others, storing nothing more, and the transaction is rolled back.
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
    const std::unique_ptr<DatasetReader> reader = this->reader(format, path);
    ImportReport report;
    std::atomic<bool> refused{false};
    ReadAhead chunks([&](const ContentSink &sink) {
        reader->stream(
            file, path, &report,
            [&](TimelineContent chunk) {
                refused = refused || (report.hasProblems() && !m_options.skipBadRows);
                if (!refused) {
                    sink(std::move(chunk));
                }
            },
            progress(tr("Importing")));
        // The last rows may have been bad, and no chunk delivered after them.
        refused = refused || (report.hasProblems() && !m_options.skipBadRows);
    });
    std::optional<TimelineContent> first = chunks.next();
    // The file's title comes with its first chunk (a dataset's has none).
    const QString title = first ? first->title : QString();
    std::unique_ptr<EventStore> store;
    ImportOutcome outcome;
    ImportReport titleNote; // a title the timeline already has is kept, and that said
    if (!refused) {
        const bool existed = m_options.database.isEmpty() || QFileInfo::exists(m_options.database);
        store = CommandLine::openStore(m_options, CommandLine::Purpose::Edit);
        ContentImport::noteTitle(*store, title, path, &titleNote);
        try {
            outcome = ContentImport::run(
                *store,
                [&](const ContentSink &sink) {
                    if (first) {
                        sink(*first);
                        chunks.recycle(*std::exchange(first, std::nullopt));
                    }
                    chunks.forEach(sink);
                    if (refused) {
                        throw Cancelled(tr("Rows with problems: nothing was imported."));
                    }
                },
                {m_options.duplicates, {}, true}); // the command line is alone with the file
        } catch (const Error &) {
            if (!existed) { // a file made only for this import goes with it
                store.reset();
                removeTimelineFile(m_options.database);
            }
            if (!refused) {
                throw;
            }
        }
    }
    while (chunks.next()) {
        // A refused read goes on to report every bad row: the report is whole once it ends.
    }
    printReport(report);
    if (refused) {
        const int rows = int(report.problems.size());
        CommandLine::printError(
            rows == 1 ? tr("a row with problems; nothing was imported (--skip-bad-rows imports "
                           "the other rows)")
                      : tr("%n rows with problems; nothing was imported (--skip-bad-rows "
                           "imports the other rows)",
                           nullptr, rows));
        return CommandLine::BadRows;
    }
    printReport(titleNote);
    const int imported = int(outcome.added + outcome.updated);
    std::printf("%s\n", qUtf8Printable(tr("Imported %n events (%1 updated, %2 skipped) from %3",
                                          nullptr, imported)
                                           .arg(outcome.updated)
                                           .arg(outcome.skipped)
                                           .arg(QDir::toNativeSeparators(path))));
    return std::fflush(stdout) == 0 ? CommandLine::Success : CommandLine::Failure;
}

// A timeline file and the files SQLite keeps beside it.
void ImportRun::removeTimelineFile(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
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
        return ImportFormats::reader(format, QDir::toNativeSeparators(path));
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
