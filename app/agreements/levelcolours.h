// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreementtally.h"
#include "implementationlevel.h"

#include <QColor>
#include <QList>
#include <QString>

namespace entente {

// One colour per implementation level, the same wherever a level is drawn (the timeline's
// agreement markers, Details): grey for nothing done, two oranges for partly done, green for
// done, red for violated, and purple for lapsed (due and not done: its own colour, since
// "not yet" and "too late" are different news). Mid-tones, so that they read on light and
// dark backgrounds alike.
class LevelColours final
{
public:
    static QColor of(ImplementationLevel level);
    // Black or white, whichever reads on the level's colour.
    static QColor textOn(ImplementationLevel level);

    // The summary's parts in the order they are drawn and said: full, partial (minimal and
    // intermediate, drawn in intermediate's colour), none, violated, lapsed.
    struct Part
    {
        int count;
        ImplementationLevel level; // the colour
        QString words;             // "3 full", "1 lapsed"
    };
    static QList<Part> partsOf(const AgreementTally::Summary &summary);
    // "3 full · 4 partial · 2 none · 1 violated": the parts with a count.
    static QString inWords(const AgreementTally::Summary &summary);
};

} // namespace entente
