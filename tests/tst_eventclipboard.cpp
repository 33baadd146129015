// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QTemporaryDir>

#include "eventclipboard.h"
#include "eventstore.h"
#include "seedloader.h"
#include "testsupport.h"

using namespace entente;

class TstEventClipboard : public QObject
{
    Q_OBJECT

private slots:
    void gatherTakesActorsSourcesAndRelationsAmongTheEvents();
    void gatherTakesAnAgreementWithItsProvisions();
    void jsonRoundTrip();
    void savedViewsAreNotPasted();
    void foreignTextIsRefused_data();
    void foreignTextIsRefused();
};

namespace {

// Loads the bundled timeline into `store`: the ids of Minsk II and of the 2022 invasion.
std::pair<qint64, qint64> bundledMinskAndInvasion(EventStore &store)
{
    SeedLoader::loadBundled(store);
    return {store.eventByUid(QStringLiteral("article-03-minsk-ii"))->id,
            store.eventByUid(QStringLiteral("article-05-full-scale-invasion"))->id};
}

} // namespace

void TstEventClipboard::gatherTakesActorsSourcesAndRelationsAmongTheEvents()
{
    QTemporaryDir dir;
    EventStore store(dir.filePath(QStringLiteral("t.entente")));
    const auto [minsk, invasion] = bundledMinskAndInvasion(store);
    // Minsk II led to the invasion and to the Rutte interview; only the first is copied.
    const EventClipboard::Content content = EventClipboard::gather(store, {minsk, invasion});
    QCOMPARE(content.events.size(), 2);
    QCOMPARE(content.events.at(0).title, store.event(minsk)->title);
    QCOMPARE(content.events.at(0).id, 0);
    QVERIFY(content.events.at(0).uid.isEmpty());
    QCOMPARE(content.relations.size(), 1);
    QCOMPARE(content.relations.first().fromEventId, -1);
    QCOMPARE(content.relations.first().toEventId, -2);
    // With its type's label and colour, for a timeline that lacks it.
    QCOMPARE(content.relationTypes.size(), 1);
    QCOMPARE(content.relationTypes.first().name, content.relations.first().type);
    QCOMPARE(content.relationTypes.first().label, Relation::builtInLabel(Relation::LedTo));
    // Every actor and source the events name is there, once.
    for (const Event &event : content.events) {
        for (const EventActor &actor : event.actors) {
            QCOMPARE(std::count_if(content.actors.begin(), content.actors.end(),
                                   [&](const Actor &a) { return a.id == actor.actorId; }),
                     1);
        }
        for (qint64 source : event.sourceIds) {
            QCOMPARE(std::count_if(content.sources.begin(), content.sources.end(),
                                   [&](const Source &s) { return s.id == source; }),
                     1);
        }
    }
    QVERIFY(!content.sources.isEmpty());
}

// Minsk II copied with the invasion that violates its point 1: the agreement comes with its
// provisions and that link (and the source the link cites); copied alone, the invasion
// brings no provision, so no link.
void TstEventClipboard::gatherTakesAnAgreementWithItsProvisions()
{
    QTemporaryDir dir;
    EventStore store(dir.filePath(QStringLiteral("t.entente")));
    const auto [minsk, invasion] = bundledMinskAndInvasion(store);
    const EventClipboard::Content content = EventClipboard::gather(store, {invasion, minsk});
    QCOMPARE(content.agreements.size(), 1);
    QCOMPARE(content.agreements.first().id, -2);
    QCOMPARE(content.agreements.first().stage, store.agreement(minsk)->stage);
    const QList<Provision> provisions = store.provisionsOf(minsk);
    QCOMPARE(content.provisions.size(), provisions.size());
    for (qsizetype i = 0; i < provisions.size(); ++i) {
        QCOMPARE(content.provisions.at(i).summary, provisions.at(i).summary);
        QCOMPARE(content.provisions.at(i).agreementId, -2);
        QVERIFY(content.provisions.at(i).uid.isEmpty()); // a paste makes new provisions
    }
    QCOMPARE(content.provisionLinks.size(), 1);
    const ProvisionLink link = content.provisionLinks.first();
    QCOMPARE(link.eventId, -1);
    QCOMPARE(link.provisionId, provisions.first().id);
    QCOMPARE(link.type, ProvisionLink::Type::Violates);
    QVERIFY(std::any_of(content.sources.begin(), content.sources.end(),
                        [&](const Source &s) { return s.id == link.sourceId; }));
    QVERIFY(link.sourceId != 0);

    const EventClipboard::Content alone = EventClipboard::gather(store, {invasion});
    QVERIFY(alone.agreements.isEmpty());
    QVERIFY(alone.provisions.isEmpty());
    QVERIFY(alone.provisionLinks.isEmpty());
    // And the clipboard's JSON carries all of it.
    QCOMPARE(EventClipboard::fromJson(EventClipboard::toJson(content)).provisionLinks.size(), 1);
}

