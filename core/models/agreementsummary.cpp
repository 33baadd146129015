// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementsummary.h"

#include "eventstore.h"

#include <algorithm>

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace entente {

AgreementSummary AgreementSummary::read(const EventStore &store, qint64 agreementId)
{
    const std::optional<Event> agreement = store.event(agreementId);
    return agreement ? readAll(store, {*agreement}).value(agreementId) : AgreementSummary();
}

QHash<qint64, AgreementSummary> AgreementSummary::readAll(const EventStore &store,
                                                          const QList<Event> &agreements)
{
    QHash<qint64, AgreementSummary> summaries;
    QList<qint64> ids;
    for (const Event &agreement : agreements) {
        ids.append(agreement.id);
    }
    // A few statements for them all: a frame of a PA-X import shows tens of agreements.
    AgreementRecords records = store.agreementRecordsOf(ids);
    if (records.provisions.isEmpty()) {
        return summaries; // most agreements on a timeline have none
    }
    for (const Event &agreement : agreements) {
        summaries[agreement.id].m_agreement = agreement;
    }
    for (const Agreement &row : std::as_const(records.agreements)) {
        if (const auto found = summaries.find(row.id); found != summaries.end()) {
            found->m_row = row; // not the rows of those the agreements ended
        }
    }
    addRecords(store, std::move(records), &summaries);
    summaries.removeIf([](const auto &entry) { return entry.value().isEmpty(); });
    return summaries;
}

// Each provision in its agreement's order, with its links in time order of their events and
// its assessments in date order.
void AgreementSummary::addRecords(const EventStore &store, AgreementRecords records,
                                  QHash<qint64, AgreementSummary> *summaries)
{
    std::stable_sort(
        records.provisions.begin(), records.provisions.end(),
        [](const Provision &a, const Provision &b) { return a.position < b.position; });
    QHash<qint64, Record *> recordOf;
    for (const Provision &provision : std::as_const(records.provisions)) {
        (*summaries)[provision.agreementId].m_records.append({provision, {}, {}});
    }
    for (AgreementSummary &summary : *summaries) {
        for (Record &record : summary.m_records) {
            recordOf.insert(record.provision.id, &record);
        }
    }
    QList<qint64> linkedIds;
    for (const ProvisionLink &link : std::as_const(records.links)) {
        linkedIds.append(link.eventId);
    }
    for (const Event &event : store.events(linkedIds, EventStore::Detail::Full)) {
        for (const ProvisionLink &link : std::as_const(records.links)) {
            if (link.eventId == event.id && recordOf.contains(link.provisionId)) {
                recordOf.value(link.provisionId)->links.append({link, event});
            }
        }
    }
    std::stable_sort(records.assessments.begin(), records.assessments.end(),
                     [](const LevelAssessment &a, const LevelAssessment &b) {
                         return a.date.earliestSecond() < b.date.earliestSecond();
                     });
    for (const LevelAssessment &assessment : std::as_const(records.assessments)) {
        if (Record *record = recordOf.value(assessment.provisionId)) {
            record->assessments.append(assessment);
        }
    }
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
