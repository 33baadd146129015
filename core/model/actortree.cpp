// SPDX-License-Identifier: GPL-3.0-or-later
#include "actortree.h"

#include <QStringList>

#include <algorithm>

namespace entente {

ActorTree::ActorTree(const QList<Actor> &actors)
{
    for (const Actor &actor : actors) {
        m_actors.insert(actor.id, actor);
    }
}

QList<Actor> ActorTree::children(qint64 parentId) const
{
    QList<Actor> list;
    for (const Actor &actor : m_actors) {
        // A parent that is gone, or a loop of belonging in a file: at the top, not lost.
        const bool placed =
            m_actors.contains(actor.affiliationId) && !isWithin(actor.affiliationId, actor.id);
        if ((placed ? actor.affiliationId : 0) == parentId && actor.id != parentId) {
            list.append(actor);
        }
    }
    std::sort(list.begin(), list.end(), [](const Actor &a, const Actor &b) {
        const int byName = a.name.localeAwareCompare(b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return list;
}

bool ActorTree::isWithin(qint64 actorId, qint64 ancestorId) const
{
    // At most one step per actor: a loop already in a file ends the walk too.
    qint64 at = actorId;
    for (qsizetype steps = 0; at != 0 && steps <= m_actors.size(); ++steps) {
        if (at == ancestorId) {
            return true;
        }
        at = m_actors.value(at).affiliationId;
    }
    return false;
}

QString ActorTree::affiliationProblem(qint64 actorId, qint64 parentId) const
{
    if (parentId == 0 || actorId == 0) {
        return {}; // a new actor has nothing under it yet
    }
    if (parentId == actorId) {
        return tr("An actor cannot belong to itself.");
    }
    if (!isWithin(parentId, actorId)) {
        return {};
    }
    // Name the chain from the chosen parent up to the actor, so the user sees the loop.
    QStringList chain;
    for (qint64 at = parentId; at != actorId; at = m_actors.value(at).affiliationId) {
        chain.append(nameOf(at));
    }
    chain.append(nameOf(actorId));
    return tr("“%1” cannot belong to “%2”, which belongs to it (%3): that would make a loop.")
        .arg(nameOf(actorId), nameOf(parentId), chain.join(QStringLiteral(" → ")));
}

QString ActorTree::nameOf(qint64 id) const
{
    return m_actors.value(id).name;
}

} // namespace entente
