// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmlStreamReader>

#include "error.h"
#include "eventstore.h"
#include "mainwindow.h"
#include "partialdate.h"
#include "seedloader.h"
#include "testsupport.h"
#include "timelinedocument.h"
#include "timelineexporter.h"
#include "timelineview.h"

#include <memory>

using namespace entente;

class TstTimelineExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keyShowsEveryLaneColour_data();
    void keyShowsEveryLaneColour();
    void keyStopsAtTheEndOfThePage();
    void keyNamesTheTimelinesRelationTypes();
    void refusesWhatItCannotWrite_data();
    void refusesWhatItCannotWrite();
    void writesTheChosenLanes();
    void svgIsADocumentOfTheLanesInRange();
    void svgKeepsTheHeadersClear();
    void wholeTimelineEndsWithItsEvents();
    void pngGrowsToHoldEveryLane();
    void printPreviewOpensFittedToThePage();

private:
    // 15 January to 28 February 2025: more lanes than a screen holds.
    static std::pair<qint64, qint64> winter2025()
    {
        return {PartialDate::day(2025, 1, 15).earliestSecond(),
                PartialDate::day(2025, 2, 28).latestSecond()};
    }
    // The lanes by actor of the events in a range, nested as the view nests them.
    LaneModel lanesOfEventsIn(std::pair<qint64, qint64> range) const;
    // Exports winter2025() at `size` into the file `name`; returns its path.
    QString exportWinter(const QString &name, const QSize &size) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
};

void TstTimelineExporter::initTestCase()
{
    // The main window (for printing) keeps its settings away from the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("EntenteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_timelineexporter"));
    isolateSettings();
    QSettings().clear();
}

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
    const double bottom = TimelineExporter::paintKey(painter, view.colourKey(), {},
                                                     QRectF(0, 100, 1400, 800), metrics);
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
    QCOMPARE(TimelineExporter::paintKey(painter, view.colourKey(), {}, area, metrics) <=
                 area.bottom(),
             true);
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

LaneModel TstTimelineExporter::lanesOfEventsIn(std::pair<qint64, qint64> range) const
{
    QList<qint64> actors;
    bool withoutActors = false;
    for (const Event &event : m_store->eventsInRange(range.first, range.second)) {
        for (const EventActor &actor : event.actors) {
            actors.append(actor.actorId);
        }
        withoutActors = withoutActors || event.actors.isEmpty();
    }
    return LaneModel(m_store->actors(), actors, withoutActors);
}

QString TstTimelineExporter::exportWinter(const QString &name, const QSize &size) const
{
    const QString path = m_dir->filePath(name);
    TimelineExporter::Options options;
    options.size = size;
    options.range = winter2025();
    TimelineExporter::write(*m_store, path, options);
    return path;
}

namespace {

struct Svg
{
    QStringList texts;
    QStringList fontFamilies;
    QRectF viewBox;
    QString error;
};

Svg readSvg(const QString &path)
{
    Svg svg;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        svg.error = file.errorString();
        return svg;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.hasAttribute(QStringLiteral("font-family"))) {
            svg.fontFamilies.append(attributes.value(QStringLiteral("font-family")).toString());
        }
        if (xml.name() == u"svg") {
            const QStringList box =
                attributes.value(QStringLiteral("viewBox")).toString().split(u' ');
            if (box.size() == 4) {
                svg.viewBox = QRectF(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(),
                                     box[3].toDouble());
            }
        } else if (xml.name() == u"text") {
            svg.texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    svg.error = xml.hasError() ? xml.errorString() : QString();
    return svg;
}

} // namespace

