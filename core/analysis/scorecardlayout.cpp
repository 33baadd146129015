// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardlayout.h"

#include "calendar.h"
#include "partialdate.h"

#include <QDate>

#include <algorithm>
#include <array>

namespace entente {

namespace {
constexpr int TopicCount = int(ProvisionTopic::Other) + 1;
constexpr qint64 SecondsPerYear = 365 * SecondsPerDay;

QDate dateOf(qint64 second)
{
    const qint64 day = second >= 0 ? second / SecondsPerDay : -((-second - 1) / SecondsPerDay) - 1;
    return QDate::fromJulianDay(day + UnixEpochJulianDay);
}

qint64 secondOf(const QDate &date)
{
    return PartialDate::secondsFromDate(date.year(), date.month(), date.day());
}

qint64 rangeStart(const ScorecardLayout::Input &input)
{
    if (input.from) {
        return *input.from;
    }
    const Event &agreement = input.tracks.agreement;
    return agreement.isUndated() ? input.tracks.now - SecondsPerYear : agreement.earliestSecond();
}
} // namespace

void ScorecardLayout::Input::setRange(const PartialDate &fromDate, const PartialDate &toDate)
{
    from = fromDate.isNull() ? std::nullopt : std::optional(fromDate.earliestSecond());
    // The layout's end is the first second after the range.
    to = toDate.isNull() ? std::nullopt : std::optional(toDate.latestSecond() + 1);
}

ScorecardLayout::ScorecardLayout(const Input &input)
    : m_tracks(input.tracks), m_from(rangeStart(input)),
      m_to(input.to.value_or(input.end.value_or(input.tracks.now)))
{
    if (m_to <= m_from) { // an agreement of the future, or one that ended on its day
        m_to = m_from + SecondsPerYear;
    }
    std::array<QList<const AgreementTracks::Entry *>, TopicCount> perTopic;
    for (const AgreementTracks::Entry &entry : m_tracks.entries()) {
        perTopic.at(std::size_t(entry.provision.topic)).append(&entry);
    }
    QList<const AgreementTracks::Entry *> all;
    for (int topic = 0; topic < TopicCount; ++topic) {
        if (!perTopic.at(topic).isEmpty()) {
            addTopic(ProvisionTopic(topic), perTopic.at(topic), input);
            all += perTopic.at(topic);
        }
    }
    Row summary;
    summary.kind = Row::Kind::AllSummary;
    summary.shares = shares(all);
    m_rows.append(summary);
    addColumns();
}

void ScorecardLayout::addTopic(ProvisionTopic topic,
                               const QList<const AgreementTracks::Entry *> &entries,
                               const Input &input)
{
    Row header;
    header.kind = Row::Kind::TopicHeader;
    header.topic = topic;
    m_rows.append(header);
    for (const AgreementTracks::Entry *entry : entries) {
        m_rows.append(provisionRow(*entry, input));
    }
    Row summary;
    summary.kind = Row::Kind::TopicSummary;
    summary.topic = topic;
    summary.shares = shares(entries);
    m_rows.append(summary);
}

ScorecardLayout::Row ScorecardLayout::provisionRow(const AgreementTracks::Entry &entry,
                                                   const Input &input) const
{
    Row row;
    row.kind = Row::Kind::Provision;
    row.topic = entry.provision.topic;
    row.provision = entry.provision;
    row.segments = segments(entry.track);
    row.deadline = entry.deadline;
    for (const ImplementationTrack::Evidence &evidence :
         input.tracks.evidence.value(entry.provision.id)) {
        if (evidence.second >= m_from && evidence.second <= m_to) {
            row.marks.append({evidence.eventId, evidence.second, evidence.type});
        }
    }
    std::stable_sort(row.marks.begin(), row.marks.end(),
                     [](const Mark &a, const Mark &b) { return a.second < b.second; });
    return row;
}

// Each step lasts until the next one; what lies outside the range is cut off.
QList<ScorecardLayout::Segment> ScorecardLayout::segments(const ImplementationTrack &track) const
{
    QList<Segment> result;
    const QList<ImplementationTrack::Step> &steps = track.steps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const ImplementationTrack::Step &step = steps.at(i);
        const qint64 end = i + 1 < steps.size() ? steps.at(i + 1).from : m_to;
        const qint64 from = std::max(step.from, m_from);
        const qint64 to = std::min(end, m_to);
        if (from < to) {
            result.append({from, to, step.level, step.origin, step.originId});
        }
    }
    return result;
}

// The counts change only where some provision's level does: at the steps of their tracks.
QList<ScorecardLayout::Share>
ScorecardLayout::shares(const QList<const AgreementTracks::Entry *> &entries) const
{
    QList<qint64> seconds{m_from};
    for (const AgreementTracks::Entry *entry : entries) {
        for (const ImplementationTrack::Step &step : entry->track.steps()) {
            if (step.from > m_from && step.from < m_to) {
                seconds.append(step.from);
            }
        }
    }
    std::sort(seconds.begin(), seconds.end());
    seconds.erase(std::unique(seconds.begin(), seconds.end()), seconds.end());
    QList<Share> result;
    for (const qint64 second : seconds) {
        AgreementTally::Counts counts;
        for (const AgreementTracks::Entry *entry : entries) {
            counts.add(entry->track.levelAt(second));
        }
        if (!result.isEmpty() && result.last().counts.perLevel == counts.perLevel) {
            continue;
        }
        if (!result.isEmpty()) {
            result.last().to = second;
        }
        result.append({second, m_to, counts});
    }
    return result;
}

void ScorecardLayout::addColumns()
{
    const QDate first = dateOf(m_from);
    const QDate last = dateOf(m_to - 1);
    const bool months = m_to - m_from <= MonthColumnsUpToYears * SecondsPerYear;
    QDate at = months ? QDate(first.year(), first.month(), 1) : QDate(first.year(), 1, 1);
    while (at <= last) {
        const QDate next = months ? at.addMonths(1) : at.addYears(1);
        m_columns.append({months ? Column::Unit::Month : Column::Unit::Year, at.year(),
                          months ? at.month() : 0, std::max(secondOf(at), m_from),
                          std::min(secondOf(next), m_to)});
        at = next;
    }
}

} // namespace entente
