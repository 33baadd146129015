// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLocale>
#include <QTest>

#include "testsupport.h"
#include "validator.h"

using namespace entente;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(entente::Event)

class TstValidator : public QObject
{
    Q_OBJECT

private slots:
    void events_data();
    void events();
    void sourceAddresses_data();
    void sourceAddresses();
    void datesAsTyped_data();
    void datesAsTyped();
    void actorsAndEras();
    void relations();
    void openableLinks();
    void describeNamesEachField();
    void boundsOfSourcesActorsErasAndRelations();
    void boundsOfAgreementsRolesAndGroups();
};

namespace {

Event makeEvent(const QString &title, const QString &start, const QString &end = QString(),
                bool ongoing = false)
{
    Event e;
    e.title = title;
    e.start = parsed(start);
    e.end = parsed(end);
    e.ongoing = ongoing;
    e.kind = end.isEmpty() && !ongoing ? Event::Kind::Point : Event::Kind::Period;
    return e;
}

// The fields the problems are about, in order.
QStringList fields(const QList<Validator::Problem> &problems)
{
    QStringList names;
    for (const Validator::Problem &problem : problems) {
        names.append(problem.field);
    }
    return names;
}

} // namespace

void TstValidator::events_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QStringList>("fields"); // of the problems, in order

    QTest::newRow("day point") << makeEvent(QStringLiteral("Minsk"), QStringLiteral("2014-09-05"))
                               << QStringList();
    QTest::newRow("undated point")
        << makeEvent(QStringLiteral("Rutte"), QString()) << QStringList();
    QTest::newRow("undated ongoing period")
        << makeEvent(QStringLiteral("China and Iran"), QString(), QString(), true) << QStringList();
    QTest::newRow("no title") << makeEvent(QStringLiteral("  "), QStringLiteral("2014"))
                              << QStringList{QStringLiteral("title")};
    QTest::newRow("end before start")
        << makeEvent(QStringLiteral("T"), QStringLiteral("2015-02"), QStringLiteral("2015-01-31"))
        << QStringList{QStringLiteral("end")};
    // The month of February 2015 may end after 10 February: not before the start.
    QTest::newRow("end inside a coarse start")
        << makeEvent(QStringLiteral("T"), QStringLiteral("2015-02"), QStringLiteral("2015-02-10"))
        << QStringList();
    QTest::newRow("end without start")
        << makeEvent(QStringLiteral("T"), QString(), QStringLiteral("2015"))
        << QStringList{QStringLiteral("start")};
    Event noEnd = makeEvent(QStringLiteral("T"), QStringLiteral("2015"));
    noEnd.kind = Event::Kind::Period;
    QTest::newRow("period without end") << noEnd << QStringList{QStringLiteral("end")};
    Event both = makeEvent(QStringLiteral("T"), QStringLiteral("2015"), QStringLiteral("2016"));
    both.ongoing = true;
    QTest::newRow("ended and ongoing") << both << QStringList{QStringLiteral("end")};
    Event pointEnd = makeEvent(QStringLiteral("T"), QStringLiteral("2015"));
    pointEnd.end = PartialDate::year(2016);
    QTest::newRow("point with an end") << pointEnd << QStringList{QStringLiteral("end")};
    Event loud = makeEvent(QString(), QStringLiteral("2015"));
    loud.importance = 9;
    // A hostile file's fields: each too large one is named, so an import says where it is.
    Event huge = makeEvent(QString(Validator::MaxNameLength + 1, u'x'), QStringLiteral("2015"));
    huge.description = QString(Validator::MaxTextLength + 1, u'y');
    huge.tags = QStringList(Validator::MaxListLength + 1, QStringLiteral("t"));
    huge.sourceIds = QList<qint64>(Validator::MaxListLength + 1, 1);
    QTest::newRow("fields past their bounds")
        << huge
        << QStringList{QStringLiteral("title"), QStringLiteral("description"),
                       QStringLiteral("tags"), QStringLiteral("sources")};
    Event largest = makeEvent(QString(Validator::MaxNameLength, u'x'), QStringLiteral("2015"));
    largest.description = QString(Validator::MaxTextLength, u'y');
    largest.actors =
        QList<EventActor>(Validator::MaxListLength, EventActor{1, QStringLiteral("r")});
    QTest::newRow("fields at their bounds") << largest << QStringList();
    QTest::newRow("two problems") << loud
                                  << QStringList{QStringLiteral("title"),
                                                 QStringLiteral("importance")};
}

