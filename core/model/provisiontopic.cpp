// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisiontopic.h"

#include "enumnames.h"

#include <QCoreApplication>

namespace entente {

namespace {
constexpr EnumName<ProvisionTopic> TopicNames[] = {
    {ProvisionTopic::Ceasefire, "ceasefire"},
    {ProvisionTopic::WithdrawalAndDisarmament, "withdrawal-disarmament"},
    {ProvisionTopic::MonitoringAndVerification, "monitoring-verification"},
    {ProvisionTopic::PrisonersAndDetainees, "prisoners-detainees"},
    {ProvisionTopic::Amnesty, "amnesty"},
    {ProvisionTopic::HumanitarianAccess, "humanitarian-access"},
    {ProvisionTopic::Elections, "elections"},
    {ProvisionTopic::ConstitutionalReform, "constitutional-reform"},
    {ProvisionTopic::Borders, "borders"},
    {ProvisionTopic::SecurityGuarantees, "security-guarantees"},
    {ProvisionTopic::EconomicAndSocialTies, "economic-social"},
    {ProvisionTopic::ImplementationMechanism, "implementation-mechanism"},
    {ProvisionTopic::Other, "other"},
};
} // namespace

QString provisionTopicName(ProvisionTopic topic)
{
    return nameOf(TopicNames, topic);
}

bool provisionTopicFromName(const QString &name, ProvisionTopic *topic)
{
    return valueOf(TopicNames, name, topic);
}

QString provisionTopicLabel(ProvisionTopic topic)
{
    switch (topic) {
    case ProvisionTopic::Ceasefire:
        return QCoreApplication::translate("entente::ProvisionTopic", "Ceasefire");
    case ProvisionTopic::WithdrawalAndDisarmament:
        return QCoreApplication::translate("entente::ProvisionTopic", "Withdrawal and disarmament");
    case ProvisionTopic::MonitoringAndVerification:
        return QCoreApplication::translate("entente::ProvisionTopic",
                                           "Monitoring and verification");
    case ProvisionTopic::PrisonersAndDetainees:
        return QCoreApplication::translate("entente::ProvisionTopic", "Prisoners and detainees");
    case ProvisionTopic::Amnesty:
        return QCoreApplication::translate("entente::ProvisionTopic", "Amnesty");
    case ProvisionTopic::HumanitarianAccess:
        return QCoreApplication::translate("entente::ProvisionTopic", "Humanitarian access");
    case ProvisionTopic::Elections:
        return QCoreApplication::translate("entente::ProvisionTopic", "Elections");
    case ProvisionTopic::ConstitutionalReform:
        return QCoreApplication::translate("entente::ProvisionTopic",
                                           "Constitutional reform and decentralisation");
    case ProvisionTopic::Borders:
        return QCoreApplication::translate("entente::ProvisionTopic", "Borders");
    case ProvisionTopic::SecurityGuarantees:
        return QCoreApplication::translate("entente::ProvisionTopic", "Security guarantees");
    case ProvisionTopic::EconomicAndSocialTies:
        return QCoreApplication::translate("entente::ProvisionTopic", "Economic and social ties");
    case ProvisionTopic::ImplementationMechanism:
        return QCoreApplication::translate("entente::ProvisionTopic", "Implementation mechanism");
    case ProvisionTopic::Other:
        return QCoreApplication::translate("entente::ProvisionTopic", "Other");
    }
    return {};
}

} // namespace entente
