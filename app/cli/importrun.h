// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "importformats.h"
#include "importprogress.h"
#include "importreport.h"

#include <QCoreApplication>

#include <memory>

class QFile;

namespace entente {

// `entente --import FILE`: reads the file in its format (--format, else detected), prints the
// problems of its rows as "file:line: column: message" on stderr, and unless there are some
// and --skip-bad-rows is not given, adds it to the timeline in one transaction (chunk by chunk
// as it is read) and prints
// "Imported N events (U updated, S skipped) from FILE" (N counts the updated ones). Progress
// goes to stderr when stderr is a terminal. A CSV of no known format is read through --map
// (else a guess) and --date-order. Errors throw Error (CommandLine reports them).
class ImportRun final
{
    Q_DECLARE_TR_FUNCTIONS(entente::ImportRun)

public:
    explicit ImportRun(const CommandLine::Options &options) : m_options(options) {}
    int run(); // a CommandLine::ExitCode

private:
    std::unique_ptr<DatasetReader> reader(ImportFormat format, const QString &path) const;
    static QStringList headerOf(QFile &file, const QString &path);
    ImportProgress progress(const QString &what) const;
    void printReport(const ImportReport &report) const;
    static void removeTimelineFile(const QString &path);

    const CommandLine::Options &m_options;
};

} // namespace entente
