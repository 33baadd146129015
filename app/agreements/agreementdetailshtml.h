// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreementsummary.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace entente {

class EventStore;

// What Details says of agreements, as HTML: for an agreement, its stage, process and end and
// its provisions, each with its level now (a chip in the level's colour), topic, deadline
// and evidence (linked events and hand assessments, latest first); for an event linked to
// provisions, what it does to which. Its own links (an event, a provision's events) are
// "entente:" addresses that Details follows itself: target() reads them.
class AgreementDetailsHtml final
{
public:
    struct Target
    {
        enum class Kind { Event, ProvisionEvents, AgreementEvents };
        Kind kind;
        qint64 id; // the event, the provision, the agreement
    };
    // What an address of ours points at; none for any other address.
    static std::optional<Target> target(const QUrl &url);
    static QString href(Target::Kind kind, qint64 id);

    AgreementDetailsHtml(const EventStore &store, qint64 now) : m_store(store), m_now(now) {}

    // "" for an event that is no agreement with provisions or a stage, process or end.
    QString ofAgreement(const Event &event) const;
    // "Violates: Minsk II signed, point 1", one line per link; "" for an event without any.
    QString ofLinkedEvent(qint64 eventId) const;

private:
    QString agreementFacts(qint64 agreementId) const;
    QString provisionHtml(const AgreementSummary::Record &record,
                          const AgreementTracks::Entry &entry) const;
    QString levelReason(const AgreementTracks::Entry &entry) const;
    QString deadlineText(const AgreementSummary &summary,
                         const AgreementTracks::Entry &entry) const;
    QString evidenceHtml(const AgreementSummary::Record &record) const;
    QString eventLink(qint64 eventId, const QString &title) const;
    QString sourceText(qint64 sourceId) const;
    QString dayOf(qint64 second) const;

    const EventStore &m_store;
    qint64 m_now;
};

} // namespace entente
