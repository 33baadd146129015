// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementimport.h"

#include "error.h"
#include "eventstore.h"

#include <ranges>

namespace entente {

namespace {

std::optional<ActorRole> roleNamed(const QList<ActorRole> &roles, const QString &name)
{
    for (const ActorRole &role : roles) {
        if (role.name == name) {
            return role;
        }
    }
    return std::nullopt;
}

void setRole(EventStore &store, const ActorRole &role)
{
    store.relabelActorRole(role.name, role.label, role.color);
    store.setActorRoleSeat(role.name, role.seat);
}

} // namespace

AgreementImport::Outcome AgreementImport::run(EventStore &store, const TimelineContent &content,
                                              const Ids &ids, bool update,
                                              const QList<ActorRole> &rolesBefore)
{
    AgreementImport import(store, ids, update);
    import.addRoles(content.actorRoles, rolesBefore);
    import.addGroups(content.actorGroups);
    import.addAgreements(content.agreements);
    import.addProvisions(content.provisions);
    import.addLinks(content.provisionLinks);
    import.addAssessments(content.assessments);
    return import.m_outcome;
}

void AgreementImport::addRoles(const QList<ActorRole> &roles, const QList<ActorRole> &before)
{
    for (const ActorRole &role : roles) {
        const std::optional<ActorRole> had = roleNamed(before, role.name);
        const std::optional<ActorRole> has = roleNamed(m_store.actorRoles(), role.name);
        if (!has) {
            m_store.addActorRole(role);
            m_outcome.createdRoles.append(role);
        } else if (!had) { // brought in by the import's events, as their name
            setRole(m_store, role);
            m_outcome.createdRoles.append(role);
        } else if (*had != role && (m_update || ActorRole::builtIn().contains(*had))) {
            // A built-in role as it comes takes the content's words: no one chose them here.
            setRole(m_store, role);
            m_outcome.rolesBefore.append(*had);
            m_outcome.rolesAfter.append(role);
        }
    }
    for (const ActorRole &role : m_store.actorRoles()) {
        if (!roleNamed(before, role.name) && !roleNamed(m_outcome.createdRoles, role.name)) {
            m_outcome.createdRoles.append(role); // an event's, not described by the content
        }
    }
}

void AgreementImport::addGroups(const QList<ActorGroup> &groups)
{
    const QList<ActorGroup> existing = m_store.actorGroups();
    for (ActorGroup group : groups) {
        group.memberIds = actorIds(group.memberIds);
        const auto same = std::ranges::find_if(existing, [&](const ActorGroup &other) {
            return other.name.compare(group.name, Qt::CaseInsensitive) == 0;
        });
        if (same == existing.end()) {
            group.id = m_store.addActorGroup(group);
            m_outcome.createdGroups.append(group);
        } else if (m_update) {
            group.id = same->id;
            m_store.updateActorGroup(group);
            m_outcome.groupsBefore.append(*same);
            m_outcome.groupsAfter.append(group);
        }
    }
}

void AgreementImport::addAgreements(const QList<Agreement> &agreements)
{
    for (Agreement agreement : agreements) {
        agreement.id = m_ids.event(agreement.id);
        agreement.endEventId = agreement.endEventId == 0 ? 0 : m_ids.event(agreement.endEventId);
        const std::optional<Agreement> had = m_store.agreement(agreement.id);
        if (!had) {
            m_store.addAgreement(agreement);
            m_outcome.created.agreements.append(agreement);
        } else if (m_update && *had != agreement) {
            m_store.updateAgreement(agreement);
            m_outcome.before.agreements.append(*had);
            m_outcome.after.agreements.append(agreement);
        }
    }
}

// Deadlines may follow provisions later in the list: each is stored without what it follows,
// then given it once every provision has its id.
void AgreementImport::addProvisions(const QList<Provision> &provisions)
{
    QList<Provision> stored;
    for (Provision provision : provisions) {
        const qint64 contentId = provision.id;
        provision.agreementId = m_ids.event(provision.agreementId);
        provision.partyIds = actorIds(provision.partyIds);
        const std::optional<Provision> had =
            provision.uid.isEmpty() ? std::nullopt : m_store.provisionByUid(provision.uid);
        if (had) {
            m_provisionIds.insert(contentId, had->id);
            if (!m_update) {
                continue;
            }
            provision.id = had->id;
            m_outcome.before.provisions.append(*had);
        } else {
            Provision first = provision;
            first.id = 0;
            first.deadline.afterProvisionId = 0;
            provision.id = m_store.addProvision(first);
            provision.uid = m_store.provision(provision.id)->uid;
            m_provisionIds.insert(contentId, provision.id);
        }
        stored.append(provision);
    }
    for (Provision provision : stored) {
        provision.deadline.afterProvisionId = provisionId(provision.deadline.afterProvisionId);
        m_store.updateProvision(provision);
        const bool updated = std::ranges::any_of(
            m_outcome.before.provisions, [&](const Provision &p) { return p.id == provision.id; });
        (updated ? m_outcome.after.provisions : m_outcome.created.provisions).append(provision);
    }
}

void AgreementImport::addLinks(const QList<ProvisionLink> &links)
{
    for (ProvisionLink link : links) {
        link.provisionId = provisionId(link.provisionId);
        link.eventId = m_ids.event(link.eventId);
        link.sourceId = sourceId(link.sourceId);
        const QList<ProvisionLink> those = m_store.linksOfProvision(link.provisionId);
        const auto same = std::ranges::find_if(those, [&](const ProvisionLink &other) {
            return other.eventId == link.eventId && other.type == link.type;
        });
        if (same == those.end()) {
            link.id = m_store.addProvisionLink(link);
            m_outcome.created.links.append(link);
        } else if (m_update && (link.id = same->id, *same != link)) {
            m_store.updateProvisionLink(link);
            m_outcome.before.links.append(*same);
            m_outcome.after.links.append(link);
        }
    }
}

void AgreementImport::addAssessments(const QList<LevelAssessment> &assessments)
{
    for (LevelAssessment assessment : assessments) {
        assessment.provisionId = provisionId(assessment.provisionId);
        assessment.sourceId = sourceId(assessment.sourceId);
        const bool there = std::ranges::any_of(m_store.assessmentsOf(assessment.provisionId),
                                               [&](LevelAssessment other) {
                                                   other.id = 0;
                                                   return other == assessment;
                                               });
        if (!there) {
            assessment.id = m_store.addAssessment(assessment);
            m_outcome.created.assessments.append(assessment);
        }
    }
}

QList<qint64> AgreementImport::actorIds(const QList<qint64> &contentIds) const
{
    QList<qint64> ids;
    for (qint64 id : contentIds) {
        ids.append(m_ids.actors.value(id, 0));
    }
    return ids;
}

qint64 AgreementImport::provisionId(qint64 contentId) const
{
    if (contentId == 0) {
        return 0;
    }
    if (!m_provisionIds.contains(contentId)) {
        throw Error(tr("A link, an assessment or a deadline names provision %1 of the content, "
                       "which it does not have.")
                        .arg(contentId));
    }
    return m_provisionIds.value(contentId);
}

void AgreementImport::undo(EventStore &store, const Outcome &outcome)
{
    for (const LevelAssessment &assessment : outcome.created.assessments) {
        store.removeAssessment(assessment.id);
    }
    for (const ProvisionLink &link : outcome.created.links) {
        store.removeProvisionLink(link.id);
    }
    for (const ProvisionLink &link : outcome.before.links) {
        store.updateProvisionLink(link);
    }
    // In the reverse of the order they were made (by iterators: clang with libstdc++ 12
    // cannot apply std::views::reverse to a QList, and the fuzz build is clang's).
    const QList<Provision> &created = outcome.created.provisions;
    for (auto provision = created.crbegin(); provision != created.crend(); ++provision) {
        store.removeProvision(provision->id);
    }
    for (const Provision &provision : outcome.before.provisions) {
        store.updateProvision(provision);
    }
    for (const Agreement &agreement : outcome.created.agreements) {
        store.removeAgreement(agreement.id);
    }
    for (const Agreement &agreement : outcome.before.agreements) {
        store.updateAgreement(agreement);
    }
    for (const ActorGroup &group : outcome.createdGroups) {
        store.removeActorGroup(group.id);
    }
    for (const ActorGroup &group : outcome.groupsBefore) {
        store.updateActorGroup(group);
    }
    for (const ActorRole &role : outcome.rolesBefore) {
        setRole(store, role);
    }
}

void AgreementImport::removeRoles(EventStore &store, const Outcome &outcome)
{
    for (const ActorRole &role : outcome.createdRoles) {
        if (roleNamed(store.actorRoles(), role.name)) { // else gone with the events
            store.removeActorRole(role.name);
        }
    }
}

void AgreementImport::redo(EventStore &store, const Outcome &outcome)
{
    constexpr EventStore::Ids Keep = EventStore::Ids::Keep;
    for (const ActorRole &role : outcome.createdRoles) {
        if (roleNamed(store.actorRoles(), role.name)) {
            setRole(store, role);
        } else {
            store.addActorRole(role);
        }
    }
    for (const ActorRole &role : outcome.rolesAfter) {
        setRole(store, role);
    }
    for (const ActorGroup &group : outcome.createdGroups) {
        store.addActorGroup(group, Keep);
    }
    for (const ActorGroup &group : outcome.groupsAfter) {
        store.updateActorGroup(group);
    }
    store.restoreAgreementRecords(outcome.created);
    for (const Agreement &agreement : outcome.after.agreements) {
        store.updateAgreement(agreement);
    }
    for (const Provision &provision : outcome.after.provisions) {
        store.updateProvision(provision);
    }
    for (const ProvisionLink &link : outcome.after.links) {
        store.updateProvisionLink(link);
    }
}

} // namespace entente
