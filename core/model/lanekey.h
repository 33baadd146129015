// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace entente {

// The key of a lane of the timeline, as the density summaries, the tiles and the lane model
// name it: an actor's id (> 0), or one of the values below.
struct LaneKey
{
    static constexpr qint64 AllActors = -1; // every event, in one lane
    static constexpr qint64 NoActor = 0;    // events without actors
    // -2 is TileKey::AllLanes.

    // The key of a category: derived from its name, so that every connection and the SQL rebuild
    // agree without a lookup table; always <= -3, apart from the keys above and actors.
    static qint64 ofCategory(const QString &category);
    static qint64 ofCategoryUtf8(QByteArrayView utf8);
};

} // namespace entente
