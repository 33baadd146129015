// SPDX-License-Identifier: GPL-3.0-or-later
#include "ententejsondatasetreader.h"

#include "cancelled.h"
#include "ententejson.h"

#include <QIODevice>

namespace entente {

TimelineContent EntenteJsonDatasetReader::readWhole(QIODevice &device, const QString &fileName,
                                                    ImportReport *report,
                                                    const ImportProgress &progress)
{
    Q_UNUSED(report); // nothing in the format is a row that could be left out
    QByteArray json = readAllOf(device, fileName);
    if (json.startsWith("\xEF\xBB\xBF")) { // editors on Windows add one
        json.remove(0, 3);
    }
    TimelineContent content = EntenteJson::read(json, fileName);
    // The read is one step: the only moment to ask whether to go on.
    const qint64 events = content.events.size();
    Cancelled::unlessGoingOn(progress, events, events);
    return content;
}

} // namespace entente
