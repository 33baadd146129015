// SPDX-License-Identifier: GPL-3.0-or-later
// What the kill test compares a timeline by, shared by tst_killsafety and the child it kills
// (entente_killchild). Header-only, as testsupport.h.
#pragma once

#include "eventstore.h"

#include <QCryptographicHash>

#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>

namespace entente {

// The number of events and actors, and a digest of every event's fields that an edit, an undo
// or an import writes (title, description, kind, dates, tags, actors, sources): two
// timelines with the same state hold the same events, whatever their ids and order.
inline QString killState(const QList<Event> &events, qsizetype actors)
{
    QStringList lines;
    for (const Event &event : events) {
        QStringList actorIds;
        for (const EventActor &actor : event.actors) {
            actorIds.append(QString::number(actor.actorId));
        }
        lines.append(QStringList{event.title, event.description, Event::kindName(event.kind),
                                 event.start.toEdtf(), event.end.toEdtf(), event.tags.join(u','),
                                 actorIds.join(u','), QString::number(event.sourceIds.size())}
                         .join(u'\x1f'));
    }
    lines.sort();
    const QByteArray digest =
        QCryptographicHash::hash(lines.join(u'\x1e').toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("events=%1,actors=%2,digest=%3")
        .arg(events.size())
        .arg(actors)
        .arg(QString::fromLatin1(digest.toHex().left(12)));
}

// The event with the lowest id: the one the child edits, and counts batches in.
inline Event firstEvent(const EventStore &store)
{
    const QList<Event> events = store.events();
    return *std::min_element(events.begin(), events.end(),
                             [](const Event &a, const Event &b) { return a.id < b.id; });
}

inline QString killState(const EventStore &store)
{
    return killState(store.events(), store.actors().size());
}

} // namespace entente
