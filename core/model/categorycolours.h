// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "category.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace entente {

// The colours categories take: eight hues that stay apart on light and dark backgrounds. A
// category without a colour of its own ("Automatic") shows the hue its name picks, the same
// in every file, run and machine; a category made new, by hand or by an import that gives it
// no colour, is given the hue the others show least, so that it stands apart from them.
class CategoryColours final
{
public:
    static const QStringList &palette(); // "#rrggbb", in the order hues are handed out
    // The hue an automatic category shows; grey for "" (uncategorized).
    static QString automatic(const QString &name);
    // What the category shows: its own colour, else its automatic one.
    static QString shown(const Category &category);
    // For a new category beside these: the first hue of the palette that the fewest of them
    // show.
    static QString forNew(const QList<Category> &categories);
};

} // namespace entente
