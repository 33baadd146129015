// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relationtype.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace entente {

class ColourPicker;

// The form for one relation type: its name (only while new: a rename is its own step), the
// label the timeline shows and the colour of its arrows. Each problem is shown beside its
// field, and OK waits until there are none.
class RelationTypeDialog final : public QDialog
{
    Q_OBJECT

public:
    // `nameProblem` says why a name cannot be the new type's, or returns "" when it can; it is
    // asked only while the type is new (`type.name` empty).
    RelationTypeDialog(const RelationType &type,
                       const std::function<QString(const QString &)> &nameProblem,
                       QWidget *parent = nullptr);

    RelationType relationType() const;
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *labelField() const { return m_label; }
    ColourPicker *colourField() const { return m_colour; }
    QLabel *nameProblemLabel() const { return m_nameProblem; }
    QLabel *labelProblemLabel() const { return m_labelProblem; }
    QPushButton *okButton() const;

private:
    void check();

    RelationType m_type;
    bool m_isNew;
    std::function<QString(const QString &)> m_checkName;
    QLineEdit *m_name;
    QLineEdit *m_label;
    ColourPicker *m_colour;
    QLabel *m_nameProblem;
    QLabel *m_labelProblem;
    QDialogButtonBox *m_buttons;
};

} // namespace entente
