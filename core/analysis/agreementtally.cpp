// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementtally.h"

#include "agreementtracks.h"

namespace entente {

namespace {
constexpr int TopicCount = int(ProvisionTopic::Other) + 1;
} // namespace

double AgreementTally::Counts::share(ImplementationLevel level) const
{
    return total == 0 ? 0.0 : double(count(level)) / total;
}

void AgreementTally::Counts::add(ImplementationLevel level)
{
    ++perLevel.at(std::size_t(level));
    ++total;
}

AgreementTally::AgreementTally(const AgreementTracks &tracks, qint64 second)
{
    std::array<Counts, TopicCount> perTopic{};
    for (const AgreementTracks::Entry &entry : tracks.entries()) {
        const ImplementationLevel level = entry.track.levelAt(second);
        m_all.add(level);
        perTopic.at(std::size_t(entry.provision.topic)).add(level);
    }
    for (int topic = 0; topic < TopicCount; ++topic) {
        if (perTopic.at(topic).total > 0) {
            m_topics.append({ProvisionTopic(topic), perTopic.at(topic)});
        }
    }
}

AgreementTally::Summary AgreementTally::summary() const
{
    using Level = ImplementationLevel;
    return {m_all.count(Level::Full),
            m_all.count(Level::Minimal) + m_all.count(Level::Intermediate),
            m_all.count(Level::NotInitiated),
            m_all.count(Level::Violated),
            m_all.count(Level::Lapsed),
            m_all.count(Level::NotAssessed)};
}

} // namespace entente
