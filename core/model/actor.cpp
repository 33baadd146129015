// SPDX-License-Identifier: GPL-3.0-or-later
#include "actor.h"

#include "enumnames.h"

namespace entente {

namespace {
constexpr EnumName<Actor::Type> TypeNames[] = {
    {Actor::Type::State, "state"},
    {Actor::Type::Organisation, "organisation"},
    {Actor::Type::Person, "person"},
    {Actor::Type::Group, "group"},
};
} // namespace

QString Actor::typeName(Type type)
{
    return nameOf(TypeNames, type);
}

bool Actor::typeFromName(const QString &name, Type *type)
{
    return valueOf(TypeNames, name, type);
}

} // namespace entente
