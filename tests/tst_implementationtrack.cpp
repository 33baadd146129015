// SPDX-License-Identifier: GPL-3.0-or-later
// One provision's level over time: what the scorecard's band shows and the tally counts.
#include "implementationtrack.h"

#include "partialdate.h"

#include <QTest>

using namespace entente;
using Level = ImplementationLevel;
using Origin = ImplementationTrack::Origin;
using Step = ImplementationTrack::Step;
using Type = ProvisionLink::Type;

namespace {
qint64 dayStart(int year, int month, int day)
{
    return PartialDate::day(year, month, day).earliestSecond();
}

LevelAssessment assessed(qint64 id, const PartialDate &date, Level level)
{
    return {id, 1, date, level, 0, {}};
}

ImplementationTrack::Input minskII()
{
    ImplementationTrack::Input input;
    input.start = dayStart(2015, 2, 12);
    input.now = dayStart(2025, 2, 20);
    return input;
}
} // namespace

class TstImplementationTrack : public QObject
{
    Q_OBJECT

private slots:
    void startsNotAssessedAtTheAgreement();
    void risesByEventsAndByHandThenIsViolated();
    void proposalsNeverReachFull();
    void proposalsNeverLowerALevel();
    void handLevelWinsOverAProposalOnTheSameDay();
    void handLevelWinsOverAViolationOnTheSameDay();
    void refersToChangesNothing();
    void deadlinePassedBelowFullLapses();
    void monthDeadlinePassesAtTheEndOfTheMonth();
    void deadlineNotYetPassedDoesNotLapse();
    void fullOrViolatedAtTheDeadlineDoesNotLapse();
    void lapsedUntilAHandLevelOrAViolation();
    void partialDatesCountFromTheirFirstSecond();
    void undatedAgreementStartsAlways();
};

void TstImplementationTrack::startsNotAssessedAtTheAgreement()
{
    const ImplementationTrack track(minskII());
    QCOMPARE(track.steps(),
             QList<Step>({{dayStart(2015, 2, 12), Level::NotAssessed, Origin::Start, 0}}));
    QCOMPARE(track.levelAt(dayStart(2020, 1, 1)), Level::NotAssessed);
    QVERIFY(!track.firstFullSecond());
}

// The case: 0 → 2 → 3, then violated.
void TstImplementationTrack::risesByEventsAndByHandThenIsViolated()
{
    ImplementationTrack::Input input = minskII();
    input.evidence = {{dayStart(2015, 2, 15), Type::Implements, 101},
                      {dayStart(2015, 3, 1), Type::Implements, 102},
                      {dayStart(2022, 2, 24), Type::Violates, 103},
                      {dayStart(2023, 1, 1), Type::Implements, 104}}; // lifts no violation
    input.assessments = {assessed(7, PartialDate::month(2015, 6), Level::Full)};
    const ImplementationTrack track(input);
    QCOMPARE(track.steps(),
             QList<Step>({{dayStart(2015, 2, 12), Level::NotAssessed, Origin::Start, 0},
                          {dayStart(2015, 2, 15), Level::Minimal, Origin::Proposed, 101},
                          {dayStart(2015, 3, 1), Level::Intermediate, Origin::Proposed, 102},
                          {dayStart(2015, 6, 1), Level::Full, Origin::Assessed, 7},
                          {dayStart(2022, 2, 24), Level::Violated, Origin::Violation, 103}}));
    QCOMPARE(track.levelAt(dayStart(2015, 2, 14)), Level::NotAssessed);
    QCOMPARE(track.levelAt(dayStart(2015, 2, 28)), Level::Minimal);
    QCOMPARE(track.levelAt(dayStart(2015, 5, 31)), Level::Intermediate);
    QCOMPARE(track.levelAt(dayStart(2022, 2, 23)), Level::Full);
    QCOMPARE(track.levelAt(dayStart(2025, 1, 1)), Level::Violated);
    QCOMPARE(track.firstFullSecond(), std::optional<qint64>(dayStart(2015, 6, 1)));
}

