// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"

#include <QCoreApplication>

namespace entente {

// One drag of an event on the timeline: where the event lands for how far the pointer has
// moved, snapped to the precision of its dates (a day-precision event moves by whole days, a
// month one by months, a minute one by minutes, or by more when a minute is too narrow to
// aim at). Moving keeps the precision, the approximate flags and a period's length; resizing
// changes only the end. A position the Validator refuses (an end before the start) is not
// taken: the event stays where it last could be.
class EventDrag final
{
    Q_DECLARE_TR_FUNCTIONS(entente::EventDrag)

public:
    enum class Mode { Move, ResizeEnd };

    // Only dated events move, and only periods with an end resize: false otherwise.
    static bool canDrag(const Event &event, Mode mode);

    EventDrag(const Event &event, Mode mode, double secondsPerPixel);

    // The pointer is `dx` pixels right of where it was pressed: the event where it lands.
    const Event &moveBy(double dx);

    Mode mode() const { return m_mode; }
    const Event &original() const { return m_original; }
    const Event &moved() const { return m_moved; }
    bool hasMoved() const { return !(m_moved == m_original); }
    // What the drag does, for a label by the pointer: "12 Feb 2015 → 14 Feb 2015".
    QString label() const;
    // The undo step's name: "Move “Minsk II”" or "Resize “Minsk process”".
    QString commandText() const;

private:
    // The step a date moves by, in minutes for minute-precision dates.
    int multipleFor(const PartialDate &date) const;

    Event m_original;
    Event m_moved;
    Mode m_mode;
    double m_secondsPerPixel;
};

} // namespace entente
