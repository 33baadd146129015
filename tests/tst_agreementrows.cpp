// SPDX-License-Identifier: GPL-3.0-or-later
// Agreements in the timeline file (issue 15, AgreementRows through EventStore): provisions,
// links, assessments, agreement rows and actor groups; what each write announces, what goes
// with an agreement, and the search for a provision's words.
#include <QTest>

#include <QSignalSpy>
#include <QTemporaryDir>

#include "error.h"
#include "eventcriteria.h"
#include "eventstore.h"
#include "matchset.h"

#include <memory>
#include <tuple>

using namespace entente;

class TstAgreementRows : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void provisionsReadBackInPositionOrderWithTheirParties();
    void provisionWriteAnnouncesItselfAndItsAgreement();
    void provisionNeedsAFreePositionAndAnAgreement();
    void deadlineFollowsAProvisionOfTheSameAgreement();
    void linksAndAssessmentsAnnounceTheirEventsAndReadInOrder();
    void removingAProvisionTakesItsLinksAndAssessments();
    void removingTheAgreementEventTakesEverythingAndSaysSo();
    void removingAnEndingEventLeavesTheAgreementWithoutItsEnd();
    void agreementRowKeepsStageProcessAndEnd();
    void groupsKeepTheirMembersInOrder();
    void removingAnActorAnnouncesItsGroupsAndProvisions();
    void removingASourceAnnouncesTheLinksAndAssessmentsCitingIt();
    void searchFindsTheAgreementByItsProvisionsWords();
    void refusedValuesNameTheField();

private:
    Provision provision(const QString &number, int position, const QString &summary) const;
    // A provision of Minsk II that the invasion violates, with a level set by hand: its id, the
    // link's and the assessment's.
    std::tuple<qint64, qint64, qint64> linkedProvision();
    StoreChange lastChange(QSignalSpy &spy) const
    {
        return spy.isEmpty() ? StoreChange() : spy.last().first().value<StoreChange>();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    qint64 m_russia = 0, m_ukraine = 0, m_source = 0, m_minsk = 0, m_invasion = 0;
};

void TstAgreementRows::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("t.entente")));
    m_russia = m_store->addActor({0, QStringLiteral("Russia"), {}, Actor::Type::State, 0, {}});
    m_ukraine = m_store->addActor({0, QStringLiteral("Ukraine"), {}, Actor::Type::State, 0, {}});
    m_source = m_store->addSource({0,
                                   QStringLiteral("UN"),
                                   QStringLiteral("Resolution 2202"),
                                   QStringLiteral("https://example.org"),
                                   {},
                                   {}});
    Event minsk;
    minsk.title = QStringLiteral("Minsk II");
    minsk.start = PartialDate::day(2015, 2, 12);
    minsk.category = QStringLiteral("agreement");
    m_minsk = m_store->addEvent(minsk);
    Event invasion;
    invasion.title = QStringLiteral("Invasion");
    invasion.start = PartialDate::day(2022, 2, 24);
    m_invasion = m_store->addEvent(invasion);
}

Provision TstAgreementRows::provision(const QString &number, int position,
                                      const QString &summary) const
{
    Provision p;
    p.agreementId = m_minsk;
    p.number = number;
    p.position = position;
    p.summary = summary;
    return p;
}

std::tuple<qint64, qint64, qint64> TstAgreementRows::linkedProvision()
{
    const qint64 p =
        m_store->addProvision(provision(QStringLiteral("1"), 0, QStringLiteral("Ceasefire")));
    const qint64 link =
        m_store->addProvisionLink({0, p, m_invasion, ProvisionLink::Type::Violates, 0, {}});
    const qint64 level = m_store->addAssessment(
        {0, p, PartialDate::year(2015), ImplementationLevel::Minimal, 0, {}});
    return {p, link, level};
}

