// SPDX-License-Identifier: GPL-3.0-or-later
// The undo commands of agreements (issue 15): a provision, a provision link, a level assessment
// and an agreement's row added, changed and removed, and provisions moved, each through a real
// store; undo gives back the whole file as it was (with its ids), redo the file after.
#include <QTest>

#include <QTemporaryDir>
#include <QUndoStack>

#include "agreementcommand.h"
#include "agreementpartcommand.h"
#include "eventstore.h"
#include "moveprovisioncommand.h"
#include "removerowcommand.h"
#include "testsupport.h"

#include <memory>

using namespace entente;

class TstProvisionCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void addEditRemoveProvision();
    void removingAProvisionBringsBackItsLinksAssessmentsAndFollowers();
    void removingAFollowedProvisionKeepsTheDayItsFollowerFellOn();
    void removingAFollowedProvisionNeverFullSaysItsFollowerCountsFromTheAgreement();
    void removingAnActorGivesBackItsPlaceAmongProvisionsParties();
    void removingASourceGivesItBackToLinksAndAssessments();
    void linkCommands();
    void assessmentCommands();
    void agreementRowIsAddedUpdatedAndRemoved();
    void agreementRowThatChangesNothingIsNoCommand();
    void moveUpAndDownSwapsThroughAFreePosition();
    void stepsAreNamedInTheTimelinesWords();

private:
    QStringList dump() { return canonicalDump(m_store->database()); }
    Provision provision(const QString &number, int position, const QString &summary) const;
    QStringList numbersInOrder() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    QUndoStack m_stack;
    qint64 m_russia = 0, m_source = 0, m_minsk = 0, m_invasion = 0;
    qint64 m_ceasefire = 0, m_withdrawal = 0, m_monitoring = 0;
};

void TstProvisionCommands::init()
{
    m_stack.clear();
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("t.entente")));
    m_russia = m_store->addActor({0, QStringLiteral("Russia"), {}, Actor::Type::State, 0, {}});
    m_source = m_store->addSource(
        {0, QStringLiteral("UN"), QStringLiteral("Resolution 2202"), {}, {}, {}});
    Event minsk;
    minsk.title = QStringLiteral("Minsk II");
    minsk.start = PartialDate::day(2015, 2, 12);
    minsk.category = QStringLiteral("agreement");
    m_minsk = m_store->addEvent(minsk);
    Event invasion;
    invasion.title = QStringLiteral("Invasion");
    invasion.start = PartialDate::day(2022, 2, 24);
    m_invasion = m_store->addEvent(invasion);
    m_ceasefire =
        m_store->addProvision(provision(QStringLiteral("1"), 0, QStringLiteral("Ceasefire")));
    m_withdrawal =
        m_store->addProvision(provision(QStringLiteral("2"), 1, QStringLiteral("Withdrawal")));
    Provision monitoring = provision(QStringLiteral("3"), 2, QStringLiteral("OSCE monitoring"));
    monitoring.deadline = {{}, 14, m_withdrawal}; // follows the withdrawal
    m_monitoring = m_store->addProvision(monitoring);
}

Provision TstProvisionCommands::provision(const QString &number, int position,
                                          const QString &summary) const
{
    Provision p;
    p.agreementId = m_minsk;
    p.number = number;
    p.position = position;
    p.summary = summary;
    return p;
}

QStringList TstProvisionCommands::numbersInOrder() const
{
    QStringList numbers;
    for (const Provision &p : m_store->provisionsOf(m_minsk)) {
        numbers.append(p.number);
    }
    return numbers;
}

