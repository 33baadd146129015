// SPDX-License-Identifier: GPL-3.0-or-later
#include "wheelguard.h"

#include <QEvent>
#include <QWidget>

namespace entente {

void WheelGuard::guard(QWidget *field)
{
    field->setFocusPolicy(Qt::StrongFocus); // not by the wheel
    field->installEventFilter(new WheelGuard(field));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && !static_cast<QWidget *>(watched)->hasFocus()) {
        // Ignored, the event goes on to the parents: the scroll area scrolls.
        event->ignore();
        return true;
    }
    return false;
}

} // namespace entente
