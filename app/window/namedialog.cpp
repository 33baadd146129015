// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedialog.h"

#include "managerdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace entente {

NameDialog::NameDialog(const QString &title, const QString &label, const QString &name,
                       const std::function<QString(const QString &)> &problem, QWidget *parent)
    : QDialog(parent), m_field(new QLineEdit(name, this)),
      m_problem(ManagerDialog::problemLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_check(problem)
{
    setWindowTitle(title);
    auto *form = new QFormLayout(this);
    form->addRow(label, m_field);
    form->addRow(QString(), m_problem);
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
    ManagerDialog::showProblem(m_problem, problem);
    okButton()->setEnabled(problem.isEmpty());
}

} // namespace entente
