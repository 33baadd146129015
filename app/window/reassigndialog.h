// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QVariant>

#include <optional>

class QComboBox;
class QRadioButton;

namespace entente {

// Before removing something events use (an actor, a category): says how many use it and
// asks whether to move them to another or leave them without it.
class ReassignDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString name;
        QVariant key;
    };

    ReassignDialog(const QString &title, const QString &message, const QString &moveText,
                   const QList<Choice> &choices, const QString &leaveText,
                   QWidget *parent = nullptr);

    // The key of what to move the events to; none: leave them without it.
    std::optional<QVariant> target() const;
    QRadioButton *moveButton() const { return m_move; }
    QRadioButton *leaveButton() const { return m_leave; }
    QComboBox *choices() const { return m_choices; }

private:
    QRadioButton *m_move;
    QComboBox *m_choices;
    QRadioButton *m_leave;
};

} // namespace entente
