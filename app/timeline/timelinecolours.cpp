// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinecolours.h"

#include "stablehash.h"
#include "timelinelayout.h"

#include <QCoreApplication>
#include <QMap>

namespace entente {

QColor TimelineColours::ofCategory(const QString &name)
{
    // Eight hues that stay apart on light and dark backgrounds; a category keeps its colour
    // from one frame, file, run and machine to the next.
    static const QColor Hues[] = {{0x1f, 0x77, 0xb4}, {0xd6, 0x27, 0x28}, {0x2c, 0xa0, 0x2c},
                                  {0xff, 0x7f, 0x0e}, {0x94, 0x67, 0xbd}, {0x8c, 0x56, 0x4b},
                                  {0xe3, 0x77, 0xc2}, {0x17, 0xbe, 0xcf}};
    if (name.isEmpty()) {
        return QColor(0x7f, 0x7f, 0x7f);
    }
    // The categories the bundled timeline and the benchmark use each have a hue of their own;
    // any other takes one by a hash of its name (FNV-1a, not qHash, which may differ between
    // runs and machines), so two of those may share a colour.
    static const QHash<QString, int> Known = {
        {QStringLiteral("military"), 1},  {QStringLiteral("diplomacy"), 0},
        {QStringLiteral("agreement"), 2}, {QStringLiteral("statement"), 3},
        {QStringLiteral("protest"), 4},   {QStringLiteral("humanitarian"), 5},
        {QStringLiteral("analysis"), 6},  {QStringLiteral("context"), 7}};
    if (const auto it = Known.constFind(name.toLower()); it != Known.constEnd()) {
        return Hues[*it];
    }
    return Hues[stableHash(name.toUtf8()) % std::size(Hues)];
}

QColor TimelineColours::ofLane(int lane) const
{
    if (m_frame.lanes.mode() == LaneModel::Mode::Category) {
        return ofCategory(m_frame.lanes.lanes().value(lane).category);
    }
    const QColor color(m_frame.lanes.lanes().value(lane).color);
    return color.isValid() ? color : m_palette.color(QPalette::Mid);
}

// By actor, an event takes its lane's colour; where lanes are not actors', its first actor's.
QColor TimelineColours::ofEvent(int lane, const Event &event) const
{
    if (m_frame.colourBy == TimelineFrame::ColourBy::Category) {
        return ofCategory(event.category);
    }
    if (m_frame.lanes.mode() == LaneModel::Mode::Actor || event.actors.isEmpty()) {
        return ofLane(lane);
    }
    const QColor color(m_frame.actors.value(event.actors.first().actorId).color);
    return color.isValid() ? color : m_palette.color(QPalette::Mid);
}

QColor TimelineColours::edge(const QColor &fill) const
{
    // Set off from the fill towards the background's opposite, so that hollow markers stay
    // visible on a dark background too.
    return isDark() ? fill.lighter(150) : fill.darker(140);
}

QList<TimelineColours::LegendEntry> TimelineColours::legend(const TimelineLayout &layout) const
{
    // What the colours say when the lane headers do not: categories, or the actors of events
    // in lanes that are not actors'.
    const bool byCategory = m_frame.colourBy == TimelineFrame::ColourBy::Category;
    if (!byCategory && m_frame.lanes.mode() == LaneModel::Mode::Actor) {
        return {};
    }
    QMap<QString, QColor> entries; // sorted by name
    for (const TimelineLayout::Item &item : layout.items()) {
        const Event &event = layout.event(item, m_frame);
        if (byCategory) {
            entries.insert(event.category.isEmpty()
                               ? QCoreApplication::translate("entente::LaneModel", "Uncategorized")
                               : event.category,
                           ofCategory(event.category));
        } else if (!event.actors.isEmpty()) {
            const Actor actor = m_frame.actors.value(event.actors.first().actorId);
            entries.insert(actor.displayName(), ofEvent(item.lane, event));
        }
    }
    QList<LegendEntry> list;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        list.append({it.value(), it.key()});
    }
    return list;
}

QList<TimelineColours::LegendEntry> TimelineColours::colourKey(const TimelineLayout &layout) const
{
    QList<LegendEntry> entries = legend(layout);
    if (!entries.isEmpty()) {
        return entries;
    }
    for (int lane = 0; lane < m_frame.lanes.lanes().size(); ++lane) {
        entries.append({ofLane(lane), m_frame.lanes.lanes().at(lane).label});
    }
    return entries;
}

} // namespace entente
