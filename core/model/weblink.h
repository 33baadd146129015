// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace entente {

// Which addresses from a timeline file Entente will hand to the system to open: a source's
// URL comes from whoever wrote the file, and a file:, smb: or custom-scheme link can run a
// program or reach a local file. Only web pages and mail are opened.
class WebLink final
{
public:
    static bool canOpen(const QUrl &url);
};

} // namespace entente
