// SPDX-License-Identifier: GPL-3.0-or-later
// The undo commands of the roles list (ActorRoleCommand): each one's redo, undo and redo again
// compared as the whole file's content and the list's order; a rename that the events follow,
// and a role in use that cannot be removed.
#include <QTest>

#include <QTemporaryDir>
#include <QUndoStack>

#include "actorrolecommand.h"
#include "eventstore.h"
#include "testsupport.h"

#include <memory>

using namespace entente;
using namespace Qt::StringLiterals;

class TstRoleCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void addAndUndo();
    void renameAndTheEventsFollow();
    void editLabelColourAndSeat();
    void removeAndUndoPutsItBackInItsPlace();
    void aRoleInUseCannotBeRemoved();

private:
    // Runs the command through a stack, then checks that undo gives the file and the list as
    // they were before, and redo as they were after.
    void checkRoundTrip(QUndoCommand *command);
    QStringList dump() { return canonicalDump(m_store->database()); }
    QStringList roleNames() const;
    QString roleOf(qint64 event) const { return m_store->event(event)->actors.first().role; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    qint64 m_minsk = 0, m_normandy = 0;
};

void TstRoleCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>(m_dir->filePath(u"t.entente"_s));
    m_stack = std::make_unique<QUndoStack>();
    const qint64 osce = m_store->addActor({0, u"OSCE"_s, {}, Actor::Type::Organisation, 0, {}});
    m_store->addActorRole(
        {u"co-chair"_s, u"co-chair of the talks"_s, u"#336699"_s, ActorRole::Seat::AtTable});
    m_store->addActorRole({u"host"_s, u"host"_s, {}, ActorRole::Seat::None});
    Event minsk;
    minsk.title = u"Minsk Protocol"_s;
    minsk.start = PartialDate::day(2014, 9, 5);
    minsk.actors = {{osce, u"co-chair"_s}};
    m_minsk = m_store->addEvent(minsk);
    Event normandy = minsk;
    normandy.title = u"Normandy summit"_s;
    normandy.start = PartialDate::day(2019, 12, 9);
    m_normandy = m_store->addEvent(normandy);
}

QStringList TstRoleCommands::roleNames() const
{
    QStringList names;
    for (const ActorRole &role : m_store->actorRoles()) {
        names.append(role.name);
    }
    return names;
}

void TstRoleCommands::checkRoundTrip(QUndoCommand *command)
{
    const QStringList before = dump();
    const QList<ActorRole> rolesBefore = m_store->actorRoles();
    m_stack->push(command);
    const QStringList after = dump();
    const QList<ActorRole> rolesAfter = m_store->actorRoles();
    QVERIFY(after != before);
    m_stack->undo();
    QCOMPARE(dump(), before);
    QCOMPARE(m_store->actorRoles(), rolesBefore);
    m_stack->redo();
    QCOMPARE(dump(), after);
    QCOMPARE(m_store->actorRoles(), rolesAfter);
}

void TstRoleCommands::addAndUndo()
{
    const ActorRole facilitator{u"facilitator"_s, u"facilitator"_s, u"#aa3300"_s,
                                ActorRole::Seat::AtTable};
    checkRoundTrip(ActorRoleCommand::add(m_store.get(), facilitator));
    QCOMPARE(m_store->actorRoles().last(), facilitator);
    QCOMPARE(m_stack->undoText(), u"Add Role “facilitator”"_s);
    m_stack->undo();
    QVERIFY(!roleNames().contains(u"facilitator"_s));
}

void TstRoleCommands::renameAndTheEventsFollow()
{
    const QStringList order = roleNames();
    checkRoundTrip(ActorRoleCommand::rename(m_store.get(), u"co-chair"_s, u"chair"_s));
    QCOMPARE(roleOf(m_minsk), u"chair"_s);
    QCOMPARE(roleOf(m_normandy), u"chair"_s);
    // Renamed where it stood, with its label, colour and seat.
    QCOMPARE(roleNames().indexOf(u"chair"_s), order.indexOf(u"co-chair"_s));
    QCOMPARE(m_store->actorRoles().at(roleNames().indexOf(u"chair"_s)).label,
             u"co-chair of the talks"_s);
    m_stack->undo();
    QCOMPARE(roleOf(m_minsk), u"co-chair"_s);
    QCOMPARE(roleOf(m_normandy), u"co-chair"_s);
    QCOMPARE(roleNames(), order);
}

void TstRoleCommands::editLabelColourAndSeat()
{
    const ActorRole before = m_store->actorRoles().at(roleNames().indexOf(u"co-chair"_s));
    ActorRole after = before;
    after.label = u"chair of the group"_s;
    after.color.clear();
    after.seat = ActorRole::Seat::Absent;
    checkRoundTrip(ActorRoleCommand::edit(m_store.get(), before, after));
    QCOMPARE(m_store->actorRoles().at(roleNames().indexOf(u"co-chair"_s)), after);
    m_stack->undo();
    QCOMPARE(m_store->actorRoles().at(roleNames().indexOf(u"co-chair"_s)), before);

    // The seat alone, on a built-in role.
    const ActorRole observer = m_store->actorRoles().at(roleNames().indexOf(u"observer"_s));
    ActorRole absent = observer;
    absent.seat = ActorRole::Seat::Absent;
    checkRoundTrip(ActorRoleCommand::edit(m_store.get(), observer, absent));
    QCOMPARE(m_store->actorRoles().at(roleNames().indexOf(u"observer"_s)).seat,
             ActorRole::Seat::Absent);
}

void TstRoleCommands::removeAndUndoPutsItBackInItsPlace()
{
    m_store->addActorRole({u"witness"_s, u"witness"_s, {}, ActorRole::Seat::AtTable});
    const QStringList order = roleNames();
    QVERIFY(order.indexOf(u"host"_s) < order.size() - 1); // not the last: undo must place it
    const ActorRole host = m_store->actorRoles().at(order.indexOf(u"host"_s));
    checkRoundTrip(ActorRoleCommand::remove(m_store.get(), host));
    QVERIFY(!roleNames().contains(u"host"_s));
    m_stack->undo();
    QCOMPARE(roleNames(), order);
    QCOMPARE(m_store->actorRoles().at(order.indexOf(u"host"_s)), host);
}

void TstRoleCommands::aRoleInUseCannotBeRemoved()
{
    const QStringList before = dump();
    const ActorRole coChair = m_store->actorRoles().at(roleNames().indexOf(u"co-chair"_s));
    std::unique_ptr<ActorRoleCommand> command(ActorRoleCommand::remove(m_store.get(), coChair));
    const std::optional<QString> message = errorOf([&] { command->redo(); });
    QVERIFY(message);
    QVERIFY2(message->contains(u"used by 2 event"_s), qPrintable(*message));
    QCOMPARE(dump(), before);
    QVERIFY(roleNames().contains(u"co-chair"_s));
}

QTEST_MAIN(TstRoleCommands)
#include "tst_rolecommands.moc"
