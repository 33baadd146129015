// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace entente {

// A typed link between two events: "Crimea led to the Minsk agreement". The type is the name
// of one of the timeline's relation types (see RelationType); every timeline has the five
// built-in ones below, and users may add, rename and remove types.
struct Relation
{
    // The built-in types' names, as in the seed file and the schema.
    static inline const QString LedTo = QStringLiteral("led-to");
    static inline const QString ResponseTo = QStringLiteral("response-to");
    static inline const QString Violates = QStringLiteral("violates");
    static inline const QString Confirms = QStringLiteral("confirms");
    static inline const QString Related = QStringLiteral("related");

    qint64 id = 0;
    qint64 fromEventId = 0;
    qint64 toEventId = 0;
    QString type = Related;
    QString note;

    // The built-in types, in the order menus offer them.
    static QStringList builtInTypes();
    // The label a built-in type has in a new timeline (a timeline keeps its own labels); for
    // any other name, the name itself.
    static QString builtInLabel(const QString &type);

    friend bool operator==(const Relation &, const Relation &) = default;
};

} // namespace entente
