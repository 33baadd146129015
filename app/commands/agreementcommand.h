// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement.h"
#include "storecommand.h"

#include <optional>

namespace entente {

// Sets an agreement event's row: its stage, peace process and end. The row is added when the
// agreement had none, changed when it had one, and removed when it is set to none (an
// agreement at no stage, in no process, not ended needs no row).
class AgreementCommand final : public StoreCommand
{
public:
    // Null when `after` changes nothing.
    static AgreementCommand *create(EventStore *store, qint64 agreementId, const Agreement &after);

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

    // Whether the row says nothing (a stage, a process or an end), so that it need not exist.
    static bool isEmpty(const Agreement &agreement);

private:
    AgreementCommand(EventStore *store, const QString &text);
    void apply(const std::optional<Agreement> &row);
    static QString textFor(const EventStore &store, const Agreement &before,
                           const Agreement &after);

    qint64 m_id = 0;
    std::optional<Agreement> m_before;
    std::optional<Agreement> m_after;
};

} // namespace entente
