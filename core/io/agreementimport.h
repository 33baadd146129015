// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreementrecords.h"
#include "timelinecontent.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

namespace entente {

class EventStore;

// The agreements' part of an import (issue 15), run by ContentImport after the events,
// relations and actors are stored, with the ids it gave them:
// - roles the timeline lacks are added (one the import's events brought in before takes the
//   content's label, colour and seat, and counts as created too); one it had is left (unless
//   built in and unchanged), or with `update` made as the content has it;
// - groups by name (whatever its case), agreement rows by their event, provisions by uid, links
//   by provision, event and type: one the timeline has is skipped, or with `update` updated,
//   keeping its id; assessments are added unless an equal one is there.
// What it did is kept whole in its Outcome, which undo() takes back and redo() does again with
// the same ids.
class AgreementImport final
{
    Q_DECLARE_TR_FUNCTIONS(entente::AgreementImport)

public:
    struct Outcome
    {
        QList<ActorRole> createdRoles;
        QList<ActorRole> rolesBefore, rolesAfter; // updated
        QList<ActorGroup> createdGroups;
        QList<ActorGroup> groupsBefore, groupsAfter; // updated
        AgreementRecords created;                    // with their ids
        AgreementRecords before, after;              // updated

        friend bool operator==(const Outcome &, const Outcome &) = default;
    };

    // Store ids of what the content's ids name: actors, sources (content id → store id) and
    // events (a placeholder → store id).
    struct Ids
    {
        QHash<qint64, qint64> actors;
        QHash<qint64, qint64> sources;
        std::function<qint64(qint64)> event;
    };

    static Outcome run(EventStore &store, const TimelineContent &content, const Ids &ids,
                       bool update, const QList<ActorRole> &rolesBefore);
    // Takes back all but the roles, before the import's events go; removeRoles() after.
    static void undo(EventStore &store, const Outcome &outcome);
    static void removeRoles(EventStore &store, const Outcome &outcome);
    static void redo(EventStore &store, const Outcome &outcome);

private:
    AgreementImport(EventStore &store, const Ids &ids, bool update)
        : m_store(store), m_ids(ids), m_update(update)
    {}
    void addRoles(const QList<ActorRole> &roles, const QList<ActorRole> &before);
    void addGroups(const QList<ActorGroup> &groups);
    void addAgreements(const QList<Agreement> &agreements);
    void addProvisions(const QList<Provision> &provisions);
    void addLinks(const QList<ProvisionLink> &links);
    void addAssessments(const QList<LevelAssessment> &assessments);
    void putRole(const ActorRole &role);
    QList<qint64> actorIds(const QList<qint64> &contentIds) const;
    qint64 sourceId(qint64 contentId) const { return m_ids.sources.value(contentId, 0); }
    qint64 provisionId(qint64 contentId) const;

    EventStore &m_store;
    const Ids &m_ids;
    bool m_update;
    Outcome m_outcome;
    QHash<qint64, qint64> m_provisionIds; // content id → store id
};

} // namespace entente
