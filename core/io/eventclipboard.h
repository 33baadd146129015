// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinecontent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace entente {

class EventStore;

// Events as they travel on the clipboard, within a timeline or to another one: Entente JSON
// (EntenteJson) with the events, the actors and sources they name and the relations among
// them. What is pasted matches actors by name; ids mean nothing in another file.
class EventClipboard final
{
    Q_DECLARE_TR_FUNCTIONS(entente::EventClipboard)

public:
    static constexpr auto MimeType = "application/x-entente-events+json";

    // Events whose `actors` and `sourceIds` name the ids of `actors` and `sources` here (not
    // of any store), and relations that name the events by placeholder. Events carry no id or
    // uid: a paste makes new events.
    using Content = TimelineContent;

    // The dated and undated events of `eventIds` (those that exist), in that order, with what
    // they name (StoreContent::gather).
    static Content gather(const EventStore &store, const QList<qint64> &eventIds);
    static QByteArray toJson(const Content &content);
    // Throws Error when the text is not such JSON, saying what is wrong.
    static Content fromJson(const QByteArray &json);
};

} // namespace entente
