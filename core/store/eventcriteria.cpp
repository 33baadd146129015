// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcriteria.h"

#include "eventrows.h"
#include "searchkey.h"
#include "searchquery.h"
#include "statement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString jsonArray(const QStringList &texts)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

// Dates are naive (PartialDate): the seconds are read as UTC, which moves nothing.
QString dateText(qint64 second)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(second, QTimeZone::utc());
    return at.toString(at.time() == QTime(0, 0) ? u"yyyy-MM-dd"_s : u"yyyy-MM-dd hh:mm"_s);
}

// Collects the conditions and their values, numbering the parameters as they come.
class Builder
{
public:
    explicit Builder(int firstParameter) : m_next(firstParameter) {}

    // `condition` with %1 for the parameter that takes `value`.
    void add(const QString &condition, const std::variant<qint64, QString> &value)
    {
        m_conditions.append(condition.arg(u'?' + QString::number(m_next++)));
        m_sql.values.append(value);
    }
    void add(const QString &condition) { m_conditions.append(condition); }
    void limitKeys(qint64 lastKey) { m_sql.lastKey = std::min(m_sql.lastKey, lastKey); }

    EventCriteria::Sql finish()
    {
        if (!m_conditions.isEmpty()) {
            m_sql.where = m_conditions.join(u" AND "_s);
        }
        return m_sql;
    }

private:
    int m_next;
    QStringList m_conditions;
    EventCriteria::Sql m_sql;
};

void addText(Builder &sql, const QString &query)
{
    const SearchQuery parsed = SearchQuery::parse(query);
    const QString inText = u"(SELECT rowid FROM event_text WHERE event_text MATCH %1)"_s;
    if (!parsed.required().isEmpty()) {
        sql.add(u"e.search_key IN "_s + inText, parsed.match());
    } else if (!parsed.excluded().isEmpty()) {
        // FTS5 cannot run a bare NOT: the events that match any excluded term are left out.
        sql.add(u"e.search_key NOT IN "_s + inText, parsed.excludedMatch());
    }
}

void addDates(Builder &sql, std::optional<qint64> from, std::optional<qint64> to)
{
    if (!from && !to) {
        return;
    }
    // An undated event has no start_key, so that either comparison leaves it out; the key bound
    // spares a walk in key order the events that start after `to`, and the undated ones.
    sql.add(u"e.start_key <= %1"_s, to.value_or(Event::OpenEnd));
    sql.limitKeys(SearchKey::lastOf(to ? SearchKey::dayOf(*to) : SearchKey::undatedDay() - 1));
    if (from) {
        sql.add(u"e.end_key >= %1"_s, *from);
    }
}

// Coarser than a day: shorter than "2014-09-05" once the "~" is off.
const QString ApproximateDate = u"(substr(e.%1, -1) = '~' OR length(rtrim(e.%1, '~')) < 10)"_s;

} // namespace

bool EventCriteria::isEmpty() const
{
    return SearchQuery::parse(query).isEmpty() && actors.isEmpty() && categories.isEmpty() &&
           tags.isEmpty() && !from && !to && minImportance <= 1 && outlets.isEmpty() &&
           !hasRelations && !approximateOnly;
}

EventCriteria::Sql EventCriteria::sql(int firstParameter, Text text) const
{
    Builder sql(firstParameter);
    if (text == Text::Included) {
        addText(sql, query);
    }
    if (!actors.isEmpty()) {
        sql.add(u"e.id IN (SELECT event_id FROM event_actors WHERE actor_id IN (SELECT value "
                "FROM json_each(%1)))"_s,
                EventRows::idArray(actors));
    }
    if (!categories.isEmpty()) {
        sql.add(u"e.category IN (SELECT value FROM json_each(%1))"_s, jsonArray(categories));
    }
    if (!tags.isEmpty()) {
        // Tags are kept one a line: a whole tag is a line.
        sql.add(u"EXISTS (SELECT 1 FROM json_each(%1) t WHERE instr(char(10) || e.tags || "
                "char(10), char(10) || t.value || char(10)) > 0)"_s,
                jsonArray(tags));
    }
    addDates(sql, from, to);
    if (minImportance > 1) {
        sql.add(u"e.importance >= %1"_s, qint64(minImportance));
    }
    if (!outlets.isEmpty()) {
        sql.add(u"e.id IN (SELECT es.event_id FROM event_sources es JOIN sources s ON s.id = "
                "es.source_id WHERE s.outlet IN (SELECT value FROM json_each(%1)))"_s,
                jsonArray(outlets));
    }
    if (hasRelations) {
        sql.add(u"(EXISTS (SELECT 1 FROM relations r WHERE r.from_event_id = e.id) OR EXISTS "
                "(SELECT 1 FROM relations r WHERE r.to_event_id = e.id))"_s);
    }
    if (approximateOnly) {
        sql.add(u'(' + ApproximateDate.arg(u"start_date"_s) + u" OR "_s +
                ApproximateDate.arg(u"end_date"_s) + u')');
    }
    return sql.finish();
}

void EventCriteria::Sql::bind(Statement &statement, int firstParameter) const
{
    int parameter = firstParameter;
    for (const auto &value : values) {
        std::visit([&](const auto &v) { statement.bind(parameter, v); }, value);
        ++parameter;
    }
}

QStringList EventCriteria::describe(const QHash<qint64, Actor> &known) const
{
    return describe([&known](qint64 id) {
        const auto found = known.constFind(id);
        return found == known.cend() ? u'#' + QString::number(id) : found->displayName();
    });
}

QStringList EventCriteria::describe(const ActorName &actorName) const
{
    QStringList labels;
    const auto list = [&labels](const QStringList &values, const QString &one,
                                const QString &many) {
        if (!values.isEmpty()) {
            labels.append((values.size() == 1 ? one : many).arg(values.join(u", "_s)));
        }
    };
    if (!SearchQuery::parse(query).isEmpty()) {
        labels.append(tr("Search: %1").arg(query.simplified()));
    }
    QStringList actorNames;
    for (qint64 id : actors) {
        actorNames.append(actorName(id));
    }
    list(actorNames, tr("Actor: %1"), tr("Actors: %1"));
    QStringList categoryNames;
    for (const QString &category : categories) {
        categoryNames.append(category.isEmpty() ? tr("uncategorized") : category);
    }
    list(categoryNames, tr("Category: %1"), tr("Categories: %1"));
    list(tags, tr("Tag: %1"), tr("Tags: %1"));
    if (from && to) {
        labels.append(tr("%1 to %2").arg(dateText(*from), dateText(*to)));
    } else if (from) {
        labels.append(tr("From %1").arg(dateText(*from)));
    } else if (to) {
        labels.append(tr("Until %1").arg(dateText(*to)));
    }
    if (minImportance > 1) {
        labels.append(tr("Importance %1 or more").arg(minImportance));
    }
    list(outlets, tr("Source: %1"), tr("Sources: %1"));
    if (hasRelations) {
        labels.append(tr("Has relations"));
    }
    if (approximateOnly) {
        labels.append(tr("Approximate dates only"));
    }
    return labels;
}

} // namespace entente
