// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace entente {

// An event that carries out, breaks or mentions a provision: "the 2022 invasion violates the
// ceasefire of Minsk II, point 1", with the source that says so.
struct ProvisionLink
{
    enum class Type { Implements, Violates, RefersTo }; // "implements", "violates", "refers-to"

    qint64 id = 0;
    qint64 provisionId = 0;
    qint64 eventId = 0;
    Type type = Type::RefersTo;
    qint64 sourceId = 0; // 0: none given
    QString note;

    static QString typeName(Type type);
    static bool typeFromName(const QString &name, Type *type);

    friend bool operator==(const ProvisionLink &, const ProvisionLink &) = default;
};

} // namespace entente
