// SPDX-License-Identifier: GPL-3.0-or-later
// How many provisions are at each level at a second: the agreement's marker and the
// scorecard's theme rows.
#include "agreementtally.h"

#include "agreementtracks.h"

#include <QTest>

using namespace entente;
using Level = ImplementationLevel;
using Topic = ProvisionTopic;
using Type = ProvisionLink::Type;

namespace {
qint64 dayStart(int year, int month, int day)
{
    return PartialDate::day(year, month, day).earliestSecond();
}

Provision provision(qint64 id, Topic topic)
{
    Provision p;
    p.id = id;
    p.agreementId = 1;
    p.position = int(id);
    p.summary = QStringLiteral("Point %1").arg(id);
    p.topic = topic;
    return p;
}

// Five points of a Minsk II-like agreement: two on the ceasefire, one on withdrawal, one on
// elections, one on prisoners (left without deadline or evidence: not assessed throughout).
AgreementTracks minskII()
{
    AgreementTracks::Input input;
    input.agreement.id = 1;
    input.agreement.start = PartialDate::day(2015, 2, 12);
    input.now = dayStart(2025, 2, 20);
    input.provisions = {provision(1, Topic::Ceasefire), provision(2, Topic::Ceasefire),
                        provision(3, Topic::WithdrawalAndDisarmament),
                        provision(4, Topic::Elections), provision(5, Topic::PrisonersAndDetainees)};
    input.provisions[3].deadline = {PartialDate::year(2015), -1, 0};
    input.evidence[1] = {{dayStart(2015, 2, 15), Type::Implements, 101},
                         {dayStart(2022, 2, 24), Type::Violates, 102}};
    input.evidence[2] = {{dayStart(2015, 2, 15), Type::Implements, 101},
                         {dayStart(2015, 9, 1), Type::Implements, 103}};
    input.assessments[3] = {{1, 3, PartialDate::month(2015, 10), Level::Full, 0, {}}};
    return AgreementTracks(input);
}
} // namespace

class TstAgreementTally : public QObject
{
    Q_OBJECT

private slots:
    void atSigningNothingIsAssessed();
    void summaryOverTheYears();
    void perTopicInTopicOrderWithShares();
};

void TstAgreementTally::atSigningNothingIsAssessed()
{
    const AgreementTally tally(minskII(), dayStart(2015, 2, 12));
    QCOMPARE(tally.all().total, 5);
    QCOMPARE(tally.all().count(Level::NotAssessed), 5);
    QCOMPARE(tally.all().share(Level::NotAssessed), 1.0);
    QCOMPARE(tally.summary(), AgreementTally::Summary({0, 0, 0, 0, 0, 5}));
}

void TstAgreementTally::summaryOverTheYears()
{
    const AgreementTracks tracks = minskII();
    // full, partial (minimal + intermediate), none, violated, lapsed
    QCOMPARE(AgreementTally(tracks, dayStart(2015, 3, 1)).summary(),
             AgreementTally::Summary({0, 2, 0, 0, 0, 3}));
    QCOMPARE(AgreementTally(tracks, dayStart(2015, 12, 1)).summary(),
             AgreementTally::Summary({1, 2, 0, 0, 0, 2}));
    QCOMPARE(AgreementTally(tracks, dayStart(2016, 1, 1)).summary(),
             AgreementTally::Summary({1, 2, 0, 0, 1, 1}));
    QCOMPARE(AgreementTally(tracks, dayStart(2022, 3, 1)).summary(),
             AgreementTally::Summary({1, 1, 0, 1, 1, 1}));
}

void TstAgreementTally::perTopicInTopicOrderWithShares()
{
    const AgreementTally tally(minskII(), dayStart(2022, 3, 1));
    const QList<AgreementTally::TopicCounts> &topics = tally.topics();
    QCOMPARE(topics.size(), 4); // the nine topics without provisions are left out
    QCOMPARE(topics.at(0).topic, Topic::Ceasefire);
    QCOMPARE(topics.at(1).topic, Topic::WithdrawalAndDisarmament);
    QCOMPARE(topics.at(2).topic, Topic::PrisonersAndDetainees);
    QCOMPARE(topics.at(3).topic, Topic::Elections);

    const AgreementTally::Counts &ceasefire = topics.at(0).counts;
    QCOMPARE(ceasefire.total, 2);
    QCOMPARE(ceasefire.count(Level::Violated), 1);
    QCOMPARE(ceasefire.count(Level::Intermediate), 1);
    QCOMPARE(ceasefire.share(Level::Violated), 0.5);
    QCOMPARE(topics.at(3).counts.count(Level::Lapsed), 1);
    QCOMPARE(tally.all().share(Level::Full), 0.2);
    QCOMPARE(AgreementTally::Counts().share(Level::Full), 0.0);
}

QTEST_GUILESS_MAIN(TstAgreementTally)
#include "tst_agreementtally.moc"
