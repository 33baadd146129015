// SPDX-License-Identifier: GPL-3.0-or-later
#include "namelabeldialog.h"

#include "colourpicker.h"
#include "fieldproblem.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace entente {

NameLabelDialog::NameLabelDialog(const QString &name, const QString &label, const QString &colour,
                                 const std::function<QString(const QString &)> &nameProblem,
                                 const Words &words, QWidget *parent)
    : QDialog(parent), m_isNew(name.isEmpty()), m_checkName(nameProblem),
      m_labelNeeded(words.labelNeeded), m_name(new QLineEdit(name, this)),
      m_label(new QLineEdit(label, this)), m_colour(new ColourPicker(this)),
      m_nameProblem(FieldProblem::newLabel(this)), m_labelProblem(FieldProblem::newLabel(this)),
      m_form(new QFormLayout),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(words.title);
    // Renamed with Rename…, its own undo step: here the name is shown, greyed.
    m_name->setEnabled(m_isNew);
    m_name->setPlaceholderText(words.namePlaceholder);
    m_label->setPlaceholderText(words.labelPlaceholder);
    m_colour->setColour(colour);
    m_colour->setToolTip(words.colourToolTip);
    setMinimumWidth(420);

    addRow(tr("&Name:"), m_name, m_nameProblem);
    addRow(tr("&Label:"), m_label, m_labelProblem);
    addRow(tr("&Colour:"), m_colour);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        // A new one's label starts as its name, until the user types one of its own.
        if (m_isNew && !m_label->isModified()) {
            m_label->setText(text.trimmed());
        }
        check();
    });
    connect(m_label, &QLineEdit::textChanged, this, &NameLabelDialog::check);
    (m_isNew ? m_name : m_label)->setFocus();
    check();
}

void NameLabelDialog::addRow(const QString &caption, QWidget *field, QLabel *problem)
{
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(field);
    if (problem) {
        box->addWidget(problem);
    }
    auto *label = new QLabel(caption, this);
    label->setBuddy(field);
    m_form->addRow(label, box);
}

QString NameLabelDialog::name() const
{
    return m_name->text().trimmed();
}

QString NameLabelDialog::label() const
{
    return m_label->text().trimmed();
}

QString NameLabelDialog::colour() const
{
    return m_colour->colour();
}

QPushButton *NameLabelDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void NameLabelDialog::check()
{
    const QString nameProblem = m_isNew && m_checkName ? m_checkName(name()) : QString();
    const QString labelProblem = label().isEmpty() ? m_labelNeeded : QString();
    FieldProblem::show(m_nameProblem, nameProblem);
    FieldProblem::show(m_labelProblem, labelProblem);
    okButton()->setEnabled(nameProblem.isEmpty() && labelProblem.isEmpty());
}

} // namespace entente
