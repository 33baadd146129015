// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "implementationtrack.h"
#include "levelassessment.h"
#include "provision.h"

#include <QHash>
#include <QList>

#include <optional>

namespace entente {

// The implementation tracks of one agreement's provisions, with their deadlines resolved:
// - a deadline date passes at its latest second ("2015-03": the end of March);
// - "N days after provision M" is the first second M's track is `full`, plus N days; "N days
//   after the agreement" (afterProvisionId 0) is the agreement's earliest second plus N days;
//   the deadline is that second, lapsed from the second after it (ImplementationTrack);
// - no deadline when M never reaches `full`, is not a provision of this agreement, or the
//   chain of "after" comes back to itself (a cycle: every provision on it has none), nor
//   for "after the agreement" when the agreement is undated. No deadline: no lapse.
// M's track depends on M's own deadline, so the chain is resolved from its far end.
class AgreementTracks final
{
public:
    struct Input
    {
        Event agreement;
        QList<Provision> provisions;
        QHash<qint64, QList<LevelAssessment>> assessments;            // per provision id
        QHash<qint64, QList<ImplementationTrack::Evidence>> evidence; // per provision id
        qint64 now = 0;
    };

    struct Entry
    {
        Provision provision;
        std::optional<qint64> deadline; // resolved: its latest second
        ImplementationTrack track;
    };

    explicit AgreementTracks(const Input &input);

    // In the agreement's order (Provision::position).
    const QList<Entry> &entries() const { return m_entries; }
    // The entry of a provision of this agreement, or null.
    const Entry *entry(qint64 provisionId) const;

private:
    class Resolver;

    QList<Entry> m_entries;
};

} // namespace entente
