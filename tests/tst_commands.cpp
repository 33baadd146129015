// SPDX-License-Identifier: GPL-3.0-or-later
// The undo commands: each one's redo, undo and redo again, and any sequence of them undone to
// the start and redone to the end, compared as the whole file's content.
#include <QTest>

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUndoStack>

#include "addeventscommand.h"
#include "addrowcommand.h"
#include "categorycommand.h"
#include "editeventscommand.h"
#include "editrowcommand.h"
#include "eventstore.h"
#include "importcommand.h"
#include "relationtypecommand.h"
#include "removeeventscommand.h"
#include "removerowcommand.h"
#include "saveeventcommand.h"
#include "testsupport.h"

#include <functional>
#include <memory>

using namespace entente;

class TstCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void addEventsWithRelations();
    void editEventsGestureMergesIntoOneStep();
    void editsOfDifferentGesturesStaySeparate();
    void removeEventsTakesRelationsAlongAndBringsThemBack();
    void removingAnAgreementBringsBackItsProvisionsLinksAndAssessments();
    void rowCommands();
    void removingAnActorGivesItBackToItsEvents();
    void savedViewCommands();
    void categoryCommands();
    void relationTypeCommands();
    void removingARelationTypeComesBackWithItsRelations();
    void relationStepsAreNamedByTheTimelinesLabel();
    void saveEventCreatesActorsAndSourcesInOneStep();
    void refusedCommandLeavesStackAndFileAsTheyWere();
    void importAddsUpdatesAndTakesItAllBack();
    void randomSequencesUndoToTheStartAndRedoToTheEnd_data();
    void randomSequencesUndoToTheStartAndRedoToTheEnd();

private:
    QStringList dump() { return canonicalDump(m_store->database()); }
    Event event(const QString &title, const PartialDate &start) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    QUndoStack m_stack;
    qint64 m_russia = 0, m_ukraine = 0, m_source = 0, m_crimea = 0, m_minsk = 0;
};

void TstCommands::init()
{
    m_stack.clear();
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("t.entente")));
    m_russia = m_store->addActor({0, QStringLiteral("Russia"), {}, Actor::Type::State, 0, {}});
    m_ukraine = m_store->addActor({0, QStringLiteral("Ukraine"), {}, Actor::Type::State, 0, {}});
    m_source = m_store->addSource({0,
                                   QStringLiteral("Reuters"),
                                   QStringLiteral("Minsk"),
                                   QStringLiteral("https://example.org"),
                                   {},
                                   {}});
    Event crimea = event(QStringLiteral("Crimea"), PartialDate::month(2014, 3));
    crimea.actors = {{m_russia, QStringLiteral("party")}};
    m_crimea = m_store->addEvent(crimea);
    Event minsk = event(QStringLiteral("Minsk"), PartialDate::day(2014, 9, 5));
    minsk.actors = {{m_russia, {}}, {m_ukraine, {}}};
    minsk.sourceIds = {m_source};
    minsk.category = QStringLiteral("agreement");
    m_minsk = m_store->addEvent(minsk);
    m_store->addRelation({0, m_crimea, m_minsk, Relation::LedTo, {}});
}

Event TstCommands::event(const QString &title, const PartialDate &start) const
{
    Event e;
    e.title = title;
    e.start = start;
    return e;
}

void TstCommands::addEventsWithRelations()
{
    Event talks = event(QStringLiteral("Riyadh talks"), PartialDate::day(2025, 2, 18));
    talks.actors = {{m_russia, QStringLiteral("delegation")}};
    Event call = event(QStringLiteral("Trump–Putin call"), PartialDate::day(2025, 2, 12));
    // The call led to the talks; the talks respond to Minsk, already there.
    auto *command = new AddEventsCommand(
        m_store.get(), {talks, call},
        {{0, -2, -1, Relation::LedTo, {}}, {0, -1, m_minsk, Relation::ResponseTo, {}}});
    checkRoundTrip(m_stack, *m_store, command);
    const QList<qint64> ids = command->ids();
    QCOMPARE(ids.size(), 2);
    QCOMPARE(m_store->event(ids.at(0))->title, talks.title);
    QCOMPARE(m_store->relationsOf({ids.at(0)}).size(), 2);
    QCOMPARE(m_stack.text(0), QStringLiteral("Add 2 Events"));
}

