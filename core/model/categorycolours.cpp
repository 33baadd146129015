// SPDX-License-Identifier: GPL-3.0-or-later
#include "categorycolours.h"

#include "stablehash.h"

#include <QHash>

#include <algorithm>

namespace entente {

const QStringList &CategoryColours::palette()
{
    static const QStringList hues = {
        QStringLiteral("#1f77b4"), QStringLiteral("#d62728"), QStringLiteral("#2ca02c"),
        QStringLiteral("#ff7f0e"), QStringLiteral("#9467bd"), QStringLiteral("#8c564b"),
        QStringLiteral("#e377c2"), QStringLiteral("#17becf"),
    };
    return hues;
}

QString CategoryColours::automatic(const QString &name)
{
    if (name.isEmpty()) {
        return QStringLiteral("#7f7f7f");
    }
    // The categories the bundled timeline and the benchmark use each have a hue of their own;
    // any other takes one by a hash of its name (FNV-1a, not qHash, which may differ between
    // runs and machines), so two of those may share a colour.
    static const QHash<QString, int> Known = {
        {QStringLiteral("military"), 1},  {QStringLiteral("diplomacy"), 0},
        {QStringLiteral("agreement"), 2}, {QStringLiteral("statement"), 3},
        {QStringLiteral("protest"), 4},   {QStringLiteral("humanitarian"), 5},
        {QStringLiteral("analysis"), 6},  {QStringLiteral("context"), 7}};
    if (const auto it = Known.constFind(name.toLower()); it != Known.constEnd()) {
        return palette().at(*it);
    }
    return palette().at(qsizetype(stableHash(name.toUtf8()) % quint64(palette().size())));
}

QString CategoryColours::shown(const Category &category)
{
    return category.color.isEmpty() ? automatic(category.name) : category.color.toLower();
}

QString CategoryColours::forNew(const QList<Category> &categories)
{
    QList<int> uses(palette().size(), 0);
    for (const Category &category : categories) {
        if (const qsizetype hue = palette().indexOf(shown(category)); hue >= 0) {
            ++uses[hue];
        }
    }
    return palette().at(std::min_element(uses.cbegin(), uses.cend()) - uses.cbegin());
}

} // namespace entente
