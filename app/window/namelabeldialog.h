// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace entente {

class ColourPicker;

// The form of a kind of thing the timeline names and labels (a relation type, an actor
// role): its name (only while new: a rename is its own step), the label the views show and
// its colour; a subclass adds its own rows. Each problem is shown beside its field, and OK
// waits until there are none.
class NameLabelDialog : public QDialog
{
    Q_OBJECT

public:
    // What differs between the kinds: the window's title, the fields' hints, and why a label
    // is needed.
    struct Words
    {
        QString title;
        QString namePlaceholder;
        QString labelPlaceholder;
        QString colourToolTip;
        QString labelNeeded;
    };

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *labelField() const { return m_label; }
    ColourPicker *colourField() const { return m_colour; }
    QLabel *nameProblemLabel() const { return m_nameProblem; }
    QLabel *labelProblemLabel() const { return m_labelProblem; }
    QPushButton *okButton() const;

protected:
    // `nameProblem` says why a name cannot be the new one's, or returns "" when it can; it is
    // asked only while the thing is new (`name` empty).
    NameLabelDialog(const QString &name, const QString &label, const QString &colour,
                    const std::function<QString(const QString &)> &nameProblem, const Words &words,
                    QWidget *parent);

    // A row of the form under the colour, with its problem label if it has one.
    void addRow(const QString &caption, QWidget *field, QLabel *problem = nullptr);
    QString name() const;
    QString label() const;
    QString colour() const;

private:
    void check();

    bool m_isNew;
    std::function<QString(const QString &)> m_checkName;
    QString m_labelNeeded;
    QLineEdit *m_name;
    QLineEdit *m_label;
    ColourPicker *m_colour;
    QLabel *m_nameProblem;
    QLabel *m_labelProblem;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace entente
