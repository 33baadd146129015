// SPDX-License-Identifier: GPL-3.0-or-later
#include "storechange.h"

#include <algorithm>
#include <limits>

namespace entente {

void IdChanges::merge(const IdChanges &other)
{
    added += other.added;
    changed += other.changed;
    removed += other.removed;
}

bool StoreChange::touchesTime(qint64 from, qint64 to) const
{
    if (everything) {
        return true;
    }
    for (const Span &span : spans) {
        if (span.from <= to && span.to >= from) {
            return true;
        }
    }
    return false;
}

void StoreChange::addSpan(qint64 from, qint64 to)
{
    // An edit usually names the same stretch before and after (a title, a colour): keep one.
    if (!spans.isEmpty() && spans.last() == Span{from, to}) {
        return;
    }
    spans.append({from, to});
    boundSpans();
}

void StoreChange::boundSpans()
{
    // A big import names a million stretches; testing every tile against each would cost more
    // than reading the tiles again. Past a few hundred, one stretch covers them all.
    constexpr int MaxSpans = 256;
    if (spans.size() <= MaxSpans) {
        return;
    }
    Span bounds = spans.first();
    for (const Span &span : std::as_const(spans)) {
        bounds.from = std::min(bounds.from, span.from);
        bounds.to = std::max(bounds.to, span.to);
    }
    spans = {bounds};
}

void StoreChange::merge(const StoreChange &other)
{
    events.merge(other.events);
    actors.merge(other.actors);
    sources.merge(other.sources);
    relations.merge(other.relations);
    eras.merge(other.eras);
    savedViews.merge(other.savedViews);
    provisions.merge(other.provisions);
    provisionLinks.merge(other.provisionLinks);
    assessments.merge(other.assessments);
    agreements.merge(other.agreements);
    actorGroups.merge(other.actorGroups);
    spans += other.spans;
    boundSpans();
    categoriesChanged |= other.categoriesChanged;
    relationTypesChanged |= other.relationTypesChanged;
    rolesChanged |= other.rolesChanged;
    titleChanged |= other.titleChanged;
    everything |= other.everything;
}

StoreChange StoreChange::all()
{
    StoreChange change;
    change.everything = true;
    change.spans.append({std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()});
    return change;
}

} // namespace entente
