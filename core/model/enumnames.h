// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <span>

namespace entente {

// The stable, lower-case names under which enums are stored in the database and in files.
template <typename Enum>
struct EnumName
{
    Enum value;
    const char *name;
};

template <typename Enum>
QString nameOf(std::span<const EnumName<Enum>> names, Enum value)
{
    for (const auto &entry : names) {
        if (entry.value == value) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

template <typename Enum>
bool valueOf(std::span<const EnumName<Enum>> names, const QString &name, Enum *value)
{
    for (const auto &entry : names) {
        if (name == QLatin1String(entry.name)) {
            *value = entry.value;
            return true;
        }
    }
    return false;
}

template <typename Enum, std::size_t N>
QString nameOf(const EnumName<Enum> (&names)[N], Enum value)
{
    return nameOf(std::span<const EnumName<Enum>>(names), value);
}

template <typename Enum, std::size_t N>
bool valueOf(const EnumName<Enum> (&names)[N], const QString &name, Enum *value)
{
    return valueOf(std::span<const EnumName<Enum>>(names), name, value);
}

} // namespace entente
