// SPDX-License-Identifier: GPL-3.0-or-later
#include "plainmessage.h"

namespace entente {

void PlainMessage::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text);
}

void PlainMessage::critical(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Critical, title, text);
}

void PlainMessage::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                        const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace entente
