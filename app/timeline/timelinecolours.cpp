// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinecolours.h"

#include "categorycolours.h"
#include "timelinelayout.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace entente {

QColor TimelineColours::ofCategory(const QString &name)
{
    return QColor(CategoryColours::automatic(name));
}

QColor TimelineColours::ofCategoryInFrame(const QString &name) const
{
    if (const QColor chosen(m_frame.categoryColours.value(name)); chosen.isValid()) {
        return chosen;
    }
    return ofCategory(name);
}

QColor TimelineColours::ofLane(int lane) const
{
    const QList<LaneModel::Lane> &lanes = m_frame.lanes.lanes();
    if (lane < 0 || lane >= lanes.size()) {
        return readable(m_palette.color(QPalette::Mid));
    }
    if (m_lanes.size() != lanes.size()) {
        m_lanes.resize(lanes.size()); // invalid colours: none worked out yet
    }
    QColor &colour = m_lanes[lane];
    if (!colour.isValid()) {
        const LaneModel::Lane &of = lanes.at(lane);
        if (m_frame.lanes.mode() == LaneModel::Mode::Category) {
            colour = readable(ofCategoryInFrame(of.category));
        } else if (m_frame.actors.contains(of.key)) {
            colour = ofActor(of.key);
        } else { // "no actor", or all events in one lane
            const QColor own(of.color);
            colour = readable(own.isValid() ? own : m_palette.color(QPalette::Mid));
        }
    }
    return colour;
}

// By actor, an event takes its lane's colour; where lanes are not actors', its first actor's.
QColor TimelineColours::ofEvent(int lane, const Event &event) const
{
    if (m_frame.colourBy == TimelineFrame::ColourBy::Category) {
        return readable(ofCategoryInFrame(event.category));
    }
    if (m_frame.lanes.mode() == LaneModel::Mode::Actor || event.actors.isEmpty()) {
        return ofLane(lane);
    }
    return ofActor(event.actors.first().actorId);
}

QColor TimelineColours::ofActor(qint64 actorId, int depth) const
{
    if (const auto known = m_actors.constFind(actorId); known != m_actors.constEnd()) {
        return *known;
    }
    QColor colour = m_palette.color(QPalette::Mid);
    if (const auto actor = m_frame.actors.constFind(actorId); actor != m_frame.actors.constEnd()) {
        // However deep people are nested; a loop of affiliations in a file ends here too.
        constexpr int MaxDepth = 8;
        if (depth < MaxDepth && takesShade(*actor)) {
            colour = shadeOf(ofActor(actor->affiliationId, depth + 1), *actor);
        } else if (const QColor own(actor->color); own.isValid()) {
            colour = own;
        } else {
            colour = automaticColour(*actor);
        }
    }
    colour = readable(colour);
    m_actors.insert(actorId, colour);
    return colour;
}

// An actor without a colour (most of an imported dataset's) takes the next hue of the
// categories' palette, in the order of the actors' ids: grey lanes one under another read as
// one, and hues picked by name would give neighbours the same one.
QColor TimelineColours::automaticColour(const Actor &actor) const
{
    if (m_automatic.isEmpty()) {
        QList<qint64> uncoloured;
        for (const Actor &each : m_frame.actors) {
            if (QColor(each.color).isValid() || takesShade(each)) {
                continue;
            }
            uncoloured.append(each.id);
        }
        std::sort(uncoloured.begin(), uncoloured.end());
        const QStringList &palette = CategoryColours::palette();
        for (qsizetype i = 0; i < uncoloured.size(); ++i) {
            m_automatic.insert(uncoloured.at(i), palette.at(i % palette.size()));
        }
    }
    // A loop of affiliations cut at its maximum depth is not in the list: its name picks.
    return QColor(m_automatic.value(actor.id, CategoryColours::automatic(actor.name)));
}

// Nested under an actor and of its colour, or of none: a colour of its own is the user's.
bool TimelineColours::takesShade(const Actor &actor) const
{
    const auto parent = m_frame.actors.constFind(actor.affiliationId);
    return actor.affiliationId != 0 && parent != m_frame.actors.constEnd() &&
           (actor.color.isEmpty() || QColor(actor.color) == QColor(parent->color));
}

// The k-th of n people of an actor: k steps of lightness away from the background (where the
// colour keeps its contrast), spread over what room there is; where that room is too small for
// steps the eye tells apart, the hue is turned a little too.
QColor TimelineColours::shadeOf(const QColor &parent, const Actor &actor) const
{
    if (m_shadedChildren.isEmpty()) {
        for (const Actor &each : m_frame.actors) {
            if (takesShade(each)) {
                m_shadedChildren[each.affiliationId].append(each.id);
            }
        }
        for (QList<qint64> &children : m_shadedChildren) {
            std::sort(children.begin(), children.end()); // by id: the same from paint to paint
        }
    }
    const QList<qint64> &siblings = m_shadedChildren[actor.affiliationId];
    const int n = int(siblings.size());
    const int k = int(siblings.indexOf(actor.id)) + 1;
    // Steps of lightness the eye tells apart, not so large that one person's colour looks
    // like another actor's.
    constexpr float MinStep = 0.08f, MaxStep = 0.12f, Turn = 0.04f;
    float h, s, l, a;
    parent.getHslF(&h, &s, &l, &a);
    const float room = std::max(0.0f, isDark() ? 0.85f - l : l - 0.2f);
    int levels = n;
    float step = std::min(room / float(n), MaxStep);
    if (step < MinStep) {
        levels = std::max(1, int(room / MinStep));
        step = room / float(levels);
    }
    const int turn = (k - 1) / levels;
    l += (isDark() ? 1 : -1) * step * float((k - 1) % levels + 1);
    if (turn > 0 && h >= 0) {
        h = std::fmod(h + float(turn % 2 == 1 ? 1 : -1) * Turn * float((turn + 1) / 2) + 1.0f,
                      1.0f);
    }
    return QColor::fromHslF(h, s, std::clamp(l, 0.0f, 1.0f), a);
}

namespace {

// WCAG 2.1's relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto linear = [](float c) {
        return c <= 0.04045f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

double contrast(double a, double b)
{
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

} // namespace

double TimelineColours::contrastOnLanes(const QColor &colour) const
{
    const double of = luminance(colour);
    return std::min(contrast(of, luminance(m_palette.color(QPalette::Base))),
                    contrast(of, luminance(m_palette.color(QPalette::AlternateBase))));
}

QColor TimelineColours::readable(const QColor &colour) const
{
    if (const auto known = m_readable.constFind(colour.rgba()); known != m_readable.constEnd()) {
        return *known;
    }
    QColor result = colour;
    if (contrastOnLanes(colour) < MinContrast) {
        // The least change of lightness that is enough, found by halving: for a hue and
        // saturation, contrast with a background grows the further lightness moves from it.
        float h, s, l, a;
        colour.getHslF(&h, &s, &l, &a);
        float tooLittle = l, enough = isDark() ? 1.0f : 0.0f;
        for (int i = 0; i < 12; ++i) {
            const float middle = (tooLittle + enough) / 2;
            (contrastOnLanes(QColor::fromHslF(h, s, middle, a)) >= MinContrast ? enough
                                                                               : tooLittle) =
                middle;
        }
        result = QColor::fromHslF(h, s, enough, a);
    }
    m_readable.insert(colour.rgba(), result);
    return result;
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
                           readable(ofCategoryInFrame(event.category)));
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
