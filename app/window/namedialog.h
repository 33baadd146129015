// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace entente {

// Asks for a name, saying beside the field why one cannot be taken (empty, already in use)
// and accepting only one that can.
class NameDialog final : public QDialog
{
    Q_OBJECT

public:
    // `problem` says why a name cannot be taken, or returns "" when it can.
    NameDialog(const QString &title, const QString &label, const QString &name,
               const std::function<QString(const QString &)> &problem, QWidget *parent = nullptr);

    QString name() const;
    QLineEdit *field() const { return m_field; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const;

private:
    void check();

    QLineEdit *m_field;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    std::function<QString(const QString &)> m_check;
};

} // namespace entente
