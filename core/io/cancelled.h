// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

namespace entente {

// Thrown when the user cancels a long read or import (its ImportProgress returned false).
// Like any Error it leaves the store as it was; callers that show errors may say nothing.
class Cancelled : public Error
{
public:
    explicit Cancelled(QString message) : Error(std::move(message)) {}
};

} // namespace entente
