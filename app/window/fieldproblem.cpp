// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldproblem.h"

#include <QLabel>
#include <QLayout>
#include <QPalette>
#include <QStyle>
#include <QWidget>

namespace entente {

namespace {
const char *const ProblemProperty = "problem";
} // namespace

QLabel *FieldProblem::newLabel(QWidget *field, const QString &name, QWidget *parent)
{
    QLabel *label = newLabel(parent);
    label->setObjectName(name + QStringLiteral("Problem"));
    label->setBuddy(field);
    return label;
}

QLabel *FieldProblem::newLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // messages quote names from the file
    // A red that stands out from the form on a light or a dark palette.
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
    label->hide();
    return label;
}

void FieldProblem::show(QWidget *field, QLabel *label, const QString &message)
{
    show(label, message);
    if (field->property(ProblemProperty).toBool() == !message.isEmpty()) {
        return;
    }
    field->setProperty(ProblemProperty, !message.isEmpty());
    // A dynamic property takes effect in a style sheet only when the widget is polished again.
    field->style()->unpolish(field);
    field->style()->polish(field);
    field->setAccessibleDescription(message);
}

void FieldProblem::show(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    // A form on screen does not grow by itself for a wrapped line that appears in it (its
    // minimum size leaves out heights that depend on width): make room for it.
    QWidget *window = label->window();
    if (window->isVisible() && window->layout()) {
        window->layout()->activate();
        const int height = window->heightForWidth(window->width());
        if (height > window->height()) {
            window->resize(window->width(), height);
        }
    }
}

QString FieldProblem::styleSheet()
{
    return QStringLiteral("*[problem=\"true\"] { border: 1px solid #c62828; }");
}

} // namespace entente
