// SPDX-License-Identifier: GPL-3.0-or-later
#include "reassigndialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

namespace entente {

ReassignDialog::ReassignDialog(const QString &title, const QString &message,
                               const QString &moveText, const QList<Choice> &choices,
                               const QString &leaveText, QWidget *parent)
    : QDialog(parent), m_move(new QRadioButton(moveText, this)), m_choices(new QComboBox(this)),
      m_leave(new QRadioButton(leaveText, this))
{
    setWindowTitle(title);
    for (const Choice &choice : choices) {
        m_choices->addItem(choice.name, choice.key);
    }
    // Moving is what keeps the most of the user's work, where there is somewhere to move to.
    (choices.isEmpty() ? m_leave : m_move)->setChecked(true);
    m_move->setEnabled(!choices.isEmpty());
    m_choices->setEnabled(m_move->isChecked());
    connect(m_move, &QRadioButton::toggled, m_choices, &QWidget::setEnabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Delete"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *label = new QLabel(message, this);
    label->setTextFormat(Qt::PlainText); // names from the file
    label->setWordWrap(true);
    auto *layout = new QGridLayout(this);
    layout->addWidget(label, 0, 0, 1, 2);
    layout->addWidget(m_move, 1, 0);
    layout->addWidget(m_choices, 1, 1);
    layout->addWidget(m_leave, 2, 0, 1, 2);
    layout->addWidget(buttons, 3, 0, 1, 2);
}

std::optional<QVariant> ReassignDialog::target() const
{
    if (m_move->isChecked() && m_choices->currentIndex() >= 0) {
        return m_choices->currentData();
    }
    return std::nullopt;
}

} // namespace entente
