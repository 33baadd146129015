// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetooltips.h"

#include "eventstore.h"
#include "levelcolours.h"
#include "timelineframe.h"
#include "timelinerenderer.h"

#include <QDateTime>

namespace entente {

TimelineToolTips::TimelineToolTips(const EventStore &store, const TimelineFrame &frame,
                                   const TimelineRenderer &renderer, const QLocale &locale)
    : m_store(store), m_frame(frame), m_renderer(renderer), m_locale(locale)
{}

TimelineToolTips::Tip TimelineToolTips::at(const QPoint &pos) const
{
    if (QString text = forBadgeOrLane(pos); !text.isEmpty()) {
        return {text};
    }
    if (const qint64 id = m_renderer.eventAt(pos)) {
        return {forEvent(id), id};
    }
    if (const Relation *relation = m_renderer.relationAt(pos)) {
        return {forRelation(*relation)};
    }
    return {};
}

QString TimelineToolTips::forEvent(qint64 eventId) const
{
    const std::optional<Event> event = m_store.event(eventId);
    if (!event) {
        return {};
    }
    // The full title (the label may be cut short), when, who, and where it comes from.
    QString text =
        QStringLiteral("<b>%1</b><br>%2")
            .arg(event->title.toHtmlEscaped(), event->dateRangeDisplay().toHtmlEscaped());
    QStringList names;
    for (const EventActor &participant : event->actors) {
        if (const std::optional<Actor> actor = m_store.actor(participant.actorId)) {
            names.append(actor->name.toHtmlEscaped());
        }
    }
    if (!names.isEmpty()) {
        text += QStringLiteral("<br>") + names.join(QStringLiteral(", "));
    }
    const std::optional<Source> source =
        event->sourceIds.isEmpty() ? std::nullopt : m_store.source(event->sourceIds.first());
    if (source) {
        const QString cite = source->title.isEmpty()
                                 ? source->outlet
                                 : tr("%1: %2").arg(source->outlet, source->title);
        text += QStringLiteral("<br><i>%1</i>").arg(cite.toHtmlEscaped());
    }
    return text + forAgreement(eventId);
}

QString TimelineToolTips::forAgreement(qint64 eventId) const
{
    const auto summary = m_frame.agreementSummaries.constFind(eventId);
    if (summary == m_frame.agreementSummaries.cend()) {
        return {};
    }
    return QStringLiteral("<br>") + tr("%n provisions today: %1", nullptr, summary->total())
                                        .arg(LevelColours::inWords(*summary).toHtmlEscaped());
}

QString TimelineToolTips::forRelation(const Relation &relation) const
{
    const auto titleOf = [&](qint64 id) {
        const std::optional<Event> event = m_store.event(id);
        return event ? event->title.toHtmlEscaped() : QString();
    };
    // The label the timeline gives the type (it may have been renamed or relabelled).
    QString label = relation.type;
    for (const RelationType &type : m_store.relationTypes(EventStore::Count::Nothing)) {
        if (type.name == relation.type) {
            label = type.label;
        }
    }
    QString text =
        QStringLiteral("<b>%1</b><br>%2 → %3")
            .arg(label.toHtmlEscaped(), titleOf(relation.fromEventId), titleOf(relation.toEventId));
    if (!relation.note.isEmpty()) {
        text += QStringLiteral("<br><i>%1</i>").arg(relation.note.toHtmlEscaped());
    }
    return text;
}

QString TimelineToolTips::forBadgeOrLane(const QPoint &pos) const
{
    if (const TimelineRenderer::Badge *badge = m_renderer.badgeAt(pos)) {
        const auto day = [&](qint64 second) {
            return m_locale.toString(QDateTime::fromSecsSinceEpoch(second, Qt::UTC).date(),
                                     QLocale::ShortFormat);
        };
        return tr("<b>%n events</b> too close to tell apart, %1 – %2<br>Click to zoom in and "
                  "select them",
                  nullptr, int(badge->eventIds.size()))
            .arg(day(badge->from), day(badge->to));
    }
    const int lane = m_renderer.laneHeaderAt(pos);
    if (lane < 0 || lane >= m_frame.lanes.lanes().size()) {
        return {};
    }
    const LaneModel::Lane &header = m_frame.lanes.lanes().at(lane);
    QString text = QStringLiteral("<b>%1</b>").arg(header.label.toHtmlEscaped());
    if (header.hasChildren) {
        text += header.collapsed ? tr("<br>Click to unfold the lanes under it.")
                                 : tr("<br>Click to fold the lanes under it into this one.");
    }
    if (m_frame.lanes.siblingsOf(lane).size() > 1) {
        text += tr("<br>Drag to move it; right-click to move or hide it.");
    } else if (m_frame.lanes.mode() != LaneModel::Mode::Packed) {
        text += tr("<br>Right-click to hide it.");
    }
    return text;
}

} // namespace entente
