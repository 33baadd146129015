// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importprogress.h"
#include "importreport.h"
#include "timelinecontent.h"

#include <QString>

#include <functional>

class QIODevice;

namespace entente {

// Takes the content of a file chunk by chunk, in file order (see DatasetReader::stream).
using ContentSink = std::function<void(TimelineContent chunk)>;

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
    // Events a dataset's reader gathers before it hands them on: big enough that a chunk's
    // fixed costs vanish, small enough that a million-row file is never held whole.
    static constexpr qsizetype ChunkEvents = 8192;

    virtual ~DatasetReader() = default;

    // Reads the file as a stream of chunks, each given to `sink` as soon as it is complete, so
    // that a big file is stored while it is read instead of held whole. The chunks together are
    // what read() returns: a chunk's events follow those of the chunks before it, its actors
    // and sources are those its events name first (the ids of the content stay unique across
    // chunks, and a later chunk's events may name an earlier chunk's actors and sources), and
    // relation placeholders count events from the first chunk. An error thrown by `sink` ends
    // the read.
    virtual void stream(QIODevice &device, const QString &fileName, ImportReport *report,
                        const ContentSink &sink, const ImportProgress &progress = {}) = 0;

    // The whole file as one content: the chunks of stream() put together.
    TimelineContent read(QIODevice &device, const QString &fileName, ImportReport *report,
                         const ImportProgress &progress = {});
    // Adds a chunk of stream() to the content of the chunks before it.
    static void append(TimelineContent *content, TimelineContent chunk);
};

} // namespace entente
