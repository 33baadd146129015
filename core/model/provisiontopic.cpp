// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisiontopic.h"

#include "enumnames.h"

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

} // namespace entente
