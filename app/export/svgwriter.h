// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace entente {

class TimelineDocument;

// Writes a TimelineDocument as an SVG drawing that browsers show as Entente does. Qt's SVG
// generator (before Qt 6.7) drops every clip, so the bars of periods that began before the
// range would cover the lane headers, and the axis's ticks before it would spill into the
// corner above them: the column of the headers is drawn again over the picture. Every font is
// named with fallbacks that end in a generic family, since a browser that lacks the font would
// otherwise take its default, a serif.
class SvgWriter final
{
    Q_DECLARE_TR_FUNCTIONS(entente::SvgWriter)

public:
    // Throws Error (naming the file) when it cannot be written.
    static void write(TimelineDocument &document, const QString &path, int height,
                      const QString &title);
    // Every font named with fallbacks that end in a generic family.
    static QString withFallbackFonts(const QString &svg);
};

} // namespace entente
