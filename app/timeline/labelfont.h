// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QFont>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QImage>
#include <QRawFont>
#include <QStaticText>

#include <array>
#include <optional>

class QPainter;

namespace entente {

// Measures, elides and draws one-line labels in one font, several times faster than QPainter
// and QFontMetrics do for text seen for the first time, which is most labels of a timeline
// moved to a new window. For scripts without contextual shaping (Latin, Greek, Cyrillic) a
// label's glyphs are placed by per-character advances looked up once, without shaping (no
// kerning: within a pixel or two); any other text, or a character the font lacks, is shaped
// as usual.
// On raster devices a label is drawn once into a small image, kept in a cache of bounded size,
// and copied from there: blending a whole label in one pass costs a fraction of blending its
// glyphs one by one, and a frame mostly redraws the labels of the last (after an edit, a pan,
// a hover).
class LabelFont final
{
public:
    LabelFont();

    void setFont(const QFont &font); // forgets what was looked up, if the font changed
    const QFont &font() const { return m_font; }
    const QFontMetricsF &metrics() const { return m_metrics; }

    double advance(const QString &text) const;
    // Cut at the right with "…" to fit `width`; the text itself if it fits.
    QString elided(const QString &text, double width) const;
    void draw(QPainter &painter, const QPointF &topLeft, const QString &text) const;

    static constexpr qsizetype CacheBytes = 48 * 1024 * 1024;

private:
    struct ImageKey
    {
        QString text;
        QRgb colour;
        int ratio; // device pixels per 100 logical ones
        friend bool operator==(const ImageKey &, const ImageKey &) = default;
        friend size_t qHash(const ImageKey &key, size_t seed)
        {
            return qHashMulti(seed, key.text, key.colour, key.ratio);
        }
    };

    static constexpr char16_t SimpleLimit = 0x0590; // below Hebrew, Arabic and Indic scripts
    static constexpr char16_t Ellipsis = 0x2026;
    static constexpr quint32 MissingGlyph = 0xffffffff;
    static constexpr int ImageMargin = 2;      // logical pixels either side of a label's image
    static constexpr int MaxImageWidth = 4096; // device pixels; longer text is drawn directly

    static bool isSimple(char16_t c) { return c < SimpleLimit || c == Ellipsis; }
    double charAdvance(char16_t c) const;
    quint32 glyph(char16_t c) const;
    std::optional<QGlyphRun> glyphRun(const QString &text) const;
    const QStaticText &staticText(const QString &text) const;
    void drawGlyphs(QPainter &painter, const QPointF &topLeft, const QString &text) const;
    const QImage *labelImage(const QString &text, const QColor &colour, qreal ratio) const;

    QFont m_font;
    QFontMetricsF m_metrics;
    QRawFont m_rawFont;
    // Indexed by UTF-16 code unit below SimpleLimit; the ellipsis has the last slot.
    mutable std::array<double, SimpleLimit + 1> m_advances{};
    mutable std::array<quint32, SimpleLimit + 1> m_glyphs{}; // 0: not looked up yet
    mutable QHash<QString, QStaticText> m_staticTexts;
    mutable QCache<ImageKey, QImage> m_images{CacheBytes};
};

} // namespace entente