void TstAgreementRows::provisionsReadBackInPositionOrderWithTheirParties()
{
    Provision second = provision(QStringLiteral("2"), 1, QStringLiteral("Withdrawal"));
    second.topic = ProvisionTopic::WithdrawalAndDisarmament;
    second.partyIds = {m_ukraine, m_russia};
    second.deadline.date = PartialDate::month(2015, 3);
    second.codedBy = QStringLiteral("pax");
    second.paxCode = QStringLiteral("SsrDdr");
    second.paxValue = 2;
    second.text = QStringLiteral("Withdrawal of all heavy weapons by both sides.");
    second.id = m_store->addProvision(second);
    Provision first = provision(QStringLiteral("1"), 0, QStringLiteral("Ceasefire"));
    first.id = m_store->addProvision(first);
    const QList<Provision> read = m_store->provisionsOf(m_minsk);
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).id, first.id);
    QVERIFY(!read.at(0).uid.isEmpty()); // given one
    second.uid = read.at(1).uid;
    QCOMPARE(read.at(1), second);
    QCOMPARE(m_store->provisionByUid(second.uid), std::optional<Provision>(second));
}

void TstAgreementRows::provisionWriteAnnouncesItselfAndItsAgreement()
{
    QSignalSpy spy(m_store.get(), &EventStore::changed);
    Provision p = provision(QStringLiteral("1"), 0, QStringLiteral("Ceasefire"));
    p.id = m_store->addProvision(p);
    QCOMPARE(spy.size(), 1);
    StoreChange change = lastChange(spy);
    QCOMPARE(change.provisions.added, QList<qint64>{p.id});
    QCOMPARE(change.events.changed, QList<qint64>{m_minsk});
    QVERIFY(change.touchesTime(m_store->event(m_minsk)->earliestSecond(),
                               m_store->event(m_minsk)->earliestSecond()));
    p = *m_store->provision(p.id);
    p.summary = QStringLiteral("Immediate ceasefire");
    m_store->updateProvision(p);
    change = lastChange(spy);
    QCOMPARE(change.provisions.changed, QList<qint64>{p.id});
    QCOMPARE(m_store->provision(p.id)->summary, QStringLiteral("Immediate ceasefire"));
    m_store->removeProvision(p.id);
    change = lastChange(spy);
    QCOMPARE(change.provisions.removed, QList<qint64>{p.id});
    QVERIFY(!m_store->provision(p.id));
    QVERIFY(!change.isEmpty());
}

void TstAgreementRows::provisionNeedsAFreePositionAndAnAgreement()
{
    m_store->addProvision(provision(QStringLiteral("1"), 0, QStringLiteral("Ceasefire")));
    QSignalSpy spy(m_store.get(), &EventStore::changed);
    QVERIFY_THROWS_EXCEPTION(
        Error, m_store->addProvision(provision(QStringLiteral("1a"), 0, QStringLiteral("Also"))));
    Provision orphan = provision(QStringLiteral("1"), 0, QStringLiteral("Ceasefire"));
    orphan.agreementId = 999;
    QVERIFY_THROWS_EXCEPTION(Error, m_store->addProvision(orphan));
    QCOMPARE(spy.size(), 0);
    QCOMPARE(m_store->provisionsOf(m_minsk).size(), 1);
}

void TstAgreementRows::deadlineFollowsAProvisionOfTheSameAgreement()
{
    const qint64 first =
        m_store->addProvision(provision(QStringLiteral("1"), 0, QStringLiteral("Ceasefire")));
    Provision second = provision(QStringLiteral("2"), 1, QStringLiteral("Withdrawal"));
    second.deadline = {{}, 14, first};
    second.id = m_store->addProvision(second);
    QCOMPARE(m_store->provision(second.id)->deadline, second.deadline);

    Event other;
    other.title = QStringLiteral("Minsk I");
    other.start = PartialDate::day(2014, 9, 5);
    Provision elsewhere = provision(QStringLiteral("1"), 0, QStringLiteral("Other"));
    elsewhere.agreementId = m_store->addEvent(other);
    elsewhere.deadline = {{}, 3, first};
    QVERIFY_THROWS_EXCEPTION(Error, m_store->addProvision(elsewhere));

    // What it followed goes: the deadline stays relative, to the agreement.
    QSignalSpy spy(m_store.get(), &EventStore::changed);
    m_store->removeProvision(first);
    QCOMPARE(m_store->provision(second.id)->deadline, (Provision::Deadline{{}, 14, 0}));
    QCOMPARE(lastChange(spy).provisions.changed, QList<qint64>{second.id});
}

