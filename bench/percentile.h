// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <algorithm>

namespace entente {

// The value below which a share p of the values lie (the nearest rank; 0 for none).
inline double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()));
    return values.isEmpty() ? 0 : values.at(index);
}

} // namespace entente
