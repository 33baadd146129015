// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace entente {

// Times are seconds since 1970-01-01T00:00 without a time zone; days are always this long.
constexpr qint64 SecondsPerDay = 86400;
// QDate's Julian day of 1970-01-01.
constexpr qint64 UnixEpochJulianDay = 2440588;

} // namespace entente