void TstProvisionCommands::addEditRemoveProvision()
{
    Provision added = provision(QStringLiteral("4"), 3, QStringLiteral("Exchange of prisoners"));
    added.topic = ProvisionTopic::PrisonersAndDetainees;
    added.partyIds = {m_russia};
    added.deadline.date = PartialDate::day(2015, 3, 7);
    auto *add = AgreementPartCommand<Provision>::add(m_store.get(), added);
    checkRoundTrip(m_stack, *m_store, add);
    const qint64 id = add->rowId();
    std::optional<Provision> stored = m_store->provision(id);
    QVERIFY(stored);
    QCOMPARE(stored->summary, added.summary);
    QCOMPARE(stored->topic, ProvisionTopic::PrisonersAndDetainees);
    QCOMPARE(stored->deadline.date, PartialDate::day(2015, 3, 7));
    m_stack.undo();
    m_stack.redo();
    QCOMPARE(m_store->provision(id)->uid, stored->uid); // the same provision again, id and uid

    Provision edited = *stored;
    edited.summary = QStringLiteral("All-for-all exchange of prisoners");
    edited.deadline = {{}, 5, 0}; // five days after the agreement
    checkRoundTrip(m_stack, *m_store,
                   AgreementPartCommand<Provision>::edit(m_store.get(), *stored, edited));
    QCOMPARE(*m_store->provision(id), edited);
    m_stack.undo();
    QCOMPARE(*m_store->provision(id), *stored);
    m_stack.redo();

    checkRoundTrip(m_stack, *m_store,
                   AgreementPartCommand<Provision>::remove(m_store.get(), edited));
    QVERIFY(!m_store->provision(id));
    m_stack.undo();
    QCOMPARE(*m_store->provision(id), edited);
}

void TstProvisionCommands::removingAProvisionBringsBackItsLinksAssessmentsAndFollowers()
{
    const qint64 link =
        m_store->addProvisionLink({0, m_withdrawal, m_invasion, ProvisionLink::Type::Violates,
                                   m_source, QStringLiteral("x")});
    LevelAssessment assessment;
    assessment.provisionId = m_withdrawal;
    assessment.date = PartialDate::month(2015, 3);
    assessment.level = ImplementationLevel::Minimal;
    assessment.sourceId = m_source;
    const qint64 assessed = m_store->addAssessment(assessment);
    const QStringList before = dump();

    m_stack.push(
        AgreementPartCommand<Provision>::remove(m_store.get(), *m_store->provision(m_withdrawal)));
    QVERIFY(!m_store->provision(m_withdrawal));
    QVERIFY(!m_store->provisionLink(link));
    QVERIFY(!m_store->assessment(assessed));
    // The monitoring's deadline lost what it followed (the schema sets it to null).
    QCOMPARE(m_store->provision(m_monitoring)->deadline.afterProvisionId, 0);

    m_stack.undo();
    QCOMPARE(dump(), before); // every row, with its id
    QCOMPARE(m_store->provisionLink(link)->eventId, m_invasion);
    QCOMPARE(m_store->assessment(assessed)->level, ImplementationLevel::Minimal);
    QCOMPARE(m_store->provision(m_monitoring)->deadline.afterProvisionId, m_withdrawal);
    m_stack.redo();
    QVERIFY(!m_store->provision(m_withdrawal));
    m_stack.undo();
    QCOMPARE(dump(), before);
}

// Point 3 was due 14 days after point 2; point 2 was carried out in full on 5 March 2015. Without
// point 2, point 3 stays due on 19 March 2015; undo gives back "14 days after point 2".
void TstProvisionCommands::removingAFollowedProvisionKeepsTheDayItsFollowerFellOn()
{
    m_store->addAssessment(
        {0, m_withdrawal, PartialDate::day(2015, 3, 5), ImplementationLevel::Full, m_source, {}});
    const Provision monitoring = *m_store->provision(m_monitoring);
    const Provision withdrawal = *m_store->provision(m_withdrawal);
    const QStringList before = dump();
    auto *remove = AgreementPartCommand<Provision>::remove(m_store.get(), withdrawal);
    QCOMPARE(remove->text(), QStringLiteral("Delete point 2 of Minsk II"));
    checkRoundTrip(m_stack, *m_store, remove);
    const QStringList after = dump();
    QCOMPARE(m_store->provision(m_monitoring)->deadline,
             (Provision::Deadline{PartialDate::day(2015, 3, 19), -1, 0}));
    QCOMPARE(AgreementParts<Provision>::removalNote(withdrawal, remove->followers()),
             QStringLiteral("The deadline of point 3 followed point 2: it is now 19 Mar 2015, "
                            "the date it fell on."));
    m_stack.undo();
    QCOMPARE(dump(), before);
    QCOMPARE(*m_store->provision(m_monitoring), monitoring);
    m_stack.redo();
    QCOMPARE(dump(), after);
}

