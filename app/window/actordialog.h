// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace entente {

class ColourPicker;

// The form for one actor: name, short name, kind, the actor it belongs to, colour and
// aliases. Each problem (Validator's, and a loop of belonging) is shown beside its field, and
// OK waits until there are none.
class ActorDialog final : public QDialog
{
    Q_OBJECT

public:
    // `actor` has id 0 when it is new; `all` are the store's actors, to choose a parent from.
    ActorDialog(const Actor &actor, const QList<Actor> &all, QWidget *parent = nullptr);

    Actor actor() const;
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *shortNameField() const { return m_shortName; }
    QComboBox *typeField() const { return m_type; }
    QComboBox *parentField() const { return m_parent; }
    ColourPicker *colourField() const { return m_colour; }
    QPlainTextEdit *aliasesField() const { return m_aliases; }
    // The problem shown beside a field ("name", "affiliation", "color"); empty when none.
    QString problem(const QString &field) const;
    QPushButton *okButton() const;

private:
    void check();

    Actor m_actor;
    QList<Actor> m_all;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QComboBox *m_type;
    QComboBox *m_parent;
    ColourPicker *m_colour;
    QPlainTextEdit *m_aliases;
    QHash<QString, QLabel *> m_problems; // by field
    QDialogButtonBox *m_buttons;
};

} // namespace entente
