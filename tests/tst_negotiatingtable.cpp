// SPDX-License-Identifier: GPL-3.0-or-later
// Who sat at which table, on a small timeline shaped like the bundled one: Minsk I and II,
// a Normandy-format summit, the 2025 US–Russia call and talks Ukraine was excluded from.
#include "negotiatingtable.h"

#include <QTest>

using namespace entente;
using Seat = ActorRole::Seat;
using Cell = NegotiatingTable::Cell;
using Row = NegotiatingTable::Row;

namespace {
enum ActorId : qint64 {
    Russia = 1,
    Ukraine,
    Osce,
    Germany,
    France,
    UnitedStates,
    Eu,
    Putin,
    Trump,
    Zelenskyy,
    SaudiArabia,
    Sweden,
};

enum EventId : qint64 {
    MinskI = 10,
    MinskII,
    TrumpPutinCall,
    RiyadhTalks,
    ZelenskyyStatement,
    UndatedMeeting,
    ParisSummit,
};

const QString UkraineProcess = QStringLiteral("Ukraine peace process");

Event event(qint64 id, const QString &date, const QString &category,
            const QList<EventActor> &actors)
{
    Event e;
    e.id = id;
    e.title = QStringLiteral("Event %1").arg(id);
    e.start = date.isEmpty() ? PartialDate() : PartialDate::fromIso(date);
    e.category = category;
    e.actors = actors;
    return e;
}

EventActor as(qint64 actorId, const char *role)
{
    return {actorId, QString::fromLatin1(role)};
}

NegotiatingTable::Input timeline()
{
    NegotiatingTable::Input input;
    const QString agreement = QStringLiteral("agreement");
    input.events = {
        event(TrumpPutinCall, QStringLiteral("2025-02-12"), QStringLiteral("call"),
              {as(Trump, "party"), as(Putin, "party"), as(UnitedStates, "party"),
               as(Russia, "party"), as(Russia, "speaker")}),
        event(MinskII, QStringLiteral("2015-02-12"), agreement,
              {as(Russia, "signatory"), as(Ukraine, "signatory"), as(Germany, "mediator"),
               as(France, "mediator"), as(Osce, "mediator")}),
        event(RiyadhTalks, QStringLiteral("2025-02-18"), QStringLiteral("talks"),
              {as(UnitedStates, "party"), as(Russia, "party"), as(SaudiArabia, "host"),
               as(Ukraine, "excluded"), as(Eu, "demanded-seat")}),
        event(MinskI, QStringLiteral("2014-09-05"), agreement,
              {as(Russia, "signatory"), as(Ukraine, "signatory"), as(Osce, "mediator")}),
        event(ZelenskyyStatement, QStringLiteral("2025-02"), QStringLiteral("statement"),
              {as(Zelenskyy, "speaker"), as(Ukraine, "party"), as(Eu, "subject")}),
        event(UndatedMeeting, {}, QStringLiteral("meeting"),
              {as(Zelenskyy, "speaker"), as(Trump, "subject")}),
        event(
            ParisSummit, QStringLiteral("2019-12-09"), QStringLiteral("meeting"),
            {as(France, "party"), as(Germany, "party"), as(Russia, "party"), as(Ukraine, "party")}),
    };
    input.agreements = {{MinskI, Agreement::Stage::Ceasefire, UkraineProcess, {}, 0},
                        {MinskII, Agreement::Stage::Implementation, UkraineProcess, {}, 0},
                        {ParisSummit, Agreement::Stage::None, UkraineProcess, {}, 0}};
    input.roles = ActorRole::builtIn();
    input.groups = {{2, QStringLiteral("Trilateral Contact Group"), {}, {Osce, Russia, Ukraine}},
                    {3, QStringLiteral("Nordic group"), {}, {Sweden}},
                    {1, QStringLiteral("Normandy format"), {}, {France, Germany, Russia, Ukraine}}};
    input.actorNames = {{Russia, QStringLiteral("Russia")},
                        {Ukraine, QStringLiteral("Ukraine")},
                        {Osce, QStringLiteral("OSCE")},
                        {Germany, QStringLiteral("Germany")},
                        {France, QStringLiteral("France")},
                        {UnitedStates, QStringLiteral("United States")},
                        {Eu, QStringLiteral("European Union")},
                        {Putin, QStringLiteral("Vladimir Putin")},
                        {Trump, QStringLiteral("Donald Trump")},
                        {Zelenskyy, QStringLiteral("Volodymyr Zelenskyy")},
                        {SaudiArabia, QStringLiteral("Saudi Arabia")},
                        {Sweden, QStringLiteral("Sweden")}};
    return input;
}

QList<qint64> columnIds(const NegotiatingTable &table)
{
    QList<qint64> ids;
    for (const Event &column : table.columns()) {
        ids.append(column.id);
    }
    return ids;
}

// "group Normandy format", "  France" (a member), "United States" (an actor of its own).
QStringList rowNames(const NegotiatingTable &table)
{
    QStringList names;
    for (const Row &row : table.rows()) {
        const QString prefix = row.kind == Row::Kind::Group    ? QStringLiteral("group ")
                               : row.kind == Row::Kind::Member ? QStringLiteral("  ")
                                                               : QString();
        names.append(prefix + row.name);
    }
    return names;
}

qsizetype rowOf(const NegotiatingTable &table, Row::Kind kind, qint64 id)
{
    for (qsizetype row = 0; row < table.rows().size(); ++row) {
        if (table.rows().at(row).kind == kind && table.rows().at(row).id == id) {
            return row;
        }
    }
    return -1;
}

const Cell &cellOf(const NegotiatingTable &table, Row::Kind kind, qint64 id, qint64 eventId)
{
    return table.cell(rowOf(table, kind, id), columnIds(table).indexOf(eventId));
}
} // namespace