void TstCommands::editEventsGestureMergesIntoOneStep()
{
    const Event before = *m_store->event(m_minsk);
    const int gesture = EditEventsCommand::newGesture();
    Event step = before;
    for (int day = 6; day <= 9; ++day) {
        const Event previous = step;
        step.start = PartialDate::day(2014, 9, day);
        m_stack.push(new EditEventsCommand(m_store.get(), {previous}, {step},
                                           QStringLiteral("Move"), gesture));
    }
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(m_store->event(m_minsk)->start, PartialDate::day(2014, 9, 9));
    m_stack.undo();
    QCOMPARE(*m_store->event(m_minsk), before);
}

void TstCommands::editsOfDifferentGesturesStaySeparate()
{
    const Event before = *m_store->event(m_minsk);
    Event first = before;
    first.title = QStringLiteral("first");
    Event second = first;
    second.title = QStringLiteral("second");
    m_stack.push(new EditEventsCommand(m_store.get(), {before}, {first}, QStringLiteral("Edit"),
                                       EditEventsCommand::newGesture()));
    m_stack.push(new EditEventsCommand(m_store.get(), {first}, {second}, QStringLiteral("Edit"),
                                       EditEventsCommand::newGesture()));
    QCOMPARE(m_stack.count(), 2);
    m_stack.undo();
    QCOMPARE(m_store->event(m_minsk)->title, QStringLiteral("first"));
}

// Minsk II with three provisions (one with a deadline after another), an event that violates
// one and a level set by hand: its removal takes them all; undo puts each back with its id.
void TstCommands::removingAnAgreementBringsBackItsProvisionsLinksAndAssessments()
{
    m_store->addAgreement(
        {m_minsk, Agreement::Stage::Ceasefire, QStringLiteral("Ukraine"), Agreement::End::None, 0});
    Provision ceasefire;
    ceasefire.agreementId = m_minsk;
    ceasefire.number = QStringLiteral("1");
    ceasefire.summary = QStringLiteral("Immediate and comprehensive ceasefire");
    ceasefire.topic = ProvisionTopic::Ceasefire;
    ceasefire.partyIds = {m_russia, m_ukraine};
    ceasefire.id = m_store->addProvision(ceasefire);
    Provision withdrawal = ceasefire;
    withdrawal.id = 0;
    withdrawal.uid.clear();
    withdrawal.number = QStringLiteral("2");
    withdrawal.position = 1;
    withdrawal.summary = QStringLiteral("Withdrawal of heavy weapons");
    withdrawal.topic = ProvisionTopic::WithdrawalAndDisarmament;
    withdrawal.id = m_store->addProvision(withdrawal);
    Provision monitoring = withdrawal;
    monitoring.id = 0;
    monitoring.number = QStringLiteral("3");
    monitoring.position = 2;
    monitoring.summary = QStringLiteral("OSCE monitoring");
    monitoring.deadline = {{}, 14, withdrawal.id};
    monitoring.id = m_store->addProvision(monitoring);
    const qint64 link = m_store->addProvisionLink(
        {0, ceasefire.id, m_crimea, ProvisionLink::Type::Violates, m_source, {}});
    const qint64 level = m_store->addAssessment({0,
                                                 withdrawal.id,
                                                 PartialDate::month(2015, 3),
                                                 ImplementationLevel::Intermediate,
                                                 m_source,
                                                 {}});
    const AgreementRecords records = m_store->agreementRecordsOf({m_minsk});
    QCOMPARE(records.provisions.size(), 3);

    checkRoundTrip(m_stack, *m_store, new RemoveEventsCommand(m_store.get(), {m_minsk}));
    QVERIFY(!m_store->provision(ceasefire.id));
    QVERIFY(m_store->linksOfEvent(m_crimea).isEmpty());
    m_stack.undo();
    QCOMPARE(m_store->agreementRecordsOf({m_minsk}), records);
    QCOMPARE(m_store->provisionsOf(m_minsk).at(2).deadline.afterProvisionId, withdrawal.id);
    QCOMPARE(m_store->linksOfEvent(m_crimea).first().id, link);
    QCOMPARE(m_store->assessmentsOf(withdrawal.id).first().id, level);
}