void TstTimelineExporter::keyNamesTheTimelinesRelationTypes()
{
    // The user relabelled "led to" and recoloured it: the key says it in their words, and
    // lists only the types drawn (the bundled timeline has no "violates" relation).
    m_store->setRelationType(
        {Relation::LedTo, QStringLiteral("paved the way for"), QStringLiteral("#aa00aa")});
    TimelineDocument::Content whole;
    whole.range = {PartialDate::year(2013).earliestSecond(),
                   PartialDate::year(2025).latestSecond()};
    TimelineDocument document(*m_store, whole, 1600, QApplication::font(), QApplication::palette());
    const QList<RelationType> types = document.relationTypesDrawn();
    QVERIFY(!types.isEmpty());
    QCOMPARE(types.first().label, QStringLiteral("paved the way for"));

    const QString path = m_dir->filePath(QStringLiteral("key.svg"));
    {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(1400, 900));
        QPainter painter(&svg);
        painter.setPen(Qt::black);
        TimelineExporter::paintKey(painter, document.colourKey(), types, QRectF(0, 0, 1400, 900),
                                   QFontMetricsF(document.font()));
    }
    const Svg key = readSvg(path);
    QVERIFY2(key.error.isEmpty(), qPrintable(key.error));
    QVERIFY2(key.texts.contains(QStringLiteral("paved the way for")),
             qPrintable(key.texts.join(u'|')));
    for (const QString &text : key.texts) { // no built-in labels but those of drawn types
        QVERIFY2(!text.contains(QStringLiteral("led to")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("violates")), qPrintable(text));
    }
}

void TstTimelineExporter::svgIsADocumentOfTheLanesInRange()
{
    // An export is a document: every lane with events in the range, whole, however many there
    // are, and none of the window's controls.
    const Svg svg = readSvg(exportWinter(QStringLiteral("winter.svg"), QSize(1600, 900)));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    const LaneModel lanes = lanesOfEventsIn(winter2025());
    QVERIFY(lanes.lanes().size() > 12); // more than 900 px hold
    for (const LaneModel::Lane &lane : lanes.lanes()) {
        QVERIFY2(svg.texts.contains(lane.label),
                 qPrintable(lane.label + QStringLiteral(" not in ") + svg.texts.join(u'|')));
    }
    // The actors of other years have no lane here.
    for (const QString &absent : {QStringLiteral("Germany"), QStringLiteral("OSCE")}) {
        QVERIFY2(!svg.texts.contains(absent), qPrintable(absent));
    }
    for (const QString &text : svg.texts) {
        QVERIFY2(!text.contains(QChar(0x25BE)) && !text.contains(QChar(0x25B8)),
                 qPrintable(QStringLiteral("a fold arrow: ") + text));
        QVERIFY2(!text.contains(QStringLiteral("undated")), qPrintable(text));
    }
    QCOMPARE(svg.viewBox.width(), 1600.0);
    QVERIFY2(svg.viewBox.height() > 900, qPrintable(QString::number(svg.viewBox.height())));
    // Browsers that lack the font fall back to a sans-serif one, never to their serif default.
    QVERIFY(!svg.fontFamilies.isEmpty());
    for (const QString &family : svg.fontFamilies) {
        QVERIFY2(family.trimmed().endsWith(QStringLiteral(", sans-serif")), qPrintable(family));
    }
}

void TstTimelineExporter::wholeTimelineEndsWithItsEvents()
{
    // Without a range, the export is the whole timeline as the window fits it: from 2014 to
    // February 2025 with a small margin, not on for years of empty axis for the last labels
    // (they go before their markers), and every label whole.
    const QString path = m_dir->filePath(QStringLiteral("whole.svg"));
    TimelineExporter::Options options;
    options.size = QSize(1280, 800);
    TimelineExporter::write(*m_store, path, options);
    const Svg svg = readSvg(path);
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QVERIFY2(svg.texts.contains(QStringLiteral("2014")), qPrintable(svg.texts.join(u'|')));
    QVERIFY2(!svg.texts.contains(QStringLiteral("2026")), qPrintable(svg.texts.join(u'|')));
    for (const QString &text : svg.texts) {
        QVERIFY2(!text.endsWith(QChar(0x2026)), qPrintable(text));
    }
}

