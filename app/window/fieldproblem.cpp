// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldproblem.h"

#include <QLabel>
#include <QStyle>
#include <QWidget>

namespace entente {

namespace {
const char *const ProblemProperty = "problem";
} // namespace

QLabel *FieldProblem::newLabel(QWidget *field, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name + QStringLiteral("Problem"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    label->setBuddy(field);
    label->hide();
    return label;
}

void FieldProblem::show(QWidget *field, QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (field->property(ProblemProperty).toBool() == !message.isEmpty()) {
        return;
    }
    field->setProperty(ProblemProperty, !message.isEmpty());
    // A dynamic property takes effect in a style sheet only when the widget is polished again.
    field->style()->unpolish(field);
    field->style()->polish(field);
    field->setAccessibleDescription(message);
}

QString FieldProblem::styleSheet()
{
    return QStringLiteral("*[problem=\"true\"] { border: 1px solid #c62828; }");
}

} // namespace entente
