// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "implementationlevel.h"
#include "provisionlink.h"
#include "provisiontopic.h"
#include "scorecardlayout.h"

#include <QCoreApplication>
#include <QString>

namespace entente {

struct ScorecardData;

// What the scorecard says in words: links as a sentence names them, and its tooltips (levels
// and topics are named by core: implementationLevelLabel, provisionTopicLabel).
class ScorecardText final
{
    Q_DECLARE_TR_FUNCTIONS(entente::ScorecardText)

public:
    static QString link(ProvisionLink::Type type);
    // "1. An immediate and comprehensive ceasefire…"
    static QString provision(const Provision &provision);
    // A summary row's name: the topic's, or "All provisions".
    static QString summary(const ScorecardLayout::Row &row);
    // Day, month or year, as the calendar of the user's language writes it.
    static QString date(qint64 second);

    // The event's title, date and how it is linked.
    static QString markTip(const ScorecardData &data, const ScorecardLayout::Mark &mark);
    // The level from the segment's start, and what set it.
    static QString segmentTip(const ScorecardData &data, const ScorecardLayout::Segment &segment);
    // How many provisions are at each level from the share's start.
    static QString shareTip(const ScorecardLayout::Row &row, const ScorecardLayout::Share &share);
    // The provision's number, summary, full text and deadline.
    static QString headerTip(const ScorecardLayout::Row &row);

private:
    static QString origin(const ScorecardData &data, const ScorecardLayout::Segment &segment);
};

} // namespace entente
