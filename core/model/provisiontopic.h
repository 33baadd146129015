// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace entente {

// What a provision is about: a small controlled list that maps to PA-X's coding (see
// PaxTopics), so that imported agreements arrive with their topics.
enum class ProvisionTopic {
    Ceasefire,
    WithdrawalAndDisarmament,
    MonitoringAndVerification,
    PrisonersAndDetainees,
    Amnesty,
    HumanitarianAccess,
    Elections,
    ConstitutionalReform, // and decentralisation
    Borders,
    SecurityGuarantees,
    EconomicAndSocialTies,
    ImplementationMechanism,
    Other,
};

// Stored and exchanged as "ceasefire", "withdrawal-disarmament", "monitoring-verification",
// "prisoners-detainees", "amnesty", "humanitarian-access", "elections",
// "constitutional-reform", "borders", "security-guarantees", "economic-social",
// "implementation-mechanism", "other"; in that order in menus and summaries.
QString provisionTopicName(ProvisionTopic topic);
bool provisionTopicFromName(const QString &name, ProvisionTopic *topic);
// What a user reads, translated: "Ceasefire", "Withdrawal and disarmament", … "Other".
QString provisionTopicLabel(ProvisionTopic topic);

} // namespace entente