// Point 2 was never carried out in full: point 3's deadline had no date, and can only count
// from the agreement now, which the step's name and the editor's note say.
void TstProvisionCommands::
    removingAFollowedProvisionNeverFullSaysItsFollowerCountsFromTheAgreement()
{
    const Provision monitoring = *m_store->provision(m_monitoring);
    const Provision withdrawal = *m_store->provision(m_withdrawal);
    auto *remove = AgreementPartCommand<Provision>::remove(m_store.get(), withdrawal);
    QCOMPARE(remove->text(), QStringLiteral("Delete point 2 of Minsk II (deadline of point 3 now "
                                            "counted from the agreement)"));
    checkRoundTrip(m_stack, *m_store, remove);
    QCOMPARE(m_store->provision(m_monitoring)->deadline, (Provision::Deadline{{}, 14, 0}));
    QCOMPARE(AgreementParts<Provision>::removalNote(withdrawal, remove->followers()),
             QStringLiteral("The deadline of point 3 followed point 2 and had no date yet: it "
                            "now counts from the agreement."));
    m_stack.undo();
    QCOMPARE(*m_store->provision(m_monitoring), monitoring);
}

// The ceasefire binds Ukraine, Russia and the OSCE, in that order; without Russia it binds the
// other two, and undo puts Russia back between them.
void TstProvisionCommands::removingAnActorGivesBackItsPlaceAmongProvisionsParties()
{
    const qint64 ukraine =
        m_store->addActor({0, QStringLiteral("Ukraine"), {}, Actor::Type::State, 0, {}});
    const qint64 osce =
        m_store->addActor({0, QStringLiteral("OSCE"), {}, Actor::Type::Organisation, 0, {}});
    Provision ceasefire = *m_store->provision(m_ceasefire);
    ceasefire.partyIds = {ukraine, m_russia, osce};
    m_store->updateProvision(ceasefire);
    Provision withdrawal = *m_store->provision(m_withdrawal);
    withdrawal.partyIds = {m_russia};
    m_store->updateProvision(withdrawal);
    const QStringList before = dump();

    checkRoundTrip(m_stack, *m_store, new RemoveRowCommand<Actor>(m_store.get(), m_russia));
    const QStringList after = dump();
    QCOMPARE(m_store->provision(m_ceasefire)->partyIds, (QList<qint64>{ukraine, osce}));
    QVERIFY(m_store->provision(m_withdrawal)->partyIds.isEmpty());
    m_stack.undo();
    QCOMPARE(dump(), before);
    QCOMPARE(*m_store->provision(m_ceasefire), ceasefire);
    QCOMPARE(*m_store->provision(m_withdrawal), withdrawal);
    m_stack.redo();
    QCOMPARE(dump(), after);
}

// Resolution 2202 is cited by a link and an assessment; another source by a second link.
void TstProvisionCommands::removingASourceGivesItBackToLinksAndAssessments()
{
    const qint64 osce = m_store->addSource(
        {0, QStringLiteral("OSCE SMM"), QStringLiteral("Daily report"), {}, {}, {}});
    const ProvisionLink cited{
        0, m_ceasefire, m_invasion, ProvisionLink::Type::Violates, m_source, QStringLiteral("x")};
    const qint64 link = m_store->addProvisionLink(cited);
    const qint64 other = m_store->addProvisionLink(
        {0, m_withdrawal, m_invasion, ProvisionLink::Type::Violates, osce, {}});
    const qint64 assessed = m_store->addAssessment(
        {0, m_ceasefire, PartialDate::month(2015, 3), ImplementationLevel::Minimal, m_source, {}});
    const QStringList before = dump();

    checkRoundTrip(m_stack, *m_store, new RemoveRowCommand<Source>(m_store.get(), m_source));
    const QStringList after = dump();
    QCOMPARE(m_store->provisionLink(link)->sourceId, 0);
    QCOMPARE(m_store->assessment(assessed)->sourceId, 0);
    QCOMPARE(m_store->provisionLink(other)->sourceId, osce);
    m_stack.undo();
    QCOMPARE(dump(), before);
    QCOMPARE(m_store->provisionLink(link)->sourceId, m_source);
    QCOMPARE(m_store->assessment(assessed)->sourceId, m_source);
    m_stack.redo();
    QCOMPARE(dump(), after);
}

