// SPDX-License-Identifier: GPL-3.0-or-later
// An agreement's provisions read from the store with their evidence, and how many are at each
// level at a second: what its marker on the timeline and its Details show.
#include "agreementsummary.h"

#include "agreementfixture.h"
#include "eventstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace entente;
using Summary = AgreementTally::Summary;

namespace {
qint64 dayStart(int year, int month, int day)
{
    return PartialDate::day(year, month, day).earliestSecond();
}
// What a summary holds, in its order: provisions, their linked events and assessments.
QStringList contentOf(const AgreementSummary &summary)
{
    QStringList parts{summary.agreementEvent().title,
                      summary.agreement() ? summary.agreement()->process : QString()};
    for (const AgreementSummary::Record &record : summary.records()) {
        parts << u"provision %1"_qs.arg(record.provision.id);
        for (const AgreementSummary::LinkedEvent &linked : record.links) {
            parts << u"link %1 event %2 %3"_qs.arg(linked.link.id)
                         .arg(linked.event.id)
                         .arg(linked.event.title);
        }
        for (const LevelAssessment &assessment : record.assessments) {
            parts << u"assessment %1"_qs.arg(assessment.id);
        }
    }
    return parts;
}
} // namespace

class TstAgreementSummary : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsProvisionsWithTheirEvidence();
    void countsEachLevelToday();
    void countsAsTheyStoodAtASecond();
    void followsTheStore();
    void nothingForAnEventWithoutProvisions();
    void readAllGivesEachAgreementAsReadAlone();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<AgreementFixture> m_fixture;
};

void TstAgreementSummary::init()
{
    m_fixture.reset();
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("t.entente")));
    m_fixture = std::make_unique<AgreementFixture>(*m_store);
}

void TstAgreementSummary::readsProvisionsWithTheirEvidence()
{
    const AgreementSummary summary = AgreementSummary::read(*m_store, m_fixture->agreement);
    QVERIFY(!summary.isEmpty());
    QCOMPARE(summary.agreementEvent().title, QStringLiteral("Minsk II signed"));
    QVERIFY(summary.agreement());
    QCOMPARE(summary.agreement()->process, QStringLiteral("Ukraine peace process"));
    const QList<AgreementSummary::Record> &records = summary.records();
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(0).provision.id, m_fixture->ceasefire);
    QCOMPARE(records.at(4).provision.id, m_fixture->reform);
    // The links in the time order of their events, whatever order they were made in.
    const AgreementSummary::Record &weapons = records.at(1);
    QCOMPARE(weapons.links.size(), 2);
    QCOMPARE(weapons.links.at(0).event.id, m_fixture->withdrawal);
    QCOMPARE(weapons.links.at(1).event.id, m_fixture->confirmed);
    QCOMPARE(weapons.links.at(1).link.note, QStringLiteral("Monitors saw the sites"));
    QCOMPARE(weapons.links.at(1).event.title, QStringLiteral("OSCE confirms the withdrawal"));
    QCOMPARE(records.at(2).assessments.size(), 1);
    QCOMPARE(records.at(2).assessments.at(0).level, ImplementationLevel::Full);
    QCOMPARE(summary.linkedEventIds(), (QList<qint64>{m_fixture->invasion, m_fixture->withdrawal,
                                                      m_fixture->confirmed, m_fixture->talks}));
}

void TstAgreementSummary::countsEachLevelToday()
{
    const AgreementSummary summary = AgreementSummary::read(*m_store, m_fixture->agreement);
    const qint64 now = AgreementSummary::currentSecond();
    // full, partial, none, violated, lapsed, not assessed
    QCOMPARE(summary.countsAt(now), Summary({1, 1, 0, 1, 1, 1}));
    const AgreementTracks tracks = summary.tracks(now);
    QCOMPARE(tracks.entry(m_fixture->weapons)->track.levelAt(now),
             ImplementationLevel::Intermediate);
    QCOMPARE(tracks.entry(m_fixture->reform)->track.levelAt(now), ImplementationLevel::NotAssessed);
    QCOMPARE(tracks.entry(m_fixture->elections)->track.levelAt(now), ImplementationLevel::Lapsed);
}

