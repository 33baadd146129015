// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementationlevel.h"

#include "enumnames.h"

namespace entente {

namespace {
constexpr EnumName<ImplementationLevel> LevelNames[] = {
    {ImplementationLevel::NotInitiated, "not-initiated"}, {ImplementationLevel::Minimal, "minimal"},
    {ImplementationLevel::Intermediate, "intermediate"},  {ImplementationLevel::Full, "full"},
    {ImplementationLevel::Violated, "violated"},          {ImplementationLevel::Lapsed, "lapsed"},
};
} // namespace

QString implementationLevelName(ImplementationLevel level)
{
    return nameOf(LevelNames, level);
}

bool implementationLevelFromName(const QString &name, ImplementationLevel *level)
{
    return valueOf(LevelNames, name, level);
}

} // namespace entente
