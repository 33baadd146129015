// SPDX-License-Identifier: GPL-3.0-or-later
#include "framequery.h"

#include "eventstore.h"

#include <QSet>

namespace entente {

FrameQuery::Result FrameQuery::fetch(const EventStore &store, qint64 from, qint64 to,
                                     double secondsPerPixel, const QList<qint64> &laneActors)
{
    Result result;
    result.from = from;
    result.to = to;
    result.level = DensityIndex::levelFor(secondsPerPixel);
    const DensityIndex &density = store.density();
    // Whole buckets, so a slight overestimate: enough to choose how to draw.
    const qint64 estimate = density.count(result.level, DensityIndex::AllActors, from, to);
    if (estimate <= DetailBudget) {
        result.events = store.eventsInRange(from, to, EventStore::Detail::Timeline);
        return result;
    }
    result.summarized = true;
    QList<qint64> tops;
    for (qint64 actor : laneActors) {
        const QList<DensityIndex::Bucket> buckets = density.buckets(result.level, actor, from, to);
        result.density += buckets;
        tops += thinnedTops(buckets, from, secondsPerPixel);
    }
    const QSet<qint64> unique(tops.begin(), tops.end());
    result.events =
        store.events(QList<qint64>(unique.begin(), unique.end()), EventStore::Detail::Timeline);
    return result;
}

QList<qint64> FrameQuery::thinnedTops(const QList<DensityIndex::Bucket> &buckets, qint64 from,
                                      double secondsPerPixel)
{
    // One event per TopSpacing pixels: the most important of the buckets in that stretch.
    const double stretch = TopSpacing * secondsPerPixel;
    QList<qint64> ids;
    qint64 currentStretch = -1;
    int bestImportance = 0;
    for (const DensityIndex::Bucket &bucket : buckets) {
        const auto index = qint64((bucket.from - from) / stretch);
        if (index != currentStretch) {
            currentStretch = index;
            bestImportance = 0;
            ids.append(0);
        }
        if (bucket.topImportance > bestImportance) {
            bestImportance = bucket.topImportance;
            ids.last() = bucket.topEventId;
        }
    }
    ids.removeAll(0);
    return ids;
}

} // namespace entente