void TstAgreementRows::linksAndAssessmentsAnnounceTheirEventsAndReadInOrder()
{
    const qint64 p =
        m_store->addProvision(provision(QStringLiteral("1"), 0, QStringLiteral("Ceasefire")));
    QSignalSpy spy(m_store.get(), &EventStore::changed);
    ProvisionLink link{0,          p,
                       m_invasion, ProvisionLink::Type::Violates,
                       m_source,   QStringLiteral("full-scale invasion")};
    link.id = m_store->addProvisionLink(link);
    StoreChange change = lastChange(spy);
    QCOMPARE(change.provisionLinks.added, QList<qint64>{link.id});
    QVERIFY(change.events.changed.contains(m_minsk));
    QVERIFY(change.events.changed.contains(m_invasion));
    QCOMPARE(m_store->linksOfEvent(m_invasion), QList<ProvisionLink>{link});
    QCOMPARE(m_store->linksOfProvision(p), QList<ProvisionLink>{link});
    // One link of each type between an event and a provision.
    QVERIFY_THROWS_EXCEPTION(Error, m_store->addProvisionLink(link));

    const LevelAssessment later{0, p, PartialDate::year(2016), ImplementationLevel::Minimal, 0, {}};
    const LevelAssessment earlier{
        0, p, PartialDate::month(2015, 3), ImplementationLevel::Intermediate, m_source, {}};
    LevelAssessment a = later, b = earlier;
    a.id = m_store->addAssessment(later);
    b.id = m_store->addAssessment(earlier);
    change = lastChange(spy);
    QCOMPARE(change.assessments.added, QList<qint64>{b.id});
    QCOMPARE(change.events.changed, QList<qint64>{m_minsk});
    QCOMPARE(m_store->assessmentsOf(p), (QList<LevelAssessment>{b, a})); // by date
    a.level = ImplementationLevel::Full;
    m_store->updateAssessment(a);
    QCOMPARE(lastChange(spy).assessments.changed, QList<qint64>{a.id});
    QCOMPARE(m_store->assessment(a.id)->level, ImplementationLevel::Full);
    m_store->removeAssessment(b.id);
    QCOMPARE(lastChange(spy).assessments.removed, QList<qint64>{b.id});
    m_store->removeProvisionLink(link.id);
    QCOMPARE(lastChange(spy).provisionLinks.removed, QList<qint64>{link.id});
    QVERIFY(m_store->linksOfEvent(m_invasion).isEmpty());
}

void TstAgreementRows::removingAProvisionTakesItsLinksAndAssessments()
{
    const auto [p, link, level] = linkedProvision();
    QSignalSpy spy(m_store.get(), &EventStore::changed);
    m_store->removeProvision(p);
    const StoreChange change = lastChange(spy);
    QCOMPARE(change.provisionLinks.removed, QList<qint64>{link});
    QCOMPARE(change.assessments.removed, QList<qint64>{level});
    QVERIFY(change.events.changed.contains(m_invasion));
    QVERIFY(!m_store->provisionLink(link));
    QVERIFY(!m_store->assessment(level));
}

void TstAgreementRows::removingTheAgreementEventTakesEverythingAndSaysSo()
{
    m_store->addAgreement({m_minsk, Agreement::Stage::Ceasefire, {}, Agreement::End::None, 0});
    const auto [p, link, level] = linkedProvision();
    QSignalSpy spy(m_store.get(), &EventStore::changed);
    m_store->removeEvent(m_minsk);
    const StoreChange change = lastChange(spy);
    QCOMPARE(change.agreements.removed, QList<qint64>{m_minsk});
    QCOMPARE(change.provisions.removed, QList<qint64>{p});
    QCOMPARE(change.provisionLinks.removed, QList<qint64>{link});
    QCOMPARE(change.assessments.removed, QList<qint64>{level});
    QVERIFY(!m_store->agreement(m_minsk));
    QVERIFY(!m_store->provision(p));
    QVERIFY(m_store->linksOfEvent(m_invasion).isEmpty());
    QVERIFY(!m_store->assessment(level));
}

