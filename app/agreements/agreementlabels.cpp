// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementlabels.h"

namespace entente {

QString AgreementLabels::stage(Agreement::Stage stage)
{
    switch (stage) {
    case Agreement::Stage::None:
        return tr("(not said)");
    case Agreement::Stage::PreNegotiation:
        return tr("Pre-negotiation");
    case Agreement::Stage::Ceasefire:
        return tr("Ceasefire");
    case Agreement::Stage::Framework:
        return tr("Framework/substantive");
    case Agreement::Stage::Implementation:
        return tr("Implementation");
    case Agreement::Stage::Renegotiation:
        return tr("Renegotiation");
    }
    return {};
}

QString AgreementLabels::end(Agreement::End end)
{
    switch (end) {
    case Agreement::End::None:
        return tr("In force (or not said)");
    case Agreement::End::Superseded:
        return tr("Superseded");
    case Agreement::End::Denounced:
        return tr("Denounced");
    case Agreement::End::Lapsed:
        return tr("Lapsed");
    }
    return {};
}

QString AgreementLabels::topic(ProvisionTopic topic)
{
    switch (topic) {
    case ProvisionTopic::Ceasefire:
        return tr("Ceasefire");
    case ProvisionTopic::WithdrawalAndDisarmament:
        return tr("Withdrawal and disarmament");
    case ProvisionTopic::MonitoringAndVerification:
        return tr("Monitoring and verification");
    case ProvisionTopic::PrisonersAndDetainees:
        return tr("Prisoners and detainees");
    case ProvisionTopic::Amnesty:
        return tr("Amnesty");
    case ProvisionTopic::HumanitarianAccess:
        return tr("Humanitarian access");
    case ProvisionTopic::Elections:
        return tr("Elections");
    case ProvisionTopic::ConstitutionalReform:
        return tr("Constitutional reform and decentralisation");
    case ProvisionTopic::Borders:
        return tr("Borders");
    case ProvisionTopic::SecurityGuarantees:
        return tr("Security guarantees");
    case ProvisionTopic::EconomicAndSocialTies:
        return tr("Economic and social ties");
    case ProvisionTopic::ImplementationMechanism:
        return tr("Implementation mechanism");
    case ProvisionTopic::Other:
        return tr("Other");
    }
    return {};
}

QString AgreementLabels::level(ImplementationLevel level)
{
    switch (level) {
    case ImplementationLevel::NotInitiated:
        return tr("Not initiated");
    case ImplementationLevel::Minimal:
        return tr("Minimal");
    case ImplementationLevel::Intermediate:
        return tr("Intermediate");
    case ImplementationLevel::Full:
        return tr("Full");
    case ImplementationLevel::Violated:
        return tr("Violated");
    case ImplementationLevel::Lapsed:
        return tr("Lapsed");
    }
    return {};
}

QString AgreementLabels::linkType(ProvisionLink::Type type)
{
    switch (type) {
    case ProvisionLink::Type::Implements:
        return tr("Implements");
    case ProvisionLink::Type::Violates:
        return tr("Violates");
    case ProvisionLink::Type::RefersTo:
        return tr("Refers to");
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
