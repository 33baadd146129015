// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace entente {

// Told how far a long read or import has got (done of total, in rows or events; total 0 when
// unknown), every few hundred rows; returning false asks it to stop, which it does by throwing
// Cancelled. An empty function is never called.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace entente
