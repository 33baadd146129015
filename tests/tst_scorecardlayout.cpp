// SPDX-License-Identifier: GPL-3.0-or-later
// The agreement scorecard without a window: its rows, bands, marks, deadlines, theme summaries
// and time columns.
#include "scorecardlayout.h"

#include <QTest>

using namespace entente;
using Level = ImplementationLevel;
using Topic = ProvisionTopic;
using Type = ProvisionLink::Type;
using Kind = ScorecardLayout::Row::Kind;
using Origin = ImplementationTrack::Origin;

namespace {
qint64 dayStart(int year, int month, int day)
{
    return PartialDate::day(year, month, day).earliestSecond();
}

Provision provision(qint64 id, int position, Topic topic)
{
    Provision p;
    p.id = id;
    p.agreementId = 1;
    p.position = position;
    p.summary = QStringLiteral("Point %1").arg(id);
    p.topic = topic;
    return p;
}

// A Minsk II-like agreement, its provisions entered out of topic order: 1 ceasefire (carried
// out twice, then violated by the 2022 invasion), 2 elections (due by the end of 2015, never
// held: lapsed), 3 withdrawal (assessed full), 4 ceasefire (only mentioned).
ScorecardLayout::Input minskII()
{
    ScorecardLayout::Input input;
    AgreementTracks::Input &tracks = input.tracks;
    tracks.agreement.id = 1;
    tracks.agreement.start = PartialDate::day(2015, 2, 12);
    tracks.now = dayStart(2025, 2, 20);
    tracks.provisions = {provision(1, 0, Topic::Ceasefire), provision(2, 1, Topic::Elections),
                         provision(3, 2, Topic::WithdrawalAndDisarmament),
                         provision(4, 3, Topic::Ceasefire)};
    tracks.provisions[1].deadline = {PartialDate::year(2015), -1, 0};
    tracks.evidence[1] = {{dayStart(2022, 2, 24), Type::Violates, 102},
                          {dayStart(2015, 2, 15), Type::Implements, 101},
                          {dayStart(2015, 9, 1), Type::Implements, 103}};
    tracks.evidence[4] = {{dayStart(2019, 12, 9), Type::RefersTo, 104}};
    tracks.assessments[3] = {{1, 3, PartialDate::month(2015, 10), Level::Full, 0, {}}};
    return input;
}

const ScorecardLayout::Row &provisionRow(const ScorecardLayout &layout, qint64 id)
{
    for (const ScorecardLayout::Row &row : layout.rows()) {
        if (row.kind == Kind::Provision && row.provision.id == id) {
            return row;
        }
    }
    qFatal("no row for provision %lld", id);
}
} // namespace

class TstScorecardLayout : public QObject
{
    Q_OBJECT

private slots:
    void rowsByTopicThenPosition();
    void bandFromNothingToViolated();
    void lapsedAfterTheDeadline();
    void marksAtTheirSecondsInTimeOrder();
    void deadlineTicks();
    void topicSummarySharesOverTime();
    void allSummaryCountsEveryProvision();
    void rangeClipsBandsAndMarks();
    void yearsOrMonthsByTheSpan();
    void rangeChosenAsDatesCoversThemWhole();
};

void TstScorecardLayout::rowsByTopicThenPosition()
{
    const ScorecardLayout layout(minskII());
    QList<QPair<Kind, qint64>> rows; // the provision's id, or the topic's number
    for (const ScorecardLayout::Row &row : layout.rows()) {
        rows.append({row.kind, row.kind == Kind::Provision ? row.provision.id : int(row.topic)});
    }
    const QList<QPair<Kind, qint64>> expected{
        {Kind::TopicHeader, int(Topic::Ceasefire)},
        {Kind::Provision, 1},
        {Kind::Provision, 4},
        {Kind::TopicSummary, int(Topic::Ceasefire)},
        {Kind::TopicHeader, int(Topic::WithdrawalAndDisarmament)},
        {Kind::Provision, 3},
        {Kind::TopicSummary, int(Topic::WithdrawalAndDisarmament)},
        {Kind::TopicHeader, int(Topic::Elections)},
        {Kind::Provision, 2},
        {Kind::TopicSummary, int(Topic::Elections)},
        {Kind::AllSummary, int(Topic::Other)},
    };
    QCOMPARE(rows, expected);
}

