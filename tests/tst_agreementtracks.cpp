// SPDX-License-Identifier: GPL-3.0-or-later
// An agreement's provisions as tracks: deadlines as dates, relative to the agreement and
// chained from one provision to the next, and the lapses they bring.
#include "agreementtracks.h"
#include "provisionvalues.h"

#include <QTest>

using namespace entente;
using Level = ImplementationLevel;

namespace {
qint64 dayStart(int year, int month, int day)
{
    return PartialDate::day(year, month, day).earliestSecond();
}

Provision::Deadline onDate(const PartialDate &date)
{
    return {date, -1, 0};
}

LevelAssessment fullOn(qint64 id, qint64 provisionId, const PartialDate &date)
{
    return {id, provisionId, date, Level::Full, 0, {}};
}

AgreementTracks::Input minskII(const QList<Provision> &provisions)
{
    AgreementTracks::Input input;
    input.agreement.id = 1;
    input.agreement.category = QStringLiteral("agreement");
    input.agreement.start = PartialDate::day(2015, 2, 12);
    input.provisions = provisions;
    input.now = dayStart(2025, 2, 20);
    return input;
}

std::optional<qint64> deadlineOf(const AgreementTracks &tracks, qint64 provisionId)
{
    return tracks.entry(provisionId)->deadline;
}
} // namespace

class TstAgreementTracks : public QObject
{
    Q_OBJECT

private slots:
    void provisionsInTheAgreementsOrder();
    void dateDeadlinePassesAtItsLatestSecond();
    void daysAfterTheAgreement();
    void daysAfterAnotherProvisionIsFull();
    void chainOfRelativeDeadlines();
    void neverFullGivesNoDeadline();
    void cycleGivesNoDeadline();
    void unknownProvisionOrUndatedAgreementGivesNoDeadline();
};

void TstAgreementTracks::provisionsInTheAgreementsOrder()
{
    const AgreementTracks tracks(minskII({provision(12, 2), provision(10, 0), provision(11, 1)}));
    QCOMPARE(tracks.entries().size(), 3);
    QCOMPARE(tracks.entries().at(0).provision.id, 10);
    QCOMPARE(tracks.entries().at(2).provision.id, 12);
    QCOMPARE(tracks.entry(11)->provision.position, 1);
    QVERIFY(!tracks.entry(99));
    QVERIFY(!deadlineOf(tracks, 10));
}

void TstAgreementTracks::dateDeadlinePassesAtItsLatestSecond()
{
    const AgreementTracks tracks(minskII({provision(10, 0, onDate(PartialDate::month(2015, 3)))}));
    QCOMPARE(deadlineOf(tracks, 10), std::optional<qint64>(dayStart(2015, 4, 1) - 1));
    QCOMPARE(tracks.entry(10)->track.levelAt(dayStart(2015, 3, 31)), Level::NotAssessed);
    QCOMPARE(tracks.entry(10)->track.levelAt(dayStart(2015, 4, 1)), Level::Lapsed);
}

void TstAgreementTracks::daysAfterTheAgreement()
{
    const AgreementTracks tracks(minskII({provision(10, 0, daysAfter(14, 0))}));
    QCOMPARE(deadlineOf(tracks, 10), std::optional<qint64>(dayStart(2015, 2, 26)));
    QCOMPARE(tracks.entry(10)->track.levelAt(dayStart(2015, 2, 27)), Level::Lapsed);
}

void TstAgreementTracks::daysAfterAnotherProvisionIsFull()
{
    AgreementTracks::Input input = minskII({provision(10, 0), provision(11, 1, daysAfter(30, 10))});
    input.assessments[10] = {fullOn(1, 10, PartialDate::day(2015, 3, 1))};
    input.evidence[11] = {{dayStart(2015, 3, 5), ProvisionLink::Type::Implements, 500}};
    const AgreementTracks tracks(input);
    QCOMPARE(deadlineOf(tracks, 11), std::optional<qint64>(dayStart(2015, 3, 31)));
    const ImplementationTrack &track = tracks.entry(11)->track;
    QCOMPARE(track.levelAt(dayStart(2015, 3, 30)), Level::Minimal);
    QCOMPARE(track.levelAt(dayStart(2015, 4, 1)), Level::Lapsed);
}