void TstAgreementSummary::countsAsTheyStoodAtASecond()
{
    const AgreementSummary summary = AgreementSummary::read(*m_store, m_fixture->agreement);
    QCOMPARE(summary.countsAt(dayStart(2015, 2, 12)), Summary({0, 0, 0, 0, 0, 5}));
    // One implementing event: minimal, counted as partial; the elections not yet due.
    QCOMPARE(summary.countsAt(dayStart(2015, 3, 1)), Summary({0, 1, 0, 0, 0, 4}));
    QCOMPARE(summary.countsAt(dayStart(2015, 11, 1)), Summary({1, 1, 0, 0, 0, 3}));
    QCOMPARE(summary.countsAt(dayStart(2016, 1, 2)), Summary({1, 1, 0, 0, 1, 2}));
    QCOMPARE(summary.countsAt(dayStart(2022, 2, 24)), Summary({1, 1, 0, 1, 1, 1}));
}

void TstAgreementSummary::followsTheStore()
{
    // A hand assessment over the lapse, and the violation's event gone.
    m_store->addAssessment(
        {0, m_fixture->elections, PartialDate::year(2020), ImplementationLevel::Minimal, 0, {}});
    m_store->removeEvent(m_fixture->invasion);
    const AgreementSummary summary = AgreementSummary::read(*m_store, m_fixture->agreement);
    QCOMPARE(summary.countsAt(AgreementSummary::currentSecond()), Summary({1, 2, 0, 0, 0, 2}));
}

void TstAgreementSummary::nothingForAnEventWithoutProvisions()
{
    QVERIFY(AgreementSummary::read(*m_store, m_fixture->invasion).isEmpty());
    QVERIFY(AgreementSummary::read(*m_store, 9999).isEmpty());
    m_store->removeEvent(m_fixture->agreement);
    QVERIFY(AgreementSummary::read(*m_store, m_fixture->agreement).isEmpty());
}

// The timeline's frame reads the summaries of all the agreements it shows at once: each the same
// as read alone, and none for an event without provisions. A second agreement, whose one
// provision the talks also refer to, checks that the evidence goes to its own provision.
void TstAgreementSummary::readAllGivesEachAgreementAsReadAlone()
{
    Event minskI = *m_store->event(m_fixture->agreement);
    minskI.id = 0;
    minskI.uid.clear();
    minskI.title = QStringLiteral("Minsk I signed");
    minskI.start = PartialDate::day(2014, 9, 5);
    const qint64 second = m_store->addEvent(minskI);
    Provision truce;
    truce.agreementId = second;
    truce.number = QStringLiteral("1");
    truce.summary = QStringLiteral("Truce");
    truce.topic = ProvisionTopic::Ceasefire;
    const qint64 truceId = m_store->addProvision(truce);
    m_store->addProvisionLink({0, truceId, m_fixture->talks, ProvisionLink::Type::RefersTo, 0, {}});
    const QList<Event> shown = m_store->events({m_fixture->invasion, second, m_fixture->agreement},
                                               EventStore::Detail::Full);

    const QHash<qint64, AgreementSummary> all = AgreementSummary::readAll(*m_store, shown);
    QCOMPARE(all.size(), 2);
    QVERIFY(!all.contains(m_fixture->invasion));
    for (qint64 id : {m_fixture->agreement, second}) {
        QCOMPARE(contentOf(all.value(id)), contentOf(AgreementSummary::read(*m_store, id)));
    }
    QCOMPARE(all.value(second).records().size(), 1);
    QCOMPARE(all.value(second).records().first().links.size(), 1);
    QCOMPARE(all.value(m_fixture->agreement).records().size(), 5);
    QVERIFY(AgreementSummary::readAll(*m_store, {*m_store->event(m_fixture->invasion)}).isEmpty());
}

QTEST_GUILESS_MAIN(TstAgreementSummary)
#include "tst_agreementsummary.moc"
