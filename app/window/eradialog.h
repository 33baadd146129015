// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "era.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace entente {

class ColourPicker;

// The form for one era: its name, start and end typed as dates are written ("2014",
// "Sep 2014", "5 Sep 2014"), and its colour. Each problem is shown beside its field, and OK
// waits until there are none.
class EraDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit EraDialog(const Era &era, QWidget *parent = nullptr);

    Era era() const;
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *startField() const { return m_start; }
    QLineEdit *endField() const { return m_end; }
    ColourPicker *colourField() const { return m_colour; }
    // The problem shown beside a field ("name", "start", "end", "color"); empty when none.
    QString problem(const QString &field) const;
    QPushButton *okButton() const;

private:
    void check();

    Era m_era;
    QLineEdit *m_name;
    QLineEdit *m_start;
    QLineEdit *m_end;
    ColourPicker *m_colour;
    QHash<QString, QLabel *> m_problems; // by field
    QDialogButtonBox *m_buttons;
};

} // namespace entente
