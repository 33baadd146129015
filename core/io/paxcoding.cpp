// SPDX-License-Identifier: GPL-3.0-or-later
#include "paxcoding.h"

#include <QMap>

#include <algorithm>

namespace entente {

namespace {

struct TopicColumns
{
    ProvisionTopic topic;
    std::initializer_list<const char *> columns;
};

// From the PA-X codebook's definitions as PeaceRep's guide gives them (§3.1 of the research).
// SsrPsf (how rebel or para-statal forces are dealt with) counts as withdrawal and
// disarmament; SsrGua ("general references to security") as security guarantees, for want of
// a closer topic.
const TopicColumns Mapping[] = {
    {ProvisionTopic::Ceasefire, {"Ce", "CeProv", "CeGen"}},
    {ProvisionTopic::WithdrawalAndDisarmament,
     {"SsrDdr", "DdrDemil", "DdrProg", "SsrFf", "SsrPsf"}},
    {ProvisionTopic::MonitoringAndVerification, {"ImPK"}},
    {ProvisionTopic::PrisonersAndDetainees, {"TjPrire", "CprDet", "HrDet"}},
    {ProvisionTopic::Amnesty, {"TjAm", "TjAmPro", "TjSan", "TjPower", "TjAmBan"}},
    {ProvisionTopic::HumanitarianAccess, {"HrMob", "DevHum"}},
    {ProvisionTopic::Elections, {"Ele", "ElecComm"}},
    {ProvisionTopic::ConstitutionalReform,
     {"ConGen", "ConRen", "Cons", "Terps", "TpsSub", "TpsLoc", "TpsAut", "TpsOth"}},
    {ProvisionTopic::Borders, {"StBor"}},
    {ProvisionTopic::SecurityGuarantees, {"SsrGua"}},
    {ProvisionTopic::EconomicAndSocialTies,
     {"Dev",    "DevSoc", "DevInfra", "NEC",    "NatRes", "IntFu",  "Bus",
      "Tax",    "TaxPo",  "TaxRef",   "TaxOth", "Ban",    "CenBan", "BanPers",
      "BanInt", "BanXb",  "Eps",      "EpsRes", "EpsFis", "EpsOth"}},
    {ProvisionTopic::ImplementationMechanism, {"ImE", "ImRef"}},
};

// A summary is one line: past a few codes, the rest are counted (all the columns stay in
// paxCode; their values, beyond the highest, are PA-X's file's).
constexpr qsizetype CodesInSummary = 8;

QString summaryOf(ProvisionTopic topic, const QList<PaxCoding::Code> &codes)
{
    QStringList coded;
    for (const PaxCoding::Code &code : codes.first(std::min(codes.size(), CodesInSummary))) {
        coded.append(QStringLiteral("%1 %2").arg(code.column).arg(code.value));
    }
    if (codes.size() > CodesInSummary) {
        coded.append(PaxCoding::tr("and %n more", nullptr, int(codes.size() - CodesInSummary)));
    }
    return PaxCoding::tr("%1 (coded by PA-X: %2)")
        .arg(provisionTopicLabel(topic), coded.join(QStringLiteral(", ")));
}

} // namespace

std::optional<ProvisionTopic> PaxCoding::topicOf(QStringView column)
{
    if (column == u"ImUN" || column == u"ImOth") {
        return std::nullopt;
    }
    for (const TopicColumns &entry : Mapping) {
        for (const char *name : entry.columns) {
            if (column == QLatin1StringView(name)) {
                return entry.topic;
            }
        }
    }
    return ProvisionTopic::Other;
}

Agreement::Stage PaxCoding::stageOf(QStringView stage, QStringView subStage)
{
    using Stage = Agreement::Stage;
    if (stage == u"Pre") {
        return Stage::PreNegotiation;
    }
    if (stage == u"Cea") {
        return Stage::Ceasefire;
    }
    if (stage == u"SubPar" || stage == u"SubComp") {
        return Stage::Framework;
    }
    if (stage == u"Imp") { // extending to new issues or parties is negotiating again
        return subStage == u"ExtSub" || subStage == u"ExtPar" ? Stage::Renegotiation
                                                              : Stage::Implementation;
    }
    // A renewal only renews earlier commitments: the nearest of the five stages.
    return stage == u"Ren" ? Stage::Renegotiation : Stage::None;
}

QList<Provision> PaxCoding::provisionsOf(const QString &agreementUid, const QList<Code> &codes)
{
    QMap<ProvisionTopic, QList<Code>> byTopic; // in topic order
    for (const Code &code : codes) {
        if (const std::optional<ProvisionTopic> topic = topicOf(code.column)) {
            byTopic[*topic].append(code);
        }
    }
    QList<Provision> provisions;
    for (auto it = byTopic.cbegin(); it != byTopic.cend(); ++it) {
        Provision provision;
        provision.uid = agreementUid + u':' + provisionTopicName(it.key());
        provision.position = int(provisions.size());
        provision.topic = it.key();
        provision.summary = summaryOf(it.key(), it.value());
        provision.codedBy = QStringLiteral("pax");
        QStringList columns;
        for (const Code &code : it.value()) {
            columns.append(code.column);
            provision.paxValue = std::max(provision.paxValue, code.value);
        }
        provision.paxCode = columns.join(u',');
        provisions.append(provision);
    }
    return provisions;
}

} // namespace entente
