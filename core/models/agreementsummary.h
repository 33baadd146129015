// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement.h"
#include "agreementrecords.h"
#include "agreementtally.h"
#include "agreementtracks.h"
#include "event.h"
#include "levelassessment.h"
#include "provision.h"
#include "provisionlink.h"

#include <QHash>
#include <QList>

#include <optional>

namespace entente {

class EventStore;

// One agreement's provisions as the store holds them, with their evidence (the linked events
// and the hand assessments), and what the rules make of them at a second: each provision's
// level (AgreementTracks) and how many are at each level (AgreementTally), which is what the
// agreement's marker on the timeline and its Details show. Read on the calling thread: an
// agreement's provisions are tens of rows, so a view reads one agreement, or the few on
// screen, where it is; never every agreement of a file.
class AgreementSummary final
{
public:
    struct LinkedEvent
    {
        ProvisionLink link;
        Event event; // at full detail: Details shows its title, date and sources
    };
    struct Record
    {
        Provision provision;
        QList<LinkedEvent> links;           // in time order of their events
        QList<LevelAssessment> assessments; // in date order
    };

    // Nothing (isEmpty) for an event that is gone or has no provisions.
    static AgreementSummary read(const EventStore &store, qint64 agreementId);
    // Those of `agreements` (events of the store, as the caller has them) that have provisions,
    // read at once: a few statements whatever their number.
    static QHash<qint64, AgreementSummary> readAll(const EventStore &store,
                                                   const QList<Event> &agreements);
    // Now, in the zone-less seconds of event dates ("today" on the timeline).
    static qint64 currentSecond();

    bool isEmpty() const { return m_records.isEmpty(); }
    const Event &agreementEvent() const { return m_agreement; }
    // The agreement's stage, process and end, when any is said.
    const std::optional<Agreement> &agreement() const { return m_row; }
    // In the agreement's order.
    const QList<Record> &records() const { return m_records; }
    // Every event linked to one of its provisions, each once.
    QList<qint64> linkedEventIds() const;

    // The provisions' tracks as they stand at `now`: a deadline after `now` has not passed.
    AgreementTracks tracks(qint64 now) const { return AgreementTracks(tracksInput(now)); }
    // What those tracks are made of (for FollowerDeadlines too).
    AgreementTracks::Input tracksInput(qint64 now) const;
    // How many provisions are at each level at `now`.
    AgreementTally::Summary countsAt(qint64 now) const;

private:
    static void addRecords(const EventStore &store, AgreementRecords records,
                           QHash<qint64, AgreementSummary> *summaries);

    Event m_agreement;
    std::optional<Agreement> m_row;
    QList<Record> m_records;
};

} // namespace entente