void TstImplementationTrack::proposalsNeverReachFull()
{
    ImplementationTrack::Input input = minskII();
    for (int day = 13; day <= 20; ++day) {
        input.evidence.append({dayStart(2015, 2, day), Type::Implements, day});
    }
    const ImplementationTrack track(input);
    QCOMPARE(track.levelAt(dayStart(2016, 1, 1)), Level::Intermediate);
    QVERIFY(!track.firstFullSecond());
}

void TstImplementationTrack::proposalsNeverLowerALevel()
{
    ImplementationTrack::Input input = minskII();
    input.assessments = {assessed(1, PartialDate::day(2015, 2, 13), Level::Intermediate),
                         assessed(2, PartialDate::day(2015, 4, 1), Level::Full)};
    // The first proposes minimal, below the intermediate set by hand; the second would
    // propose intermediate, below full.
    input.evidence = {{dayStart(2015, 3, 1), Type::Implements, 11},
                      {dayStart(2015, 5, 1), Type::Implements, 12}};
    const ImplementationTrack track(input);
    QCOMPARE(track.levelAt(dayStart(2015, 3, 2)), Level::Intermediate);
    QCOMPARE(track.levelAt(dayStart(2015, 5, 2)), Level::Full);
    QCOMPARE(track.steps().size(), 3);
}

void TstImplementationTrack::handLevelWinsOverAProposalOnTheSameDay()
{
    ImplementationTrack::Input input = minskII();
    input.evidence = {{dayStart(2015, 3, 1), Type::Implements, 11},
                      {dayStart(2015, 4, 1), Type::Implements, 12}};
    // The user judged on 1 April that nothing had really been done yet.
    input.assessments = {assessed(5, PartialDate::day(2015, 4, 1), Level::NotInitiated)};
    const ImplementationTrack track(input);
    QCOMPARE(track.levelAt(dayStart(2015, 3, 15)), Level::Minimal);
    QCOMPARE(track.levelAt(dayStart(2015, 4, 1)), Level::NotInitiated);
    QCOMPARE(track.steps().last(),
             Step({dayStart(2015, 4, 1), Level::NotInitiated, Origin::Assessed, 5}));
}

void TstImplementationTrack::handLevelWinsOverAViolationOnTheSameDay()
{
    ImplementationTrack::Input input = minskII();
    input.evidence = {{dayStart(2015, 2, 18), Type::Violates, 21}};
    input.assessments = {assessed(6, PartialDate::day(2015, 2, 18), Level::Minimal)};
    const ImplementationTrack track(input);
    QCOMPARE(track.levelAt(dayStart(2015, 2, 18)), Level::Minimal);
    QCOMPARE(track.steps().last().origin, Origin::Assessed);
}

void TstImplementationTrack::refersToChangesNothing()
{
    ImplementationTrack::Input input = minskII();
    input.evidence = {{dayStart(2015, 3, 1), Type::RefersTo, 31},
                      {dayStart(2015, 4, 1), Type::Implements, 32}};
    const ImplementationTrack track(input);
    QCOMPARE(track.levelAt(dayStart(2015, 3, 15)), Level::NotAssessed);
    // The implements event is the first one: it proposes minimal, not intermediate.
    QCOMPARE(track.levelAt(dayStart(2015, 4, 15)), Level::Minimal);
}

void TstImplementationTrack::deadlinePassedBelowFullLapses()
{
    ImplementationTrack::Input input = minskII();
    input.evidence = {{dayStart(2015, 2, 20), Type::Implements, 41}};
    input.deadline = PartialDate::day(2015, 3, 7).latestSecond();
    const ImplementationTrack track(input);
    QCOMPARE(track.levelAt(dayStart(2015, 3, 7)), Level::Minimal);
    QCOMPARE(track.levelAt(dayStart(2015, 3, 8)), Level::Lapsed);
    QCOMPARE(track.steps().last(),
             Step({dayStart(2015, 3, 8), Level::Lapsed, Origin::Deadline, 0}));
}

void TstImplementationTrack::monthDeadlinePassesAtTheEndOfTheMonth()
{
    ImplementationTrack::Input input = minskII();
    input.deadline = PartialDate::fromIso(u"2015-03").latestSecond();
    const ImplementationTrack track(input);
    QCOMPARE(track.levelAt(dayStart(2015, 4, 1) - 1), Level::NotAssessed);
    QCOMPARE(track.levelAt(dayStart(2015, 4, 1)), Level::Lapsed);
}

