// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisionlink.h"

#include "enumnames.h"

namespace entente {

namespace {
constexpr EnumName<ProvisionLink::Type> TypeNames[] = {
    {ProvisionLink::Type::Implements, "implements"},
    {ProvisionLink::Type::Violates, "violates"},
    {ProvisionLink::Type::RefersTo, "refers-to"},
};
} // namespace

QString ProvisionLink::typeName(Type type)
{
    return nameOf(TypeNames, type);
}

bool ProvisionLink::typeFromName(const QString &name, Type *type)
{
    return valueOf(TypeNames, name, type);
}

} // namespace entente
