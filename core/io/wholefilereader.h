// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetreader.h"

#include <QCoreApplication>

namespace entente {

// A reader of a format whose files are small (a TimelineJS story, a .timeline, a calendar, an
// Entente JSON export) or must be read whole before any row means something: it reads the
// whole file and streams it as one chunk.
class WholeFileReader : public DatasetReader
{
    Q_DECLARE_TR_FUNCTIONS(entente::WholeFileReader)

public:
    // The largest file read whole: several times this in memory while it is parsed. A larger
    // one (or a hostile one) is refused with its size, before any of it is read.
    static constexpr qint64 MaxBytes = qint64(1) << 30;

    void stream(QIODevice &device, const QString &fileName, ImportReport *report,
                const ContentSink &sink, const ImportProgress &progress = {}) final
    {
        sink(readWhole(device, fileName, report, progress));
    }

protected:
    virtual TimelineContent readWhole(QIODevice &device, const QString &fileName,
                                      ImportReport *report, const ImportProgress &progress) = 0;
    // Every byte of the device, or an Error naming the file when there are more than MaxBytes.
    static QByteArray readAllOf(QIODevice &device, const QString &fileName);
};

} // namespace entente
