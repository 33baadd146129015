// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinekeys.h"

#include "timelineview.h"

#include <QHash>
#include <QKeyEvent>

#include <functional>

namespace entente {

namespace {

constexpr double PanShare = 0.1; // of the window's width, per arrow key

using Binding = std::function<void(TimelineView &)>;

Binding pan(double share)
{
    return [share](TimelineView &view) { view.panBy(share); };
}

Binding scroll(QAbstractSlider::SliderAction action)
{
    return [action](TimelineView &view) { view.scrollLanes(action); };
}

} // namespace

bool TimelineKeys::handle(TimelineView &view, const QKeyEvent &event)
{
    static const QHash<int, Binding> plain = {
        {Qt::Key_Home, &TimelineView::selectFirstEvent},
        {Qt::Key_End, &TimelineView::selectLastEvent},
        {Qt::Key_Tab, &TimelineView::selectNextEvent},
        {Qt::Key_Backtab, &TimelineView::selectPreviousEvent},
        {Qt::Key_Return, &TimelineView::activateCurrentEvent},
        {Qt::Key_Enter, &TimelineView::activateCurrentEvent},
        {Qt::Key_Back, &TimelineView::goBack},
        {Qt::Key_Forward, &TimelineView::goForward},
        {Qt::Key_Left, pan(-PanShare)},
        {Qt::Key_Right, pan(PanShare)},
        {Qt::Key_Up, scroll(QAbstractSlider::SliderSingleStepSub)},
        {Qt::Key_Down, scroll(QAbstractSlider::SliderSingleStepAdd)},
        {Qt::Key_PageUp, scroll(QAbstractSlider::SliderPageStepSub)},
        {Qt::Key_PageDown, scroll(QAbstractSlider::SliderPageStepAdd)},
        {Qt::Key_Plus, &TimelineView::zoomIn},
        {Qt::Key_Equal, &TimelineView::zoomIn},
        {Qt::Key_Minus, &TimelineView::zoomOut},
        {Qt::Key_F, &TimelineView::zoomToFit},
        {Qt::Key_Escape, &TimelineView::clearSelectionOrLeave},
    };
    static const QHash<int, Binding> withAlt = {
        {Qt::Key_Left, &TimelineView::goBack},
        {Qt::Key_Right, &TimelineView::goForward},
    };
    const QHash<int, Binding> &bindings = event.modifiers() & Qt::AltModifier ? withAlt : plain;
    const auto it = bindings.find(event.key());
    if (it == bindings.end()) {
        return false;
    }
    (*it)(view);
    return true;
}

bool TimelineKeys::walksEvents(const QKeyEvent &event)
{
    return (event.key() == Qt::Key_Tab || event.key() == Qt::Key_Backtab) &&
           !(event.modifiers() & Qt::ControlModifier);
}

} // namespace entente