void TstEventClipboard::jsonRoundTrip()
{
    EventClipboard::Content content;
    content.categoriesComplete = true; // what JSON reads back: the categories it lists are all
    Actor actor{1, QStringLiteral("Ukraine"), QStringLiteral("UA"),       Actor::Type::State,
                0, QStringLiteral("#2874a6"), {QStringLiteral("Ukraina")}};
    content.actors = {actor};
    Source source{1,
                  QStringLiteral("Outlet"),
                  QStringLiteral("Title"),
                  QStringLiteral("https://example.org/a"),
                  PartialDate::month(2025, 2),
                  QStringLiteral("A sentence.")};
    content.sources = {source};
    Event point;
    point.title = QStringLiteral("Talks");
    point.description = QStringLiteral("About “peace”");
    point.start = PartialDate::minute(2025, 2, 12, 14, 30, true);
    point.category = QStringLiteral("diplomacy");
    point.importance = 4;
    point.location = QStringLiteral("Riyadh");
    point.tags = {QStringLiteral("talks"), QStringLiteral("us")};
    point.actors = {{1, QStringLiteral("party")}};
    point.sourceIds = {1};
    Event period;
    period.title = QStringLiteral("War");
    period.kind = Event::Kind::Period;
    period.start = PartialDate::year(2022);
    period.ongoing = true;
    content.events = {point, period};
    content.relations = {{0, -2, -1, QStringLiteral("escalated"), QStringLiteral("note")}};
    content.relationTypes = {{QStringLiteral("escalated"), QStringLiteral("escalated into"),
                              QStringLiteral("#aa3300"), 0}};

    const QByteArray json = EventClipboard::toJson(content);
    QVERIFY(json.contains("\"format\": \"entente-timeline\""));
    QCOMPARE(EventClipboard::fromJson(json), content);
}

// An exported timeline copied as text holds saved views: a paste takes its events only.
void TstEventClipboard::savedViewsAreNotPasted()
{
    const QByteArray json = R"({"format": "entente-timeline", "version": 2,
        "events": [{"title": "Talks", "kind": "point"}],
        "savedViews": [{"name": "Talks", "criteria": {"query": "talks"}}]})";
    const EventClipboard::Content content = EventClipboard::fromJson(json);
    QCOMPARE(content.events.size(), 1);
    QVERIFY(content.savedViews.isEmpty());
}

void TstEventClipboard::foreignTextIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("Hello");
    QTest::newRow("another format") << QByteArray(R"({"format": "entente-timeline"})");
    QTest::newRow("bad date") << QByteArray(
        R"({"format": "entente-timeline", "version": 2,
            "events": [{"title": "A", "kind": "point", "start": "2014-13"}]})");
    QTest::newRow("relation to nothing") << QByteArray(
        R"({"format": "entente-timeline", "version": 2,
            "events": [{"title": "A", "kind": "point", "start": "2014"}],
            "relations": [{"from": 0, "to": 1, "type": "related"}]})");
}

void TstEventClipboard::foreignTextIsRefused()
{
    QFETCH(QByteArray, json);
    const std::optional<QString> error = errorOf([&] { EventClipboard::fromJson(json); });
    QVERIFY(error);
    QVERIFY2(error->startsWith(QStringLiteral("The clipboard does not hold Entente events")),
             qPrintable(*error));
}

QTEST_MAIN(TstEventClipboard)
#include "tst_eventclipboard.moc"
