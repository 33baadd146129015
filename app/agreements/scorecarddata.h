// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "levelassessment.h"
#include "scorecardlayout.h"

#include <QHash>

namespace entente {

class EventStore;

// What the scorecard of one agreement is drawn from, read from the store at once (an
// agreement's provisions, links and assessments are few): the layout's input, and what the
// tooltips name (the linked events, the assessments).
struct ScorecardData
{
    Event agreement;
    ScorecardLayout::Input input;
    QHash<qint64, Event> events;                // the linked events, by id
    QHash<qint64, LevelAssessment> assessments; // by id

    // The agreement event `agreementId` as it stands at `now`; an agreement without
    // provisions gives rows of its summary only.
    static ScorecardData read(const EventStore &store, qint64 agreementId, qint64 now);
};

} // namespace entente
