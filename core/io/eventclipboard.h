// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "event.h"
#include "relation.h"
#include "relationtype.h"
#include "source.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

class QJsonObject;

namespace entente {

class EventStore;

// Events as they travel on the clipboard, within a timeline or to another one: JSON with the
// events, their actors (by name, short name, type, colour, aliases), their sources and the
// relations among them. What is pasted matches actors by name; ids mean nothing in another
// file, so inside the JSON actors and sources are named by keys of its own.
class EventClipboard final
{
    Q_DECLARE_TR_FUNCTIONS(entente::EventClipboard)

public:
    static constexpr auto MimeType = "application/x-entente-events+json";

    // Events whose `actors` and `sourceIds` name the ids of `actors` and `sources` here (not
    // of any store), and relations among the events that name them by placeholder: -1 for
    // events[0], -2 for events[1] … (as AddEventsCommand takes them). Events carry no id or
    // uid: a paste makes new events.
    struct Content
    {
        QList<Event> events;
        QList<Actor> actors;
        QList<Source> sources;
        QList<Relation> relations;
        QList<RelationType> relationTypes; // those the relations are of (without counts)
        friend bool operator==(const Content &, const Content &) = default;
    };

    // The dated and undated events of `eventIds` (those that exist), in that order, with what
    // they name.
    static Content gather(const EventStore &store, const QList<qint64> &eventIds);
    static QByteArray toJson(const Content &content);
    // Throws Error when the text is not such JSON, saying what is wrong.
    static Content fromJson(const QByteArray &json);

private:
    static void addRelationTypes(const EventStore &store, Content *content);
    static Event readEvent(const QJsonObject &object, int index);
    [[noreturn]] static void fail(const QString &problem);
};

} // namespace entente
