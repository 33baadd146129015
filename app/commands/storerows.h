// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "actorgroup.h"
#include "era.h"
#include "eventstore.h"
#include "relation.h"
#include "savedview.h"
#include "source.h"

#include <QCoreApplication>

namespace entente {

// What the row commands need to know of each plain table of the store: how to add, change,
// find and remove a row, what a user calls it (in the timeline's words), and which events
// (dependents) and agreements' provisions, links and assessments (agreementParts) lose
// something when it goes.
template <typename T>
struct StoreRows;

template <>
struct StoreRows<Actor>
{
    static qint64 add(EventStore &s, const Actor &a, EventStore::Ids ids)
    {
        return s.addActor(a, ids);
    }
    static void update(EventStore &s, const Actor &a) { s.updateActor(a); }
    static void remove(EventStore &s, qint64 id) { s.removeActor(id); }
    static std::optional<Actor> find(const EventStore &s, qint64 id) { return s.actor(id); }
    static QList<qint64> dependents(const EventStore &s, qint64 id)
    {
        return s.eventsWithActor(id);
    }
    static AgreementRecords agreementParts(const EventStore &s, qint64 id)
    {
        return s.agreementRecordsWithActor(id);
    }
    static QString noun() { return QCoreApplication::translate("entente::StoreRows", "Actor"); }
    static QString name(const EventStore &, const Actor &a) { return a.name; }
};

template <>
struct StoreRows<Source>
{
    static qint64 add(EventStore &s, const Source &r, EventStore::Ids ids)
    {
        return s.addSource(r, ids);
    }
    static void update(EventStore &s, const Source &r) { s.updateSource(r); }
    static void remove(EventStore &s, qint64 id) { s.removeSource(id); }
    static std::optional<Source> find(const EventStore &s, qint64 id) { return s.source(id); }
    static QList<qint64> dependents(const EventStore &s, qint64 id)
    {
        return s.eventsWithSource(id);
    }
    static AgreementRecords agreementParts(const EventStore &s, qint64 id)
    {
        return s.agreementRecordsWithSource(id);
    }
    static QString noun() { return QCoreApplication::translate("entente::StoreRows", "Source"); }
    static QString name(const EventStore &, const Source &r)
    {
        return r.title.isEmpty() ? r.outlet : r.title;
    }
};

template <>
struct StoreRows<Era>
{
    static qint64 add(EventStore &s, const Era &r, EventStore::Ids ids) { return s.addEra(r, ids); }
    static void update(EventStore &s, const Era &r) { s.updateEra(r); }
    static void remove(EventStore &s, qint64 id) { s.removeEra(id); }
    static std::optional<Era> find(const EventStore &s, qint64 id) { return s.era(id); }
    static QList<qint64> dependents(const EventStore &, qint64) { return {}; }
    static AgreementRecords agreementParts(const EventStore &, qint64) { return {}; }
    static QString noun() { return QCoreApplication::translate("entente::StoreRows", "Era"); }
    static QString name(const EventStore &, const Era &r) { return r.name; }
};

template <>
struct StoreRows<Relation>
{
    static qint64 add(EventStore &s, const Relation &r, EventStore::Ids ids)
    {
        return s.addRelation(r, ids);
    }
    static void update(EventStore &s, const Relation &r) { s.updateRelation(r); }
    static void remove(EventStore &s, qint64 id) { s.removeRelation(id); }
    static std::optional<Relation> find(const EventStore &s, qint64 id) { return s.relation(id); }
    static QList<qint64> dependents(const EventStore &, qint64) { return {}; }
    static AgreementRecords agreementParts(const EventStore &, qint64) { return {}; }
    static QString noun() { return QCoreApplication::translate("entente::StoreRows", "Relation"); }
    // The timeline's label of its type, as the user named it.
    static QString name(const EventStore &s, const Relation &r)
    {
        for (const RelationType &type : s.relationTypes(EventStore::Count::Nothing)) {
            if (type.name == r.type) {
                return type.label;
            }
        }
        return r.type;
    }
};

template <>
struct StoreRows<SavedView>
{
    static qint64 add(EventStore &s, const SavedView &v, EventStore::Ids ids)
    {
        return s.addSavedView(v, ids);
    }
    static void update(EventStore &s, const SavedView &v) { s.updateSavedView(v); }
    static void remove(EventStore &s, qint64 id) { s.removeSavedView(id); }
    static std::optional<SavedView> find(const EventStore &s, qint64 id) { return s.savedView(id); }
    static QList<qint64> dependents(const EventStore &, qint64) { return {}; }
    static AgreementRecords agreementParts(const EventStore &, qint64) { return {}; }
    static QString noun()
    {
        return QCoreApplication::translate("entente::StoreRows", "Saved View");
    }
    static QString name(const EventStore &, const SavedView &v) { return v.name; }
};

template <>
struct StoreRows<ActorGroup>
{
    static qint64 add(EventStore &s, const ActorGroup &g, EventStore::Ids ids)
    {
        return s.addActorGroup(g, ids);
    }
    static void update(EventStore &s, const ActorGroup &g) { s.updateActorGroup(g); }
    static void remove(EventStore &s, qint64 id) { s.removeActorGroup(id); }
    static std::optional<ActorGroup> find(const EventStore &s, qint64 id)
    {
        return s.actorGroup(id);
    }
    static QList<qint64> dependents(const EventStore &, qint64) { return {}; }
    static AgreementRecords agreementParts(const EventStore &, qint64) { return {}; }
    static QString noun()
    {
        return QCoreApplication::translate("entente::StoreRows", "Actor Group");
    }
    static QString name(const EventStore &, const ActorGroup &g) { return g.name; }
};

} // namespace entente