void TstProvisionCommands::linkCommands()
{
    ProvisionLink link{0, m_ceasefire, m_invasion, ProvisionLink::Type::Violates, m_source, {}};
    auto *add = AgreementPartCommand<ProvisionLink>::add(m_store.get(), link);
    checkRoundTrip(m_stack, *m_store, add);
    link.id = add->rowId();
    QCOMPARE(m_store->linksOfEvent(m_invasion), QList<ProvisionLink>{link});

    ProvisionLink edited = link;
    edited.type = ProvisionLink::Type::RefersTo;
    edited.sourceId = 0;
    edited.note = QStringLiteral("mentioned");
    checkRoundTrip(m_stack, *m_store,
                   AgreementPartCommand<ProvisionLink>::edit(m_store.get(), link, edited));
    QCOMPARE(*m_store->provisionLink(link.id), edited);

    checkRoundTrip(m_stack, *m_store,
                   AgreementPartCommand<ProvisionLink>::remove(m_store.get(), edited));
    QVERIFY(m_store->linksOfProvision(m_ceasefire).isEmpty());
    m_stack.undo();
    QCOMPARE(*m_store->provisionLink(link.id), edited); // its id kept
}

void TstProvisionCommands::assessmentCommands()
{
    LevelAssessment assessment;
    assessment.provisionId = m_ceasefire;
    assessment.date = PartialDate::day(2015, 2, 15);
    assessment.level = ImplementationLevel::Intermediate;
    assessment.sourceId = m_source;
    auto *add = AgreementPartCommand<LevelAssessment>::add(m_store.get(), assessment);
    checkRoundTrip(m_stack, *m_store, add);
    assessment.id = add->rowId();
    QCOMPARE(m_store->assessmentsOf(m_ceasefire), QList<LevelAssessment>{assessment});

    LevelAssessment edited = assessment;
    edited.level = ImplementationLevel::Full;
    edited.date = PartialDate::month(2015, 3);
    checkRoundTrip(m_stack, *m_store,
                   AgreementPartCommand<LevelAssessment>::edit(m_store.get(), assessment, edited));
    QCOMPARE(*m_store->assessment(assessment.id), edited);

    checkRoundTrip(m_stack, *m_store,
                   AgreementPartCommand<LevelAssessment>::remove(m_store.get(), edited));
    QVERIFY(m_store->assessmentsOf(m_ceasefire).isEmpty());
    m_stack.undo();
    QCOMPARE(*m_store->assessment(assessment.id), edited);
}

void TstProvisionCommands::agreementRowIsAddedUpdatedAndRemoved()
{
    QVERIFY(!m_store->agreement(m_minsk));
    Agreement row;
    row.stage = Agreement::Stage::Ceasefire;
    row.process = QStringLiteral("Ukraine peace process");
    checkRoundTrip(m_stack, *m_store,
                   AgreementCommand::create(m_store.get(), m_minsk, row)); // added
    QCOMPARE(m_store->agreement(m_minsk)->stage, Agreement::Stage::Ceasefire);
    m_stack.undo();
    QVERIFY(!m_store->agreement(m_minsk)); // no row, as before
    m_stack.redo();

    Agreement ended = *m_store->agreement(m_minsk);
    ended.end = Agreement::End::Denounced;
    ended.endEventId = m_invasion;
    checkRoundTrip(m_stack, *m_store,
                   AgreementCommand::create(m_store.get(), m_minsk, ended)); // updated
    QCOMPARE(*m_store->agreement(m_minsk), ended);

    Agreement nothing;
    checkRoundTrip(m_stack, *m_store,
                   AgreementCommand::create(m_store.get(), m_minsk, nothing)); // removed
    QVERIFY(!m_store->agreement(m_minsk));
    m_stack.undo();
    QCOMPARE(*m_store->agreement(m_minsk), ended);
}