void TstValidator::events()
{
    QFETCH(Event, event);
    QFETCH(QStringList, fields);
    QStringList found;
    for (const Validator::Problem &problem : Validator::check(event)) {
        found.append(problem.field);
        QVERIFY2(problem.message.endsWith(u'.'), qPrintable(problem.message));
    }
    QCOMPARE(found, fields);
}

void TstValidator::sourceAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("none") << QString() << true;
    QTest::newRow("https") << QStringLiteral("https://www.reuters.com/world/europe/x") << true;
    QTest::newRow("http") << QStringLiteral("http://example.org") << true;
    QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://example.org") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("no scheme") << QStringLiteral("www.example.org") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("space") << QStringLiteral("https://exa mple.org") << false;
}

void TstValidator::sourceAddresses()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    Source source;
    source.outlet = QStringLiteral("Reuters");
    source.url = url;
    const QList<Validator::Problem> problems = Validator::check(source);
    QCOMPARE(problems.isEmpty(), valid);
    if (!valid) {
        QCOMPARE(problems.constFirst().field, QStringLiteral("url"));
    }
}

void TstValidator::datesAsTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("iso") << QStringLiteral("2014-09-05") << true;
    QTest::newRow("words") << QStringLiteral("5 Sep 2014") << true;
    QTest::newRow("approximate") << QStringLiteral("c. 2025") << true;
    QTest::newRow("31 February") << QStringLiteral("2015-02-31") << false;
    QTest::newRow("nonsense") << QStringLiteral("soon") << false;
}

void TstValidator::datesAsTyped()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const QList<Validator::Problem> problems =
        Validator::checkDateText(QStringLiteral("start"), text);
    QCOMPARE(problems.isEmpty(), valid);
    if (!valid) {
        QCOMPARE(problems.constFirst().field, QStringLiteral("start"));
        QVERIFY(!problems.constFirst().message.isEmpty());
    }
}

void TstValidator::actorsAndEras()
{
    Actor actor{7, QStringLiteral("NATO"), {}, Actor::Type::Organisation, 0, {}, {}};
    QVERIFY(Validator::check(actor).isEmpty());
    actor.affiliationId = 7;
    QCOMPARE(Validator::check(actor).constFirst().field, QStringLiteral("affiliation"));
    actor.affiliationId = 0;
    actor.color = QStringLiteral("red");
    QCOMPARE(Validator::check(actor).constFirst().field, QStringLiteral("color"));
    actor.color = QStringLiteral("#A1b2C3");
    actor.name.clear();
    QCOMPARE(Validator::check(actor).constFirst().field, QStringLiteral("name"));

    Era era{
        0, QStringLiteral("Minsk process"), PartialDate::year(2014), PartialDate::year(2022), {}};
    QVERIFY(Validator::check(era).isEmpty());
    era.end = PartialDate::year(2013);
    QCOMPARE(Validator::check(era).constFirst().field, QStringLiteral("end"));
    era.end = PartialDate();
    QCOMPARE(Validator::check(era).constFirst().field, QStringLiteral("end"));
}

void TstValidator::relations()
{
    Relation relation{0, 1, 2, QStringLiteral("escalated"), {}}; // any type the timeline has
    QVERIFY(Validator::check(relation).isEmpty());
    relation.type = QStringLiteral(" ");
    QCOMPARE(Validator::check(relation).size(), 1);
    QCOMPARE(Validator::check(relation).constFirst().field, QStringLiteral("type"));
    relation.toEventId = 1;
    QCOMPARE(Validator::check(relation).size(), 2);
}

void TstValidator::openableLinks()
{
    QVERIFY(Validator::isOpenableUrl(QStringLiteral("https://example.org")));
    QVERIFY(Validator::isOpenableUrl(QStringLiteral("mailto:desk@example.org")));
    QVERIFY(!Validator::isOpenableUrl(QStringLiteral("file:///tmp/x")));
    QVERIFY(!Validator::isOpenableUrl(QStringLiteral("javascript:alert(1)")));
    QVERIFY(!Validator::isOpenableUrl(QStringLiteral("smb://server/share")));
}

