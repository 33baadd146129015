// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementcommand.h"

#include "agreementlabels.h"
#include "eventstore.h"

#include <QCoreApplication>

namespace entente {

namespace {
// The translator's context of this file's texts: lupdate reads it here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(entente::AgreementCommand)
};
} // namespace

AgreementCommand *AgreementCommand::create(EventStore *store, qint64 agreementId,
                                           const Agreement &after)
{
    Agreement row = after;
    row.id = agreementId;
    const std::optional<Agreement> before = store->agreement(agreementId);
    Agreement none;
    none.id = agreementId;
    const Agreement was = before.value_or(none);
    if (was == row) {
        return nullptr;
    }
    auto *command = new AgreementCommand(store, textFor(*store, was, row));
    command->m_id = agreementId;
    command->m_before = before;
    if (!isEmpty(row)) {
        command->m_after = row;
    }
    return command;
}

AgreementCommand::AgreementCommand(EventStore *store, const QString &text)
    : StoreCommand(store, text)
{}

bool AgreementCommand::isEmpty(const Agreement &agreement)
{
    return agreement.stage == Agreement::Stage::None && agreement.process.trimmed().isEmpty() &&
           agreement.end == Agreement::End::None && agreement.endEventId == 0;
}

void AgreementCommand::apply(const std::optional<Agreement> &row)
{
    const bool exists = store()->agreement(m_id).has_value();
    if (!row) {
        if (exists) {
            store()->removeAgreement(m_id);
        }
    } else if (exists) {
        store()->updateAgreement(*row);
    } else {
        store()->addAgreement(*row);
    }
}

// Names the one thing that changed, or the agreement when several did.
QString AgreementCommand::textFor(const EventStore &store, const Agreement &before,
                                  const Agreement &after)
{
    const std::optional<Event> event = store.event(after.id);
    const QString title = event ? event->title : QString();
    const bool stage = before.stage != after.stage;
    const bool process = before.process != after.process;
    const bool end = before.end != after.end || before.endEventId != after.endEventId;
    if (stage && !process && !end) {
        return Texts::tr("Set the stage of %1 to “%2”")
            .arg(title, AgreementLabels::stage(after.stage));
    }
    if (process && !stage && !end) {
        return Texts::tr("Set the peace process of %1 to “%2”").arg(title, after.process);
    }
    if (end && !stage && !process) {
        return Texts::tr("Set the end of %1 to “%2”").arg(title, AgreementLabels::end(after.end));
    }
    return Texts::tr("Edit the stage, process and end of %1").arg(title);
}

} // namespace entente