void TstProvisionCommands::agreementRowThatChangesNothingIsNoCommand()
{
    QVERIFY(!AgreementCommand::create(m_store.get(), m_minsk, Agreement{}));
    Agreement row;
    row.stage = Agreement::Stage::Framework;
    m_stack.push(AgreementCommand::create(m_store.get(), m_minsk, row));
    QVERIFY(!AgreementCommand::create(m_store.get(), m_minsk, row));
}

void TstProvisionCommands::moveUpAndDownSwapsThroughAFreePosition()
{
    QCOMPARE(numbersInOrder(),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QVERIFY(!MoveProvisionCommand::create(m_store.get(), m_ceasefire,
                                          MoveProvisionCommand::Direction::Up)); // first already
    QVERIFY(!MoveProvisionCommand::create(m_store.get(), m_monitoring,
                                          MoveProvisionCommand::Direction::Down)); // last already
    checkRoundTrip(m_stack, *m_store,
                   MoveProvisionCommand::create(m_store.get(), m_monitoring,
                                                MoveProvisionCommand::Direction::Up));
    QCOMPARE(numbersInOrder(),
             (QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("2")}));
    QCOMPARE(m_store->provision(m_monitoring)->position, 1);
    QCOMPARE(m_store->provision(m_withdrawal)->position, 2);
    checkRoundTrip(m_stack, *m_store,
                   MoveProvisionCommand::create(m_store.get(), m_ceasefire,
                                                MoveProvisionCommand::Direction::Down));
    QCOMPARE(numbersInOrder(),
             (QStringList{QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("2")}));
    m_stack.undo();
    m_stack.undo();
    QCOMPARE(numbersInOrder(),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(m_store->provision(m_monitoring)->position, 2); // positions as they were
}

void TstProvisionCommands::stepsAreNamedInTheTimelinesWords()
{
    auto *add = AgreementPartCommand<Provision>::add(
        m_store.get(), provision(QStringLiteral("4"), 3, QStringLiteral("Prisoners")));
    QCOMPARE(add->text(), QStringLiteral("Add point 4 to Minsk II"));
    m_stack.push(add);
    const auto textOf = [](QUndoCommand *command) {
        const std::unique_ptr<QUndoCommand> owned(command); // named, never run
        return owned->text();
    };
    QCOMPARE(textOf(AgreementPartCommand<Provision>::remove(m_store.get(),
                                                            *m_store->provision(m_ceasefire))),
             QStringLiteral("Delete point 1 of Minsk II"));
    const ProvisionLink link{0, m_ceasefire, m_invasion, ProvisionLink::Type::Violates, 0, {}};
    QCOMPARE(textOf(AgreementPartCommand<ProvisionLink>::add(m_store.get(), link)),
             QStringLiteral("Link “Invasion” to point 1 of Minsk II (Violates)"));
    QCOMPARE(textOf(MoveProvisionCommand::create(m_store.get(), m_withdrawal,
                                                 MoveProvisionCommand::Direction::Up)),
             QStringLiteral("Move point 2 of Minsk II up"));
    Agreement row;
    row.stage = Agreement::Stage::Implementation;
    QCOMPARE(textOf(AgreementCommand::create(m_store.get(), m_minsk, row)),
             QStringLiteral("Set the stage of Minsk II to “Implementation”"));
}

QTEST_GUILESS_MAIN(TstProvisionCommands)
#include "tst_provisioncommands.moc"
