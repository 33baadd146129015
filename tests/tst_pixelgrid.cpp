// SPDX-License-Identifier: GPL-3.0-or-later
// PixelGrid: a tall translucent fill is blended in bands of rows (so that Qt does not hand it to
// its thread pool); the picture must be exactly the one a single fill makes, with no seam or
// doubled row between bands, at any position, height and pixel ratio.
#include "pixelgrid.h"

#include <QImage>
#include <QTest>

using namespace entente;

class TstPixelGrid : public QObject
{
    Q_OBJECT

private slots:
    void bandsMakeTheSamePictureAsOneFill_data();
    void bandsMakeTheSamePictureAsOneFill();
};

namespace {

QImage filled(const QRectF &rect, const QColor &colour, qreal ratio, bool inBands)
{
    QImage image(QSize(int(300 * ratio), int(700 * ratio)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(QColor(250, 250, 245));
    QPainter painter(&image);
    if (inBands) {
        PixelGrid::fill(painter, rect, colour);
    } else {
        painter.fillRect(rect, colour);
    }
    return image;
}

} // namespace

void TstPixelGrid::bandsMakeTheSamePictureAsOneFill_data()
{
    QTest::addColumn<QRectF>("rect");
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("whole rows") << QRectF(10, 20, 40, 600) << 1.0;
    QTest::newRow("fractions") << QRectF(10.4, 20.6, 40.3, 537.7) << 1.0;
    QTest::newRow("one band and a row") << QRectF(5, 30, 1, 65) << 1.0;
    QTest::newRow("high DPI") << QRectF(10.5, 20.25, 40, 600.5) << 2.0;
}

void TstPixelGrid::bandsMakeTheSamePictureAsOneFill()
{
    QFETCH(QRectF, rect);
    QFETCH(qreal, ratio);
    const QColor shade(20, 20, 30, 40); // translucent: the case that is split
    const QImage banded = filled(rect, shade, ratio, true);
    const QImage whole = filled(rect, shade, ratio, false);
    QCOMPARE(banded, whole);
    QVERIFY(banded != filled(QRectF(), shade, ratio, false)); // something was drawn
}

QTEST_MAIN(TstPixelGrid)
#include "tst_pixelgrid.moc"
