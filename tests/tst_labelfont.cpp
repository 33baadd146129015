// SPDX-License-Identifier: GPL-3.0-or-later
// LabelFont: labels measured and drawn without shaping where that is safe, and shaped like any
// other text where it is not; either way they must land where QPainter would put them and
// never run past the width they were elided to.
#include "labelfont.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace entente;

class TstLabelFont : public QObject
{
    Q_OBJECT

private slots:
    void drawsWhereQPainterDraws_data();
    void drawsWhereQPainterDraws();
    void advanceMatchesFontMetrics_data();
    void advanceMatchesFontMetrics();
    void elidedAlwaysFits();
    void elidedKeepsWhatFits();
    void fontChangeForgetsMeasurements();
    void keptLabelsTakeThePenOfEachDraw();
    void keptLabelsFollowTheFont();
    void scaledPaintersStillGetTheLabel();
};

namespace {

const QSize Canvas(900, 60);

// The box of the pixels that differ from white.
QRect inkOf(const QImage &image)
{
    QRect ink;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != qRgb(255, 255, 255)) {
                ink |= QRect(x, y, 1, 1);
            }
        }
    }
    return ink;
}

QImage blank()
{
    QImage image(Canvas, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

QFont labelFont(qreal pointSize = 10)
{
    QFont font = QApplication::font();
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace

void TstLabelFont::drawsWhereQPainterDraws_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Latin") << QStringLiteral("Minsk II (Package of Measures) signed");
    QTest::newRow("Latin with accents") << QStringLiteral("Négociations à Genève, Zürich");
    QTest::newRow("Cyrillic") << QStringLiteral("Переговоры в Стамбуле");
    QTest::newRow("elided") << QStringLiteral("Trump–Putin phone call confirmed b…");
    // Shaped as usual: contextual script, and characters outside the simple range.
    QTest::newRow("Arabic") << QStringLiteral("محادثات السلام");
    QTest::newRow("Hebrew") << QStringLiteral("שיחות שלום");
    QTest::newRow("emoji") << QStringLiteral("Talks \U0001F54A resume");
}

void TstLabelFont::drawsWhereQPainterDraws()
{
    QFETCH(QString, text);
    LabelFont labels;
    labels.setFont(labelFont());
    const QPointF at(20, 15);

    QImage ours = blank();
    {
        QPainter painter(&ours);
        painter.setPen(Qt::black);
        labels.draw(painter, at, text);
    }
    QImage reference = blank();
    {
        QPainter painter(&reference);
        painter.setPen(Qt::black);
        painter.setFont(labels.font());
        painter.drawText(QPointF(at.x(), at.y() + labels.metrics().ascent()), text);
    }
    const QRect drawn = inkOf(ours), expected = inkOf(reference);
    QVERIFY2(!drawn.isEmpty(), "nothing was drawn");
    // Same baseline and start; the end may differ by the kerning that is left out.
    QVERIFY2(qAbs(drawn.top() - expected.top()) <= 1 &&
                 qAbs(drawn.bottom() - expected.bottom()) <= 1,
             qPrintable(QStringLiteral("rows %1–%2, QPainter %3–%4")
                            .arg(drawn.top())
                            .arg(drawn.bottom())
                            .arg(expected.top())
                            .arg(expected.bottom())));
    QVERIFY(qAbs(drawn.left() - expected.left()) <= 1);
    QVERIFY2(
        qAbs(drawn.right() - expected.right()) <= 3,
        qPrintable(
            QStringLiteral("ends at %1, QPainter at %2").arg(drawn.right()).arg(expected.right())));
    // And the width the layout reserves covers what was drawn.
    QVERIFY(drawn.right() <= at.x() + labels.advance(text) + 2);
}

void TstLabelFont::advanceMatchesFontMetrics_data()
{
    drawsWhereQPainterDraws_data();
}

void TstLabelFont::advanceMatchesFontMetrics()
{
    QFETCH(QString, text);
    LabelFont labels;
    labels.setFont(labelFont());
    const double exact = labels.metrics().horizontalAdvance(text);
    QVERIFY2(qAbs(labels.advance(text) - exact) <= 3,
             qPrintable(QStringLiteral("%1 against %2").arg(labels.advance(text)).arg(exact)));
}

void TstLabelFont::elidedAlwaysFits()
{
    LabelFont labels;
    labels.setFont(labelFont());
    const QString alphabet = QStringLiteral("abcdefghij KLMNOP–,.()Ωжй");
    QRandomGenerator rng(5);
    for (int round = 0; round < 500; ++round) {
        QString text;
        for (int i = int(rng.bounded(1, 60)); i > 0; --i) {
            text += alphabet.at(rng.bounded(alphabet.size()));
        }
        const double width = 20 + rng.bounded(380.0);
        // Within the two pixels a label keeps spare: Qt's own elision (for text that is
        // shaped) rounds its widths.
        const QString cut = labels.elided(text, width);
        QVERIFY2(labels.advance(cut) <= width + 2 || cut == text,
                 qPrintable(QStringLiteral("\"%1\" at %2 px: \"%3\" (%4 px)")
                                .arg(text)
                                .arg(width)
                                .arg(cut)
                                .arg(labels.advance(cut))));
        if (cut != text) {
            QVERIFY(cut.endsWith(QChar(0x2026)));
            QVERIFY(text.trimmed().startsWith(cut.chopped(1).trimmed()));
        }
    }
}

void TstLabelFont::elidedKeepsWhatFits()
{
    LabelFont labels;
    labels.setFont(labelFont());
    const QString title = QStringLiteral("Russia seizes and annexes Crimea");
    QCOMPARE(labels.elided(title, labels.advance(title) + 1), title);
    const QString cut = labels.elided(title, labels.advance(title) / 2);
    QVERIFY(cut.size() < title.size());
    QVERIFY(cut.size() > 5);
}

void TstLabelFont::fontChangeForgetsMeasurements()
{
    LabelFont labels;
    labels.setFont(labelFont(9));
    const QString text = QStringLiteral("Rutte interview on Buitenhof");
    const double small = labels.advance(text);
    labels.setFont(labelFont(18));
    QVERIFY(labels.advance(text) > 1.6 * small);
    QVERIFY(qAbs(labels.advance(text) - labels.metrics().horizontalAdvance(text)) <= 3);
}

namespace {

// The colours of the ink (pixels that are not white) of `image`.
QSet<QRgb> inkColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != qRgb(255, 255, 255)) {
                colours.insert(image.pixel(x, y));
            }
        }
    }
    return colours;
}

