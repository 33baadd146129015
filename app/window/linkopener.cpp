// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkopener.h"

#include "plainmessage.h"
#include "weblink.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

namespace entente {

bool LinkOpener::open(QWidget *parent, const QUrl &url)
{
    // Shown in full and as text: never rendered, so the address is what it says.
    const QString address = url.toDisplayString();
    if (!WebLink::canOpen(url)) {
        PlainMessage::warning(parent, tr("Open Link"),
                              tr("Entente opens only web (http, https) and e-mail addresses. "
                                 "This link was not opened:\n\n%1")
                                  .arg(address));
        return false;
    }
    QMessageBox box(parent);
    box.setTextFormat(Qt::PlainText);
    box.setWindowTitle(tr("Open Link"));
    box.setIcon(QMessageBox::Question);
    box.setText(tr("Open this address?\n\n%1").arg(address));
    QPushButton *openButton = box.addButton(tr("Open"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(openButton);
    box.exec();
    return box.clickedButton() == openButton && QDesktopServices::openUrl(url);
}

} // namespace entente
