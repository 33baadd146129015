// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelfont.h"

#include <QPaintEngine>
#include <QPainter>

#include <cmath>
#include <memory>

namespace entente {

namespace {
int slotOf(char16_t c, char16_t simpleLimit)
{
    return c == 0x2026 ? simpleLimit : c;
}
} // namespace

LabelFont::LabelFont() : m_metrics(m_font), m_rawFont(QRawFont::fromFont(m_font)) {}

void LabelFont::setFont(const QFont &font)
{
    if (font == m_font) {
        return;
    }
    m_font = font;
    m_metrics = QFontMetricsF(font);
    m_rawFont = QRawFont::fromFont(font);
    m_advances.fill(0);
    m_glyphs.fill(0);
    m_staticTexts.clear();
    m_images.clear();
}

double LabelFont::charAdvance(char16_t c) const
{
    double &advance = m_advances[slotOf(c, SimpleLimit)];
    if (advance == 0) {
        advance = m_metrics.horizontalAdvance(QChar(c));
    }
    return advance;
}

quint32 LabelFont::glyph(char16_t c) const
{
    quint32 &glyph = m_glyphs[slotOf(c, SimpleLimit)];
    if (glyph == 0) {
        const QList<quint32> found = m_rawFont.glyphIndexesForString(QString(QChar(c)));
        glyph = found.value(0) != 0 ? found.value(0) : MissingGlyph;
    }
    return glyph;
}

double LabelFont::advance(const QString &text) const
{
    double width = 0;
    for (const QChar c : text) {
        if (!isSimple(c.unicode())) {
            return m_metrics.horizontalAdvance(text);
        }
        width += charAdvance(c.unicode());
    }
    return width;
}

QString LabelFont::elided(const QString &text, double width) const
{
    if (advance(text) <= width) {
        return text;
    }
    double used = charAdvance(Ellipsis);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isSimple(c)) {
            return m_metrics.elidedText(text, Qt::ElideRight, width);
        }
        used += charAdvance(c);
        if (used > width) {
            return text.left(i).trimmed() + QChar(Ellipsis);
        }
    }
    return text;
}

std::optional<QGlyphRun> LabelFont::glyphRun(const QString &text) const
{
    if (!m_rawFont.isValid()) {
        return std::nullopt;
    }
    QList<quint32> glyphs;
    QList<QPointF> positions;
    glyphs.reserve(text.size());
    positions.reserve(text.size());
    double x = 0;
    for (const QChar c : text) {
        if (!isSimple(c.unicode()) || glyph(c.unicode()) == MissingGlyph) {
            return std::nullopt;
        }
        glyphs.append(glyph(c.unicode()));
        positions.append(QPointF(x, 0));
        x += charAdvance(c.unicode());
    }
    QGlyphRun run;
    run.setRawFont(m_rawFont);
    run.setGlyphIndexes(glyphs);
    run.setPositions(positions);
    return run;
}

const QStaticText &LabelFont::staticText(const QString &text) const
{
    auto it = m_staticTexts.find(text);
    if (it == m_staticTexts.end()) {
        if (m_staticTexts.size() > 20000) {
            m_staticTexts.clear();
        }
        QStaticText prepared(text);
        prepared.setTextFormat(Qt::PlainText);
        prepared.prepare(QTransform(), m_font);
        it = m_staticTexts.insert(text, prepared);
    }
    return *it;
}

void LabelFont::draw(QPainter &painter, const QPointF &topLeft, const QString &text) const
{
    // Vector output (SVG, PDF, printers) keeps the text as text: searchable, selectable.
    const bool raster =
        painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    if (!raster) {
        painter.setFont(m_font);
        painter.drawText(QPointF(topLeft.x(), topLeft.y() + m_metrics.ascent()), text);
        return;
    }
    // Copied to whole device pixels, where a scaled or turned painter would blur the copy.
    const QTransform &device = painter.deviceTransform();
    const qreal ratio = device.m11();
    const QImage *image = device.type() <= QTransform::TxScale && ratio == device.m22()
                              ? labelImage(text, painter.pen().color(), ratio)
                              : nullptr;
    if (!image) {
        drawGlyphs(painter, topLeft, text);
        return;
    }
    const QPointF corner = device.map(topLeft - QPointF(ImageMargin, 0));
    painter.drawImage(
        device.inverted().map(QPointF(std::round(corner.x()), std::round(corner.y()))), *image);
}

void LabelFont::drawGlyphs(QPainter &painter, const QPointF &topLeft, const QString &text) const
{
    if (const std::optional<QGlyphRun> run = glyphRun(text)) {
        painter.drawGlyphRun(QPointF(topLeft.x(), topLeft.y() + m_metrics.ascent()), *run);
    } else {
        if (painter.font() != m_font) { // else QPainter lays the text out again in its font
            painter.setFont(m_font);
        }
        painter.drawStaticText(topLeft, staticText(text));
    }
}

const QImage *LabelFont::labelImage(const QString &text, const QColor &colour, qreal ratio) const
{
    ImageKey key{text, colour.rgba(), qRound(ratio * 100)};
    if (const QImage *kept = m_images.object(key)) {
        return kept;
    }
    // Room left and right for glyphs that reach past their advance (italics, some bearings).
    const QSizeF logical(advance(text) + 2 * ImageMargin, std::ceil(m_metrics.height()) + 1);
    const QSize size(int(std::ceil(logical.width() * ratio)),
                     int(std::ceil(logical.height() * ratio)));
    if (text.isEmpty() || size.width() > MaxImageWidth || size.isEmpty()) {
        return nullptr;
    }
    auto image = std::make_unique<QImage>(size, QImage::Format_ARGB32_Premultiplied);
    image->setDevicePixelRatio(ratio);
    image->fill(Qt::transparent);
    QPainter painter(image.get());
    painter.setPen(colour);
    drawGlyphs(painter, QPointF(ImageMargin, 0), text);
    painter.end();
    const qsizetype bytes = image->sizeInBytes();
    const QImage *kept = image.get();
    return m_images.insert(std::move(key), image.release(), bytes) ? kept : nullptr;
}

} // namespace entente
