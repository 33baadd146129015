// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinecontent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace entente {

// Entente's one JSON dialect ("format": "entente-timeline", docs/FORMAT.md): the bundled
// timeline, the clipboard and the JSON export. Writes version 2; reads versions 1 and 2.
// In the file, actors and sources are named by readable keys of the file's own; on reading
// they get the ids 1, 2 … in their order in the file, which the events then name.
class EntenteJson final
{
    Q_DECLARE_TR_FUNCTIONS(entente::EntenteJson)

public:
    static constexpr auto Format = "entente-timeline";
    static constexpr int Version = 2;

    // Throws Error "file:line: event 3 (uid), field “start”: what is wrong" on the first
    // problem; a file of a newer version is refused.
    static TimelineContent read(const QByteArray &json, const QString &fileName);
    // Indented, fields in a fixed order.
    static QByteArray write(const TimelineContent &content);
    static void write(const TimelineContent &content, QIODevice *device);

    // A key made of `name` that is readable ("united-states") and not yet in `used`, which it
    // is added to.
    static QString uniqueKey(const QString &name, const QString &fallback, QSet<QString> *used);
};

} // namespace entente