class TstNegotiatingTable : public QObject
{
    Q_OBJECT

private slots:
    void columnsAreTheTablesEventsInTimeOrder();
    void groupsFirstThenActorsByName();
    void rowsShowShortNamesAndAreSortedByThem();
    void cellsHoldRolesAndTheStrongestSeat();
    void excludedAndDemandedSeatAreShownAsAbsent();
    void groupCellCountsItsMembers();
    void rolesTheListDoesNotSeatMakeNoRow();
    void filteredByProcess();
    void filteredByDateRange();
};

void TstNegotiatingTable::columnsAreTheTablesEventsInTimeOrder()
{
    const NegotiatingTable table(timeline());
    // The statement is not a table's category; the undated meeting comes last.
    QCOMPARE(columnIds(table), QList<qint64>({MinskI, MinskII, ParisSummit, TrumpPutinCall,
                                              RiyadhTalks, UndatedMeeting}));
}

void TstNegotiatingTable::groupsFirstThenActorsByName()
{
    const NegotiatingTable table(timeline());
    // Sweden's group never sat anywhere; Zelenskyy only spoke and Saudi Arabia hosted (a
    // role the list does not know): neither is a row.
    QCOMPARE(rowNames(table),
             QStringList(
                 {QStringLiteral("group Normandy format"), QStringLiteral("  France"),
                  QStringLiteral("  Germany"), QStringLiteral("  Russia"),
                  QStringLiteral("  Ukraine"), QStringLiteral("group Trilateral Contact Group"),
                  QStringLiteral("  OSCE"), QStringLiteral("  Russia"), QStringLiteral("  Ukraine"),
                  QStringLiteral("Donald Trump"), QStringLiteral("European Union"),
                  QStringLiteral("United States"), QStringLiteral("Vladimir Putin")}));
    QCOMPARE(table.rows().at(1), Row({Row::Kind::Member, France, QStringLiteral("France"), 1}));
    QCOMPARE(table.rows().at(7).groupId, 2);
}

void TstNegotiatingTable::rowsShowShortNamesAndAreSortedByThem()
{
    NegotiatingTable::Input input = timeline();
    input.actorNames[Osce] = QStringLiteral("Organization for Security and Co-operation in Europe");
    input.actorShortNames = {{Osce, QStringLiteral("OSCE")},
                             {UnitedStates, QStringLiteral("USA")},
                             {Trump, QStringLiteral("Trump")}};
    const NegotiatingTable table(input);
    const Row &osce = table.rows().at(rowOf(table, Row::Kind::Member, Osce));
    QCOMPARE(osce.name, QStringLiteral("Organization for Security and Co-operation in Europe"));
    QCOMPARE(osce.displayName(), QStringLiteral("OSCE"));
    const Row &ukraine = table.rows().at(rowOf(table, Row::Kind::Member, Ukraine));
    QCOMPARE(ukraine.displayName(), QStringLiteral("Ukraine")); // no short name: the name
    // The actors of no group in the order of the names shown: "Trump" after "European Union".
    QStringList shown;
    for (const Row &row : table.rows()) {
        if (row.kind == Row::Kind::Actor) {
            shown.append(row.displayName());
        }
    }
    QCOMPARE(shown, QStringList({QStringLiteral("European Union"), QStringLiteral("Trump"),
                                 QStringLiteral("USA"), QStringLiteral("Vladimir Putin")}));
}