void TstAgreementRows::removingAnEndingEventLeavesTheAgreementWithoutItsEnd()
{
    m_store->addAgreement(
        {m_minsk, Agreement::Stage::Implementation, {}, Agreement::End::Denounced, m_invasion});
    const AgreementRecords records = m_store->agreementRecordsOf({m_invasion});
    QCOMPARE(records.agreements.size(), 1);
    QSignalSpy spy(m_store.get(), &EventStore::changed);
    m_store->removeEvent(m_invasion);
    QCOMPARE(lastChange(spy).agreements.changed, QList<qint64>{m_minsk});
    QCOMPARE(m_store->agreement(m_minsk)->endEventId, 0);
    QCOMPARE(m_store->agreement(m_minsk)->end, Agreement::End::Denounced);
}

void TstAgreementRows::agreementRowKeepsStageProcessAndEnd()
{
    QSignalSpy spy(m_store.get(), &EventStore::changed);
    Agreement agreement{m_minsk, Agreement::Stage::Ceasefire,
                        QStringLiteral("Ukraine peace process"), Agreement::End::Lapsed,
                        m_invasion};
    m_store->addAgreement(agreement);
    QCOMPARE(lastChange(spy).agreements.added, QList<qint64>{m_minsk});
    QCOMPARE(m_store->agreement(m_minsk), std::optional<Agreement>(agreement));
    QCOMPARE(m_store->agreementsOfProcess(QStringLiteral("Ukraine peace process")),
             QList<Agreement>{agreement});
    agreement.stage = Agreement::Stage::Implementation;
    m_store->updateAgreement(agreement);
    QCOMPARE(lastChange(spy).agreements.changed, QList<qint64>{m_minsk});
    QCOMPARE(m_store->agreement(m_minsk)->stage, Agreement::Stage::Implementation);
    m_store->removeAgreement(m_minsk);
    QCOMPARE(lastChange(spy).agreements.removed, QList<qint64>{m_minsk});
    QVERIFY(!m_store->agreement(m_minsk));
    QVERIFY(m_store->event(m_minsk)); // the event stays
}

void TstAgreementRows::groupsKeepTheirMembersInOrder()
{
    QSignalSpy spy(m_store.get(), &EventStore::changed);
    ActorGroup normandy{0, QStringLiteral("Normandy format"), {}, {m_ukraine, m_russia}};
    normandy.id = m_store->addActorGroup(normandy);
    QCOMPARE(lastChange(spy).actorGroups.added, QList<qint64>{normandy.id});
    QCOMPARE(m_store->actorGroups(), QList<ActorGroup>{normandy});
    normandy.memberIds = {m_russia};
    m_store->updateActorGroup(normandy);
    QCOMPARE(lastChange(spy).actorGroups.changed, QList<qint64>{normandy.id});
    QCOMPARE(m_store->actorGroup(normandy.id), std::optional<ActorGroup>(normandy));
    // A member removed from the timeline leaves the group.
    m_store->removeActor(m_russia);
    QVERIFY(m_store->actorGroup(normandy.id)->memberIds.isEmpty());
    m_store->removeActorGroup(normandy.id);
    QCOMPARE(lastChange(spy).actorGroups.removed, QList<qint64>{normandy.id});
    QVERIFY(m_store->actorGroups().isEmpty());
}