void TstScorecardLayout::bandFromNothingToViolated()
{
    const ScorecardLayout layout(minskII());
    QCOMPARE(layout.from(), dayStart(2015, 2, 12));
    QCOMPARE(layout.to(), dayStart(2025, 2, 20));
    using Segment = ScorecardLayout::Segment;
    const QList<Segment> expected{
        {dayStart(2015, 2, 12), dayStart(2015, 2, 15), Level::NotAssessed, Origin::Start, 0},
        {dayStart(2015, 2, 15), dayStart(2015, 9, 1), Level::Minimal, Origin::Proposed, 101},
        {dayStart(2015, 9, 1), dayStart(2022, 2, 24), Level::Intermediate, Origin::Proposed, 103},
        {dayStart(2022, 2, 24), dayStart(2025, 2, 20), Level::Violated, Origin::Violation, 102},
    };
    QCOMPARE(provisionRow(layout, 1).segments, expected);
}

void TstScorecardLayout::lapsedAfterTheDeadline()
{
    const ScorecardLayout layout(minskII());
    const QList<ScorecardLayout::Segment> &segments = provisionRow(layout, 2).segments;
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments.at(0).level, Level::NotAssessed);
    QCOMPARE(segments.at(1).level, Level::Lapsed);
    QCOMPARE(segments.at(1).origin, Origin::Deadline);
    QCOMPARE(segments.at(1).from, dayStart(2016, 1, 1)); // the second after 2015 ends
    QCOMPARE(segments.at(1).to, layout.to());
    QCOMPARE(provisionRow(layout, 3).segments.last().level, Level::Full);
}

void TstScorecardLayout::marksAtTheirSecondsInTimeOrder()
{
    const ScorecardLayout layout(minskII());
    using Mark = ScorecardLayout::Mark;
    const QList<Mark> expected{{101, dayStart(2015, 2, 15), Type::Implements},
                               {103, dayStart(2015, 9, 1), Type::Implements},
                               {102, dayStart(2022, 2, 24), Type::Violates}};
    QCOMPARE(provisionRow(layout, 1).marks, expected);
    QCOMPARE(provisionRow(layout, 4).marks,
             QList<Mark>({{104, dayStart(2019, 12, 9), Type::RefersTo}}));
    QVERIFY(provisionRow(layout, 3).marks.isEmpty());
}

void TstScorecardLayout::deadlineTicks()
{
    const ScorecardLayout layout(minskII());
    QCOMPARE(provisionRow(layout, 2).deadline, dayStart(2016, 1, 1) - 1);
    QCOMPARE(provisionRow(layout, 1).deadline, std::nullopt);
}

void TstScorecardLayout::topicSummarySharesOverTime()
{
    const ScorecardLayout layout(minskII());
    const ScorecardLayout::Row &ceasefire = layout.rows().at(3);
    QCOMPARE(ceasefire.kind, Kind::TopicSummary);
    const QList<ScorecardLayout::Share> &shares = ceasefire.shares;
    QCOMPARE(shares.size(), 4);
    QCOMPARE(shares.at(0).from, layout.from());
    QCOMPARE(shares.at(0).counts.count(Level::NotAssessed), 2);
    QCOMPARE(shares.at(1).from, dayStart(2015, 2, 15));
    QCOMPARE(shares.at(1).counts.share(Level::Minimal), 0.5);
    QCOMPARE(shares.at(1).counts.share(Level::NotAssessed), 0.5);
    QCOMPARE(shares.at(2).counts.share(Level::Intermediate), 0.5);
    QCOMPARE(shares.at(3).from, dayStart(2022, 2, 24));
    QCOMPARE(shares.at(3).counts.share(Level::Violated), 0.5);
    QCOMPARE(shares.at(3).to, layout.to());
    for (qsizetype i = 1; i < shares.size(); ++i) {
        QCOMPARE(shares.at(i).from, shares.at(i - 1).to); // steps, without gaps
    }
}