void TstImplementationTrack::deadlineNotYetPassedDoesNotLapse()
{
    ImplementationTrack::Input input = minskII();
    input.deadline = PartialDate::fromIso(u"2015-03").latestSecond();
    input.now = dayStart(2015, 3, 20);
    const ImplementationTrack track(input);
    QCOMPARE(track.levelAt(dayStart(2015, 6, 1)), Level::NotAssessed);
    QCOMPARE(track.steps().size(), 1);
}

void TstImplementationTrack::fullOrViolatedAtTheDeadlineDoesNotLapse()
{
    ImplementationTrack::Input full = minskII();
    full.deadline = PartialDate::fromIso(u"2015-03").latestSecond();
    full.assessments = {assessed(1, PartialDate::day(2015, 3, 10), Level::Full)};
    QCOMPARE(ImplementationTrack(full).levelAt(dayStart(2016, 1, 1)), Level::Full);

    ImplementationTrack::Input violated = minskII();
    violated.deadline = full.deadline;
    violated.evidence = {{dayStart(2015, 3, 10), Type::Violates, 51}};
    QCOMPARE(ImplementationTrack(violated).levelAt(dayStart(2016, 1, 1)), Level::Violated);
}

void TstImplementationTrack::lapsedUntilAHandLevelOrAViolation()
{
    ImplementationTrack::Input input = minskII();
    input.deadline = PartialDate::fromIso(u"2015-03").latestSecond();
    input.evidence = {{dayStart(2015, 5, 1), Type::Implements, 61},
                      {dayStart(2016, 5, 1), Type::Violates, 62}};
    input.assessments = {assessed(8, PartialDate::day(2015, 9, 1), Level::Intermediate)};
    const ImplementationTrack track(input);
    QCOMPARE(track.levelAt(dayStart(2015, 5, 2)), Level::Lapsed); // late work proposes nothing
    QCOMPARE(track.levelAt(dayStart(2015, 9, 2)), Level::Intermediate);
    QCOMPARE(track.levelAt(dayStart(2016, 5, 2)), Level::Violated);

    ImplementationTrack::Input broken = minskII();
    broken.deadline = input.deadline;
    broken.evidence = {{dayStart(2015, 5, 1), Type::Violates, 63}};
    QCOMPARE(ImplementationTrack(broken).levelAt(dayStart(2015, 5, 2)), Level::Violated);
}

void TstImplementationTrack::partialDatesCountFromTheirFirstSecond()
{
    ImplementationTrack::Input input = minskII();
    // "2015-02" begins before the agreement's day: it counts from the agreement.
    input.evidence = {{PartialDate::month(2015, 2).earliestSecond(), Type::Implements, 71}};
    input.assessments = {assessed(9, PartialDate::year(2016), Level::Full),
                         assessed(10, PartialDate(), Level::NotAssessed)}; // undated: ignored
    const ImplementationTrack track(input);
    QCOMPARE(track.steps().first(),
             Step({dayStart(2015, 2, 12), Level::Minimal, Origin::Proposed, 71}));
    QCOMPARE(track.levelAt(dayStart(2015, 12, 31)), Level::Minimal);
    QCOMPARE(track.levelAt(dayStart(2016, 1, 1)), Level::Full);
    QCOMPARE(track.levelAt(dayStart(2030, 1, 1)), Level::Full);
}

void TstImplementationTrack::undatedAgreementStartsAlways()
{
    ImplementationTrack::Input input;
    input.now = dayStart(2025, 1, 1);
    input.evidence = {{dayStart(1990, 1, 1), Type::Implements, 81}};
    const ImplementationTrack track(input);
    QCOMPARE(track.steps().first().from, ImplementationTrack::Always);
    QCOMPARE(track.levelAt(dayStart(1989, 1, 1)), Level::NotAssessed);
    QCOMPARE(track.levelAt(dayStart(1990, 1, 1)), Level::Minimal);
}

QTEST_GUILESS_MAIN(TstImplementationTrack)
#include "tst_implementationtrack.moc"