void TstCommands::removeEventsTakesRelationsAlongAndBringsThemBack()
{
    const QList<Relation> relations = m_store->relations();
    checkRoundTrip(m_stack, *m_store, new RemoveEventsCommand(m_store.get(), {m_crimea}));
    QVERIFY(m_store->relations().isEmpty());
    m_stack.undo();
    QCOMPARE(m_store->relations(), relations);
    QCOMPARE(m_store->event(m_crimea)->title, QStringLiteral("Crimea"));
}

void TstCommands::rowCommands()
{
    checkRoundTrip(
        m_stack, *m_store,
        new AddRowCommand<Actor>(
            m_store.get(), {0, QStringLiteral("NATO"), {}, Actor::Type::Organisation, 0, {}}));
    Actor russia = *m_store->actor(m_russia);
    Actor renamed = russia;
    renamed.name = QStringLiteral("Russian Federation");
    renamed.aliases = {QStringLiteral("Россия")};
    checkRoundTrip(m_stack, *m_store, new EditRowCommand<Actor>(m_store.get(), russia, renamed));
    checkRoundTrip(m_stack, *m_store,
                   new AddRowCommand<Era>(m_store.get(), {0,
                                                          QStringLiteral("Minsk process"),
                                                          PartialDate::year(2014),
                                                          PartialDate::year(2022),
                                                          {}}));
    checkRoundTrip(m_stack, *m_store, new RemoveRowCommand<Source>(m_store.get(), m_source));
    QVERIFY(m_store->event(m_minsk)->sourceIds.isEmpty());
    checkRoundTrip(m_stack, *m_store,
                   new RemoveRowCommand<Relation>(m_store.get(), m_store->relations().at(0).id));
}

void TstCommands::removingAnActorGivesItBackToItsEvents()
{
    const qint64 zelenskyy =
        m_store->addActor({0, QStringLiteral("Zelenskyy"), {}, Actor::Type::Person, m_ukraine, {}});
    const Event minsk = *m_store->event(m_minsk);
    checkRoundTrip(m_stack, *m_store, new RemoveRowCommand<Actor>(m_store.get(), m_ukraine));
    QCOMPARE(m_store->event(m_minsk)->actors.size(), 1);
    QCOMPARE(m_store->actor(zelenskyy)->affiliationId, 0); // on his own while Ukraine is gone
    m_stack.undo();
    QCOMPARE(*m_store->event(m_minsk), minsk);
    QCOMPARE(m_store->actorsInUse().size(), 2);
    QCOMPARE(m_store->actor(zelenskyy)->affiliationId, m_ukraine);
}

// Save, update, rename and delete a saved view: each one step, undone and redone exactly.
void TstCommands::savedViewCommands()
{
    SavedView view;
    view.name = QStringLiteral("Minsk");
    view.criteria.actors = {m_russia, m_ukraine};
    view.criteria.query = QStringLiteral("ceasefire");
    view.visible = std::pair<qint64, qint64>(1409875200, 1424304000);
    view.lanes = QStringLiteral("actor");
    auto *add = new AddRowCommand<SavedView>(m_store.get(), view);
    checkRoundTrip(m_stack, *m_store, add);
    QCOMPARE(m_stack.text(0), QStringLiteral("Add Saved View “Minsk”"));
    view.id = add->rowId();
    QCOMPARE(m_store->savedView(view.id), std::optional<SavedView>(view));

    SavedView updated = view;
    updated.criteria.actors = {m_ukraine};
    updated.visible.reset();
    updated.lanes = QStringLiteral("packed");
    checkRoundTrip(m_stack, *m_store, new EditRowCommand<SavedView>(m_store.get(), view, updated));
    QCOMPARE(m_store->savedView(view.id), std::optional<SavedView>(updated));
    SavedView renamed = updated;
    renamed.name = QStringLiteral("Minsk I");
    checkRoundTrip(m_stack, *m_store,
                   new EditRowCommand<SavedView>(m_store.get(), updated, renamed));
    QCOMPARE(m_store->savedView(view.id)->name, QStringLiteral("Minsk I"));

    checkRoundTrip(m_stack, *m_store, new RemoveRowCommand<SavedView>(m_store.get(), view.id));
    QCOMPARE(m_store->savedView(view.id), std::nullopt);
    m_stack.undo();
    QCOMPARE(m_store->savedView(view.id), std::optional<SavedView>(renamed)); // with its id
}

