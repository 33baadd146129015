// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementationtrack.h"

#include <algorithm>
#include <tuple>

namespace entente {

namespace {
// Not assessed counts as below the scale's 0: a proposal raises it, a deadline lapses it.
bool isOnScale(ImplementationLevel level)
{
    return level != ImplementationLevel::Violated && level != ImplementationLevel::Lapsed;
}

int scaleRank(ImplementationLevel level)
{
    return level == ImplementationLevel::NotAssessed ? -1 : int(level);
}

bool isBelowFull(ImplementationLevel level)
{
    return isOnScale(level) && level != ImplementationLevel::Full;
}
} // namespace

// Something that may change the level at a second. `rank` orders what falls on one second:
// the deadline, proposals, violations, then hand assessments, which win.
struct ImplementationTrack::Happening
{
    enum Rank { Deadline, Proposal, Violation, Assessment };

    qint64 second = 0;
    Rank rank = Deadline;
    qint64 id = 0;
    ImplementationLevel level = ImplementationLevel::NotInitiated; // assessments only

    bool operator<(const Happening &other) const
    {
        return std::tie(second, rank, id) < std::tie(other.second, other.rank, other.id);
    }
};

// The level as the happenings are applied, and what set it last.
struct ImplementationTrack::State
{
    ImplementationLevel level = ImplementationLevel::NotAssessed;
    int implementsSeen = 0;
    Origin origin = Origin::Start;
    qint64 originId = 0;

    void set(ImplementationLevel to, Origin why, qint64 id)
    {
        level = to;
        origin = why;
        originId = id;
    }

    void apply(const Happening &happening)
    {
        switch (happening.rank) {
        case Happening::Deadline:
            if (isBelowFull(level)) {
                set(ImplementationLevel::Lapsed, Origin::Deadline, 0);
            }
            break;
        case Happening::Proposal:
            propose(happening.id);
            break;
        case Happening::Violation:
            set(ImplementationLevel::Violated, Origin::Violation, happening.id);
            break;
        case Happening::Assessment:
            set(happening.level, Origin::Assessed, happening.id);
            break;
        }
    }

    void propose(qint64 eventId)
    {
        ++implementsSeen;
        const ImplementationLevel proposed =
            implementsSeen == 1 ? ImplementationLevel::Minimal : ImplementationLevel::Intermediate;
        // The scale's levels are ordered by their values; the marks are left to judgment.
        if (isOnScale(level) && int(proposed) > scaleRank(level)) {
            set(proposed, Origin::Proposed, eventId);
        }
    }
};

ImplementationTrack::ImplementationTrack(const Input &input)
{
    m_steps.append(
        {input.start.value_or(Always), ImplementationLevel::NotAssessed, Origin::Start, 0});
    QList<Happening> all = happenings(input);
    std::sort(all.begin(), all.end());
    apply(all);
}

QList<ImplementationTrack::Happening> ImplementationTrack::happenings(const Input &input)
{
    const qint64 start = input.start.value_or(Always);
    QList<Happening> all;
    for (const Evidence &evidence : input.evidence) {
        if (evidence.type == ProvisionLink::Type::Implements) {
            all.append({std::max(evidence.second, start), Happening::Proposal, evidence.eventId});
        } else if (evidence.type == ProvisionLink::Type::Violates) {
            all.append({std::max(evidence.second, start), Happening::Violation, evidence.eventId});
        }
    }
    for (const LevelAssessment &assessment : input.assessments) {
        if (!assessment.date.isNull()) {
            all.append({std::max(assessment.date.earliestSecond(), start), Happening::Assessment,
                        assessment.id, assessment.level});
        }
    }
    if (input.deadline && *input.deadline < input.now) {
        all.append({std::max(*input.deadline + 1, start), Happening::Deadline, 0});
    }
    return all;
}

void ImplementationTrack::apply(const QList<Happening> &all)
{
    State state;
    for (qsizetype i = 0; i < all.size(); ++i) {
        state.apply(all.at(i));
        const qint64 second = all.at(i).second;
        const bool lastOfItsSecond = i + 1 == all.size() || all.at(i + 1).second != second;
        if (!lastOfItsSecond || state.level == m_steps.last().level) {
            continue;
        }
        const Step step{second, state.level, state.origin, state.originId};
        // Only the start's step can share a second with a later one.
        if (m_steps.last().from == second) {
            m_steps.last() = step;
        } else {
            m_steps.append(step);
        }
    }
}

ImplementationLevel ImplementationTrack::levelAt(qint64 second) const
{
    const auto after = std::upper_bound(m_steps.cbegin(), m_steps.cend(), second,
                                        [](qint64 s, const Step &step) { return s < step.from; });
    return after == m_steps.cbegin() ? ImplementationLevel::NotAssessed : std::prev(after)->level;
}

std::optional<qint64> ImplementationTrack::firstFullSecond() const
{
    for (const Step &step : m_steps) {
        if (step.level == ImplementationLevel::Full) {
            return step.from;
        }
    }
    return std::nullopt;
}

} // namespace entente
