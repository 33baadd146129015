// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinecontent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace entente {

class EventStore;

// Reads a timeline in Entente JSON (EntenteJson), such as the bundled article timeline, into a
// store. All or nothing: on the first problem it throws an Error naming the file, the line and
// the field, and the store is left as it was.
class SeedLoader final
{
    Q_DECLARE_TR_FUNCTIONS(entente::SeedLoader)

public:
    static constexpr auto BundledTimeline = ":/entente/seed/article-timeline.json";

    static void loadFile(EventStore &store, const QString &path);
    static void loadData(EventStore &store, const QByteArray &json, const QString &fileName);
    static void loadBundled(EventStore &store);

private:
    static void addContent(EventStore &store, const TimelineContent &content);
    static void addActors(EventStore &store, const TimelineContent &content,
                          QHash<qint64, qint64> *actorIds);
};

} // namespace entente