void TstCommands::categoryCommands()
{
    checkRoundTrip(m_stack, *m_store,
                   CategoryCommand::set(m_store.get(), std::nullopt,
                                        {QStringLiteral("military"), QStringLiteral("#aa0000")}));
    checkRoundTrip(m_stack, *m_store,
                   CategoryCommand::rename(m_store.get(), QStringLiteral("agreement"),
                                           QStringLiteral("treaty")));
    QCOMPARE(m_store->event(m_minsk)->category, QStringLiteral("treaty"));
    const Category treaty = m_store->categories().constLast();
    QCOMPARE(treaty.name, QStringLiteral("treaty"));
    checkRoundTrip(m_stack, *m_store,
                   CategoryCommand::remove(m_store.get(), treaty, QStringLiteral("military")));
    QCOMPARE(m_store->event(m_minsk)->category, QStringLiteral("military"));
}

void TstCommands::relationTypeCommands()
{
    const RelationType escalated{QStringLiteral("escalated"), QStringLiteral("escalated"), {}, 0};
    checkRoundTrip(m_stack, *m_store,
                   RelationTypeCommand::set(m_store.get(), std::nullopt, escalated));
    RelationType recoloured = escalated;
    recoloured.label = QStringLiteral("escalated into");
    recoloured.color = QStringLiteral("#aa0000");
    checkRoundTrip(m_stack, *m_store,
                   RelationTypeCommand::set(m_store.get(), escalated, recoloured));
    QCOMPARE(m_store->relationTypes().constLast(), recoloured);
    checkRoundTrip(
        m_stack, *m_store,
        RelationTypeCommand::rename(m_store.get(), Relation::LedTo, QStringLiteral("caused")));
    QCOMPARE(m_store->relations().first().type, QStringLiteral("caused"));
}

// Moved to another type or removed with it, the relations come back with their ids.
void TstCommands::removingARelationTypeComesBackWithItsRelations()
{
    const qint64 relation = m_store->relations().first().id;
    const RelationType ledTo = m_store->relationTypes().first();
    QCOMPARE(ledTo.name, Relation::LedTo);
    checkRoundTrip(m_stack, *m_store,
                   RelationTypeCommand::remove(m_store.get(), ledTo, Relation::Confirms));
    QCOMPARE(m_store->relation(relation)->type, Relation::Confirms);
    m_stack.undo();
    QCOMPARE(m_store->relation(relation)->type, Relation::LedTo);
    checkRoundTrip(m_stack, *m_store, RelationTypeCommand::remove(m_store.get(), ledTo, QString()));
    QVERIFY(!m_store->relation(relation));
    m_stack.undo();
    QCOMPARE(m_store->relationTypes().first(), ledTo);
    QCOMPARE(m_store->relation(relation)->type, Relation::LedTo);
}

// The Edit menu and the Undo History say what the user calls the type.
void TstCommands::relationStepsAreNamedByTheTimelinesLabel()
{
    m_store->setRelationType({Relation::LedTo, QStringLiteral("paved the way for"), {}, 0});
    const Relation relation{0, m_minsk, m_crimea, Relation::LedTo, {}};
    m_stack.push(new AddRowCommand<Relation>(m_store.get(), relation));
    QCOMPARE(m_stack.undoText(), QStringLiteral("Add Relation “paved the way for”"));
    Relation added = m_store->relations().constLast();
    Relation confirmed = added;
    confirmed.type = Relation::Confirms;
    m_stack.push(new EditRowCommand<Relation>(m_store.get(), added, confirmed));
    QCOMPARE(m_stack.undoText(), QStringLiteral("Edit Relation “confirms”"));
    m_stack.push(new RemoveRowCommand<Relation>(m_store.get(), m_store->relations().first().id));
    QCOMPARE(m_stack.undoText(), QStringLiteral("Delete Relation “paved the way for”"));
}

