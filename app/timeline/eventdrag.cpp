// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdrag.h"

#include "datesnap.h"
#include "validator.h"

namespace entente {

namespace {

// A step narrower than this is hard to aim at: minute-precision dates then move by more.
constexpr double MinStepPixels = 4;

} // namespace

bool EventDrag::canDrag(const Event &event, Mode mode)
{
    if (event.isUndated()) {
        return false;
    }
    return mode == Mode::Move ||
           (event.kind == Event::Kind::Period && !event.ongoing && !event.end.isNull());
}

EventDrag::EventDrag(const Event &event, Mode mode, double secondsPerPixel)
    : m_original(event), m_moved(event), m_mode(mode), m_secondsPerPixel(secondsPerPixel)
{}

int EventDrag::multipleFor(const PartialDate &date) const
{
    if (date.precision() != PartialDate::Precision::Minute) {
        return 1; // a day, a month or a year is what the date says: never more
    }
    for (int minutes : {1, 5, 15, 30, 60, 6 * 60}) {
        if (minutes * 60 / m_secondsPerPixel >= MinStepPixels) {
            return minutes;
        }
    }
    return 24 * 60; // whole days, keeping the time of day
}

const Event &EventDrag::moveBy(double dx)
{
    const PartialDate &anchor = m_mode == Mode::Move ? m_original.start : m_original.end;
    const PartialDate::Precision unit = anchor.precision();
    const qint64 steps = DateSnap::stepsFor(unit, dx * m_secondsPerPixel, multipleFor(anchor));
    Event moved = m_original;
    if (m_mode == Mode::Move) {
        moved.start = DateSnap::shifted(m_original.start, unit, steps);
        // The same calendar step for the end keeps the period's length.
        moved.end = DateSnap::shifted(m_original.end, unit, steps);
    } else {
        moved.end = DateSnap::shifted(m_original.end, unit, steps);
    }
    const bool lost = moved.start.isNull() || (!m_original.end.isNull() && moved.end.isNull());
    if (!lost && Validator::check(moved).isEmpty()) {
        m_moved = moved;
    }
    return m_moved;
}

QString EventDrag::label() const
{
    if (m_mode == Mode::ResizeEnd) {
        return tr("ends %1 → %2")
            .arg(m_original.end.toDisplayString(), m_moved.end.toDisplayString());
    }
    return tr("%1 → %2").arg(m_original.dateRangeDisplay(), m_moved.dateRangeDisplay());
}

QString EventDrag::commandText() const
{
    return m_mode == Mode::Move ? tr("Move “%1”").arg(m_original.title)
                                : tr("Resize “%1”").arg(m_original.title);
}

} // namespace entente
