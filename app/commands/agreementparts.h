// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventstore.h"
#include "followerdeadlines.h"

namespace entente {

// What AgreementPartCommand needs to know of a provision, a provision link and a level
// assessment: how to add, change, find and remove one, what goes with it when it is removed
// (a provision takes its links and assessments, and the deadlines that follow it lose what
// they follow: FollowerDeadlines says what they become), and what the undo history calls each
// step, in the timeline's words: "Add point 3 to Minsk II".
template <typename T>
struct AgreementParts;

template <>
struct AgreementParts<Provision>
{
    static qint64 add(EventStore &s, const Provision &p, EventStore::Ids ids)
    {
        return s.addProvision(p, ids);
    }
    static void update(EventStore &s, const Provision &p) { s.updateProvision(p); }
    static void remove(EventStore &s, qint64 id) { s.removeProvision(id); }
    static std::optional<Provision> find(const EventStore &s, qint64 id) { return s.provision(id); }
    static AgreementRecords recordsOf(const EventStore &s, const Provision &p);
    // The other provisions of its agreement whose deadline is "N days after" it, as they are
    // and as they should be without it.
    static QList<FollowerDeadlines::Follower> followers(const EventStore &s, const Provision &p);
    static QString addText(const EventStore &s, const Provision &p);
    static QString editText(const EventStore &s, const Provision &p);
    static QString removeText(const EventStore &s, const Provision &p);
    // What removing p did to the deadlines that followed it, in sentences for the editor.
    static QString removalNote(const Provision &p,
                               const QList<FollowerDeadlines::Follower> &changed);
};

template <>
struct AgreementParts<ProvisionLink>
{
    static qint64 add(EventStore &s, const ProvisionLink &l, EventStore::Ids ids)
    {
        return s.addProvisionLink(l, ids);
    }
    static void update(EventStore &s, const ProvisionLink &l) { s.updateProvisionLink(l); }
    static void remove(EventStore &s, qint64 id) { s.removeProvisionLink(id); }
    static std::optional<ProvisionLink> find(const EventStore &s, qint64 id)
    {
        return s.provisionLink(id);
    }
    static AgreementRecords recordsOf(const EventStore &, const ProvisionLink &l)
    {
        return {{}, {}, {l}, {}};
    }
    static QList<FollowerDeadlines::Follower> followers(const EventStore &, const ProvisionLink &)
    {
        return {};
    }
    static QString addText(const EventStore &s, const ProvisionLink &l);
    static QString editText(const EventStore &s, const ProvisionLink &l);
    static QString removeText(const EventStore &s, const ProvisionLink &l);
};

template <>
struct AgreementParts<LevelAssessment>
{
    static qint64 add(EventStore &s, const LevelAssessment &a, EventStore::Ids ids)
    {
        return s.addAssessment(a, ids);
    }
    static void update(EventStore &s, const LevelAssessment &a) { s.updateAssessment(a); }
    static void remove(EventStore &s, qint64 id) { s.removeAssessment(id); }
    static std::optional<LevelAssessment> find(const EventStore &s, qint64 id)
    {
        return s.assessment(id);
    }
    static AgreementRecords recordsOf(const EventStore &, const LevelAssessment &a)
    {
        return {{}, {}, {}, {a}};
    }
    static QList<FollowerDeadlines::Follower> followers(const EventStore &, const LevelAssessment &)
    {
        return {};
    }
    static QString addText(const EventStore &s, const LevelAssessment &a);
    static QString editText(const EventStore &s, const LevelAssessment &a);
    static QString removeText(const EventStore &s, const LevelAssessment &a);
};

} // namespace entente
