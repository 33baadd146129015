// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace entente {

// Who belongs to whom among actors (Rutte → NATO): the actor manager's tree, and the rule that
// no actor may end up belonging to itself, which Validator cannot check on one actor alone.
class ActorTree final
{
    Q_DECLARE_TR_FUNCTIONS(entente::ActorTree)

public:
    explicit ActorTree(const QList<Actor> &actors);

    // The actors that belong to `parentId` directly (0: those that belong to none, and those
    // whose parent is not among the actors or belongs to them), by name.
    QList<Actor> children(qint64 parentId) const;
    // Whether `actorId` is `ancestorId` or belongs to it, however indirectly.
    bool isWithin(qint64 actorId, qint64 ancestorId) const;
    // Why `actorId` cannot belong to `parentId` (it is itself, or the parent belongs to it: a
    // loop), as a sentence to show beside the field; empty when it can.
    QString affiliationProblem(qint64 actorId, qint64 parentId) const;

private:
    QString nameOf(qint64 id) const;

    QHash<qint64, Actor> m_actors;
};

} // namespace entente
