// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "implementationlevel.h"
#include "provisiontopic.h"

#include <QList>

#include <array>

namespace entente {

class AgreementTracks;

// How many of an agreement's provisions are at each level at one second, in all and per
// topic: the scorecard's theme rows, with shares as the Kroc Institute's barometers report
// them, and the summary an agreement's marker on the timeline shows.
class AgreementTally final
{
public:
    struct Counts
    {
        std::array<int, 7> perLevel{}; // indexed by ImplementationLevel
        int total = 0;

        int count(ImplementationLevel level) const { return perLevel.at(std::size_t(level)); }
        // count / total; 0 when there are no provisions.
        double share(ImplementationLevel level) const;
        void add(ImplementationLevel level);
    };

    struct TopicCounts
    {
        ProvisionTopic topic = ProvisionTopic::Other;
        Counts counts;
    };

    // What the marker shows: partial is minimal and intermediate; none is not initiated;
    // unknown is not assessed.
    struct Summary
    {
        int full = 0;
        int partial = 0;
        int none = 0;
        int violated = 0;
        int lapsed = 0;
        int unknown = 0;
        int total() const { return full + partial + none + violated + lapsed + unknown; }
        friend bool operator==(const Summary &, const Summary &) = default;
    };

    AgreementTally(const AgreementTracks &tracks, qint64 second);

    const Counts &all() const { return m_all; }
    // In ProvisionTopic's order; topics without provisions are left out.
    const QList<TopicCounts> &topics() const { return m_topics; }
    Summary summary() const;

private:
    Counts m_all;
    QList<TopicCounts> m_topics;
};

} // namespace entente
