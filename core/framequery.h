// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "densityindex.h"
#include "event.h"

#include <QList>

namespace entente {

class EventStore;

// What one frame of the timeline needs from the store, chosen by zoom so that its cost follows
// what can be seen, not the size of the timeline: every event of the window while they can be
// told apart, otherwise each lane's density from the summaries plus, per stretch of screen,
// the lane's most important event.
class FrameQuery final
{
public:
    // Above this many events in the window, the frame is summarized.
    static constexpr int DetailBudget = 1500;
    // In a summarized lane, at most one event drawn individually per this many pixels.
    static constexpr double TopSpacing = 90;

    struct Result
    {
        qint64 from = 0;
        qint64 to = -1;
        bool summarized = false;
        int level = 0;
        QList<Event> events; // in time order, without description, tags or sources
        QList<DensityIndex::Bucket> density;

        bool covers(qint64 visibleFrom, qint64 visibleTo) const
        {
            return visibleFrom >= from && visibleTo <= to;
        }
    };

    static Result fetch(const EventStore &store, qint64 from, qint64 to, double secondsPerPixel,
                        const QList<qint64> &laneActors);

private:
    static QList<qint64> thinnedTops(const QList<DensityIndex::Bucket> &buckets, qint64 from,
                                     double secondsPerPixel);
};

} // namespace entente
