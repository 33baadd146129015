// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "era.h"
#include "plaintable.h"
#include "relation.h"
#include "savedview.h"
#include "source.h"

namespace entente {

// The store's tables of plain values (and the saved views), each with its columns and how a value
// maps to them.
struct PlainTables final
{
    PlainTables(Database &db, WriteBatch &batch);

    // The relations whose two events are both in `eventIds`.
    QList<Relation> relationsBetween(const QList<qint64> &eventIds) const;
    // The relations with at least one end among the events.
    QList<Relation> relationsOf(const QList<qint64> &eventIds) const;
    QList<Era> erasByDate() const;
    QList<SavedView> savedViewsByName() const; // whatever the case
    // At most `limit` sources whose outlet or title holds `text`, case ignored (Cyrillic too),
    // or whose label does ("outlet: title"), in id order; every source (up to the limit) for an
    // empty text.
    QList<Source> sourcesMatching(const QString &text, int limit) const;
    // The sources' outlets, each once, without the empty one, sorted whatever the case.
    QStringList outlets() const;

    PlainTable<Actor> actors;
    PlainTable<Source> sources;
    PlainTable<Relation> relations;
    PlainTable<Era> eras;
    PlainTable<SavedView> savedViews;

private:
    Database &m_db;
};

} // namespace entente