// Each provision's deadline waits for the one before to be carried out, and is met or not.
void TstAgreementTracks::chainOfRelativeDeadlines()
{
    AgreementTracks::Input input =
        minskII({provision(10, 0, daysAfter(2, 0)), provision(11, 1, daysAfter(10, 10)),
                 provision(12, 2, daysAfter(5, 11))});
    input.assessments[10] = {fullOn(1, 10, PartialDate::day(2015, 2, 13))};
    input.assessments[11] = {fullOn(2, 11, PartialDate::day(2015, 2, 20))};
    const AgreementTracks tracks(input);
    QCOMPARE(deadlineOf(tracks, 10), std::optional<qint64>(dayStart(2015, 2, 14)));
    QCOMPARE(deadlineOf(tracks, 11), std::optional<qint64>(dayStart(2015, 2, 23)));
    QCOMPARE(deadlineOf(tracks, 12), std::optional<qint64>(dayStart(2015, 2, 25)));
    QCOMPARE(tracks.entry(10)->track.levelAt(dayStart(2016, 1, 1)), Level::Full);
    QCOMPARE(tracks.entry(11)->track.levelAt(dayStart(2016, 1, 1)), Level::Full);
    QCOMPARE(tracks.entry(12)->track.levelAt(dayStart(2015, 2, 25)), Level::NotAssessed);
    QCOMPARE(tracks.entry(12)->track.levelAt(dayStart(2015, 2, 26)), Level::Lapsed);
}

void TstAgreementTracks::neverFullGivesNoDeadline()
{
    // Provision 10 lapses on its own deadline and is never full: 11 waits for it for ever.
    AgreementTracks::Input input =
        minskII({provision(10, 0, daysAfter(2, 0)), provision(11, 1, daysAfter(10, 10))});
    const AgreementTracks tracks(input);
    QVERIFY(deadlineOf(tracks, 10));
    QVERIFY(!deadlineOf(tracks, 11));
    QCOMPARE(tracks.entry(11)->track.levelAt(dayStart(2025, 1, 1)), Level::NotAssessed);
}

void TstAgreementTracks::cycleGivesNoDeadline()
{
    // 10 and 11 wait for each other, 12 for itself; 13 waits for 10, which is full by hand.
    AgreementTracks::Input input =
        minskII({provision(10, 0, daysAfter(1, 11)), provision(11, 1, daysAfter(1, 10)),
                 provision(12, 2, daysAfter(1, 12)), provision(13, 3, daysAfter(3, 10))});
    input.assessments[10] = {fullOn(1, 10, PartialDate::day(2015, 3, 1))};
    input.assessments[11] = {fullOn(2, 11, PartialDate::day(2015, 3, 2))};
    const AgreementTracks tracks(input);
    QVERIFY(!deadlineOf(tracks, 10));
    QVERIFY(!deadlineOf(tracks, 11));
    QVERIFY(!deadlineOf(tracks, 12));
    QCOMPARE(tracks.entry(12)->track.levelAt(dayStart(2025, 1, 1)), Level::NotAssessed);
    QCOMPARE(deadlineOf(tracks, 13), std::optional<qint64>(dayStart(2015, 3, 4)));
    QCOMPARE(tracks.entry(13)->track.levelAt(dayStart(2015, 3, 5)), Level::Lapsed);
}

void TstAgreementTracks::unknownProvisionOrUndatedAgreementGivesNoDeadline()
{
    AgreementTracks::Input input =
        minskII({provision(10, 0, daysAfter(1, 77)), provision(11, 1, daysAfter(1, 0)),
                 provision(12, 2, onDate(PartialDate::year(2016)))});
    input.agreement.start = PartialDate();
    const AgreementTracks tracks(input);
    QVERIFY(!deadlineOf(tracks, 10));
    QVERIFY(!deadlineOf(tracks, 11));
    QCOMPARE(tracks.entry(12)->track.levelAt(dayStart(2017, 1, 1)), Level::Lapsed);
    QCOMPARE(tracks.entry(12)->track.steps().first().from, ImplementationTrack::Always);
}

QTEST_GUILESS_MAIN(TstAgreementTracks)
#include "tst_agreementtracks.moc"
