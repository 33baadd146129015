// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "contentimport.h"
#include "ententejson.h"
#include "eventstore.h"
#include "seedloader.h"
#include "storecontent.h"
#include "testsupport.h"

using namespace entente;

class TstEntenteJson : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips();
    void writingIsStableAndIndented();
    void keysAreReadableAndUnique();
    void versionOneSeedReadsToTheSameEvents();
    void wholeStoreReadsBackFromItsExport();
    void exportLoadsIntoAnotherStoreUnchanged();
    void titleTravelsWithTheTimeline();
    void savedViewsTravelWithTheirActors();
    void savedViewOfARemovedActorStillMatchesNothing();
    void agreementsTravelBetweenTimelines();
    void errorsNameLineAndField_data();
    void errorsNameLineAndField();
};

namespace {

// Issue 15's values, on everything()'s events, actors and sources: "Process" (-3) is an
// agreement that "War" (-2) ended; its provisions (one named by uid, one by index) bind actors,
// have a deadline each (a date, and days after the other), links and an assessment.
void addAgreements(TimelineContent *content)
{
    content->actorRoles = {
        {QStringLiteral("host"), QStringLiteral("host country"), QStringLiteral("#112233"),
         ActorRole::Seat::AtTable},
        {QStringLiteral("party"), QStringLiteral("side"), QString(), ActorRole::Seat::AtTable}};
    content->actorGroups = {{0, QStringLiteral("Quad"), QStringLiteral("#445566"), {2, 1}}};
    content->agreements = {{-3, Agreement::Stage::Framework, QStringLiteral("Ukraine"),
                            Agreement::End::Superseded, -2}};
    Provision ceasefire;
    ceasefire.id = 1;
    ceasefire.uid = QStringLiteral("minsk2:1");
    ceasefire.agreementId = -3;
    ceasefire.number = QStringLiteral("1");
    ceasefire.summary = QStringLiteral("Immediate ceasefire");
    ceasefire.text = QStringLiteral("An immediate and comprehensive ceasefire “from 15 Feb”.");
    ceasefire.topic = ProvisionTopic::Ceasefire;
    ceasefire.partyIds = {1, 2};
    ceasefire.deadline.date = PartialDate::day(2015, 2, 15);
    ceasefire.codedBy = QStringLiteral("pax");
    ceasefire.paxCode = QStringLiteral("Ce");
    ceasefire.paxValue = 2;
    Provision withdrawal;
    withdrawal.id = 2;
    withdrawal.agreementId = -3;
    withdrawal.number = QStringLiteral("2");
    withdrawal.position = 3;
    withdrawal.summary = QStringLiteral("Withdrawal of heavy weapons");
    withdrawal.topic = ProvisionTopic::WithdrawalAndDisarmament;
    withdrawal.deadline = {{}, 14, 1};
    content->provisions = {ceasefire, withdrawal};
    content->provisionLinks = {
        {0, 1, -2, ProvisionLink::Type::Violates, 1, QStringLiteral("the war broke it")},
        {0, 2, -1, ProvisionLink::Type::RefersTo, 0, QString()}};
    content->assessments = {
        {0, 2, PartialDate::month(2015, 3, true), ImplementationLevel::Intermediate, 2,
         QStringLiteral("OSCE")},
        {0, 1, PartialDate::year(2016), ImplementationLevel::Violated, 0, QString()}};
}

// A content with every field of every type set to something other than its default.
TimelineContent everything()
{
    TimelineContent content;
    content.title = QStringLiteral("Talks, “2025”");
    content.categories = {{QStringLiteral("diplomacy"), QStringLiteral("#336699"), 0, false}};
    content.categoriesComplete = true; // as a file's list is: the others are automatic
    content.relationTypes = {{QStringLiteral("escalated"), QStringLiteral("escalated into"),
                              QStringLiteral("#aa3300"), 0}};
    content.eras = {{0, QStringLiteral("Minsk process"), PartialDate::day(2014, 9, 5),
                     PartialDate::month(2022, 2, true), QStringLiteral("#d6eaf8")}};
    content.actors = {{1,
                       QStringLiteral("United States"),
                       QStringLiteral("US"),
                       Actor::Type::State,
                       0,
                       QStringLiteral("#3b4cc0"),
                       {QStringLiteral("USA"), QStringLiteral("America")}},
                      {2,
                       QStringLiteral("Marco Rubio"),
                       QStringLiteral("Rubio"),
                       Actor::Type::Person,
                       1,
                       QString(),
                       {}}};
    content.sources = {
        {1, QStringLiteral("Reuters"), QStringLiteral("Talks in Riyadh"),
         QStringLiteral("https://example.org/a"), PartialDate::day(2025, 2, 18),
         QStringLiteral("“We talked.”\nTwo lines.")},
        {2, QString(), QStringLiteral("Untitled"), QString(), PartialDate(), QString()}};
    Event talks;
    talks.uid = QStringLiteral("acled:UKR1");
    talks.title = QStringLiteral("Talks in Riyadh");
    talks.description = QStringLiteral("About \"peace\"\\ and\ttabs");
    talks.start = PartialDate::minute(2025, 2, 18, 9, 30, true);
    talks.category = QStringLiteral("diplomacy");
    talks.importance = 5;
    talks.location = QStringLiteral("Riyadh");
    talks.tags = {QStringLiteral("talks"), QStringLiteral("us")};
    talks.actors = {{1, QStringLiteral("party")}, {2, QString()}};
    talks.sourceIds = {1, 2};
    talks.attributes = {{QStringLiteral("acled.fatalities"), QStringLiteral("0")},
                        {QStringLiteral("latitude"), QStringLiteral("24.7")}};
    Event war; // no uid: named by its index in relations
    war.title = QStringLiteral("War");
    war.kind = Event::Kind::Period;
    war.start = PartialDate::year(2022);
    war.ongoing = true;
    Event process;
    process.uid = QStringLiteral("p");
    process.title = QStringLiteral("Process");
    process.kind = Event::Kind::Period;
    process.start = PartialDate::month(2014, 9);
    process.end = PartialDate::day(2015, 2, 12, true);
    Event undated;
    undated.title = QStringLiteral("Undated");
    content.events = {talks, war, process, undated};
    content.relations = {{0, -2, -1, QStringLiteral("escalated"), QStringLiteral("a note")},
                         {0, -3, -2, Relation::LedTo, QString()}};
    SavedView talksView;
    talksView.name = QStringLiteral("Talks & “more”");
    talksView.criteria.query = QStringLiteral("talks -Minsk");
    talksView.criteria.actors = {2, 1};
    talksView.criteria.categories = {QStringLiteral("diplomacy"), QString()};
    talksView.criteria.tags = {QStringLiteral("us")};
    talksView.criteria.from = 1423699200;
    talksView.criteria.to = 1424304000;
    talksView.criteria.minImportance = 3;
    talksView.criteria.outlets = {QStringLiteral("Reuters")};
    talksView.criteria.hasRelations = true;
    talksView.criteria.approximateOnly = true;
    talksView.visible = std::pair<qint64, qint64>(1409875200, 1424304000);
    talksView.lanes = QStringLiteral("category");
    SavedView plain;
    plain.name = QStringLiteral("Plain");
    content.savedViews = {talksView, plain};
    addAgreements(&content);
    return content;
}

QByteArray seedBytes()
{
    return fileBytes(QStringLiteral(ENTENTE_SEED_DIR "/article-timeline.json"));
}

} // namespace

