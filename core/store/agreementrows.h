// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actorgroup.h"
#include "agreement.h"
#include "agreementrecords.h"
#include "levelassessment.h"
#include "plaintable.h"
#include "provision.h"
#include "provisionlink.h"

#include <QCoreApplication>

namespace entente {

class EventRows;
class SearchIndex;

// The agreements' tables (schema 12): an agreement's row, its provisions (with the actors each
// binds as child rows), the events linked to them, the levels set by hand, and the actor
// groups (with their members). Writes run inside the store's WriteBatch and are announced
// through it; a provision's words are part of its agreement's search document, so a write to
// one takes the agreement's words out of the index before and puts them back after. Values are
// checked by Validator and their references in words before anything is written.
class AgreementRows final
{
    Q_DECLARE_TR_FUNCTIONS(entente::AgreementRows)

public:
    AgreementRows(Database &db, WriteBatch &batch, const EventRows &events, SearchIndex &search);

    std::optional<Agreement> agreement(qint64 eventId) const;
    QList<Agreement> agreementsOfProcess(const QString &process) const; // by event id
    qint64 addAgreement(const Agreement &agreement);
    void updateAgreement(const Agreement &agreement);
    void removeAgreement(qint64 eventId);

    std::optional<Provision> provision(qint64 id) const;
    std::optional<Provision> provisionByUid(const QString &uid) const;
    QList<Provision> provisionsOf(qint64 agreementId) const; // in position order
    qint64 addProvision(const Provision &provision, bool keepId);
    void updateProvision(const Provision &provision);
    void removeProvision(qint64 id);

    std::optional<ProvisionLink> link(qint64 id) const;
    QList<ProvisionLink> linksOfProvision(qint64 provisionId) const; // in id order
    QList<ProvisionLink> linksOfEvent(qint64 eventId) const;         // in id order
    qint64 addLink(const ProvisionLink &link, bool keepId);
    void updateLink(const ProvisionLink &link);
    void removeLink(qint64 id);

    std::optional<LevelAssessment> assessment(qint64 id) const;
    QList<LevelAssessment> assessmentsOf(qint64 provisionId) const; // in date order
    qint64 addAssessment(const LevelAssessment &assessment, bool keepId);
    void updateAssessment(const LevelAssessment &assessment);
    void removeAssessment(qint64 id);

    QList<ActorGroup> groups() const; // by name
    std::optional<ActorGroup> group(qint64 id) const;
    qint64 addGroup(const ActorGroup &group, bool keepId);
    void updateGroup(const ActorGroup &group);
    void removeGroup(qint64 id);

    // What removing the actor (or the source) changes here, as it is: the provisions that bind
    // it, the links and the assessments that cite it, in id order.
    QList<Provision> provisionsWithParty(qint64 actorId) const;
    QList<ProvisionLink> linksCiting(qint64 sourceId) const;
    QList<LevelAssessment> assessmentsCiting(qint64 sourceId) const;
    // Announces what removing the actor (or the source) changes here by cascade or SET NULL:
    // the groups it is a member of and the provisions that bind it (the source: the links and
    // assessments that cite it), with their agreements and linked events. Read before the
    // removal, in its transaction.
    void announceActorRemoval(qint64 actorId);
    void announceSourceRemoval(qint64 sourceId);

    // What removing these events takes with it by cascade (or changes: an agreement they
    // ended), and puts it back as it was, with its ids, after the events are back.
    AgreementRecords recordsOf(const QList<qint64> &eventIds) const;
    // Whether the timeline has any agreement row, provision or link: a removal of events
    // (a million, when an import is undone) looks for what goes with them only then.
    bool hasAny() const;
    void restore(const AgreementRecords &records);

private:
    template <typename T>
    QList<T> withChildren(QList<T> rows) const;
    void writeParties(const Provision &provision);
    void writeMembers(const ActorGroup &group);
    void checkProvision(const Provision &provision) const;
    void checkLink(const ProvisionLink &link) const;
    void requireEvent(qint64 id, const QString &what) const;
    void requireProvision(qint64 id, const QString &what) const;
    // Records the events (the agreement, a link's event) as changed, with their times.
    void touchEvents(const QList<qint64> &eventIds);
    template <typename F>
    void reindexing(const QList<qint64> &agreementIds, F &&change);
    QList<qint64> agreementsOfProvisions(const QList<qint64> &provisionIds) const;

    Database &m_db;
    WriteBatch &m_batch;
    const EventRows &m_events;
    SearchIndex &m_search;
    PlainTable<Agreement> m_agreements;
    PlainTable<Provision> m_provisions;
    PlainTable<ProvisionLink> m_links;
    PlainTable<LevelAssessment> m_assessments;
    PlainTable<ActorGroup> m_groups;
};

} // namespace entente
