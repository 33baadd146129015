// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUrl>

class QWidget;

namespace entente {

// Opens a link from a timeline (a source's URL) only when it is a web or mail address, and only
// after showing the user the whole address: the text of a link can say one place and lead to
// another, and a file may come from anyone.
class LinkOpener final
{
    Q_DECLARE_TR_FUNCTIONS(entente::LinkOpener)

public:
    // Returns whether the address was handed to the system.
    static bool open(QWidget *parent, const QUrl &url);
};

} // namespace entente
