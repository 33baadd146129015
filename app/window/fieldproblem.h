// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace entente {

// A problem with what was typed into a field, shown where it is: a red sentence under the
// field and the field framed in red. Editors name the label "<field>Problem" so that tests
// (and screen readers, through the buddy) find it by the field.
class FieldProblem final
{
public:
    // A hidden label for the problems of `field`, word-wrapped, in the error colour.
    static QLabel *newLabel(QWidget *field, const QString &name, QWidget *parent);
    // The same for a form that only shows the sentence (the managers' dialogs).
    static QLabel *newLabel(QWidget *parent);
    // Shows the message under the field and marks it, or clears both when it is empty.
    static void show(QWidget *field, QLabel *label, const QString &message);
    // Shows the message, or hides the label when it is empty; the window grows to fit it.
    static void show(QLabel *label, const QString &message);
    // The style that frames a marked field, for the editor's top widget.
    static QString styleSheet();
};

} // namespace entente
