// SPDX-License-Identifier: GPL-3.0-or-later
// The undo commands of actor groups (the row commands over StoreRows<ActorGroup>): add, edit
// (name, members, their order) and remove, each undone to the file as it was and redone with
// the group's id; and an actor removed from the timeline that undo gives back to its group.
#include <QTest>

#include <QTemporaryDir>
#include <QUndoStack>

#include "addrowcommand.h"
#include "editrowcommand.h"
#include "eventstore.h"
#include "removerowcommand.h"
#include "testsupport.h"

#include <memory>

using namespace entente;
using namespace Qt::StringLiterals;

class TstGroupCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void addAndUndo();
    void editNameMembersAndOrder();
    void removeAndUndoGivesTheIdBack();
    void removingAMemberActorAndUndoGivesItBackToItsGroup();

private:
    ActorGroup normandy() const
    {
        return {0, u"Normandy format"_s, u"#1565c0"_s, {m_france, m_germany, m_russia, m_ukraine}};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    qint64 m_france = 0, m_germany = 0, m_russia = 0, m_ukraine = 0;
};

void TstGroupCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>(m_dir->filePath(u"t.entente"_s));
    m_stack = std::make_unique<QUndoStack>();
    m_france = m_store->addActor({0, u"France"_s, {}, Actor::Type::State, 0, {}});
    m_germany = m_store->addActor({0, u"Germany"_s, {}, Actor::Type::State, 0, {}});
    m_russia = m_store->addActor({0, u"Russia"_s, {}, Actor::Type::State, 0, {}});
    m_ukraine = m_store->addActor({0, u"Ukraine"_s, {}, Actor::Type::State, 0, {}});
}

void TstGroupCommands::addAndUndo()
{
    auto *add = new AddRowCommand<ActorGroup>(m_store.get(), normandy());
    checkRoundTrip(*m_stack, *m_store, add);
    QCOMPARE(m_stack->undoText(), u"Add Actor Group “Normandy format”"_s);
    const std::optional<ActorGroup> group = m_store->actorGroup(add->rowId());
    QVERIFY(group);
    QCOMPARE(group->memberIds, (QList<qint64>{m_france, m_germany, m_russia, m_ukraine}));
    m_stack->undo();
    QVERIFY(m_store->actorGroups().isEmpty());
}

void TstGroupCommands::editNameMembersAndOrder()
{
    ActorGroup before = normandy();
    before.id = m_store->addActorGroup(before);
    ActorGroup after = before;
    after.name = u"Normandy Four"_s;
    after.memberIds = {m_ukraine, m_russia, m_germany}; // France left, the order turned
    checkRoundTrip(*m_stack, *m_store,
                   new EditRowCommand<ActorGroup>(m_store.get(), before, after));
    QCOMPARE(*m_store->actorGroup(before.id), after);
    m_stack->undo();
    QCOMPARE(*m_store->actorGroup(before.id), before);
}

void TstGroupCommands::removeAndUndoGivesTheIdBack()
{
    ActorGroup group = normandy();
    group.id = m_store->addActorGroup(group);
    m_store->addActorGroup({0, u"Trilateral Contact Group"_s, {}, {m_russia, m_ukraine}});
    checkRoundTrip(*m_stack, *m_store, new RemoveRowCommand<ActorGroup>(m_store.get(), group.id));
    QVERIFY(!m_store->actorGroup(group.id));
    m_stack->undo();
    QCOMPARE(*m_store->actorGroup(group.id), group);
    QCOMPARE(m_store->actorGroups().size(), 2);
}

void TstGroupCommands::removingAMemberActorAndUndoGivesItBackToItsGroup()
{
    ActorGroup group = normandy();
    group.id = m_store->addActorGroup(group);
    checkRoundTrip(*m_stack, *m_store, new RemoveRowCommand<Actor>(m_store.get(), m_germany));
    QCOMPARE(m_store->actorGroup(group.id)->memberIds,
             (QList<qint64>{m_france, m_russia, m_ukraine}));
    m_stack->undo();
    QCOMPARE(*m_store->actorGroup(group.id), group); // back in its place among the members
}

QTEST_MAIN(TstGroupCommands)
#include "tst_groupcommands.moc"
