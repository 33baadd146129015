// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importformats.h"

#include <QByteArrayView>
#include <QStringList>

namespace entente {

// The bodies of the libFuzzer targets (tests/fuzz/fuzz_<target>.cpp), kept apart from their
// LLVMFuzzerTestOneInput so that tst_fuzzcorpus runs every corpus file and every past crash
// through the same code in the normal build. Each takes any bytes: an input the code refuses
// (an Error) is a correct outcome; a crash, a hang, a leak or a broken invariant (qFatal) is
// a finding.
class FuzzTargets final
{
public:
    // "partialdate", "acled", "ucdp", "pax", "timelinejs", "timelinexml", "icalendar", "csv",
    // "ententejson", "database": the names of tests/fuzz/corpus/<target>/.
    static QStringList names();
    // The target of that name; false for none.
    static bool run(const QString &target, QByteArrayView data);

    // Dates as typed and as files write them: PartialDate::fromIso, fromText and
    // DateColumn::parse; what reads must write back as the same date.
    static void partialDate(QByteArrayView data);
    // The file through the path of `entente --import` (ImportFormats, the format's
    // DatasetReader streamed into ContentImport) into a timeline that holds the bundled one,
    // every row that reads imported, then rolled back: each run meets the same timeline. A CSV
    // of no known format is read with the mapping --map would give, else a guessed one.
    static void importFile(ImportFormat format, QByteArrayView data);
    // The bytes as a timeline file opened for viewing: its counts and a page of its events.
    static void database(QByteArrayView data);
};

} // namespace entente
