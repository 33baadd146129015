// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "agreementtally.h"
#include "densityindex.h"
#include "era.h"
#include "event.h"
#include "lanemodel.h"
#include "matchset.h"
#include "relation.h"
#include "timescale.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>

#include <memory>
#include <optional>

namespace entente {

// Everything one frame of the timeline shows, gathered by the view from the store: the
// renderer draws it onto any QPainter (screen or image) without touching the store.
struct TimelineFrame
{
    TimeScale scale;
    LaneModel lanes;
    QList<Event> events; // those that may be visible, in time order
    QList<Era> eras;
    QList<Relation> relations; // between events of the frame
    // Zoomed out past what can be told apart: per-lane density, and `events` holds only each
    // lane's most important events.
    bool summarized = false;
    QList<DensityIndex::Bucket> density;
    // With matches: their share of `density` (MatchDensity), drawn in full colour over the
    // density drawn faint. None while nothing is asked or it is still being read: the density
    // is then drawn as it is.
    std::optional<QList<DensityIndex::Bucket>> matchDensity;
    QHash<qint64, Actor> actors;
    // The colours users chose for categories ("#rrggbb" by name); others take a hue from their
    // name.
    QHash<QString, QString> categoryColours;
    // The colours users chose for relation types ("#rrggbb" by name); others keep the arrows'
    // usual style.
    QHash<QString, QString> relationTypeColours;
    qint64 selectedEventId = 0; // the current event: keyboard focus, details
    QSet<qint64> selection;     // every selected event (Ctrl+click), the current one included
    bool isSelected(qint64 eventId) const
    {
        return eventId == selectedEventId || selection.contains(eventId);
    }
    // Events drawn with a ring: those of an agreement's provision that Details points at.
    QSet<qint64> highlighted;
    // How many provisions of each visible agreement with provisions are at each level now:
    // drawn under the agreement's label.
    QHash<qint64, AgreementTally::Summary> agreementSummaries;
    int undatedEventCount = 0;
    int verticalOffset = 0; // lanes scroll under the pinned time axis
    // What an event's colour says: whose lane it is in, or what kind of event it is.
    enum class ColourBy { Actor, Category };
    ColourBy colourBy = ColourBy::Actor;
    bool showLegend = true; // it covers a corner of the lanes; the user may put it away
    // The corner the user dragged the legend to; none: the one where it covers the least.
    std::optional<Qt::Corner> legendCorner;
    // What the window's search and filters let through; the rest is drawn faint. None while
    // nothing is asked.
    std::shared_ptr<const MatchSet> matches;
    std::optional<qint64> today; // now, in the same naive seconds as events; drawn as a line
    QLocale locale;              // the axis's month and day names and time format
    // An export or a print rather than the window: none of the window's controls (fold arrows,
    // the hint about undated events), and marks drawn as shapes that scale, not as pixmaps.
    bool document = false;
};

} // namespace entente
