// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace entente {

// A party to events: a state, an organisation, a person or an armed group. People and bodies
// can belong to another actor (Rutte → NATO), which the view uses to nest lanes.
struct Actor
{
    enum class Type { State, Organisation, Person, Group };

    qint64 id = 0;
    QString name;
    QString shortName;
    Type type = Type::State;
    qint64 affiliationId = 0; // 0: none
    QString color;            // "#rrggbb", empty for "choose one"
    QStringList aliases = {}; // other names it goes by: transliterations, former names

    QString displayName() const { return shortName.isEmpty() ? name : shortName; }

    static QString typeName(Type type);
    static bool typeFromName(const QString &name, Type *type);

    friend bool operator==(const Actor &, const Actor &) = default;
};

} // namespace entente