void TstCommands::saveEventCreatesActorsAndSourcesInOneStep()
{
    EventDraft draft;
    draft.event = *m_store->event(m_minsk);
    draft.event.title = QStringLiteral("Minsk Protocol");
    draft.newActors = {{0, QStringLiteral("OSCE"), {}, Actor::Type::Organisation, 0, {}}};
    draft.event.actors.append({EventDraft::placeholder(0), QStringLiteral("mediator")});
    draft.newSources = {{0,
                         QStringLiteral("OSCE"),
                         QStringLiteral("Protocol"),
                         QStringLiteral("https://www.osce.org/"),
                         {},
                         {}}};
    draft.event.sourceIds.append(EventDraft::placeholder(0));
    Source corrected = *m_store->source(m_source);
    corrected.url = QStringLiteral("https://www.reuters.com/");
    draft.editedSources = {corrected};
    const int actorsBefore = int(m_store->actors().size());

    auto *command = new SaveEventCommand(m_store.get(), draft);
    checkRoundTrip(m_stack, *m_store, command);
    const Event saved = *m_store->event(m_minsk);
    QCOMPARE(saved.actors.size(), 3);
    QCOMPARE(m_store->actor(saved.actors.at(2).actorId)->name, QStringLiteral("OSCE"));
    QCOMPARE(m_store->source(saved.sourceIds.at(1))->outlet, QStringLiteral("OSCE"));
    QCOMPARE(m_store->source(m_source)->url, QStringLiteral("https://www.reuters.com/"));
    m_stack.undo();
    QCOMPARE(m_store->actors().size(), actorsBefore);

    EventDraft fresh;
    fresh.event = event(QStringLiteral("New"), PartialDate::year(2023));
    auto *add = new SaveEventCommand(m_store.get(), fresh);
    m_stack.push(add);
    const qint64 id = add->eventId();
    m_stack.undo();
    QVERIFY(!m_store->event(id));
    m_stack.redo();
    QCOMPARE(m_store->event(id)->title, QStringLiteral("New")); // the same id again
}

void TstCommands::refusedCommandLeavesStackAndFileAsTheyWere()
{
    const QStringList before = dump();
    Event bad = *m_store->event(m_minsk);
    bad.title.clear();
    auto *command = new EditEventsCommand(m_store.get(), {*m_store->event(m_minsk)}, {bad},
                                          QStringLiteral("Edit"));
    const std::optional<QString> error = errorOf([&] { m_stack.push(command); });
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("title")), qPrintable(*error));
    QCOMPARE(m_stack.count(), 0);
    COMPARE_DUMP(dump(), before);
    delete command; // QUndoStack took it only once its redo() had returned
}

