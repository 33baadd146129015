// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourpicker.h"

#include "managerdialog.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QHBoxLayout>
#include <QPushButton>

namespace entente {

ColourPicker::ColourPicker(QWidget *parent)
    : QWidget(parent), m_button(new QPushButton(this)),
      m_automatic(new QCheckBox(tr("&Automatic"), this))
{
    m_button->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_automatic);
    layout->addStretch();
    connect(m_button, &QPushButton::clicked, this, &ColourPicker::choose);
    connect(m_automatic, &QCheckBox::toggled, this, [this] {
        show(colour());
        emit colourChanged(colour());
    });
    setColour(QString());
}

QString ColourPicker::colour() const
{
    return m_automatic->isChecked() ? QString() : m_chosen;
}

void ColourPicker::setColour(const QString &colour)
{
    const QSignalBlocker blocker(m_automatic);
    if (!colour.isEmpty()) {
        m_chosen = colour;
    }
    m_automatic->setChecked(colour.isEmpty());
    show(colour);
}

void ColourPicker::choose()
{
    // Opened, not exec'd: the window stays responsive, and a test can answer the dialog.
    auto *dialog = new QColorDialog(QColor(m_chosen), this);
    dialog->setOption(QColorDialog::DontUseNativeDialog); // the same dialog everywhere
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &picked) {
        m_chosen = picked.name();
        const QSignalBlocker blocker(m_automatic);
        m_automatic->setChecked(false);
        show(m_chosen);
        emit colourChanged(m_chosen);
    });
    dialog->open();
}

void ColourPicker::show(const QString &colour)
{
    m_button->setIcon(ManagerDialog::swatch(QColor(colour)));
    m_button->setText(colour.isEmpty() ? tr("Choose…") : colour);
}

} // namespace entente
