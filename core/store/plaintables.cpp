// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintables.h"

#include "eventrows.h"

#include <QJsonDocument>

#include <algorithm>

namespace entente {

namespace {

PartialDate dateFromColumn(const Statement &row, int column)
{
    return row.isNull(column) ? PartialDate() : PartialDate::fromIso(row.text(column));
}

// Whether `text` holds `part` as QString::contains sees it with case ignored, as the window's
// completers match: SQLite's LIKE ignores the case of ASCII letters only.
qint64 containsIgnoringCase(QByteArrayView text, QByteArrayView part)
{
    return QString::fromUtf8(text).contains(QString::fromUtf8(part), Qt::CaseInsensitive);
}

PlainTable<Actor>::Shape actorShape()
{
    return {
        QStringLiteral("actors"),
        {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("type"),
         QStringLiteral("affiliation_id"), QStringLiteral("color"), QStringLiteral("aliases")},
        &StoreChange::actors,
        [](Statement &st, const Actor &actor) {
            st.bind(2, actor.name).bind(3, actor.shortName).bind(4, Actor::typeName(actor.type));
            st.bindId(5, actor.affiliationId).bind(6, actor.color);
            st.bind(7, actor.aliases.join(u'\n'));
        },
        [](const Statement &row) {
            Actor actor{row.int64(0),
                        row.text(1),
                        row.text(2),
                        Actor::Type::State,
                        row.int64(4),
                        row.text(5),
                        row.text(6).split(u'\n', Qt::SkipEmptyParts)};
            Actor::typeFromName(row.text(3), &actor.type);
            return actor;
        }};
}

PlainTable<Source>::Shape sourceShape()
{
    return {QStringLiteral("sources"),
            {QStringLiteral("outlet"), QStringLiteral("title"), QStringLiteral("url"),
             QStringLiteral("published"), QStringLiteral("quote")},
            &StoreChange::sources,
            [](Statement &st, const Source &source) {
                st.bind(2, source.outlet).bind(3, source.title).bind(4, source.url);
                // null for an unknown date
                st.bindOptional(5, source.published.toEdtf()).bind(6, source.quote);
            },
            [](const Statement &row) {
                return Source{row.int64(0),           row.text(1), row.text(2), row.text(3),
                              dateFromColumn(row, 4), row.text(5)};
            }};
}

PlainTable<Relation>::Shape relationShape()
{
    return {QStringLiteral("relations"),
            {QStringLiteral("from_event_id"), QStringLiteral("to_event_id"), QStringLiteral("type"),
             QStringLiteral("note")},
            &StoreChange::relations,
            [](Statement &st, const Relation &relation) {
                st.bind(2, relation.fromEventId).bind(3, relation.toEventId);
                st.bind(4, relation.type).bind(5, relation.note);
            },
            [](const Statement &row) {
                return Relation{row.int64(0), row.int64(1), row.int64(2), row.text(3), row.text(4)};
            }};
}

PlainTable<Era>::Shape eraShape()
{
    return {QStringLiteral("eras"),
            {QStringLiteral("name"), QStringLiteral("start_date"), QStringLiteral("end_date"),
             QStringLiteral("color")},
            &StoreChange::eras,
            [](Statement &st, const Era &era) {
                st.bind(2, era.name).bind(3, era.start.toEdtf()).bind(4, era.end.toEdtf());
                st.bind(5, era.color);
            },
            [](const Statement &row) {
                return Era{row.int64(0), row.text(1), dateFromColumn(row, 2),
                           dateFromColumn(row, 3), row.text(4)};
            }};
}

PlainTable<SavedView>::Shape savedViewShape()
{
    return {QStringLiteral("saved_views"),
            {QStringLiteral("name"), QStringLiteral("criteria"), QStringLiteral("visible_from"),
             QStringLiteral("visible_to"), QStringLiteral("lanes")},
            &StoreChange::savedViews,
            [](Statement &st, const SavedView &view) {
                st.bind(2, view.name);
                st.bind(3,
                        QString::fromUtf8(
                            QJsonDocument(view.criteria.toJson()).toJson(QJsonDocument::Compact)));
                if (view.visible) {
                    st.bind(4, view.visible->first).bind(5, view.visible->second);
                } else {
                    st.bindNull(4).bindNull(5);
                }
                st.bind(6, view.lanes);
            },
            [](const Statement &row) {
                SavedView view;
                view.id = row.int64(0);
                view.name = row.text(1);
                // Written by the store: a problem cannot arise, and would leave criteria empty.
                QString problem;
                view.criteria = EventCriteria::fromJson(
                    QJsonDocument::fromJson(row.text(2).toUtf8()).object(), &problem);
                if (!row.isNull(3) && !row.isNull(4)) {
                    view.visible = std::pair(row.int64(3), row.int64(4));
                }
                view.lanes = row.text(5);
                return view;
            }};
}

} // namespace

PlainTables::PlainTables(Database &db, WriteBatch &batch)
    : actors(db, batch, actorShape()), sources(db, batch, sourceShape()),
      relations(db, batch, relationShape()), eras(db, batch, eraShape()),
      savedViews(db, batch, savedViewShape()), m_db(db)
{
    db.addFunction("entente_contains", containsIgnoringCase);
}

QList<Relation> PlainTables::relationsBetween(const QList<qint64> &eventIds) const
{
    if (eventIds.isEmpty()) {
        return {};
    }
    // Both ends among the events: what a frame can draw an arrow for.
    return relations.select(
        QStringLiteral("WHERE from_event_id IN (SELECT value FROM json_each(?1)) AND "
                       "to_event_id IN (SELECT value FROM json_each(?1)) ORDER BY id"),
        [&](Statement &st) { st.bind(1, EventRows::idArray(eventIds)); });
}

QList<Relation> PlainTables::relationsOf(const QList<qint64> &eventIds) const
{
    if (eventIds.isEmpty()) {
        return {};
    }
    return relations.select(
        QStringLiteral("WHERE from_event_id IN (SELECT value FROM json_each(?1)) OR "
                       "to_event_id IN (SELECT value FROM json_each(?1)) ORDER BY id"),
        [&](Statement &st) { st.bind(1, EventRows::idArray(eventIds)); });
}

QList<Era> PlainTables::erasByDate() const
{
    QList<Era> list = eras.all();
    // By date, not by the text of the date ("2014~" is not after "2014-03").
    std::stable_sort(list.begin(), list.end(),
                     [](const Era &a, const Era &b) { return a.start < b.start; });
    return list;
}

QList<SavedView> PlainTables::savedViewsByName() const
{
    // The column's collation (NOCASE) orders them.
    return savedViews.select(QStringLiteral("ORDER BY name, id"), [](Statement &) {});
}

QList<Source> PlainTables::sourcesMatching(const QString &text, int limit) const
{
    // As the picker labels a source ("outlet: title"), so that a whole label finds it too. No
    // index serves a match inside the text; in id order, the scan stops at the limit.
    return sources.select(QStringLiteral("WHERE entente_contains(outlet || ': ' || title, ?1) "
                                         "ORDER BY id LIMIT ?2"),
                          [&](Statement &st) { st.bind(1, text).bind(2, qint64(limit)); });
}

QStringList PlainTables::outlets() const
{
    Statement &select =
        m_db.cached(QStringLiteral("SELECT DISTINCT outlet FROM sources WHERE outlet <> ''"));
    QStringList found;
    while (select.step()) {
        found.append(select.text(0));
    }
    select.reset();
    found.sort(Qt::CaseInsensitive);
    return found;
}

} // namespace entente
