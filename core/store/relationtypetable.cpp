// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationtypetable.h"

#include "database.h"
#include "error.h"
#include "relation.h"
#include "statement.h"
#include "writebatch.h"

#include <algorithm>

namespace entente {

namespace {

// Where a type comes in lists: the built-ins as they always have, then the rest.
int rank(const QString &name)
{
    const qsizetype index = Relation::builtInTypes().indexOf(name);
    return index < 0 ? int(Relation::builtInTypes().size()) : int(index);
}

} // namespace

QList<RelationType> RelationTypeTable::all(bool counted) const
{
    Statement &st = m_db.cached(
        counted ? QStringLiteral("SELECT t.name, t.label, t.color, (SELECT count(*) FROM relations "
                                 "r WHERE r.type = t.name) FROM relation_types t")
                : QStringLiteral("SELECT name, label, color, 0 FROM relation_types"));
    QList<RelationType> types;
    while (st.step()) {
        types.append({st.text(0), st.text(1), st.text(2), st.int64(3)});
    }
    st.reset();
    std::sort(types.begin(), types.end(), [](const RelationType &a, const RelationType &b) {
        const int rankA = rank(a.name), rankB = rank(b.name);
        if (rankA != rankB) {
            return rankA < rankB;
        }
        const int byLabel = QString::localeAwareCompare(a.label, b.label);
        return byLabel != 0 ? byLabel < 0 : a.name < b.name;
    });
    return types;
}

bool RelationTypeTable::contains(const QString &name) const
{
    Statement &st = m_db.cached(QStringLiteral("SELECT 1 FROM relation_types WHERE name = ?1"));
    st.bind(1, name);
    const bool found = st.step();
    st.reset();
    return found;
}

void RelationTypeTable::set(const RelationType &type)
{
    if (type.name.trimmed().isEmpty()) {
        throw Error(tr("a relation type needs a name; nothing was changed"));
    }
    if (type.label.trimmed().isEmpty()) {
        throw Error(tr("the relation type “%1” needs a label; nothing was changed").arg(type.name));
    }
    m_db.cached(QStringLiteral("INSERT INTO relation_types (name, label, color) VALUES (?1, ?2, "
                               "?3) ON CONFLICT (name) DO UPDATE SET label = excluded.label, "
                               "color = excluded.color"))
        .bind(1, type.name)
        .bind(2, type.label)
        .bind(3, type.color)
        .run();
    StoreChange change;
    change.relationTypesChanged = true;
    m_batch.record(change);
}

void RelationTypeTable::rename(const QString &from, const QString &to)
{
    requireKnown(from);
    requireNew(to);
    StoreChange change;
    change.relationTypesChanged = true;
    change.relations.changed = relationsOfType(from);
    // The relations follow by ON UPDATE CASCADE.
    m_db.cached(QStringLiteral("UPDATE relation_types SET name = ?2 WHERE name = ?1"))
        .bind(1, from)
        .bind(2, to)
        .run();
    m_batch.record(change);
}

void RelationTypeTable::remove(const QString &name, const QString &reassignTo)
{
    requireKnown(name);
    StoreChange change;
    change.relationTypesChanged = true;
    const QList<qint64> relations = relationsOfType(name);
    if (reassignTo.isEmpty()) {
        m_db.cached(QStringLiteral("DELETE FROM relations WHERE type = ?1")).bind(1, name).run();
        change.relations.removed = relations;
    } else {
        if (reassignTo == name) {
            throw Error(tr("the relations of “%1” cannot move to the type being removed; nothing "
                           "was changed")
                            .arg(name));
        }
        requireKnown(reassignTo);
        m_db.cached(QStringLiteral("UPDATE relations SET type = ?2 WHERE type = ?1"))
            .bind(1, name)
            .bind(2, reassignTo)
            .run();
        change.relations.changed = relations;
    }
    m_db.cached(QStringLiteral("DELETE FROM relation_types WHERE name = ?1")).bind(1, name).run();
    m_batch.record(change);
}

QList<qint64> RelationTypeTable::relationsOfType(const QString &name) const
{
    return m_db.cached(QStringLiteral("SELECT id FROM relations WHERE type = ?1 ORDER BY id"))
        .bind(1, name)
        .integers();
}

void RelationTypeTable::requireNew(const QString &name) const
{
    if (name.trimmed().isEmpty()) {
        throw Error(tr("a relation type needs a name; nothing was changed"));
    }
    if (contains(name)) {
        throw Error(tr("there is already a relation type “%1”; nothing was changed").arg(name));
    }
}

void RelationTypeTable::requireKnown(const QString &name) const
{
    if (!contains(name)) {
        throw Error(tr("there is no relation type “%1”; nothing was changed").arg(name));
    }
}

} // namespace entente
