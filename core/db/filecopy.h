// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace entente {

class StopRequest;

// A file copied a piece at a time, so that a copy of a large timeline (seconds to tens of
// seconds) can be stopped between two pieces and shows how far it got (the bytes go to the
// StopRequest's count).
class FileCopy final
{
public:
    // Copies `from` to `to` (replacing a file there), with from's permissions. False when it
    // cannot; throws the stopped Error when `stop` is requested. Either way nothing is left
    // at `to`.
    static bool copy(const QString &from, const QString &to, StopRequest &stop);

private:
    static bool copyPieces(const QString &from, const QString &to, StopRequest &stop);
};

} // namespace entente
