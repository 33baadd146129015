// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementlabels.h"

namespace entente {

QString AgreementLabels::stage(Agreement::Stage stage)
{
    switch (stage) {
    case Agreement::Stage::None:
        return tr("(not said)", "the stage of an agreement (PA-X)");
    case Agreement::Stage::PreNegotiation:
        return tr("Pre-negotiation", "the stage of an agreement (PA-X)");
    case Agreement::Stage::Ceasefire:
        return tr("Ceasefire", "the stage of an agreement (PA-X)");
    case Agreement::Stage::Framework:
        return tr("Framework/substantive", "the stage of an agreement (PA-X)");
    case Agreement::Stage::Implementation:
        return tr("Implementation", "the stage of an agreement (PA-X)");
    case Agreement::Stage::Renegotiation:
        return tr("Renegotiation", "the stage of an agreement (PA-X)");
    }
    return {};
}

QString AgreementLabels::end(Agreement::End end)
{
    switch (end) {
    case Agreement::End::None:
        return tr("In force (or not said)", "how an agreement ended");
    case Agreement::End::Superseded:
        return tr("Superseded", "how an agreement ended");
    case Agreement::End::Denounced:
        return tr("Denounced", "how an agreement ended");
    case Agreement::End::Lapsed:
        return tr("Lapsed", "how an agreement ended");
    }
    return {};
}

QString AgreementLabels::linkType(ProvisionLink::Type type)
{
    switch (type) {
    case ProvisionLink::Type::Implements:
        return tr("Implements", "what an event does to a provision of an agreement");
    case ProvisionLink::Type::Violates:
        return tr("Violates", "what an event does to a provision of an agreement");
    case ProvisionLink::Type::RefersTo:
        return tr("Refers to", "what an event does to a provision of an agreement");
    }
    return {};
}

QList<Agreement::Stage> AgreementLabels::stages()
{
    using S = Agreement::Stage;
    return {S::None,      S::PreNegotiation, S::Ceasefire,
            S::Framework, S::Implementation, S::Renegotiation};
}

QList<Agreement::End> AgreementLabels::ends()
{
    using E = Agreement::End;
    return {E::None, E::Superseded, E::Denounced, E::Lapsed};
}

QList<ProvisionTopic> AgreementLabels::topics()
{
    QList<ProvisionTopic> all;
    for (int i = int(ProvisionTopic::Ceasefire); i <= int(ProvisionTopic::Other); ++i) {
        all.append(ProvisionTopic(i));
    }
    return all;
}

QList<ImplementationLevel> AgreementLabels::levels()
{
    using L = ImplementationLevel;
    return {L::NotInitiated, L::Minimal, L::Intermediate, L::Full, L::Violated, L::Lapsed};
}

QList<ProvisionLink::Type> AgreementLabels::linkTypes()
{
    using T = ProvisionLink::Type;
    return {T::Implements, T::Violates, T::RefersTo};
}

QString AgreementLabels::provisionName(const Provision &provision)
{
    if (!provision.number.trimmed().isEmpty()) {
        return tr("point %1").arg(provision.number.trimmed());
    }
    const QString summary = provision.summary.trimmed();
    return tr("“%1”").arg(summary.size() > 40 ? summary.left(39) + QChar(0x2026) : summary);
}

} // namespace entente
