// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanekey.h"

#include "stablehash.h"

namespace entente {

qint64 LaneKey::ofCategory(const QString &category)
{
    return ofCategoryUtf8(category.toUtf8());
}

qint64 LaneKey::ofCategoryUtf8(QByteArrayView utf8)
{
    return -3 - qint64(stableHash(utf8) >> 2);
}

} // namespace entente
