// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementationlevel.h"

#include "enumnames.h"

#include <QCoreApplication>

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
    if (level == ImplementationLevel::NotAssessed) {
        return QStringLiteral("not-assessed");
    }
    return nameOf(LevelNames, level);
}

bool implementationLevelFromName(const QString &name, ImplementationLevel *level)
{
    return valueOf(LevelNames, name, level);
}

QString implementationLevelLabel(ImplementationLevel level)
{
    switch (level) {
    case ImplementationLevel::NotInitiated:
        return QCoreApplication::translate("entente::ImplementationLevel", "Not initiated",
                                           "how far a provision is implemented");
    case ImplementationLevel::Minimal:
        return QCoreApplication::translate("entente::ImplementationLevel", "Minimal",
                                           "how far a provision is implemented");
    case ImplementationLevel::Intermediate:
        return QCoreApplication::translate("entente::ImplementationLevel", "Intermediate",
                                           "how far a provision is implemented");
    case ImplementationLevel::Full:
        return QCoreApplication::translate("entente::ImplementationLevel", "Full",
                                           "how far a provision is implemented");
    case ImplementationLevel::Violated:
        return QCoreApplication::translate("entente::ImplementationLevel", "Violated",
                                           "how far a provision is implemented");
    case ImplementationLevel::Lapsed:
        return QCoreApplication::translate("entente::ImplementationLevel", "Lapsed",
                                           "how far a provision is implemented");
    case ImplementationLevel::NotAssessed:
        return QCoreApplication::translate("entente::ImplementationLevel", "Not assessed",
                                           "how far a provision is implemented");
    }
    return {};
}

} // namespace entente
