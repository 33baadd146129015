// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinecontent.h"

class QIODevice;

namespace entente {

// The JSON TimelineJS3 (Knight Lab) shows: a title slide, one slide per dated event with the
// parts of its dates that are known, its category as the group and its first source with a
// URL as the media; the eras. TimelineJS renders text as HTML, so every text is escaped.
// TimelineJS cannot place an undated event: those are left out.
class TimelineJsExport final
{
public:
    // Returns how many events were left out (the undated ones).
    static qsizetype write(const TimelineContent &content, QIODevice *device);
};

} // namespace entente
