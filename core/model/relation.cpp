// SPDX-License-Identifier: GPL-3.0-or-later
#include "relation.h"

#include <QCoreApplication>

namespace entente {

QStringList Relation::builtInTypes()
{
    return {LedTo, ResponseTo, Violates, Confirms, Related};
}

QString Relation::builtInLabel(const QString &type)
{
    // The same words as resources/schema/0006_relation_types.sql writes into old files.
    if (type == LedTo) {
        return QCoreApplication::translate("entente::Relation", "led to");
    }
    if (type == ResponseTo) {
        return QCoreApplication::translate("entente::Relation", "response to");
    }
    if (type == Violates) {
        return QCoreApplication::translate("entente::Relation", "violates");
    }
    if (type == Confirms) {
        return QCoreApplication::translate("entente::Relation", "confirms");
    }
    if (type == Related) {
        return QCoreApplication::translate("entente::Relation", "related to");
    }
    return type;
}

} // namespace entente