void TstScorecardLayout::allSummaryCountsEveryProvision()
{
    const ScorecardLayout layout(minskII());
    const ScorecardLayout::Row &all = layout.rows().last();
    QCOMPARE(all.kind, Kind::AllSummary);
    const AgreementTally::Counts &last = all.shares.last().counts;
    QCOMPARE(last.total, 4);
    QCOMPARE(last.count(Level::Violated), 1);
    QCOMPARE(last.count(Level::Lapsed), 1);
    QCOMPARE(last.count(Level::Full), 1);
    QCOMPARE(last.count(Level::NotAssessed), 1);
    QCOMPARE(last.share(Level::Full), 0.25);
}

void TstScorecardLayout::rangeClipsBandsAndMarks()
{
    ScorecardLayout::Input input = minskII();
    input.from = dayStart(2015, 6, 1);
    input.to = dayStart(2020, 1, 1);
    const ScorecardLayout layout(input);
    const ScorecardLayout::Row &ceasefire = provisionRow(layout, 1);
    QCOMPARE(ceasefire.segments.size(), 2); // not assessed ends before, violated starts after
    QCOMPARE(ceasefire.segments.first().from, dayStart(2015, 6, 1));
    QCOMPARE(ceasefire.segments.first().level, Level::Minimal);
    QCOMPARE(ceasefire.segments.last().to, dayStart(2020, 1, 1));
    QCOMPARE(ceasefire.marks.size(), 1);
    QCOMPARE(ceasefire.marks.first().eventId, 103);
}

void TstScorecardLayout::yearsOrMonthsByTheSpan()
{
    const ScorecardLayout years(minskII());
    QCOMPARE(years.columns().size(), 11); // 2015 to 2025
    QCOMPARE(years.columns().first().unit, ScorecardLayout::Column::Unit::Year);
    QCOMPARE(years.columns().first().year, 2015);
    QCOMPARE(years.columns().first().from, dayStart(2015, 2, 12)); // clipped to the range
    QCOMPARE(years.columns().first().to, dayStart(2016, 1, 1));
    QCOMPARE(years.columns().last().year, 2025);

    ScorecardLayout::Input input = minskII();
    input.end = dayStart(2016, 3, 10); // ended a year on: months
    const ScorecardLayout months(input);
    QCOMPARE(months.to(), dayStart(2016, 3, 10));
    QCOMPARE(months.columns().size(), 14); // February 2015 to March 2016
    QCOMPARE(months.columns().first().unit, ScorecardLayout::Column::Unit::Month);
    QCOMPARE(months.columns().first().month, 2);
    QCOMPARE(months.columns().at(1).from, dayStart(2015, 3, 1));
    QCOMPARE(months.columns().last().month, 3);
    QCOMPARE(months.columns().last().year, 2016);
}

void TstScorecardLayout::rangeChosenAsDatesCoversThemWhole()
{
    ScorecardLayout::Input input = minskII();
    input.setRange(PartialDate::month(2016, 9), PartialDate::year(2017, true));
    const ScorecardLayout layout(input);
    QCOMPARE(layout.from(), dayStart(2016, 9, 1));
    QCOMPARE(layout.to(), dayStart(2018, 1, 1)); // through the last second of 2017
    QCOMPARE(layout.columns().size(), 16);       // Sep 2016 to Dec 2017: months
    QCOMPARE(layout.columns().first().month, 9);
    QCOMPARE(layout.columns().last().month, 12);
    QCOMPARE(provisionRow(layout, 2).segments.constFirst().level, Level::Lapsed);

    // One end chosen, the other the agreement's: from its date, or to now.
    input.setRange({}, PartialDate::day(2015, 12, 31));
    QCOMPARE(ScorecardLayout(input).from(), dayStart(2015, 2, 12));
    QCOMPARE(ScorecardLayout(input).to(), dayStart(2016, 1, 1));
    input.setRange(PartialDate::year(2020), {});
    QCOMPARE(ScorecardLayout(input).from(), dayStart(2020, 1, 1));
    QCOMPARE(ScorecardLayout(input).to(), dayStart(2025, 2, 20));
    // Fit: both cleared, the agreement's span again.
    input.setRange({}, {});
    QCOMPARE(ScorecardLayout(input).from(), ScorecardLayout(minskII()).from());
    QCOMPARE(ScorecardLayout(input).to(), ScorecardLayout(minskII()).to());
}

QTEST_GUILESS_MAIN(TstScorecardLayout)
#include "tst_scorecardlayout.moc"
