// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementtracks.h"

#include "calendar.h"

#include <algorithm>
#include <map>

namespace entente {

// Builds each provision's track once, a provision a deadline depends on first.
class AgreementTracks::Resolver
{
public:
    explicit Resolver(const Input &input) : m_input(input)
    {
        if (!input.agreement.isUndated()) {
            m_start = input.agreement.earliestSecond();
        }
        for (const Provision &provision : input.provisions) {
            m_provisions.insert(provision.id, &provision);
        }
    }

    Entry entry(const Provision &provision)
    {
        return {provision, deadline(provision), track(provision.id)};
    }

private:
    std::optional<qint64> deadline(const Provision &provision)
    {
        const Provision::Deadline &deadline = provision.deadline;
        if (deadline.isNone()) {
            return std::nullopt;
        }
        if (!deadline.isRelative()) {
            return deadline.date.latestSecond();
        }
        const std::optional<qint64> from = deadline.afterProvisionId == 0
                                               ? m_start
                                               : fullSecond(provision, deadline.afterProvisionId);
        if (!from) {
            return std::nullopt;
        }
        return *from + deadline.days * SecondsPerDay;
    }

    std::optional<qint64> fullSecond(const Provision &provision, qint64 afterId)
    {
        if (!m_provisions.contains(afterId) || isOnCycle(provision.id)) {
            return std::nullopt;
        }
        return track(afterId).firstFullSecond();
    }

    const ImplementationTrack &track(qint64 provisionId)
    {
        if (const auto found = m_tracks.find(provisionId); found != m_tracks.end()) {
            return found->second;
        }
        const ImplementationTrack::Input input{
            m_start, m_input.assessments.value(provisionId), m_input.evidence.value(provisionId),
            deadline(*m_provisions.value(provisionId)), m_input.now};
        return m_tracks.emplace(provisionId, ImplementationTrack(input)).first->second;
    }

    // Whether following "after" from the provision comes back to it. Each provision names at
    // most one other, so a walk of as many steps as there are provisions decides it.
    bool isOnCycle(qint64 provisionId) const
    {
        qint64 at = provisionId;
        for (qsizetype steps = 0; steps < m_provisions.size(); ++steps) {
            const Provision *provision = m_provisions.value(at);
            if (!provision || !provision->deadline.isRelative()) {
                return false;
            }
            at = provision->deadline.afterProvisionId;
            if (at == provisionId) {
                return true;
            }
        }
        return false;
    }

    const Input &m_input;
    std::optional<qint64> m_start;
    QHash<qint64, const Provision *> m_provisions;
    std::map<qint64, ImplementationTrack> m_tracks; // not default-constructible: no QHash
};

AgreementTracks::AgreementTracks(const Input &input)
{
    QList<Provision> provisions = input.provisions;
    std::sort(provisions.begin(), provisions.end(), [](const Provision &a, const Provision &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
    Resolver resolver(input);
    for (const Provision &provision : provisions) {
        m_entries.append(resolver.entry(provision));
    }
}

const AgreementTracks::Entry *AgreementTracks::entry(qint64 provisionId) const
{
    const auto found =
        std::find_if(m_entries.cbegin(), m_entries.cend(), [provisionId](const Entry &entry) {
            return entry.provision.id == provisionId;
        });
    return found == m_entries.cend() ? nullptr : &*found;
}

} // namespace entente