void TstValidator::describeNamesEachField()
{
    const QString text = Validator::describe(
        {{QStringLiteral("title"), QStringLiteral("An event needs a title.")},
         {QStringLiteral("end"), QStringLiteral("The end is before the start.")}});
    QCOMPARE(text, QStringLiteral("field “title”: An event needs a title.\n"
                                  "field “end”: The end is before the start."));
}

void TstValidator::boundsOfSourcesActorsErasAndRelations()
{
    Source source;
    source.title = QString(Validator::MaxNameLength + 1, u's');
    source.quote = QString(Validator::MaxTextLength + 1, u'q');
    QCOMPARE(fields(Validator::check(source)), (QStringList{u"title"_s, u"quote"_s}));
    Actor actor;
    actor.name = u"Ukraine"_s;
    actor.aliases = {QString(Validator::MaxNameLength + 1, u'a')};
    QCOMPARE(fields(Validator::check(actor)), QStringList{u"aliases"_s});
    const QString message = Validator::check(actor).first().message;
    QVERIFY2(message.contains(QLocale().toString(Validator::MaxNameLength)), qPrintable(message));
    Era era;
    era.name = QString(Validator::MaxNameLength + 1, u'e');
    era.start = PartialDate::year(2014);
    era.end = PartialDate::year(2015);
    QCOMPARE(fields(Validator::check(era)), QStringList{u"name"_s});
    Relation relation;
    relation.fromEventId = 1;
    relation.toEventId = 2;
    relation.note = QString(Validator::MaxTextLength + 1, u'n');
    QCOMPARE(fields(Validator::check(relation)), QStringList{u"note"_s});
}

// Issue 15's values: every text bounded like the others, names and summaries never empty.
void TstValidator::boundsOfAgreementsRolesAndGroups()
{
    Provision provision;
    provision.agreementId = 1;
    provision.summary = u"Ceasefire"_s;
    QVERIFY(Validator::check(provision).isEmpty());
    provision.number = QString(Validator::MaxNameLength + 1, u'1');
    provision.summary = QString(Validator::MaxNameLength + 1, u's');
    provision.text = QString(Validator::MaxTextLength + 1, u't');
    provision.deadline = {PartialDate::year(2015), 30, 0};
    QCOMPARE(fields(Validator::check(provision)),
             (QStringList{u"summary"_s, u"number"_s, u"text"_s, u"deadline"_s}));
    provision = Provision{};
    QCOMPARE(fields(Validator::check(provision)), (QStringList{u"agreement"_s, u"summary"_s}));
    ProvisionLink link{
        0, 1, 2, ProvisionLink::Type::Violates, 0, QString(Validator::MaxTextLength + 1, u'n')};
    QCOMPARE(fields(Validator::check(link)), QStringList{u"note"_s});
    LevelAssessment assessment;
    assessment.provisionId = 1;
    assessment.note = QString(Validator::MaxTextLength + 1, u'n');
    QCOMPARE(fields(Validator::check(assessment)), (QStringList{u"date"_s, u"note"_s}));
    // "Not assessed" is what the track says before any judgment; no one sets it by hand.
    assessment.note.clear();
    assessment.date = PartialDate::day(2015, 3, 1);
    assessment.level = ImplementationLevel::NotAssessed;
    QCOMPARE(fields(Validator::check(assessment)), QStringList{u"level"_s});
    Agreement agreement;
    agreement.process = QString(Validator::MaxNameLength + 1, u'p');
    QCOMPARE(fields(Validator::check(agreement)), QStringList{u"process"_s});
    const ActorRole role{QString(), QString(Validator::MaxNameLength + 1, u'l'), u"red"_s,
                         ActorRole::Seat::None};
    QCOMPARE(fields(Validator::check(role)), (QStringList{u"name"_s, u"label"_s, u"color"_s}));
    const ActorGroup group{0, QString(Validator::MaxNameLength + 1, u'g'), {}, {}};
    QCOMPARE(fields(Validator::check(group)), QStringList{u"name"_s});
}

QTEST_GUILESS_MAIN(TstValidator)
#include "tst_validator.moc"
