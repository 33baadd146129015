// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace entente {

// A message box whose text is shown as written. QMessageBox's own functions take text that
// looks like HTML as HTML, and Entente's messages quote file names and values from files,
// which may come from anyone: a title such as "<img src=…>" must read as itself.
class PlainMessage final
{
public:
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    // Asks, with Yes and No (the default); whether the answer was Yes.
    static bool question(QWidget *parent, const QString &title, const QString &text);

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons = QMessageBox::Ok);
};

} // namespace entente
