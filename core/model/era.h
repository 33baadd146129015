// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partialdate.h"

#include <QString>

namespace entente {

// A named stretch of time drawn as a background band ("Minsk process").
struct Era
{
    qint64 id = 0;
    QString name;
    PartialDate start;
    PartialDate end;
    QString color; // "#rrggbb"

    friend bool operator==(const Era &, const Era &) = default;
};

} // namespace entente
