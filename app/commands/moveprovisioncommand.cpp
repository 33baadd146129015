// SPDX-License-Identifier: GPL-3.0-or-later
#include "moveprovisioncommand.h"

#include "agreementlabels.h"
#include "eventstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace entente {

MoveProvisionCommand *MoveProvisionCommand::create(EventStore *store, qint64 provisionId,
                                                   Direction direction)
{
    const std::optional<Provision> moved = store->provision(provisionId);
    if (!moved) {
        return nullptr;
    }
    const QList<Provision> all = store->provisionsOf(moved->agreementId);
    const auto at = std::find_if(all.cbegin(), all.cend(),
                                 [&](const Provision &p) { return p.id == provisionId; });
    const qsizetype index = (at - all.cbegin()) + (direction == Direction::Up ? -1 : 1);
    if (index < 0 || index >= all.size()) {
        return nullptr;
    }
    const std::optional<Event> agreement = store->event(moved->agreementId);
    const QString text =
        (direction == Direction::Up
             ? QCoreApplication::translate("entente::MoveProvisionCommand", "Move %1 of %2 up")
             : QCoreApplication::translate("entente::MoveProvisionCommand", "Move %1 of %2 down"))
            .arg(AgreementLabels::provisionName(*moved), agreement ? agreement->title : QString());
    return new MoveProvisionCommand(store, provisionId, all.at(index).id, text);
}

MoveProvisionCommand::MoveProvisionCommand(EventStore *store, qint64 first, qint64 second,
                                           const QString &text)
    : StoreCommand(store, text), m_first(first), m_second(second)
{}

void MoveProvisionCommand::swap()
{
    std::optional<Provision> first = store()->provision(m_first);
    std::optional<Provision> second = store()->provision(m_second);
    if (!first || !second) {
        return;
    }
    int free = 0;
    for (const Provision &p : store()->provisionsOf(first->agreementId)) {
        free = std::max(free, p.position + 1);
    }
    const int firstPosition = first->position;
    const int secondPosition = second->position;
    store()->batch([&] {
        first->position = free;
        store()->updateProvision(*first);
        second->position = firstPosition;
        store()->updateProvision(*second);
        first->position = secondPosition;
        store()->updateProvision(*first);
    });
}

} // namespace entente