void TstNegotiatingTable::cellsHoldRolesAndTheStrongestSeat()
{
    const NegotiatingTable table(timeline());
    const Cell &russiaAtMinskII = cellOf(table, Row::Kind::Member, Russia, MinskII);
    QCOMPARE(russiaAtMinskII.roles, QStringList({QStringLiteral("signatory")}));
    QCOMPARE(russiaAtMinskII.seat, Seat::AtTable);
    QCOMPARE(cellOf(table, Row::Kind::Member, France, MinskII).roles,
             QStringList({QStringLiteral("mediator")}));
    QVERIFY(cellOf(table, Row::Kind::Member, Germany, MinskI).isEmpty());
    const Cell &russiaOnTheCall = cellOf(table, Row::Kind::Member, Russia, TrumpPutinCall);
    QCOMPARE(russiaOnTheCall.roles,
             QStringList({QStringLiteral("party"), QStringLiteral("speaker")}));
    QCOMPARE(russiaOnTheCall.seat, Seat::AtTable);
    // Trump is a row for the call; at the undated meeting he was only its subject.
    const Cell &trumpAtMeeting = cellOf(table, Row::Kind::Actor, Trump, UndatedMeeting);
    QCOMPARE(trumpAtMeeting.roles, QStringList({QStringLiteral("subject")}));
    QCOMPARE(trumpAtMeeting.seat, Seat::None);
    QVERIFY(!trumpAtMeeting.isEmpty());
}

void TstNegotiatingTable::excludedAndDemandedSeatAreShownAsAbsent()
{
    const NegotiatingTable table(timeline());
    const Cell &ukraine = cellOf(table, Row::Kind::Member, Ukraine, RiyadhTalks);
    QCOMPARE(ukraine.roles, QStringList({QStringLiteral("excluded")}));
    QCOMPARE(ukraine.seat, Seat::Absent);
    const Cell &eu = cellOf(table, Row::Kind::Actor, Eu, RiyadhTalks);
    QCOMPARE(eu.roles, QStringList({QStringLiteral("demanded-seat")}));
    QCOMPARE(eu.seat, Seat::Absent);
    QCOMPARE(cellOf(table, Row::Kind::Actor, UnitedStates, RiyadhTalks).seat, Seat::AtTable);
}

void TstNegotiatingTable::groupCellCountsItsMembers()
{
    const NegotiatingTable table(timeline());
    const Cell &atMinskII = cellOf(table, Row::Kind::Group, 1, MinskII);
    QCOMPARE(atMinskII.seated, 4);
    QCOMPARE(atMinskII.absent, 0);
    QCOMPARE(atMinskII.seat, Seat::AtTable);
    const Cell &atRiyadh = cellOf(table, Row::Kind::Group, 1, RiyadhTalks);
    QCOMPARE(atRiyadh.seated, 1);
    QCOMPARE(atRiyadh.absent, 1);
    QCOMPARE(atRiyadh.seat, Seat::AtTable); // at the table over kept from it
    QCOMPARE(cellOf(table, Row::Kind::Group, 1, MinskI).seated, 2);
    QCOMPARE(cellOf(table, Row::Kind::Group, 2, ParisSummit).seated, 2); // Russia, Ukraine
    QVERIFY(cellOf(table, Row::Kind::Group, 1, UndatedMeeting).isEmpty());
}

void TstNegotiatingTable::rolesTheListDoesNotSeatMakeNoRow()
{
    NegotiatingTable::Input input = timeline();
    QCOMPARE(rowOf(NegotiatingTable(input), Row::Kind::Actor, SaudiArabia), -1);
    // Once the user adds "host" to the roles, at the table, the host has a row.
    input.roles.append({QStringLiteral("host"), QStringLiteral("host"), {}, Seat::AtTable});
    const NegotiatingTable table(input);
    QCOMPARE(cellOf(table, Row::Kind::Actor, SaudiArabia, RiyadhTalks).seat, Seat::AtTable);
}

void TstNegotiatingTable::filteredByProcess()
{
    NegotiatingTable::Input input = timeline();
    input.options.process = UkraineProcess;
    const NegotiatingTable table(input);
    QCOMPARE(columnIds(table), QList<qint64>({MinskI, MinskII, ParisSummit}));
    // Nobody outside the two formats sat at those tables.
    QCOMPARE(rowNames(table).size(), 9);
    QCOMPARE(rowOf(table, Row::Kind::Actor, UnitedStates), -1);
}

void TstNegotiatingTable::filteredByDateRange()
{
    NegotiatingTable::Input input = timeline();
    input.options.from = PartialDate::month(2025, 2);
    NegotiatingTable since2025(input);
    QCOMPARE(columnIds(since2025), QList<qint64>({TrumpPutinCall, RiyadhTalks}));
    QCOMPARE(rowNames(since2025).last(), QStringLiteral("Vladimir Putin"));
    QVERIFY(rowOf(since2025, Row::Kind::Group, 2) >= 0); // Russia sat at both

    input.options.from = PartialDate();
    input.options.to = PartialDate::year(2015);
    const NegotiatingTable minsk(input);
    QCOMPARE(columnIds(minsk), QList<qint64>({MinskI, MinskII}));
    QCOMPARE(rowOf(minsk, Row::Kind::Actor, Eu), -1);
}

QTEST_GUILESS_MAIN(TstNegotiatingTable)
#include "tst_negotiatingtable.moc"
