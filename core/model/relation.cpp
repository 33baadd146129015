// SPDX-License-Identifier: GPL-3.0-or-later
#include "relation.h"

#include "enumnames.h"

#include <QCoreApplication>

namespace entente {

namespace {
constexpr EnumName<Relation::Type> TypeNames[] = {
    {Relation::Type::LedTo, "led-to"},      {Relation::Type::ResponseTo, "response-to"},
    {Relation::Type::Violates, "violates"}, {Relation::Type::Confirms, "confirms"},
    {Relation::Type::Related, "related"},
};
} // namespace

QString Relation::typeName(Type type)
{
    return nameOf(TypeNames, type);
}

QString Relation::typeLabel(Type type)
{
    switch (type) {
    case Type::LedTo:
        return QCoreApplication::translate("entente::Relation", "led to");
    case Type::ResponseTo:
        return QCoreApplication::translate("entente::Relation", "response to");
    case Type::Violates:
        return QCoreApplication::translate("entente::Relation", "violates");
    case Type::Confirms:
        return QCoreApplication::translate("entente::Relation", "confirms");
    case Type::Related:
        return QCoreApplication::translate("entente::Relation", "related to");
    }
    return {};
}

bool Relation::typeFromName(const QString &name, Type *type)
{
    return valueOf(TypeNames, name, type);
}

} // namespace entente
