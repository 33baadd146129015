// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace entente {

// A typed link between two events: "Crimea led to the Minsk agreement".
struct Relation
{
    enum class Type { LedTo, ResponseTo, Violates, Confirms, Related };

    qint64 id = 0;
    qint64 fromEventId = 0;
    qint64 toEventId = 0;
    Type type = Type::Related;
    QString note;

    static QString typeName(Type type);
    static QString typeLabel(Type type);
    static bool typeFromName(const QString &name, Type *type);

    friend bool operator==(const Relation &, const Relation &) = default;
};

} // namespace entente
