// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include "error.h"
#include "eventstore.h"
#include "seedloader.h"
#include "timelineexporter.h"
#include "timelineview.h"

#include <memory>

using namespace entente;

class TstTimelineExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keyShowsEveryLaneColour_data();
    void keyShowsEveryLaneColour();
    void keyStopsAtTheEndOfThePage();
    void refusesWhatItCannotWrite_data();
    void refusesWhatItCannotWrite();
    void writesTheChosenLanes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
};

void TstTimelineExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("t.entente")));
    SeedLoader::loadBundled(*m_store);
}

void TstTimelineExporter::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TstTimelineExporter::keyShowsEveryLaneColour_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("colourBy");
    QTest::newRow("actor lanes") << int(LaneModel::Mode::Actor) << 0;
    QTest::newRow("category lanes") << int(LaneModel::Mode::Category) << 0;
    QTest::newRow("coloured by category") << int(LaneModel::Mode::Actor) << 1;
}

void TstTimelineExporter::keyShowsEveryLaneColour()
{
    QFETCH(int, mode);
    QFETCH(int, colourBy);
    TimelineView view;
    view.setFetchMode(TileCache::Mode::Immediate);
    view.resize(1200, 600);
    view.setLaneMode(LaneModel::Mode(mode));
    view.setColourBy(TimelineFrame::ColourBy(colourBy));
    view.setStore(m_store.get());
    QVERIFY(view.waitForData());
    const QList<TimelineRenderer::LegendEntry> key = view.colourKey();
    QVERIFY(key.size() >= 3);

    QImage page(1400, 900, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.setPen(Qt::black);
    const QFontMetricsF metrics(QApplication::font());
    const double bottom =
        TimelineExporter::paintKey(painter, view, QRectF(0, 100, 1400, 800), metrics);
    painter.end();
    QVERIFY(bottom > 100 + 6 * metrics.height()); // the six symbols at least
    QVERIFY(bottom < 900);
    // Every colour of the key is on the page, as a swatch.
    QSet<QRgb> drawn;
    for (int y = 100; y < int(bottom); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            drawn.insert(page.pixel(x, y));
        }
    }
    for (const TimelineRenderer::LegendEntry &entry : key) {
        QVERIFY2(drawn.contains(entry.colour.rgb()), qPrintable(entry.name));
    }
}

void TstTimelineExporter::keyStopsAtTheEndOfThePage()
{
    TimelineView view;
    view.setFetchMode(TileCache::Mode::Immediate);
    view.resize(1200, 600);
    view.setStore(m_store.get());
    QVERIFY(view.waitForData());
    QVERIFY(view.colourKey().size() > 12); // more than fit beside the six symbols
    QImage page(1400, 900, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    const QFontMetricsF metrics(QApplication::font());
    const double line = metrics.height() * 1.5;
    const QRectF area(0, 0, 1400, 7 * line); // the symbols and one line more
    QCOMPARE(TimelineExporter::paintKey(painter, view, area, metrics) <= area.bottom(), true);
}

void TstTimelineExporter::refusesWhatItCannotWrite_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown format") << QStringLiteral("out.jpg") << QStringLiteral(".jpg");
    QTest::newRow("missing folder")
        << QStringLiteral("nowhere/out.png") << QStringLiteral("cannot write");
    QTest::newRow("missing folder, pdf")
        << QStringLiteral("nowhere/out.pdf") << QStringLiteral("cannot write");
}

void TstTimelineExporter::refusesWhatItCannotWrite()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString path = m_dir->filePath(file);
    try {
        TimelineExporter::write(*m_store, path, {});
        QFAIL("no error");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("out.")), qPrintable(error.message()));
    }
    QVERIFY(!QFile::exists(path));
}

void TstTimelineExporter::writesTheChosenLanes()
{
    // Packed: one lane, so the image has one lane header band and the rest is the lane.
    const QString actorPath = m_dir->filePath(QStringLiteral("actor.png"));
    const QString packedPath = m_dir->filePath(QStringLiteral("packed.png"));
    TimelineExporter::Options options;
    options.size = QSize(1000, 600);
    TimelineExporter::write(*m_store, actorPath, options);
    options.lanes = LaneModel::Mode::Packed;
    TimelineExporter::write(*m_store, packedPath, options);
    QImage actor, packed;
    QVERIFY(actor.load(actorPath));
    QVERIFY(packed.load(packedPath));
    QCOMPARE(packed.size(), QSize(1000, 600));
    // The lane headers' colour bars at x = 3 (not the one-pixel lines between lanes): many
    // lanes by actor, one when packed.
    const auto bars = [](const QImage &image) {
        int bars = 0, run = 0;
        const QRgb background = image.pixel(3, 47); // above the first lane's bar
        for (int y = 50; y < image.height(); ++y) {
            run = image.pixel(3, y) != background ? run + 1 : 0;
            bars += run == 5;
        }
        return bars;
    };
    QCOMPARE(bars(packed), 1);
    QVERIFY2(bars(actor) >= 3, qPrintable(QString::number(bars(actor))));
}

QTEST_MAIN(TstTimelineExporter)
#include "tst_timelineexporter.moc"
