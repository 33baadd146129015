// SPDX-License-Identifier: GPL-3.0-or-later
// What the negotiating table reads of a timeline: the bundled one, with a group, an agreement's
// peace process and an excluded actor added, as a user would.
#include "database.h"
#include "eventstore.h"
#include "negotiatingtableinput.h"
#include "seedloader.h"
#include "statement.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace entente;

class TstNegotiatingTableInput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsTheEventsOfTheTablesCategoriesOnly();
    void readsTheNamesOfActorsAndGroupMembers();
    void readsAgreementsAndTheirProcesses();
    void readsOnlyTheCategoriesAsked();
    void readsNoMoreThanTheLimit();
    void categoryEventsComeOffTheIndex();

private:
    qint64 eventTitled(const QString &prefix) const { return ::eventTitled(*m_store, prefix); }
    qint64 actorNamed(const QString &name) const { return ::actorNamed(*m_store, name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
};

void TstNegotiatingTableInput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("t.entente")));
    SeedLoader::loadBundled(*m_store);
    removeBundledAgreements(*m_store); // the test makes its own
}

void TstNegotiatingTableInput::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TstNegotiatingTableInput::readsTheEventsOfTheTablesCategoriesOnly()
{
    const NegotiatingTable::Input input = NegotiatingTableInput::read(*m_store, {});
    QStringList expected;
    for (const Event &event : m_store->events()) {
        if (NegotiatingTable::defaultCategories().contains(event.category)) {
            expected.append(event.title);
        }
    }
    QStringList read;
    for (const Event &event : input.events) {
        read.append(event.title);
        QVERIFY(!event.actors.isEmpty()); // whole: with their actors and roles
    }
    std::sort(expected.begin(), expected.end());
    std::sort(read.begin(), read.end());
    QCOMPARE(read, expected);
    QVERIFY(read.contains(QStringLiteral("Minsk II (Package of Measures) signed")));
    QVERIFY(read.contains(QStringLiteral("Minsk agreement (Minsk Protocol) signed")));
    QCOMPARE(input.roles, m_store->actorRoles());
}

void TstNegotiatingTableInput::readsTheNamesOfActorsAndGroupMembers()
{
    // China takes part in no talks: named only because a group has it.
    ActorGroup group{0,
                     QStringLiteral("Contact group"),
                     QString(),
                     {actorNamed(QStringLiteral("China")), actorNamed(QStringLiteral("France"))}};
    group.id = m_store->addActorGroup(group);
    const NegotiatingTable::Input input = NegotiatingTableInput::read(*m_store, {});
    QCOMPARE(input.groups, QList<ActorGroup>{group});
    QCOMPARE(input.actorNames.value(actorNamed(QStringLiteral("Russia"))),
             QStringLiteral("Russia"));
    QCOMPARE(input.actorNames.value(actorNamed(QStringLiteral("China"))), QStringLiteral("China"));
    // The short name a row shows, where the actor has one.
    QCOMPARE(input.actorShortNames.value(actorNamed(QStringLiteral("United States"))),
             QStringLiteral("US"));
    // An actor of no talks and no group is not read.
    QVERIFY(!input.actorNames.contains(actorNamed(QStringLiteral("Reuters"))));
}

void TstNegotiatingTableInput::readsAgreementsAndTheirProcesses()
{
    const qint64 minskII = eventTitled(QStringLiteral("Minsk II"));
    const qint64 minskI = eventTitled(QStringLiteral("Minsk agreement"));
    QVERIFY(minskII != 0 && minskI != 0);
    m_store->addAgreement({minskII, Agreement::Stage::Ceasefire, QStringLiteral("Ukraine")});
    m_store->addAgreement({minskI, Agreement::Stage::Ceasefire, QStringLiteral("Donbas")});
    const NegotiatingTable::Input input = NegotiatingTableInput::read(*m_store, {});
    QCOMPARE(input.agreements.size(), 2);
    QCOMPARE(NegotiatingTableInput::processesOf(input),
             (QStringList{QStringLiteral("Donbas"), QStringLiteral("Ukraine")}));

    NegotiatingTable::Input filtered = input;
    filtered.options.process = QStringLiteral("Ukraine");
    const NegotiatingTable table(filtered);
    QCOMPARE(table.columns().size(), 1);
    QCOMPARE(table.columns().constFirst().id, minskII);
}

void TstNegotiatingTableInput::readsOnlyTheCategoriesAsked()
{
    NegotiatingTable::Options options;
    options.categories = {QStringLiteral("agreement")};
    const NegotiatingTable::Input input = NegotiatingTableInput::read(*m_store, options);
    QCOMPARE(input.events.size(), 2);
    for (const Event &event : input.events) {
        QCOMPARE(event.category, QStringLiteral("agreement"));
    }
    QCOMPARE(input.options.categories, options.categories);
}

void TstNegotiatingTableInput::readsNoMoreThanTheLimit()
{
    bool cut = true;
    const NegotiatingTable::Input all = NegotiatingTableInput::read(*m_store, {}, 100, &cut);
    QVERIFY(!cut);
    QVERIFY(all.events.size() >= 2); // Minsk I and II at least
    const NegotiatingTable::Input one = NegotiatingTableInput::read(*m_store, {}, 1, &cut);
    QVERIFY(cut);
    QCOMPARE(one.events.size(), 1);
}

// Even in a million events the read must not scan them: each category is an index range.
void TstNegotiatingTableInput::categoryEventsComeOffTheIndex()
{
    Statement plan(m_store->database(),
                   QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM events WHERE category = ?1 "
                                  "ORDER BY id")); // CategoryRows::eventsIn
    plan.bind(1, QStringLiteral("agreement"));
    QString details;
    while (plan.step()) {
        details += plan.text(3) + u'\n';
    }
    QVERIFY2(details.contains(QStringLiteral("events_by_category")), qPrintable(details));
}

QTEST_GUILESS_MAIN(TstNegotiatingTableInput)
#include "tst_negotiatingtableinput.moc"
