// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;

namespace entente {

// Writes a drawing that fits on one sheet (the agreement scorecard, the negotiating table) as
// PNG, SVG or PDF, chosen by the file's suffix: the views paint themselves once, for the screen
// and for every format. The PDF is one page the size of the drawing, so that nothing is cut or
// scaled; a PNG is drawn at twice the size, for print and slides.
class PictureExport final
{
    Q_DECLARE_TR_FUNCTIONS(entente::PictureExport)

public:
    struct Picture
    {
        QSize size; // in px at 96 dpi
        QString title;
        // Paints on a white page of `size`, from (0, 0); the painter may be scaled.
        std::function<void(QPainter &)> paint;
    };

    static QStringList formats()
    {
        return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
    }
    // Throws Error naming the file when its suffix is none of formats() or it cannot be written.
    static void write(const Picture &picture, const QString &path);
};

} // namespace entente