void TstTimelineExporter::svgKeepsTheHeadersClear()
{
    // Qt's SVG generator drops clips: the bars of periods that began before the range, and
    // the ticks before it, must still not be drawn over the lane headers and the corner above
    // them. Drawn as a viewer that knows no clip paths draws it (as Qt's does).
    QSvgRenderer svg(exportWinter(QStringLiteral("winter.svg"), QSize(1200, 600)));
    QVERIFY(svg.isValid());
    QImage image(svg.viewBox().size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    svg.render(&painter);
    painter.end();
    // Between the lanes' names and the time: only the headers' greys, no colour of a bar.
    const int x = TimelineRenderer::HeaderWidth - 5;
    for (int y = TimelineRenderer::AxisHeight + 1; y < image.height(); ++y) {
        const QColor colour = image.pixelColor(x, y);
        QVERIFY2(colour.red() == colour.green() && colour.green() == colour.blue(),
                 qPrintable(QStringLiteral("%1 at %2, %3").arg(colour.name()).arg(x).arg(y)));
    }
    // The corner above the headers: empty, without the ticks before the range.
    const QRgb corner = image.pixel(2, 2);
    for (int y = 0; y < TimelineRenderer::AxisHeight - 1; ++y) {
        for (int cx = 0; cx < TimelineRenderer::HeaderWidth; ++cx) {
            QVERIFY2(image.pixel(cx, y) == corner,
                     qPrintable(QStringLiteral("%1, %2").arg(cx).arg(y)));
        }
    }
}

void TstTimelineExporter::pngGrowsToHoldEveryLane()
{
    QImage image;
    QVERIFY(image.load(exportWinter(QStringLiteral("winter.png"), QSize(1200, 500))));
    QCOMPARE(image.width(), 1200);
    QVERIFY2(image.height() > 500, qPrintable(QString::number(image.height())));
    // A colour bar in each lane's header: at x = 3 for the top-level lanes, further in for
    // those nested under them. Every one is there, whole, above the bottom of the image. (The
    // bars are at least 14 px tall; the stems of the letters of the lanes' names are shorter.)
    const auto bars = [&](int x) {
        int bars = 0, run = 0;
        const QRgb background = image.pixel(x, TimelineRenderer::AxisHeight + 3);
        for (int y = TimelineRenderer::AxisHeight + 4; y < image.height(); ++y) {
            run = image.pixel(x, y) != background ? run + 1 : 0;
            bars += run == 12;
        }
        return bars;
    };
    const LaneModel lanes = lanesOfEventsIn(winter2025());
    const auto atDepth = [&](int depth) {
        return int(std::count_if(lanes.lanes().cbegin(), lanes.lanes().cend(),
                                 [&](const LaneModel::Lane &lane) { return lane.depth == depth; }));
    };
    QCOMPARE(bars(3), atDepth(0));
    QCOMPARE(bars(17), atDepth(1));
}

void TstTimelineExporter::printPreviewOpensFittedToThePage()
{
    auto store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("print.entente")));
    SeedLoader::loadBundled(*store);
    MainWindow window(std::move(store));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *print = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        print = action->text().remove(u'&') == QStringLiteral("Print…") ? action : print;
    }
    QVERIFY(print);
    QSize size;
    int zoomMode = -1;
    double zoom = 0;
    int pages = 0;
    // The preview is modal: looked at from inside its own event loop, then closed.
    QTimer::singleShot(500, &window, [&] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!preview) {
            return;
        }
        const auto *widget = preview->findChild<QPrintPreviewWidget *>();
        size = preview->size();
        zoomMode = int(widget->zoomMode());
        zoom = widget->zoomFactor();
        pages = widget->pageCount();
        preview->reject();
    });
    print->trigger();
    const QSize screen = window.screen()->availableSize();
    QVERIFY2(size.width() >= screen.width() / 2 && size.height() >= screen.height() / 2,
             qPrintable(QStringLiteral("%1×%2 on a screen of %3×%4")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(screen.width())
                            .arg(screen.height())));
    QCOMPARE(zoomMode, int(QPrintPreviewWidget::FitInView));
    QVERIFY2(zoom > 0.2, qPrintable(QString::number(zoom)));
    QVERIFY(pages >= 2); // the timeline, then its key
}

QTEST_MAIN(TstTimelineExporter)
#include "tst_timelineexporter.moc"
