// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "importprogress.h"

#include <QCoreApplication>

namespace entente {

// Thrown when the user cancels a long read or import (its ImportProgress returned false).
// Like any Error it leaves the store as it was; callers that show errors may say nothing.
class Cancelled : public Error
{
public:
    explicit Cancelled(QString message) : Error(std::move(message)) {}

    // Asks `progress` (when there is one) whether to go on; throws when it says stop.
    static void unlessGoingOn(const ImportProgress &progress, qint64 done, qint64 total)
    {
        if (progress && !progress(done, total)) {
            throw Cancelled(
                QCoreApplication::translate("entente::Cancelled", "The import was cancelled."));
        }
    }
};

} // namespace entente
