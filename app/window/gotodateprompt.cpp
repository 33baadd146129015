// SPDX-License-Identifier: GPL-3.0-or-later
#include "gotodateprompt.h"
#include "plainmessage.h"

#include <QInputDialog>
#include <QLineEdit>

namespace entente {

PartialDate GoToDatePrompt::ask(QWidget *parent)
{
    QString text = m_last;
    while (true) {
        bool ok = false;
        text = QInputDialog::getText(parent, tr("Go to Date"),
                                     tr("A date, such as 2022, Feb 2022, 14 Feb 2022 or "
                                        "2022-02-14:"),
                                     QLineEdit::Normal, text, &ok);
        if (!ok) {
            return {};
        }
        QString error;
        const PartialDate date = PartialDate::fromText(text, &error);
        if (!date.isNull()) {
            m_last = text;
            return date;
        }
        PlainMessage::warning(parent, tr("Go to Date"), error); // then ask again, text kept
    }
}

} // namespace entente
