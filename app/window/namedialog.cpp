// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedialog.h"

#include "fieldproblem.h"
#include "managerdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace entente {

NameDialog::NameDialog(const QString &title, const QString &label, const QString &name,
                       const std::function<QString(const QString &)> &problem, QWidget *parent)
    : QDialog(parent), m_field(new QLineEdit(name, this)), m_problem(FieldProblem::newLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_check(problem)
{
    setWindowTitle(title);
    setMinimumWidth(420); // room for a problem in two lines, not six
    // The field with its problem under it, as in the other forms.
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(m_field);
    box->addWidget(m_problem);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(m_field);
    auto *form = new QFormLayout(this);
    form->addRow(caption, box);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QLineEdit::textChanged, this, &NameDialog::check);
    m_field->selectAll();
    check();
}

QString NameDialog::name() const
{
    return m_field->text().trimmed();
}

QPushButton *NameDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void NameDialog::check()
{
    const QString problem = m_check(name());
    FieldProblem::show(m_problem, problem);
    okButton()->setEnabled(problem.isEmpty());
}

} // namespace entente
