// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importprogress.h"
#include "importreport.h"
#include "timelinecontent.h"

#include <QString>

class QIODevice;

namespace entente {

// What every import format implements: turns a file into a TimelineContent, which
// ContentImport then adds to a store. A reader never touches a store.
// - A row it cannot make an event of (a bad date, no title) is left out and named in
//   `report->problems` with its line and column; the caller chooses between skipping such
//   rows and importing nothing.
// - A file it cannot read at all (not this format, broken syntax) throws Error saying
//   "file:line: what is wrong".
// - What the user should know but costs no row (an encoding guessed) goes in
//   `report->warnings`.
// - `progress`, when given, is called every few hundred rows; when it returns false the read
//   throws Cancelled.
// `fileName` is what problems and errors name (the path as the user gave it).
class DatasetReader
{
public:
    virtual ~DatasetReader() = default;
    virtual TimelineContent read(QIODevice &device, const QString &fileName, ImportReport *report,
                                 const ImportProgress &progress = {}) = 0;
};

} // namespace entente
