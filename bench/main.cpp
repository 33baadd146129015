// SPDX-License-Identifier: GPL-3.0-or-later
// entente_bench: builds a synthetic timeline through the normal import path, then measures
// import, storage, queries and frames. Prints one JSON object per line:
//   {"figure": NAME, "value": X, "unit": U, "events": N, ...context}
// Usage: entente_bench [--events N] [--database FILE] [--keep]
//        entente_bench --child import-csv [--events N] [--database FULL] [--entente PROGRAM]
//                      [--write-csv FILE]
//        entente_bench --child frames [--events N] [--database FILE] [--positions N]
//        (frame_ms and filter_frame_ms only: frames without and with a search or filter)
//        (issue 12: N rows of ACLED-shaped CSV, into a new timeline and into a copy of FULL)
#include "benchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

using namespace entente;

int main(int argc, char *argv[])
{
    // Frames are drawn offscreen: no display is needed, and none is measured.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("events"), QStringLiteral("Events to generate (default 1000000)."),
         QStringLiteral("N"), QStringLiteral("1000000")},
        {QStringLiteral("database"), QStringLiteral("Timeline file to use; generated if missing."),
         QStringLiteral("FILE")},
        {QStringLiteral("positions"), QStringLiteral("Random positions per span (default 200)."),
         QStringLiteral("N"), QStringLiteral("200")},
        {QStringLiteral("child"), QStringLiteral("Internal: run one measurement in this process."),
         QStringLiteral("WHAT")},
        {QStringLiteral("entente"),
         QStringLiteral("The entente program for --child import-csv (default: the one built "
                        "next to this benchmark)."),
         QStringLiteral("PROGRAM")},
        {QStringLiteral("write-csv"),
         QStringLiteral("With --child import-csv: only write the generated CSV to FILE (for "
                        "profiling `entente --import`)."),
         QStringLiteral("FILE")},
        {QStringLiteral("vocabulary"),
         QStringLiteral("The synthetic text: plain (80 words, evenly; the default) or zipf "
                        "(30,000 words by Zipf's law, as in real prose: for search)."),
         QStringLiteral("KIND"), QStringLiteral("plain")},
        {QStringLiteral("export-vis"),
         QStringLiteral(
             "Write the synthetic events as vis-timeline items and groups (JSON) to FILE "
             "and exit (for bench/web)."),
         QStringLiteral("FILE")},
    });
    parser.addHelpOption();
    parser.process(app);
    const QString vocabulary = parser.value(QStringLiteral("vocabulary"));
    if (vocabulary != QLatin1String("plain") && vocabulary != QLatin1String("zipf")) {
        std::fprintf(stderr, "entente_bench: --vocabulary must be plain or zipf\n");
        return 2;
    }
    Benchmark benchmark(parser.value(QStringLiteral("events")).toLongLong(),
                        parser.value(QStringLiteral("database")),
                        parser.value(QStringLiteral("positions")).toInt(),
                        vocabulary == QLatin1String("zipf") ? SyntheticTimeline::Vocabulary::Zipf
                                                            : SyntheticTimeline::Vocabulary::Plain);
    if (parser.isSet(QStringLiteral("export-vis"))) {
        return benchmark.exportVis(parser.value(QStringLiteral("export-vis")));
    }
    const QString child = parser.value(QStringLiteral("child"));
    if (child == QLatin1String("first-frame")) {
        return benchmark.drawFirstFrame();
    }
    if (child == QLatin1String("import")) {
        return benchmark.importOnly();
    }
    if (child == QLatin1String("view")) {
        return benchmark.measureView();
    }
    if (child == QLatin1String("import-csv")) {
        const QString program =
            parser.isSet(QStringLiteral("entente"))
                ? parser.value(QStringLiteral("entente"))
                : QCoreApplication::applicationDirPath() + QStringLiteral("/../app/entente");
        // The timeline with a million events to import into; --database names another.
        const QString full =
            parser.isSet(QStringLiteral("database"))
                ? parser.value(QStringLiteral("database"))
                : QDir::temp().filePath(QStringLiteral("entente-bench-1000000.entente"));
        return benchmark.measureCsvImport(program, full, parser.value(QStringLiteral("write-csv")));
    }
    if (child == QLatin1String("frames")) {
        return benchmark.measureFramesOnly();
    }
    if (child == QLatin1String("search")) {
        return benchmark.measureSearch();
    }
    if (child == QLatin1String("edit")) {
        return benchmark.measureEdits();
    }
    return benchmark.run(QCoreApplication::applicationFilePath());
}
