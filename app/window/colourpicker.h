// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QPushButton;

namespace entente {

// A colour field: a button showing the colour that opens a colour dialog, and "Automatic" for
// none (the timeline then picks one). The value is "#rrggbb", or "" for automatic.
class ColourPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit ColourPicker(QWidget *parent = nullptr);

    QString colour() const;
    void setColour(const QString &colour);

signals:
    void colourChanged(const QString &colour);

private:
    void choose();
    void show(const QString &colour);

    QPushButton *m_button;
    QCheckBox *m_automatic;
    QString m_chosen; // the last colour chosen, kept while "Automatic" is ticked
};

} // namespace entente