// An import is one step: what it created, added and updated goes on undo and comes back with
// the same ids on redo.
void TstCommands::importAddsUpdatesAndTakesItAllBack()
{
    TimelineContent content;
    content.title = QStringLiteral("Imported");
    content.actors = {{1, QStringLiteral("russia"), {}, Actor::Type::State, 0, {}},
                      {2, QStringLiteral("OSCE"), {}, Actor::Type::Organisation, 0, {}}};
    content.sources = {{1, QStringLiteral("OSCE"), QStringLiteral("Report"), {}, {}, {}}};
    content.categories = {{QStringLiteral("monitoring"), QStringLiteral("#336699"), 0, false}};
    Event minsk = *m_store->event(m_minsk);
    minsk.title = QStringLiteral("Minsk Protocol");
    minsk.actors = {{1, {}}};
    minsk.sourceIds = {};
    Event mission = event(QStringLiteral("Mission"), PartialDate::day(2014, 3, 21));
    mission.uid = QStringLiteral("test:mission");
    mission.actors = {{2, QStringLiteral("monitor")}, {1, {}}};
    mission.sourceIds = {1};
    mission.category = QStringLiteral("monitoring");
    content.events = {minsk, mission};
    content.relations = {{0, -2, -1, Relation::LedTo, {}}};
    auto *command =
        new ImportCommand(m_store.get(), content, {ContentImport::Duplicates::Update, {}},
                          QStringLiteral("/data/minsk.json"));
    QCOMPARE(command->text(), QStringLiteral("Import minsk.json (2 events)"));
    checkRoundTrip(m_stack, *m_store, command);
    const ImportOutcome &outcome = command->outcome();
    QCOMPARE(outcome.added, 1);
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(m_store->event(m_minsk)->title, QStringLiteral("Minsk Protocol"));
    QCOMPARE(m_store->event(m_minsk)->actors, (QList<EventActor>{{m_russia, {}}}));
    QCOMPARE(outcome.createdActors.size(), 1); // "russia" is Russia
    m_stack.undo();
    QCOMPARE(m_store->event(m_minsk)->title, QStringLiteral("Minsk"));
}

void TstCommands::randomSequencesUndoToTheStartAndRedoToTheEnd_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 12; ++seed) {
        QTest::addRow("seed %u", seed) << seed;
    }
}

