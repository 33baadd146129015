// SPDX-License-Identifier: GPL-3.0-or-later
#include "pictureexport.h"

#include "error.h"
#include "svgwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace entente {

namespace {

constexpr int Dpi = 96;
constexpr int PngScale = 2;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error cannotWrite(const QString &path, const QString &why)
{
    return Error(PictureExport::tr("cannot write %1: %2").arg(nativePath(path), why));
}

void paintOnWhite(const PictureExport::Picture &picture, QPainter &painter)
{
    painter.fillRect(QRect(QPoint(0, 0), picture.size), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    picture.paint(painter);
}

void writePng(const PictureExport::Picture &picture, const QString &path)
{
    QImage image(picture.size * PngScale, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(Dpi / 0.0254));
    image.setDotsPerMeterY(int(Dpi / 0.0254));
    QPainter painter(&image);
    painter.scale(PngScale, PngScale);
    paintOnWhite(picture, painter);
    painter.end();
    // Only now: a font's points are turned into pixels by the image's resolution, and the
    // scale already doubles them; the file says it prints at the size of the drawing.
    image.setDotsPerMeterX(int(Dpi * PngScale / 0.0254));
    image.setDotsPerMeterY(int(Dpi * PngScale / 0.0254));
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        throw cannotWrite(path, writer.errorString());
    }
}

void writeSvg(const PictureExport::Picture &picture, const QString &path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(Dpi); // a px of the drawing is a px of the browser
    svg.setSize(picture.size);
    svg.setViewBox(QRect(QPoint(0, 0), picture.size));
    svg.setTitle(picture.title);
    QPainter painter(&svg);
    paintOnWhite(picture, painter);
    painter.end();
    QSaveFile file(path);
    const QByteArray text = SvgWriter::withFallbackFonts(QString::fromUtf8(buffer.data())).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) < 0 || !file.commit()) {
        throw cannotWrite(path, file.errorString());
    }
}

void writePdf(const PictureExport::Picture &picture, const QString &path)
{
    QPdfWriter pdf(path);
    pdf.setTitle(picture.title);
    pdf.setCreator(QStringLiteral("Entente"));
    pdf.setResolution(Dpi);
    const QSizeF points = QSizeF(picture.size) * 72.0 / Dpi;
    pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        throw cannotWrite(path, PictureExport::tr("the file cannot be opened for writing"));
    }
    paintOnWhite(picture, painter);
    painter.end();
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        throw cannotWrite(path, PictureExport::tr("nothing was written"));
    }
}

} // namespace

void PictureExport::write(const Picture &picture, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png") {
        writePng(picture, path);
    } else if (suffix == u"svg") {
        writeSvg(picture, path);
    } else if (suffix == u"pdf") {
        writePdf(picture, path);
    } else {
        throw Error(tr("cannot write %1: unknown format \"%2\"; use .png, .svg or .pdf")
                        .arg(nativePath(path), suffix));
    }
}

} // namespace entente
