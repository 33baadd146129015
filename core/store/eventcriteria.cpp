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

// One category is an equality, so that events_by_category (schema 11) gives its events in key
// order: every match without reading the events table, a page from any key without a sort.
// Several come off that index one category after another and must be sorted: fine for every
// match (the index holds the key and the id), not for a page of a common category, which in a
// walk in key order tests each event (the unary + keeps SQLite off the index).
void addCategories(Builder &sql, const QStringList &categories, EventCriteria::Plan plan)
{
    if (categories.size() == 1) {
        sql.add(u"e.category = %1"_s, categories.first());
    } else if (!categories.isEmpty()) {
        const QString column =
            plan == EventCriteria::Plan::KeyOrder ? u"+e.category"_s : u"e.category"_s;
        sql.add(column + u" IN (SELECT value FROM json_each(%1))"_s, jsonArray(categories));
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

EventCriteria::Sql EventCriteria::sql(int firstParameter, Text text, Plan plan) const
{
    Builder sql(firstParameter);
    if (text == Text::Included) {
        addText(sql, query);
    }
    // In a walk in key order an actor test is a look-up of the event's actors: as `e.id IN`,
    // SQLite gathered every event of the actor first, or drove the walk from them and sorted
    // them (0.6 s a page for an actor in a quarter of a million events). When the caller
    // walks the search index, a unary + keeps SQLite from also looking each match up by every
    // id of an actor's or outlet's events (a word and a rare actor took 10 s a page).
    const QString id = text == Text::Left ? u"+e.id"_s : u"e.id"_s;
    if (!actors.isEmpty()) {
        sql.add(plan == Plan::KeyOrder
                    ? u"EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id AND "
                      "ea.actor_id IN (SELECT value FROM json_each(%1)))"_s
                    : id + u" IN (SELECT event_id FROM event_actors WHERE actor_id IN (SELECT "
                           "value FROM json_each(%1)))"_s,
                EventRows::idArray(actors));
    }
    addCategories(sql, categories, plan);
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
        sql.add(plan == Plan::KeyOrder
                    ? u"EXISTS (SELECT 1 FROM event_sources es JOIN sources s ON s.id = "
                      "es.source_id WHERE es.event_id = e.id AND s.outlet IN (SELECT value FROM "
                      "json_each(%1)))"_s
                    : id + u" IN (SELECT es.event_id FROM event_sources es JOIN sources s ON "
                           "s.id = es.source_id WHERE s.outlet IN (SELECT value FROM "
                           "json_each(%1)))"_s,
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

// --- JSON (saved views) ---------------------------------------------------------------------

namespace {

// Years 1 to 9999 as ISO 8601 date-times in UTC; others as seconds, which ISO text cannot
// carry through QDateTime.
QJsonValue secondsToJson(qint64 second)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(second, QTimeZone::utc());
    const int year = at.date().year();
    return year >= 1 && year <= 9999 ? QJsonValue(at.toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s))
                                     : QJsonValue(double(second));
}

// Reads the criteria's fields, keeping the first problem, which names the key.
class CriteriaJson
{
public:
    explicit CriteriaJson(const QJsonObject &object) : m_object(object) {}

    QString problem() const { return m_problem; }

    QString text(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!isAbsent(value) && !value.isString()) {
            fail(key, EventCriteria::tr("expected text"));
        }
        return value.toString();
    }

    bool flag(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!isAbsent(value) && !value.isBool()) {
            fail(key, EventCriteria::tr("expected true or false"));
        }
        return value.toBool();
    }

    std::optional<qint64> integer(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (isAbsent(value)) {
            return std::nullopt;
        }
        if (!isWhole(value)) {
            fail(key, EventCriteria::tr("expected a whole number"));
            return std::nullopt;
        }
        return value.toInteger();
    }

    QStringList texts(const QString &key)
    {
        QStringList list;
        for (const QJsonValue &item : array(key)) {
            if (!item.isString()) {
                fail(key, EventCriteria::tr("expected a list of text"));
                return {};
            }
            list.append(item.toString());
        }
        return list;
    }

    QList<qint64> ids(const QString &key)
    {
        QList<qint64> list;
        for (const QJsonValue &item : array(key)) {
            if (!isWhole(item)) {
                fail(key, EventCriteria::tr("expected a list of actor ids (whole numbers)"));
                return {};
            }
            list.append(item.toInteger());
        }
        return list;
    }

    std::optional<qint64> seconds(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isString()) {
            return integer(key);
        }
        QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
        if (!at.isValid()) {
            fail(key, EventCriteria::tr("expected a date and time such as "
                                        "2015-02-12T00:00:00Z, not “%1”")
                          .arg(value.toString()));
            return std::nullopt;
        }
        if (at.timeSpec() == Qt::LocalTime) {
            at.setTimeZone(QTimeZone::utc()); // dates are naive: without an offset, UTC
        }
        return at.toSecsSinceEpoch();
    }

private:
    static bool isAbsent(const QJsonValue &value) { return value.isNull() || value.isUndefined(); }
    static bool isWhole(const QJsonValue &value)
    {
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!isAbsent(value) && !value.isArray()) {
            fail(key, EventCriteria::tr("expected a list"));
        }
        return value.toArray();
    }

    void fail(const QString &key, const QString &problem)
    {
        if (m_problem.isEmpty()) {
            m_problem = EventCriteria::tr("“%1”: %2").arg(key, problem);
        }
    }

    const QJsonObject &m_object;
    QString m_problem;
};

} // namespace

QJsonObject EventCriteria::toJson() const
{
    QJsonObject json;
    const auto list = [&json](const QString &key, const QStringList &values) {
        if (!values.isEmpty()) {
            json.insert(key, QJsonArray::fromStringList(values));
        }
    };
    if (!query.isEmpty()) {
        json.insert(u"query"_s, query);
    }
    if (!actors.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : actors) {
            ids.append(double(id));
        }
        json.insert(u"actors"_s, ids);
    }
    list(u"categories"_s, categories);
    list(u"tags"_s, tags);
    if (from) {
        json.insert(u"from"_s, secondsToJson(*from));
    }
    if (to) {
        json.insert(u"to"_s, secondsToJson(*to));
    }
    if (minImportance > 1) {
        json.insert(u"minImportance"_s, minImportance);
    }
    list(u"outlets"_s, outlets);
    if (hasRelations) {
        json.insert(u"hasRelations"_s, true);
    }
    if (approximateOnly) {
        json.insert(u"approximateOnly"_s, true);
    }
    return json;
}

EventCriteria EventCriteria::fromJson(const QJsonObject &json, QString *error)
{
    CriteriaJson read(json);
    EventCriteria criteria;
    criteria.query = read.text(u"query"_s);
    criteria.actors = read.ids(u"actors"_s);
    criteria.categories = read.texts(u"categories"_s);
    criteria.tags = read.texts(u"tags"_s);
    criteria.from = read.seconds(u"from"_s);
    criteria.to = read.seconds(u"to"_s);
    criteria.minImportance = int(read.integer(u"minImportance"_s).value_or(0));
    criteria.outlets = read.texts(u"outlets"_s);
    criteria.hasRelations = read.flag(u"hasRelations"_s);
    criteria.approximateOnly = read.flag(u"approximateOnly"_s);
    if (error) {
        *error = read.problem();
    }
    return read.problem().isEmpty() ? criteria : EventCriteria();
}

} // namespace entente
