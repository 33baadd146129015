// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetreader.h"

namespace entente {

// A reader of a format whose files are small (a TimelineJS story, a .timeline, a calendar, an
// Entente JSON export) or must be read whole before any row means something: it reads the
// whole file and streams it as one chunk.
class WholeFileReader : public DatasetReader
{
public:
    void stream(QIODevice &device, const QString &fileName, ImportReport *report,
                const ContentSink &sink, const ImportProgress &progress = {}) final
    {
        sink(readWhole(device, fileName, report, progress));
    }

protected:
    virtual TimelineContent readWhole(QIODevice &device, const QString &fileName,
                                      ImportReport *report, const ImportProgress &progress) = 0;
};

} // namespace entente