void TstEntenteJson::everyFieldRoundTrips()
{
    const TimelineContent content = everything();
    const QByteArray json = EntenteJson::write(content);
    QCOMPARE(EntenteJson::read(json, QStringLiteral("t.json")), content);
}

void TstEntenteJson::writingIsStableAndIndented()
{
    const QByteArray json = EntenteJson::write(everything());
    QCOMPARE(EntenteJson::write(EntenteJson::read(json, QStringLiteral("t.json"))), json);
    QVERIFY(json.startsWith("{\n    \"format\": \"entente-timeline\",\n    \"version\": 2,\n"));
    // Fields in the order a reader expects, not sorted: an event begins with its uid.
    QVERIFY(json.contains("{\n            \"uid\": \"acled:UKR1\",\n            \"title\""));
    // The relation names an event without a uid by its index, one with a uid by the uid.
    QVERIFY(json.contains("\"from\": 1,\n            \"to\": \"acled:UKR1\""));
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TstEntenteJson::keysAreReadableAndUnique()
{
    TimelineContent content;
    content.actors = {{1, QStringLiteral("United States"), {}, Actor::Type::State, 0, {}, {}},
                      {2, QStringLiteral("United  States!"), {}, Actor::Type::State, 0, {}, {}},
                      {3, QStringLiteral("Україна"), {}, Actor::Type::State, 0, {}, {}},
                      {4, QStringLiteral("—"), {}, Actor::Type::State, 0, {}, {}}};
    const QByteArray json = EntenteJson::write(content);
    QVERIFY(json.contains("\"key\": \"united-states\""));
    QVERIFY(json.contains("\"key\": \"united-states-2\""));
    QVERIFY(json.contains("\"key\": \"україна\""));
    QVERIFY(json.contains("\"key\": \"actor\""));
}

void TstEntenteJson::versionOneSeedReadsToTheSameEvents()
{
    const TimelineContent content =
        EntenteJson::read(seedBytes(), QStringLiteral("article-timeline.json"));
    QTemporaryDir dir;
    EventStore store(dir.filePath(QStringLiteral("t.entente")));
    SeedLoader::loadBundled(store);
    QCOMPARE(content.title, QStringLiteral("US–Russia–Ukraine peace talks, February 2025"));
    QCOMPARE(content.events.size(), store.eventCount());
    QCOMPARE(content.actors.size(), store.actors().size());
    QCOMPARE(content.eras.size(), store.eras().size());
    QCOMPARE(content.relations.size(), store.relations().size());
    for (const Event &read : content.events) {
        const std::optional<Event> stored = store.eventByUid(read.uid);
        QVERIFY2(stored, qPrintable(read.uid));
        Event expected = *stored;
        expected.id = 0;
        // The stored ids of actors and sources differ: compare what they name.
        QCOMPARE(read.actors.size(), expected.actors.size());
        for (qsizetype i = 0; i < read.actors.size(); ++i) {
            QCOMPARE(content.actors.at(read.actors.at(i).actorId - 1).name,
                     store.actor(expected.actors.at(i).actorId)->name);
            QCOMPARE(read.actors.at(i).role, expected.actors.at(i).role);
        }
        QCOMPARE(read.sourceIds.size(), expected.sourceIds.size());
        for (qsizetype i = 0; i < read.sourceIds.size(); ++i) {
            Source source = content.sources.at(read.sourceIds.at(i) - 1);
            source.id = expected.sourceIds.at(i);
            QCOMPARE(source, *store.source(expected.sourceIds.at(i)));
        }
        expected.actors = read.actors;
        expected.sourceIds = read.sourceIds;
        QCOMPARE(read, expected);
    }
}

void TstEntenteJson::wholeStoreReadsBackFromItsExport()
{
    QTemporaryDir dir;
    EventStore store(dir.filePath(QStringLiteral("t.entente")));
    SeedLoader::loadBundled(store);
    store.setCategory({QStringLiteral("agreement"), QStringLiteral("#118844"), 0, false});
    const TimelineContent content = StoreContent::read(store);
    QCOMPARE(content.events.size(), 19);
    QCOMPARE(content.categories,
             (QList<Category>{{QStringLiteral("agreement"), QStringLiteral("#118844"), 0, false}}));
    QCOMPARE(content.relationTypes.size(), Relation::builtInTypes().size());

    const QByteArray json = EntenteJson::write(content);
    const TimelineContent read = EntenteJson::read(json, QStringLiteral("t.json"));
    QCOMPARE(EntenteJson::write(read), json);
    QCOMPARE(read.categories, content.categories);
    QCOMPARE(read.relationTypes, content.relationTypes);
    QCOMPARE(read.relations.size(), content.relations.size());
    for (qsizetype i = 0; i < read.events.size(); ++i) {
        QCOMPARE(read.events.at(i).uid, content.events.at(i).uid);
        QCOMPARE(read.events.at(i).start, content.events.at(i).start);
    }
    for (qsizetype i = 0; i < read.eras.size(); ++i) {
        Era era = content.eras.at(i);
        era.id = 0;
        QCOMPARE(read.eras.at(i), era);
    }
}

void TstEntenteJson::exportLoadsIntoAnotherStoreUnchanged()
{
    QTemporaryDir dir;
    EventStore first(dir.filePath(QStringLiteral("a.entente")));
    SeedLoader::loadBundled(first);
    first.setCategory({QStringLiteral("agreement"), QStringLiteral("#118844"), 0, false});
    first.setRelationType({QStringLiteral("escalated"), QStringLiteral("escalated into"),
                           QStringLiteral("#aa3300"), 0});
    const QByteArray json = EntenteJson::write(StoreContent::read(first));

    EventStore second(dir.filePath(QStringLiteral("b.entente")));
    SeedLoader::loadData(second, json, QStringLiteral("a.json"));
    QCOMPARE(EntenteJson::write(StoreContent::read(second)), json);
}

// An agreement with provisions (parties, absolute and relative deadlines, PA-X coding), links
// and assessments with sources, a user's role, a relabelled one and a group: the JSON of one
// timeline, loaded into a new one, writes the same bytes; imported again, it adds nothing.
void TstEntenteJson::agreementsTravelBetweenTimelines()
{
    QTemporaryDir dir;
    EventStore first(dir.filePath(QStringLiteral("a.entente")));
    SeedLoader::loadBundled(first);
    const QList<Event> events = first.events();
    const qint64 agreement = events.at(3).id, ender = events.at(5).id;
    const qint64 source = first.sources().first().id;
    const QList<Actor> actors = first.actors();
    first.addAgreement({agreement, Agreement::Stage::Implementation, QStringLiteral("Ukraine"),
                        Agreement::End::Denounced, ender});
    TimelineContent content;
    addAgreements(&content);
    Provision ceasefire = content.provisions.at(0), withdrawal = content.provisions.at(1);
    ceasefire.id = 0;
    ceasefire.agreementId = agreement;
    ceasefire.partyIds = {actors.at(0).id, actors.at(1).id};
    ceasefire.id = first.addProvision(ceasefire);
    withdrawal.id = 0;
    withdrawal.agreementId = agreement;
    withdrawal.deadline.afterProvisionId = ceasefire.id;
    withdrawal.id = first.addProvision(withdrawal);
    first.addProvisionLink(
        {0, ceasefire.id, ender, ProvisionLink::Type::Violates, source, QStringLiteral("note")});
    first.addAssessment({0, withdrawal.id, PartialDate::month(2015, 3, true),
                         ImplementationLevel::Intermediate, source, QStringLiteral("OSCE")});
    first.addActorRole(content.actorRoles.at(0));
    first.relabelActorRole(QStringLiteral("mediator"), QStringLiteral("go-between"), QString());
    first.addActorGroup(
        {0, QStringLiteral("Normandy format"), {}, {actors.at(1).id, actors.at(0).id}});
    const QByteArray json = EntenteJson::write(StoreContent::read(first));
    QCOMPARE(EntenteJson::write(EntenteJson::read(json, QStringLiteral("a.json"))), json);

    EventStore second(dir.filePath(QStringLiteral("b.entente")));
    SeedLoader::loadData(second, json, QStringLiteral("a.json"));
    QCOMPARE(EntenteJson::write(StoreContent::read(second)), json);
    const qint64 copy = second.eventIdByUid(events.at(3).uid);
    const QList<Provision> provisions = second.provisionsOf(copy);
    QCOMPARE(provisions.size(), 2);
    QCOMPARE(provisions.at(0).uid, ceasefire.uid);
    QCOMPARE(provisions.at(0).text, ceasefire.text);
    QCOMPARE(provisions.at(1).deadline.afterProvisionId, provisions.at(0).id);
    QCOMPARE(second.actorRoles(), first.actorRoles());

    // Into the timeline that has them: everything is known by its uid, nothing is added.
    const QStringList before = canonicalDump(second.database());
    ContentImport::run(second, EntenteJson::read(json, QStringLiteral("a.json")));
    QCOMPARE(canonicalDump(second.database()), before);
}

// The timeline's title is exported and, imported into a timeline without one, becomes its title.
void TstEntenteJson::titleTravelsWithTheTimeline()
{
    QTemporaryDir dir;
    EventStore first(dir.filePath(QStringLiteral("a.entente")));
    SeedLoader::loadBundled(first);
    first.setTitle(QStringLiteral("Talks, “2025”"));
    const QByteArray json = EntenteJson::write(StoreContent::read(first));
    QCOMPARE(QJsonDocument::fromJson(json).object().value(u"title").toString(),
             QStringLiteral("Talks, “2025”"));

    EventStore second(dir.filePath(QStringLiteral("b.entente")));
    ContentImport::run(second, EntenteJson::read(json, QStringLiteral("a.json")));
    QCOMPARE(second.title(), QStringLiteral("Talks, “2025”"));
    QCOMPARE(second.eventCount(), first.eventCount());
    // Categories the file does not colour stay automatic, as they were.
    QCOMPARE(second.categories(), first.categories());
}

// Saved views name actors by the file's keys, and an import maps them to the timeline's own
// actors: into an empty timeline, and into one whose actors have other ids.
void TstEntenteJson::savedViewsTravelWithTheirActors()
{
    QTemporaryDir dir;
    EventStore first(dir.filePath(QStringLiteral("a.entente")));
    const qint64 russia =
        first.addActor({0, QStringLiteral("Russia"), {}, Actor::Type::State, 0, {}, {}});
    const qint64 ukraine =
        first.addActor({0, QStringLiteral("Ukraine"), {}, Actor::Type::State, 0, {}, {}});
    SavedView talks;
    talks.name = QStringLiteral("Talks");
    talks.criteria.query = QStringLiteral("talks");
    talks.criteria.actors = {ukraine, russia};
    talks.criteria.from = 1423699200;
    talks.visible = std::pair<qint64, qint64>(1409875200, 1424304000);
    talks.lanes = QStringLiteral("packed");
    talks.id = first.addSavedView(talks);
    const QByteArray json = EntenteJson::write(StoreContent::read(first));
    QVERIFY(json.contains("\"savedViews\""));
    QVERIFY2(json.contains("\"actors\": [\n                    \"ukraine\",\n"
                           "                    \"russia\"\n"),
             json.constData());
    QVERIFY(json.contains("\"from\": \"2015-02-12T00:00:00Z\""));

    EventStore fresh(dir.filePath(QStringLiteral("b.entente")));
    ContentImport::run(fresh, EntenteJson::read(json, QStringLiteral("a.json")));
    QCOMPARE(EntenteJson::write(StoreContent::read(fresh)), json);

    EventStore other(dir.filePath(QStringLiteral("c.entente")));
    other.addActor({0, QStringLiteral("NATO"), {}, Actor::Type::Organisation, 0, {}, {}});
    other.addActor({0, QStringLiteral("OSCE"), {}, Actor::Type::Organisation, 0, {}, {}});
    const qint64 ukraineThere = other.addActor(
        {0, QStringLiteral("Україна"), {}, Actor::Type::State, 0, {}, {QStringLiteral("Ukraine")}});
    ContentImport::run(other, EntenteJson::read(json, QStringLiteral("a.json")));
    const QList<SavedView> views = other.savedViews();
    QCOMPARE(views.size(), 1);
    qint64 russiaThere = 0;
    for (const Actor &actor : other.actors()) {
        if (actor.name == QStringLiteral("Russia")) {
            russiaThere = actor.id;
        }
    }
    QVERIFY(russiaThere != russia && ukraineThere != ukraine);
    SavedView expected = talks;
    expected.id = views.first().id;
    expected.criteria.actors = {ukraineThere, russiaThere};
    QCOMPARE(views.first(), expected);
}

// An actor the timeline no longer has stays in the view as one that matches nothing.
void TstEntenteJson::savedViewOfARemovedActorStillMatchesNothing()
{
    TimelineContent content;
    content.actors = {{1, QStringLiteral("Russia"), {}, Actor::Type::State, 0, {}, {}}};
    SavedView view;
    view.name = QStringLiteral("Gone");
    view.criteria.actors = {7};
    content.savedViews = {view};
    const QByteArray json = EntenteJson::write(content);
    QVERIFY2(json.contains("\"actors\": [\n                    null\n"), json.constData());
    view.criteria.actors = {0};
    QCOMPARE(EntenteJson::read(json, QStringLiteral("t.json")).savedViews, QList<SavedView>{view});
}

void TstEntenteJson::errorsNameLineAndField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("malformed JSON: no comma after line 2")
        << QByteArray("{\"format\": \"entente-timeline\",\n\"version\": 2\n\"events\": []}")
        << QStringLiteral("t.json:3:"); // the rest is Qt's own words
    QTest::newRow("not ours") << QByteArray("{\"format\": \"timelinejs\"}")
                              << QStringLiteral("t.json:1: field “format”: not an Entente "
                                                "timeline (expected \"format\": "
                                                "\"entente-timeline\")");
    QTest::newRow("newer version")
        << QByteArray("{\"format\": \"entente-timeline\",\n \"version\": 3}")
        << QStringLiteral("t.json:2: field “version”: this timeline is of version 3, written "
                          "by a newer Entente; this one reads versions 1 to 2");
    QTest::newRow("wrong type") << QByteArray(R"({"format": "entente-timeline", "version": 2,
 "events": [
  {"uid": "a", "title": "A", "kind": "point"},
  {"uid": "b",
   "title": 5, "kind": "point"}]})")
                                << QStringLiteral("t.json:5: event 2 (b), field “title”: "
                                                  "expected text, not a number");
    QTest::newRow("unknown actor key")
        << QByteArray(R"({"format": "entente-timeline", "version": 2,
 "actors": [{"key": "ru", "name": "Russia", "type": "state"}],
 "events": [{"title": "A", "kind": "point",
   "actors": [{"actor": "ua", "role": "party"}]}]})")
        << QStringLiteral("t.json:4: event 1, field “actors”: no actor has "
                          "the key “ua”");
    QTest::newRow("bad date") << QByteArray(R"({"format": "entente-timeline", "version": 2,
 "eras": [{"name": "E", "start": "2014-13", "end": "2015"}]})")
                              << QStringLiteral("t.json:2: era 1 (E), field “start”: "
                                                "“2014-13”: ");
    QTest::newRow("relation to nothing")
        << QByteArray(R"({"format": "entente-timeline", "version": 2,
 "events": [{"uid": "a", "title": "A", "kind": "point"}],
 "relations": [{"from": "a", "to": "b", "type": "related"}]})")
        << QStringLiteral("t.json:3: relation 1, field “to”: no event "
                          "has the uid or index “b”");
    QTest::newRow("unknown relation type")
        << QByteArray(R"({"format": "entente-timeline", "version": 2,
 "events": [{"uid": "a", "title": "A", "kind": "point"}],
 "relations": [{"from": "a", "to": "a",
   "type": "causes"}]})")
        << QStringLiteral("t.json:4: relation 1, field “type”: "
                          "“causes” is not a relation type");
    QTest::newRow("saved view naming no actor")
        << QByteArray(R"({"format": "entente-timeline", "version": 2,
 "savedViews": [
  {"name": "Talks",
   "criteria": {"actors": ["russia"]}}]})")
        << QStringLiteral("t.json:4: saved view 1 (Talks), field “criteria”: no actor has the key "
                          "“russia”");
    QTest::newRow("provision of an unknown topic")
        << QByteArray(R"({"format": "entente-timeline", "version": 2,
 "events": [{"uid": "a", "title": "A", "kind": "point"}],
 "provisions": [
  {"uid": "p1", "agreement": "a", "summary": "S", "topic": "ceasefire"},
  {"uid": "p2", "agreement": "a", "summary": "T",
   "topic": "peace"}]})")
        << QStringLiteral("t.json:6: provision 2 (p2), field “topic”: “peace” is not one of "
                          "ceasefire, withdrawal-disarmament, monitoring-verification, ");
    QTest::newRow("link to no provision")
        << QByteArray(R"({"format": "entente-timeline", "version": 2,
 "events": [{"uid": "a", "title": "A", "kind": "point"}],
 "provisionLinks": [{"provision": "p9",
   "event": "a", "type": "violates"}]})")
        << QStringLiteral("t.json:3: provision link 1, field “provision”: no provision has the "
                          "uid or index “p9”");
    QTest::newRow("assessment without a date")
        << QByteArray(R"({"format": "entente-timeline", "version": 2,
 "events": [{"uid": "a", "title": "A", "kind": "point"}],
 "provisions": [{"uid": "p1", "agreement": "a", "summary": "S", "topic": "other"}],
 "assessments": [{"provision": "p1", "level": "full"}]})")
        << QStringLiteral("t.json:4: assessment 1, field “date”: An assessment needs a date.");
    QTest::newRow("saved view with a bad criterion")
        << QByteArray(R"({"format": "entente-timeline", "version": 2,
 "savedViews": [
  {"name": "Talks", "criteria": {"minImportance": "high"}}]})")
        << QStringLiteral("t.json:3: saved view 1 (Talks): “criteria”, “minImportance”: "
                          "expected a whole number");
    QTest::newRow("saved view named twice")
        << QByteArray(R"({"format": "entente-timeline", "version": 2,
 "savedViews": [
  {"name": "Talks"},
  {"name": "talks"}]})")
        << QStringLiteral("t.json:4: saved view 2 (talks), field “name”: “talks” is used twice");
    // A hostile file nests without end, to exhaust the stack: refused where it gets too deep.
    const int depth = 100000;
    QTest::newRow("nested without end")
        << (R"({"format": "entente-timeline", "version": 2, "events": )" + QByteArray(depth, '[') +
            QByteArray(depth, ']') + "}")
        << QStringLiteral("t.json:1:");
    QTest::newRow("an attribute nested without end")
        << (R"({"format": "entente-timeline", "version": 2, "events": [{"title": "A", )"
            R"("kind": "point", "attributes": )" +
            QByteArray("{\"a\": ").repeated(depth) + "1" + QByteArray(depth, '}') + "}]}")
        << QStringLiteral("t.json:1:");
}

void TstEntenteJson::errorsNameLineAndField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const std::optional<QString> message =
        errorOf([&] { EntenteJson::read(json, QStringLiteral("t.json")); });
    QVERIFY(message);
    QVERIFY2(message->startsWith(error), qPrintable(*message));
    if (QByteArray(QTest::currentDataTag()).contains("without end")) {
        QVERIFY2(message->contains(QStringLiteral("too deeply nested")), qPrintable(*message));
    }
}

QTEST_MAIN(TstEntenteJson)
#include "tst_ententejson.moc"
