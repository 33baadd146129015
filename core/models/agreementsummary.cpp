// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementsummary.h"

#include "eventstore.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace entente {

AgreementSummary AgreementSummary::read(const EventStore &store, qint64 agreementId)
{
    AgreementSummary summary;
    // Most agreements on a timeline have no provisions: that is the first question.
    const QList<Provision> provisions = store.provisionsOf(agreementId);
    const std::optional<Event> agreement =
        provisions.isEmpty() ? std::nullopt : store.event(agreementId);
    if (!agreement) {
        return summary;
    }
    summary.m_agreement = *agreement;
    summary.m_row = store.agreement(agreementId);
    for (const Provision &provision : provisions) {
        summary.m_records.append({provision,
                                  linkedEvents(store, store.linksOfProvision(provision.id)),
                                  store.assessmentsOf(provision.id)});
    }
    return summary;
}

QList<AgreementSummary::LinkedEvent>
AgreementSummary::linkedEvents(const EventStore &store, const QList<ProvisionLink> &links)
{
    QList<qint64> ids;
    for (const ProvisionLink &link : links) {
        ids.append(link.eventId);
    }
    // One read for the provision's events, in time order; links follow their events.
    const QList<Event> events = store.events(ids, EventStore::Detail::Full);
    QList<LinkedEvent> linked;
    for (const Event &event : events) {
        for (const ProvisionLink &link : links) {
            if (link.eventId == event.id) {
                linked.append({link, event});
            }
        }
    }
    return linked;
}

qint64 AgreementSummary::currentSecond()
{
    // Event times are calendar times without a zone, as the sources give them; so is now.
    const QDateTime now = QDateTime::currentDateTime();
    return PartialDate::minute(now.date().year(), now.date().month(), now.date().day(),
                               now.time().hour(), now.time().minute())
        .earliestSecond();
}

QList<qint64> AgreementSummary::linkedEventIds() const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const Record &record : m_records) {
        for (const LinkedEvent &linked : record.links) {
            if (!seen.contains(linked.event.id)) {
                seen.insert(linked.event.id);
                ids.append(linked.event.id);
            }
        }
    }
    return ids;
}

AgreementTracks::Input AgreementSummary::tracksInput(qint64 now) const
{
    AgreementTracks::Input input;
    input.agreement = m_agreement;
    input.now = now;
    for (const Record &record : m_records) {
        const qint64 id = record.provision.id;
        input.provisions.append(record.provision);
        input.assessments.insert(id, record.assessments);
        QList<ImplementationTrack::Evidence> &evidence = input.evidence[id];
        for (const LinkedEvent &linked : record.links) {
            if (!linked.event.isUndated()) { // cannot be placed in time
                evidence.append({linked.event.earliestSecond(), linked.link.type, linked.event.id});
            }
        }
    }
    return input;
}

AgreementTally::Summary AgreementSummary::countsAt(qint64 now) const
{
    return AgreementTally(tracks(now), now).summary();
}

} // namespace entente