void TstAgreementRows::removingAnActorAnnouncesItsGroupsAndProvisions()
{
    Provision binding = provision(QStringLiteral("1"), 0, QStringLiteral("Ceasefire"));
    binding.partyIds = {m_ukraine, m_russia};
    binding.id = m_store->addProvision(binding);
    m_store->addProvision(provision(QStringLiteral("2"), 1, QStringLiteral("Amnesty")));
    const qint64 normandy =
        m_store->addActorGroup({0, QStringLiteral("Normandy format"), {}, {m_russia, m_ukraine}});
    m_store->addActorGroup({0, QStringLiteral("Ukraine alone"), {}, {m_ukraine}});
    QSignalSpy spy(m_store.get(), &EventStore::changed);
    m_store->removeActor(m_russia); // no event names it: not a change of everything
    QCOMPARE(spy.size(), 1);
    const StoreChange change = lastChange(spy);
    QVERIFY(!change.everything);
    QCOMPARE(change.actors.removed, QList<qint64>{m_russia});
    // They lose it by cascade, and say so, with the agreement of the provision.
    QCOMPARE(change.actorGroups.changed, QList<qint64>{normandy});
    QCOMPARE(change.provisions.changed, QList<qint64>{binding.id});
    QCOMPARE(change.events.changed, QList<qint64>{m_minsk});
    QCOMPARE(m_store->actorGroup(normandy)->memberIds, QList<qint64>{m_ukraine});
    QCOMPARE(m_store->provision(binding.id)->partyIds, QList<qint64>{m_ukraine});
}

void TstAgreementRows::removingASourceAnnouncesTheLinksAndAssessmentsCitingIt()
{
    const auto [p, link, level] = linkedProvision();
    ProvisionLink cited = *m_store->provisionLink(link);
    cited.sourceId = m_source;
    m_store->updateProvisionLink(cited);
    LevelAssessment assessed = *m_store->assessment(level);
    assessed.sourceId = m_source;
    m_store->updateAssessment(assessed);
    const qint64 uncited =
        m_store->addProvisionLink({0, p, m_minsk, ProvisionLink::Type::RefersTo, 0, {}});
    QSignalSpy spy(m_store.get(), &EventStore::changed);
    m_store->removeSource(m_source);
    QCOMPARE(spy.size(), 1);
    const StoreChange change = lastChange(spy);
    QCOMPARE(change.sources.removed, QList<qint64>{m_source});
    QCOMPARE(change.provisionLinks.changed, QList<qint64>{link});
    QCOMPARE(change.assessments.changed, QList<qint64>{level});
    QVERIFY(!change.provisionLinks.contains(uncited));
    // The agreement and the linked event show the link: they are named too.
    QVERIFY(change.events.changed.contains(m_minsk));
    QVERIFY(change.events.changed.contains(m_invasion));
    QCOMPARE(m_store->provisionLink(link)->sourceId, 0);
    QCOMPARE(m_store->assessment(level)->sourceId, 0);
}

void TstAgreementRows::searchFindsTheAgreementByItsProvisionsWords()
{
    EventCriteria criteria;
    criteria.query = QStringLiteral("disengagement");
    QCOMPARE(m_store->matches(criteria).count(), 0);
    Provision p = provision(QStringLiteral("1"), 0, QStringLiteral("Ceasefire"));
    p.text = QStringLiteral("Disengagement of forces along the line of contact.");
    p.id = m_store->addProvision(p);
    const MatchSet found = m_store->matches(criteria);
    QCOMPARE(found.count(), 1);
    QCOMPARE(found.inKeyOrder().front().eventId, m_minsk);
    criteria.query = QStringLiteral("ceasefire");
    QCOMPARE(m_store->matches(criteria).count(), 1);
    m_store->removeProvision(p.id);
    QCOMPARE(m_store->matches(criteria).count(), 0);
    criteria.query = QStringLiteral("Minsk");
    QCOMPARE(m_store->matches(criteria).count(), 1); // its own words stay
}

void TstAgreementRows::refusedValuesNameTheField()
{
    Provision p = provision(QStringLiteral("1"), 0, QString());
    try {
        m_store->addProvision(p);
        QFAIL("a provision without a summary was stored");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("“summary”")),
                 qPrintable(error.message()));
    }
    QVERIFY_THROWS_EXCEPTION(Error,
                             m_store->addAssessment({0, 999, PartialDate::year(2015), {}, 0, {}}));
    QVERIFY_THROWS_EXCEPTION(Error, m_store->addActorGroup({0, QStringLiteral(" "), {}, {}}));
    QVERIFY(m_store->provisionsOf(m_minsk).isEmpty());
}

QTEST_GUILESS_MAIN(TstAgreementRows)
#include "tst_agreementrows.moc"