QImage drawn(const LabelFont &labels, const QString &text, const QColor &pen,
             const QPointF &at = QPointF(20, 15))
{
    QImage image = blank();
    QPainter painter(&image);
    painter.setPen(pen);
    labels.draw(painter, at, text);
    return image;
}

} // namespace

// A label is drawn once into a kept image; the same text in another colour (white inside a
// bar, dark beside it) must not come out in the colour of the first draw.
void TstLabelFont::keptLabelsTakeThePenOfEachDraw()
{
    LabelFont labels;
    labels.setFont(labelFont());
    const QString text = QStringLiteral("Minsk II (Package of Measures) signed");
    const QImage black = drawn(labels, text, Qt::black);
    QVERIFY(inkColours(black).contains(qRgb(0, 0, 0)));
    const QSet<QRgb> red = inkColours(drawn(labels, text, QColor(255, 0, 0)));
    QVERIFY(red.contains(qRgb(255, 0, 0)));
    QVERIFY(!red.contains(qRgb(0, 0, 0)));
    // And drawn again, from what was kept, it is the same picture, moved with its place.
    QCOMPARE(drawn(labels, text, Qt::black), black);
    const QImage moved = drawn(labels, text, Qt::black, QPointF(120, 25));
    QCOMPARE(inkOf(moved), inkOf(black).translated(100, 10));
}

void TstLabelFont::keptLabelsFollowTheFont()
{
    LabelFont labels;
    labels.setFont(labelFont(9));
    const QString text = QStringLiteral("Rutte interview on Buitenhof");
    const QRect small = inkOf(drawn(labels, text, Qt::black));
    labels.setFont(labelFont(18));
    const QRect large = inkOf(drawn(labels, text, Qt::black));
    QVERIFY2(large.width() > 1.6 * small.width(),
             qPrintable(QStringLiteral("%1 px, then %2 px").arg(small.width()).arg(large.width())));
}

// A scaled painter (a high-DPI screen, a zoomed preview) gets a label of its own size, kept
// at its own resolution, not a kept image blown up.
void TstLabelFont::scaledPaintersStillGetTheLabel()
{
    LabelFont labels;
    labels.setFont(labelFont());
    const QString text = QStringLiteral("Переговоры в Стамбуле");
    QImage image = blank();
    {
        QPainter painter(&image);
        painter.scale(2, 2);
        painter.setPen(Qt::black);
        labels.draw(painter, QPointF(10, 5), text);
    }
    const QRect ink = inkOf(image);
    const QRect plain = inkOf(drawn(labels, text, Qt::black));
    QVERIFY(!ink.isEmpty());
    QVERIFY2(qAbs(ink.width() - 2 * plain.width()) <= 4,
             qPrintable(
                 QStringLiteral("%1 px scaled, %2 px plain").arg(ink.width()).arg(plain.width())));
    QVERIFY(ink.left() >= 19 && ink.left() <= 22);
}

QTEST_MAIN(TstLabelFont)
#include "tst_labelfont.moc"
