// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecarddata.h"

#include "eventstore.h"

namespace entente {

namespace {
// When the agreement ended, if an event says so.
std::optional<qint64> endOf(const EventStore &store, qint64 agreementId)
{
    const std::optional<Agreement> agreement = store.agreement(agreementId);
    if (!agreement || agreement->endEventId == 0) {
        return std::nullopt;
    }
    const std::optional<Event> end = store.event(agreement->endEventId);
    if (!end || end->isUndated()) {
        return std::nullopt;
    }
    return end->earliestSecond();
}
} // namespace

ScorecardData ScorecardData::read(const EventStore &store, qint64 agreementId, qint64 now)
{
    ScorecardData data;
    data.agreement = store.event(agreementId).value_or(Event());
    AgreementTracks::Input &tracks = data.input.tracks;
    tracks.agreement = data.agreement;
    tracks.now = now;
    tracks.provisions = store.provisionsOf(agreementId);
    for (const Provision &provision : std::as_const(tracks.provisions)) {
        const QList<LevelAssessment> assessments = store.assessmentsOf(provision.id);
        tracks.assessments.insert(provision.id, assessments);
        for (const LevelAssessment &assessment : assessments) {
            data.assessments.insert(assessment.id, assessment);
        }
        for (const ProvisionLink &link : store.linksOfProvision(provision.id)) {
            const std::optional<Event> event = store.event(link.eventId);
            if (event && !event->isUndated()) {
                tracks.evidence[provision.id].append(
                    {event->earliestSecond(), link.type, link.eventId});
                data.events.insert(event->id, *event);
            }
        }
    }
    data.input.end = endOf(store, agreementId);
    return data;
}

} // namespace entente
