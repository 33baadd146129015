// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace entente {

// Keeps the mouse wheel from changing a combo box or spin box that the user is only
// scrolling past: in a form that scrolls, the wheel turns the field's value only once the
// field has the focus, and otherwise scrolls the form.
class WheelGuard final : public QObject
{
    Q_OBJECT

public:
    static void guard(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace entente
