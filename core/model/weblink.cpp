// SPDX-License-Identifier: GPL-3.0-or-later
#include "weblink.h"

namespace entente {

bool WebLink::canOpen(const QUrl &url)
{
    if (!url.isValid()) {
        return false;
    }
    const QString scheme = url.scheme(); // QUrl keeps schemes in lower case
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        return !url.host().isEmpty();
    }
    return scheme == QLatin1String("mailto") && !url.path().isEmpty();
}

} // namespace entente
