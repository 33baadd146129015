// SPDX-License-Identifier: GPL-3.0-or-later
// The roles list (issue 15, ActorRoleTable through EventStore): the built-in roles, roles the
// events bring, and the rules of renaming and removing one.
#include <QTest>

#include <QSignalSpy>
#include <QTemporaryDir>

#include "error.h"
#include "eventstore.h"

#include <memory>

using namespace entente;

class TstActorRoleTable : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void newTimelineHasTheBuiltInRoles();
    void anEventsNewRoleJoinsTheList();
    void addedRoleKeepsItsLabelColourAndSeat();
    void renameFollowsIntoTheEvents();
    void roleInUseIsNotRemoved();
    void relabelAndReseat();

private:
    QStringList names() const;
    StoreChange lastChange(QSignalSpy &spy) const
    {
        return spy.last().first().value<StoreChange>();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    qint64 m_russia = 0;
};

void TstActorRoleTable::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("t.entente")));
    m_russia = m_store->addActor({0, QStringLiteral("Russia"), {}, Actor::Type::State, 0, {}});
}

QStringList TstActorRoleTable::names() const
{
    QStringList list;
    for (const ActorRole &role : m_store->actorRoles()) {
        list.append(role.name);
    }
    return list;
}

void TstActorRoleTable::newTimelineHasTheBuiltInRoles()
{
    QCOMPARE(m_store->actorRoles(), ActorRole::builtIn());
}

void TstActorRoleTable::anEventsNewRoleJoinsTheList()
{
    QSignalSpy spy(m_store.get(), &EventStore::changed);
    Event talks;
    talks.title = QStringLiteral("Talks");
    talks.actors = {{m_russia, QStringLiteral("host")}, {m_russia, QStringLiteral("party")}};
    m_store->addEvent(talks);
    QVERIFY(lastChange(spy).rolesChanged);
    const ActorRole host = m_store->actorRoles().last();
    QCOMPARE(host, (ActorRole{
                       QStringLiteral("host"), QStringLiteral("host"), {}, ActorRole::Seat::None}));
    QCOMPARE(names().count(QStringLiteral("party")), 1);
    // A role already listed changes nothing.
    m_store->addEvent(talks);
    QVERIFY(!lastChange(spy).rolesChanged);
}

void TstActorRoleTable::addedRoleKeepsItsLabelColourAndSeat()
{
    QSignalSpy spy(m_store.get(), &EventStore::changed);
    const ActorRole facilitator{QStringLiteral("facilitator"), QStringLiteral("facilitator"),
                                QStringLiteral("#336699"), ActorRole::Seat::AtTable};
    m_store->addActorRole(facilitator);
    QVERIFY(lastChange(spy).rolesChanged);
    QCOMPARE(m_store->actorRoles().last(), facilitator);
    QVERIFY_THROWS_EXCEPTION(Error, m_store->addActorRole(facilitator)); // there already
    QVERIFY_THROWS_EXCEPTION(Error, m_store->addActorRole({QString(), {}, {}, {}}));
}

void TstActorRoleTable::renameFollowsIntoTheEvents()
{
    Event talks;
    talks.title = QStringLiteral("Talks");
    talks.actors = {{m_russia, QStringLiteral("mediator")}};
    const qint64 id = m_store->addEvent(talks);
    QSignalSpy spy(m_store.get(), &EventStore::changed);
    m_store->renameActorRole(QStringLiteral("mediator"), QStringLiteral("facilitator"));
    const StoreChange change = lastChange(spy);
    QVERIFY(change.rolesChanged);
    QCOMPARE(change.events.changed, QList<qint64>{id});
    QCOMPARE(m_store->event(id)->actors.first().role, QStringLiteral("facilitator"));
    QVERIFY(names().contains(QStringLiteral("facilitator")));
    QVERIFY(!names().contains(QStringLiteral("mediator")));
    QCOMPARE(names().indexOf(QStringLiteral("facilitator")), 2); // where mediator was
    QVERIFY_THROWS_EXCEPTION(
        Error, m_store->renameActorRole(QStringLiteral("party"), QStringLiteral("facilitator")));
    QVERIFY_THROWS_EXCEPTION(
        Error, m_store->renameActorRole(QStringLiteral("nobody"), QStringLiteral("anyone")));
}

void TstActorRoleTable::roleInUseIsNotRemoved()
{
    Event talks;
    talks.title = QStringLiteral("Talks");
    talks.actors = {{m_russia, QStringLiteral("observer")}};
    const qint64 first = m_store->addEvent(talks);
    m_store->addEvent(talks);
    try {
        m_store->removeActorRole(QStringLiteral("observer"));
        QFAIL("a role in use was removed");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("2 event")), qPrintable(error.message()));
    }
    QVERIFY(names().contains(QStringLiteral("observer")));
    m_store->removeActorRole(QStringLiteral("guarantor"));
    QVERIFY(!names().contains(QStringLiteral("guarantor")));
    Q_UNUSED(first);
}

void TstActorRoleTable::relabelAndReseat()
{
    QSignalSpy spy(m_store.get(), &EventStore::changed);
    m_store->relabelActorRole(QStringLiteral("speaker"), QStringLiteral("spokesperson"),
                              QStringLiteral("#aa0000"));
    QVERIFY(lastChange(spy).rolesChanged);
    m_store->setActorRoleSeat(QStringLiteral("speaker"), ActorRole::Seat::AtTable);
    QVERIFY(lastChange(spy).rolesChanged);
    const ActorRole speaker = m_store->actorRoles().at(names().indexOf(QStringLiteral("speaker")));
    QCOMPARE(speaker, (ActorRole{QStringLiteral("speaker"), QStringLiteral("spokesperson"),
                                 QStringLiteral("#aa0000"), ActorRole::Seat::AtTable}));
    QVERIFY_THROWS_EXCEPTION(
        Error, m_store->relabelActorRole(QStringLiteral("speaker"), {}, QStringLiteral("red")));
}

QTEST_GUILESS_MAIN(TstActorRoleTable)
#include "tst_actorroletable.moc"
