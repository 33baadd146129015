// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "implementationlevel.h"
#include "levelassessment.h"
#include "provisionlink.h"

#include <QList>

#include <limits>
#include <optional>

namespace entente {

// One provision's level over time, as steps: from a second on, the provision is at a level,
// for a reason (the agreement's start, a hand assessment, a proposal of a linked event, a
// violation, the deadline). The rules (docs/ARCHITECTURE.md, "What is computed, not stored"),
// in time order from the agreement's start, where the provision is not assessed (nothing is
// known yet; "not initiated" is a finding, set by hand):
//  1. an `implements` event proposes `minimal`, the second and later ones (counted over the
//     whole track) `intermediate`; a proposal never reaches `full` (a judgment, set by hand),
//     never lowers a level and never takes a provision out of `violated` or `lapsed` (what
//     ends those is a judgment too: rule 4 says so for `lapsed`, and a violation is no less);
//  2. a `violates` event makes the provision `violated` from its date, whatever its level;
//  3. a hand assessment sets its level from its date, over anything proposed; after it,
//     rules 1 and 2 go on from that level;
//  4. when the deadline has passed (its latest second is before "now") and the level is
//     below `full` and not `violated` at that second, the provision is `lapsed` from the
//     second after the deadline on, until a hand assessment or a violation; the deadline is
//     looked at once, when it passes (a level lowered by hand later is the user's judgment);
//  5. dates are partial: an event or assessment counts from its earliest second, a deadline
//     passes at its latest second ("2015-03" passes at the end of March: lapsed from
//     1 April). What is dated before the agreement's start counts from the start (a month
//     can begin before the day the agreement was signed).
// On one second, in this order: the deadline (it passed at the second before), proposals,
// violations, hand assessments (by id). So a hand assessment wins over a proposal, and also
// over a violation on the same second: the assessment is the user's judgment of that date,
// made knowing what happened on it, and the only way to correct a mark the events make
// without moving dates; a user who sees the violation first sets `violated` by hand.
// Undated events and assessments cannot be placed in time and change nothing.
class ImplementationTrack final
{
public:
    enum class Origin { Start, Assessed, Proposed, Violation, Deadline };

    // An event linked to the provision: its earliest second, how it is linked, its id.
    struct Evidence
    {
        qint64 second = 0;
        ProvisionLink::Type type = ProvisionLink::Type::RefersTo; // refers-to changes nothing
        qint64 eventId = 0;
        friend bool operator==(const Evidence &, const Evidence &) = default;
    };

    struct Input
    {
        std::optional<qint64> start; // the agreement's earliest second; none: undated
        QList<LevelAssessment> assessments;
        QList<Evidence> evidence;
        std::optional<qint64> deadline; // its latest second, resolved; none: no deadline
        qint64 now = 0;
    };

    struct Step
    {
        qint64 from = 0;
        ImplementationLevel level = ImplementationLevel::NotAssessed;
        Origin origin = Origin::Start;
        qint64 originId = 0; // the assessment's id (Assessed), the event's (Proposed, Violation)
        friend bool operator==(const Step &, const Step &) = default;
    };

    // The track of an undated agreement starts at Always.
    static constexpr qint64 Always = std::numeric_limits<qint64>::min();

    explicit ImplementationTrack(const Input &input);

    // In time order, each with a level other than the one before; the first is at the start
    // (with origin Start unless something on that very second changed the level).
    const QList<Step> &steps() const { return m_steps; }
    // Not assessed before the first step.
    ImplementationLevel levelAt(qint64 second) const;
    // The first second at which the provision is `full`, if it ever is.
    std::optional<qint64> firstFullSecond() const;

private:
    struct Happening;
    struct State;

    static QList<Happening> happenings(const Input &input);
    void apply(const QList<Happening> &all);

    QList<Step> m_steps;
};

} // namespace entente
