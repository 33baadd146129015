// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationtypedialog.h"

#include "colourpicker.h"
#include "fieldproblem.h"
#include "managerdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace entente {

RelationTypeDialog::RelationTypeDialog(const RelationType &type,
                                       const std::function<QString(const QString &)> &nameProblem,
                                       QWidget *parent)
    : QDialog(parent), m_type(type), m_isNew(type.name.isEmpty()), m_checkName(nameProblem),
      m_name(new QLineEdit(type.name, this)), m_label(new QLineEdit(type.label, this)),
      m_colour(new ColourPicker(this)), m_nameProblem(FieldProblem::newLabel(this)),
      m_labelProblem(FieldProblem::newLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_isNew ? tr("New Relation Type") : tr("Edit Relation Type"));
    // Renamed with Rename…, its own undo step: here the name is shown, greyed.
    m_name->setEnabled(m_isNew);
    m_name->setPlaceholderText(tr("e.g. escalated, in the files and the clipboard"));
    m_label->setPlaceholderText(tr("e.g. escalated into, as the timeline says it"));
    m_colour->setColour(type.color);
    m_colour->setToolTip(tr("Automatic: the arrows keep their usual colour"));
    setMinimumWidth(420);

    auto *form = new QFormLayout;
    const auto row = [&](const QString &caption, QWidget *field, QLabel *problem) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        if (problem) {
            box->addWidget(problem);
        }
        auto *label = new QLabel(caption, this);
        label->setBuddy(field);
        form->addRow(label, box);
    };
    row(tr("&Name:"), m_name, m_nameProblem);
    row(tr("&Label:"), m_label, m_labelProblem);
    row(tr("&Colour:"), m_colour, nullptr);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        // A new type's label starts as its name, until the user types one of its own.
        if (m_isNew && !m_label->isModified()) {
            m_label->setText(name.trimmed());
        }
        check();
    });
    connect(m_label, &QLineEdit::textChanged, this, &RelationTypeDialog::check);
    (m_isNew ? m_name : m_label)->setFocus();
    check();
}

RelationType RelationTypeDialog::relationType() const
{
    RelationType type = m_type;
    type.name = m_name->text().trimmed();
    type.label = m_label->text().trimmed();
    type.color = m_colour->colour();
    return type;
}

QPushButton *RelationTypeDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void RelationTypeDialog::check()
{
    const RelationType type = relationType();
    const QString nameProblem = m_isNew && m_checkName ? m_checkName(type.name) : QString();
    const QString labelProblem =
        type.label.isEmpty() ? tr("The timeline shows a relation by its type's label.") : QString();
    FieldProblem::show(m_nameProblem, nameProblem);
    FieldProblem::show(m_labelProblem, labelProblem);
    okButton()->setEnabled(nameProblem.isEmpty() && labelProblem.isEmpty());
}

} // namespace entente
