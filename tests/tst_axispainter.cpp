// SPDX-License-Identifier: GPL-3.0-or-later
#include "axispainter.h"

#include <QApplication>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

// Where the time axis puts its texts: bands' names and "Today" above, ticks below, none over
// another and none cut at the view's left edge.
class TstAxisPainter : public QObject
{
    Q_OBJECT

private slots:
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void todayKeepsClearOfTheBandsNames();
    void theFirstTickIsWholeInView();
};

namespace {

constexpr int Width = 1280;

qint64 day(int y, int m, int d)
{
    return PartialDate::day(y, m, d).earliestSecond();
}

TimelineFrame frameOver(qint64 from, qint64 to, std::optional<qint64> today)
{
    TimelineFrame frame;
    frame.scale = TimeScale(from, to, TimelineLayout::timeAreaWidth(Width));
    frame.lanes = LaneModel::packed();
    frame.today = today;
    frame.locale = QLocale::c();
    return frame;
}

AxisPainter::Labels labelsOf(const TimelineFrame &frame)
{
    TimelineLayout layout;
    layout.layout(frame, QSize(Width, 600), QApplication::font());
    const TimelineColours colours(frame, QApplication::palette());
    return AxisPainter(layout, frame, colours).labels();
}

bool overlap(const QList<AxisPainter::Label> &labels, QString *which)
{
    for (qsizetype i = 0; i < labels.size(); ++i) {
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            if (labels.at(i).rect.intersects(labels.at(j).rect)) {
                *which = labels.at(i).text + u" / "_s + labels.at(j).text;
                return true;
            }
        }
    }
    return false;
}

} // namespace

void TstAxisPainter::labelsNeverOverlap_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::newRow("centuries") << day(1000, 1, 1) << day(2100, 1, 1);
    QTest::newRow("decades") << day(1917, 6, 1) << day(2031, 3, 1);
    QTest::newRow("years") << day(2013, 5, 20) << day(2027, 1, 1);
    QTest::newRow("months") << day(2024, 11, 17) << day(2026, 2, 1);
    QTest::newRow("days") << day(2025, 2, 7) + 40000 << day(2025, 2, 14);
    QTest::newRow("hours") << day(2025, 2, 9) + 5000 << day(2025, 2, 10);
}

void TstAxisPainter::labelsNeverOverlap()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    const qint64 today = from + (to - from) * 9 / 10;
    const AxisPainter::Labels labels = labelsOf(frameOver(from, to, today));
    QVERIFY(!labels.bands.isEmpty() && labels.ticks.size() >= 2 && labels.today);
    QList<AxisPainter::Label> upper = labels.bands;
    upper.append(*labels.today);
    QString which;
    QVERIFY2(!overlap(upper, &which), qPrintable(which));
    QVERIFY2(!overlap(labels.ticks, &which), qPrintable(which));
    for (const QList<AxisPainter::Label> &tier : {upper, labels.ticks}) {
        for (const AxisPainter::Label &label : tier) {
            QVERIFY2(label.rect.left() >= TimelineLayout::HeaderWidth, qPrintable(label.text));
            QVERIFY2(label.rect.top() >= 0 && label.rect.bottom() <= TimelineLayout::AxisHeight,
                     qPrintable(label.text));
        }
    }
}

void TstAxisPainter::todayKeepsClearOfTheBandsNames()
{
    // A thousand years in view: today is a few pixels right of where "2000–2999" begins.
    const AxisPainter::Labels labels =
        labelsOf(frameOver(day(1000, 1, 1), day(2100, 1, 1), day(2025, 6, 1)));
    QVERIFY(labels.today);
    QStringList names;
    for (const AxisPainter::Label &band : labels.bands) {
        QVERIFY2(!band.rect.intersects(labels.today->rect), qPrintable(band.text));
        names.append(band.text);
    }
    // Both named; the second past "Today", in what room is left before the view's edge.
    QCOMPARE(names.size(), 2);
    QCOMPARE(names.at(0), u"1000\u20131999"_s);
    QVERIFY2(names.at(1).startsWith(u"2000"_s), qPrintable(names.at(1)));
    QVERIFY(labels.bands.at(1).rect.left() > labels.today->rect.right());
}

void TstAxisPainter::theFirstTickIsWholeInView()
{
    // From mid-1917, ticks every ten years: the first, 1910, is left of the view; its name is
    // shown whole at the view's left edge, or not at all, never its last digits.
    const TimelineFrame frame = frameOver(day(1917, 6, 1), day(2031, 3, 1), std::nullopt);
    const AxisPainter::Labels labels = labelsOf(frame);
    QVERIFY(!labels.ticks.isEmpty());
    const AxisPainter::Label &first = labels.ticks.constFirst();
    QVERIFY2(first.rect.left() >= TimelineLayout::HeaderWidth, qPrintable(first.text));
    QCOMPARE(first.text.size(), 4);
    for (const AxisPainter::Label &tick : labels.ticks) {
        QVERIFY(tick.rect.right() > TimelineLayout::HeaderWidth);
    }
}

QTEST_MAIN(TstAxisPainter)
#include "tst_axispainter.moc"