// Every kind of command, at random, 60 times: undoing all of them gives the file as it was,
// summaries included; redoing all of them gives it as it was at the end.
void TstCommands::randomSequencesUndoToTheStartAndRedoToTheEnd()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    EventStore *store = m_store.get();
    const QStringList categories{QString(), QStringLiteral("agreement"), QStringLiteral("military"),
                                 QStringLiteral("talks")};
    auto randomDate = [&] {
        const int year = 2014 + rng.bounded(12);
        switch (rng.bounded(3)) {
        case 0:
            return PartialDate::year(year, rng.bounded(2) == 1);
        case 1:
            return PartialDate::month(year, 1 + rng.bounded(12));
        default:
            return PartialDate::day(year, 1 + rng.bounded(12), 1 + rng.bounded(28));
        }
    };
    auto anyId = [&](const QList<qint64> &ids) { return ids.at(rng.bounded(int(ids.size()))); };
    auto eventIds = [&] {
        QList<qint64> ids;
        for (const Event &e : store->events()) {
            ids.append(e.id);
        }
        return ids;
    };
    auto actorIds = [&] {
        QList<qint64> ids;
        for (const Actor &a : store->actors()) {
            ids.append(a.id);
        }
        return ids;
    };
    auto randomEvent = [&](const QString &title) {
        Event e = event(title, randomDate());
        e.category = categories.at(rng.bounded(int(categories.size())));
        e.importance = 1 + rng.bounded(5);
        const QList<qint64> actors = actorIds();
        for (int i = rng.bounded(3); i > 0 && !actors.isEmpty(); --i) {
            const qint64 actor = anyId(actors);
            if (std::none_of(e.actors.begin(), e.actors.end(),
                             [&](const EventActor &a) { return a.actorId == actor; })) {
                e.actors.append({actor, QStringLiteral("party")});
            }
        }
        if (rng.bounded(3) == 0) {
            e.kind = Event::Kind::Period;
            e.end = PartialDate::year(e.start.yearValue() + 1 + rng.bounded(3));
        }
        return e;
    };

    auto anyRelationType = [&] {
        const QList<RelationType> types = store->relationTypes();
        return types.isEmpty() ? QString() : types.at(rng.bounded(int(types.size()))).name;
    };

    const QList<std::function<QUndoCommand *(int)>> makers{
        [&](int i) {
            const QList<qint64> ids = eventIds();
            QList<Relation> relations;
            if (!ids.isEmpty()) {
                relations.append({0, -1, anyId(ids), anyRelationType(), {}});
            }
            return new AddEventsCommand(store, {randomEvent(QStringLiteral("e%1").arg(i))},
                                        relations);
        },
        [&](int i) -> QUndoCommand * {
            const QList<qint64> ids = eventIds();
            if (ids.isEmpty()) {
                return nullptr;
            }
            const Event before = *store->event(anyId(ids));
            Event after = randomEvent(QStringLiteral("edited %1").arg(i));
            after.id = before.id;
            after.uid = before.uid;
            after.sourceIds = before.sourceIds;
            return new EditEventsCommand(store, {before}, {after}, QStringLiteral("Edit"));
        },
        [&](int) -> QUndoCommand * {
            const QList<qint64> ids = eventIds();
            return ids.isEmpty() ? nullptr : new RemoveEventsCommand(store, {anyId(ids)});
        },
        [&](int i) {
            // Half of them belong to another actor, whose removal then leaves them on their own.
            const QList<qint64> parents = actorIds();
            const qint64 parent = parents.isEmpty() || i % 2 == 0 ? 0 : anyId(parents);
            return new AddRowCommand<Actor>(
                store, {0, QStringLiteral("actor %1").arg(i), {}, Actor::Type::Person, parent, {}});
        },
        [&](int) -> QUndoCommand * {
            const QList<qint64> ids = actorIds();
            return ids.isEmpty() ? nullptr : new RemoveRowCommand<Actor>(store, anyId(ids));
        },
        [&](int i) -> QUndoCommand * {
            const QList<qint64> ids = actorIds();
            if (ids.isEmpty()) {
                return nullptr;
            }
            const Actor before = *store->actor(anyId(ids));
            Actor after = before;
            after.shortName = QStringLiteral("a%1").arg(i);
            return new EditRowCommand<Actor>(store, before, after);
        },
        [&](int i) {
            return new AddRowCommand<Era>(store, {0,
                                                  QStringLiteral("era %1").arg(i),
                                                  PartialDate::year(2015),
                                                  PartialDate::year(2016 + i % 5),
                                                  {}});
        },
        [&](int) -> QUndoCommand * {
            const QList<Relation> relations = store->relations();
            return relations.isEmpty()
                       ? nullptr
                       : new RemoveRowCommand<Relation>(
                             store, relations.at(rng.bounded(int(relations.size()))).id);
        },
        [&](int) -> QUndoCommand * {
            const QList<Source> sources = store->sources();
            return sources.isEmpty() ? nullptr
                                     : new RemoveRowCommand<Source>(
                                           store, sources.at(rng.bounded(int(sources.size()))).id);
        },
        [&](int i) -> QUndoCommand * {
            const QList<Category> list = store->categories();
            if (list.isEmpty()) {
                return nullptr;
            }
            const Category c = list.at(rng.bounded(int(list.size())));
            switch (rng.bounded(3)) {
            case 0:
                return CategoryCommand::set(store,
                                            c.defined ? std::optional<Category>(c) : std::nullopt,
                                            {c.name, QStringLiteral("#12345%1").arg(i % 10)});
            case 1:
                return CategoryCommand::rename(store, c.name, QStringLiteral("cat %1").arg(i));
            default:
                return CategoryCommand::remove(store, c, categories.at(1 + rng.bounded(3)));
            }
        },
        [&](int i) -> QUndoCommand * {
            const QList<RelationType> types = store->relationTypes();
            if (types.isEmpty() || i % 4 == 0) {
                return RelationTypeCommand::set(
                    store, std::nullopt,
                    {QStringLiteral("type %1").arg(i), QStringLiteral("label %1").arg(i), {}, 0});
            }
            const RelationType t = types.at(rng.bounded(int(types.size())));
            switch (rng.bounded(3)) {
            case 0: {
                RelationType after = t;
                after.label = QStringLiteral("relabelled %1").arg(i);
                after.color = QStringLiteral("#65432%1").arg(i % 10);
                return RelationTypeCommand::set(store, t, after);
            }
            case 1:
                return RelationTypeCommand::rename(store, t.name,
                                                   QStringLiteral("renamed %1").arg(i));
            default:
                // Its relations to another type, or away with it.
                return RelationTypeCommand::remove(store, t,
                                                   i % 2 == 0 ? QString() : anyRelationType());
            }
        },
        [&](int i) -> QUndoCommand * {
            const QList<Era> eras = store->eras();
            if (eras.isEmpty()) {
                return nullptr;
            }
            const Era before = eras.at(rng.bounded(int(eras.size())));
            if (i % 2 == 0) {
                return new RemoveRowCommand<Era>(store, before.id);
            }
            Era after = before;
            after.name = QStringLiteral("era renamed %1").arg(i);
            return new EditRowCommand<Era>(store, before, after);
        },
        [&](int i) -> QUndoCommand * {
            const QList<qint64> ids = eventIds();
            if (ids.size() < 2) {
                return nullptr;
            }
            const qint64 from = anyId(ids), to = anyId(ids);
            if (from == to) {
                return nullptr;
            }
            return new AddRowCommand<Relation>(
                store, {0, from, to, anyRelationType(), QStringLiteral("note %1").arg(i)});
        },
        [&](int i) -> QUndoCommand * {
            const QList<Relation> relations = store->relations();
            if (relations.isEmpty()) {
                return nullptr;
            }
            const Relation before = relations.at(rng.bounded(int(relations.size())));
            Relation after = before;
            after.note = QStringLiteral("changed %1").arg(i);
            after.type = i % 3 == 0 ? anyRelationType() : before.type;
            return new EditRowCommand<Relation>(store, before, after);
        },
        [&](int i) -> QUndoCommand * {
            const QList<Source> sources = store->sources();
            if (sources.isEmpty() || i % 2 == 0) {
                return new AddRowCommand<Source>(
                    store, {0, QStringLiteral("outlet %1").arg(i), {}, {}, {}, {}});
            }
            const Source before = sources.at(rng.bounded(int(sources.size())));
            Source after = before;
            after.quote = QStringLiteral("quoted %1").arg(i);
            return new EditRowCommand<Source>(store, before, after);
        },
        [&](int i) {
            EventDraft draft;
            draft.event = randomEvent(QStringLiteral("saved %1").arg(i));
            draft.newActors = {
                {0, QStringLiteral("new actor %1").arg(i), {}, Actor::Type::Person, 0, {}}};
            draft.event.actors.append(EventActor{EventDraft::placeholder(0), QString()});
            draft.newSources = {{0, QStringLiteral("outlet %1").arg(i), {}, {}, {}, {}}};
            draft.event.sourceIds = {EventDraft::placeholder(0)};
            return new SaveEventCommand(store, draft);
        },
        [&](int i) {
            // A file imported again (its events known by uid), updating what it brought before.
            TimelineContent content;
            content.actors = {
                {1, QStringLiteral("actor %1").arg(i % 7), {}, Actor::Type::Group, 0, {}}};
            content.sources = {{1, QStringLiteral("outlet %1").arg(i % 3), {}, {}, {}, {}}};
            for (int k = 0; k < 3; ++k) {
                Event e = randomEvent(QStringLiteral("imported %1").arg(i));
                e.uid = QStringLiteral("test:%1").arg(rng.bounded(8));
                e.actors = {{1, {}}};
                e.sourceIds = {1};
                content.events.append(e);
            }
            content.relations = {{0, -1, -2, anyRelationType(), {}}};
            return new ImportCommand(store, content, {ContentImport::Duplicates::Update, {}},
                                     QStringLiteral("file.json"));
        },
    };

    const QStringList start = dump();
    int pushed = 0;
    for (int i = 0; i < 60; ++i) {
        QUndoCommand *command = makers.at(rng.bounded(int(makers.size())))(i);
        if (!command) {
            continue;
        }
        const std::optional<QString> error = errorOf([&] { m_stack.push(command); });
        if (error) {
            delete command; // refused (e.g. a rename onto a name in use): nothing changed
            continue;
        }
        ++pushed;
    }
    QVERIFY(pushed > 30);
    const QStringList end = dump();
    while (m_stack.canUndo()) {
        m_stack.undo();
    }
    COMPARE_DUMP(dump(), start);
    while (m_stack.canRedo()) {
        m_stack.redo();
    }
    COMPARE_DUMP(dump(), end);
}

QTEST_GUILESS_MAIN(TstCommands)
#include "tst_commands.moc"
