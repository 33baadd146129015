// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentbuilder.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace entente {

namespace {

// `outlet` and the other fields of `source` joined into *key, whose buffer is reused: equal
// sources, equal keys.
void writeSourceKey(QStringView outlet, const Source &source, QString *key)
{
    const QChar separator(0x1f); // a control character, in no field
    key->resize(0);
    key->append(outlet).append(separator).append(source.title).append(separator);
    key->append(source.url).append(separator).append(source.published.toEdtf());
    key->append(separator).append(source.quote);
}

// Only the chunk's own actors or sources go: those of earlier chunks were delivered, and keep
// their keys.
template <typename T>
void keepUsed(QList<T> *values, const QSet<qint64> &used, QHash<QString, qint64> *ids)
{
    QSet<qint64> unused;
    values->removeIf([&](const T &value) {
        const bool isUnused = !used.contains(value.id);
        if (isUnused) {
            unused.insert(value.id);
        }
        return isUnused;
    });
    if (!unused.isEmpty()) {
        ids->removeIf([&](const auto &entry) { return unused.contains(entry.value()); });
    }
}

} // namespace

void ContentBuilder::addActor(Event *event, QStringView name, const QString &role,
                              std::optional<Actor::Type> kind)
{
    if (name.isEmpty()) {
        return;
    }
    m_actorName.resize(0);
    m_actorName.append(name);
    qint64 id = m_actorIds.value(m_actorName);
    if (id == 0) {
        id = ++m_lastActorId;
        // A copy of its own: the hash must not share the buffer, which the next name rewrites.
        const QString copy = name.toString();
        m_actorIds.insert(copy, id);
        m_content.actors.append(Actor{id, copy, {}, kind.value_or(Actor::Type::Group), 0, {}, {}});
        if (!kind) {
            m_kindless.insert(id);
        }
    } else if (kind && m_kindless.remove(id)) {
        // Once per actor at most: a search is cheap enough.
        for (Actor &actor : m_content.actors) {
            if (actor.id == id) {
                actor.type = *kind;
                break;
            }
        }
    }
    const qint64 actorId = id;
    const bool present =
        std::any_of(event->actors.cbegin(), event->actors.cend(),
                    [&](const EventActor &actor) { return actor.actorId == actorId; });
    if (!present) {
        event->actors.append({actorId, role});
    }
}

void ContentBuilder::addSource(Event *event, const Source &source)
{
    writeSourceKey(source.outlet, source, &m_sourceKey);
    addKeyedSource(event, &source, source.outlet);
}

void ContentBuilder::addOutlet(Event *event, QStringView outlet)
{
    writeSourceKey(outlet, Source(), &m_sourceKey);
    addKeyedSource(event, nullptr, outlet);
}

void ContentBuilder::addKeyedSource(Event *event, const Source *source, QStringView outlet)
{
    qint64 id = m_sourceIds.value(m_sourceKey);
    if (id == 0) {
        id = ++m_lastSourceId;
        // A copy of its own: the hash must not share the buffer, which the next source rewrites.
        m_sourceIds.insert(QStringView(m_sourceKey).toString(), id);
        Source added = source ? *source : Source{0, outlet.toString(), {}, {}, {}, {}};
        added.id = id;
        m_content.sources.append(added);
    }
    if (!event->sourceIds.contains(id)) {
        event->sourceIds.append(id);
    }
}

qsizetype ContentBuilder::addEvent(Event event)
{
    m_content.events.append(std::move(event));
    return m_content.events.size() - 1;
}

void ContentBuilder::addAgreement(qsizetype index, Agreement agreement, QList<Provision> provisions)
{
    const qint64 placeholder = TimelineContent::placeholderOf(m_deliveredEvents + index);
    if (agreement.stage != Agreement::Stage::None || !agreement.process.isEmpty()) {
        agreement.id = placeholder;
        m_content.agreements.append(agreement);
    }
    for (Provision &provision : provisions) {
        provision.id = ++m_lastProvisionId;
        provision.agreementId = placeholder;
        m_content.provisions.append(std::move(provision));
    }
}

void ContentBuilder::removeEvents(QList<qsizetype> indexes)
{
    if (indexes.isEmpty()) {
        return;
    }
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    for (auto it = indexes.crbegin(); it != indexes.crend(); ++it) {
        m_content.events.removeAt(*it);
    }
    removeUnused();
}

void ContentBuilder::deliver(const ContentSink &sink)
{
    if (m_content.events.isEmpty() && m_content.actors.isEmpty() && m_content.sources.isEmpty()) {
        return;
    }
    m_kindless.clear(); // delivered: a later row's kind comes too late for them
    m_deliveredEvents += m_content.events.size();
    sink(std::exchange(m_content, TimelineContent()));
}

void ContentBuilder::removeUnused()
{
    QSet<qint64> actors, sources;
    for (const Event &event : std::as_const(m_content.events)) {
        for (const EventActor &actor : event.actors) {
            actors.insert(actor.actorId);
        }
        for (const qint64 source : event.sourceIds) {
            sources.insert(source);
        }
    }
    keepUsed(&m_content.actors, actors, &m_actorIds);
    keepUsed(&m_content.sources, sources, &m_sourceIds);
}

} // namespace entente
