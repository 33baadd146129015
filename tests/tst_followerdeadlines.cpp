// SPDX-License-Identifier: GPL-3.0-or-later
// What the deadlines that follow a provision become when it is removed: the day they fell on,
// as precise as the assessment that made it full, or, with no day to keep, the same number of
// days after the agreement, said so.
#include "followerdeadlines.h"
#include "provisionvalues.h"

#include "testsupport.h"

#include <QTest>

using namespace entente;

namespace {

// Minsk II (12 Feb 2015): point 1, point 2 due 14 days after point 1, point 3 due 30 days
// after point 2; point 1 assessed full on `full` (none: never).
AgreementTracks::Input minskII(const PartialDate &full)
{
    AgreementTracks::Input input;
    input.agreement.id = 1;
    input.agreement.category = QStringLiteral("agreement");
    input.agreement.start = PartialDate::day(2015, 2, 12);
    input.provisions = {provision(10, 0), provision(11, 1, daysAfter(14, 10)),
                        provision(12, 2, daysAfter(30, 11))};
    if (!full.isNull()) {
        input.assessments.insert(10, {{7, 10, full, ImplementationLevel::Full, 0, {}}});
    }
    input.now = PartialDate::day(2025, 2, 20).earliestSecond();
    return input;
}

} // namespace

class TstFollowerDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheDayAtTheAssessmentsPrecision_data();
    void keepsTheDayAtTheAssessmentsPrecision();
    void neverFullCountsFromTheAgreement();
    void onlyTheRemovedProvisionsFollowersChange();
};

void TstFollowerDeadlines::keepsTheDayAtTheAssessmentsPrecision_data()
{
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("due");
    QTest::newRow("day") << QStringLiteral("2015-03-05") << QStringLiteral("2015-03-19");
    QTest::newRow("approximate day")
        << QStringLiteral("2015-03-05~") << QStringLiteral("2015-03-19~");
    QTest::newRow("month") << QStringLiteral("2015-03")
                           << QStringLiteral("2015-03"); // 1 March + 14 days
    QTest::newRow("late in the month")
        << QStringLiteral("2015-12-20") << QStringLiteral("2016-01-03");
    QTest::newRow("minute") << QStringLiteral("2015-03-05T14:30")
                            << QStringLiteral("2015-03-19T14:30");
    // Before the agreement: it counts from the agreement's start (ImplementationTrack).
    QTest::newRow("before the agreement")
        << QStringLiteral("2015-02-01") << QStringLiteral("2015-02-26");
}

void TstFollowerDeadlines::keepsTheDayAtTheAssessmentsPrecision()
{
    QFETCH(QString, full);
    QFETCH(QString, due);
    const FollowerDeadlines deadlines(minskII(parsed(full)), 10);
    QCOMPARE(deadlines.followers().size(), 1);
    const FollowerDeadlines::Follower &follower = deadlines.followers().first();
    QCOMPARE(follower.before.deadline, daysAfter(14, 10));
    QCOMPARE(follower.after.deadline, (Provision::Deadline{parsed(due), -1, 0}));
    QVERIFY(!follower.countsFromAgreement);
    Provision expected = follower.before;
    expected.deadline = follower.after.deadline;
    QCOMPARE(follower.after, expected); // nothing else changes
}

void TstFollowerDeadlines::neverFullCountsFromTheAgreement()
{
    const FollowerDeadlines deadlines(minskII(PartialDate()), 10);
    QCOMPARE(deadlines.followers().size(), 1);
    const FollowerDeadlines::Follower &follower = deadlines.followers().first();
    QCOMPARE(follower.before.id, 11);
    QCOMPARE(follower.after.deadline, daysAfter(14, 0));
    QVERIFY(follower.countsFromAgreement);
}

void TstFollowerDeadlines::onlyTheRemovedProvisionsFollowersChange()
{
    // Point 3 follows point 2, which stays: removing point 1 leaves it alone.
    QCOMPARE(FollowerDeadlines(minskII(PartialDate::day(2015, 3, 5)), 10).followers().size(), 1);
    // Removing point 3, which no one follows, changes no deadline.
    QVERIFY(FollowerDeadlines(minskII(PartialDate::day(2015, 3, 5)), 12).followers().isEmpty());
    // Point 2 was never assessed full: point 3 has no day to keep.
    const FollowerDeadlines second(minskII(PartialDate::day(2015, 3, 5)), 11);
    QCOMPARE(second.followers().size(), 1);
    QCOMPARE(second.followers().first().before.id, 12);
    QVERIFY(second.followers().first().countsFromAgreement);
}

QTEST_GUILESS_MAIN(TstFollowerDeadlines)
#include "tst_followerdeadlines.moc"
