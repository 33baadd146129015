// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstore.h"
#include "frameassembler.h"
#include "lanearrangements.h"
#include "timelinecolours.h"
#include "timelineexporter.h"

#include <QApplication>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace entente;
using namespace Qt::StringLiterals;

// What colour lanes and events take: one an eye can find on the lanes' background, and for the
// people of a state, shades of its hue that tell them apart.
class TstTimelineColours : public QObject
{
    Q_OBJECT

private slots:
    void nearBlackStandsOutOnTheDarkPalette();
    void coloursWithContrastAreKept();
    void peopleOfAStateTakeShadesOfItsHue_data();
    void peopleOfAStateTakeShadesOfItsHue();
    void anEventTakesItsActorsShadeInAnyLane();
    void aCategorysChosenColourWinsOverItsHue();
    void theFrameReadsTheChosenColoursFromTheStore();
    void actorsWithoutAColourTakeHuesOfTheirOwn();
};

namespace {

const QPalette Dark = TimelineExporter::palette(TimelineExporter::Theme::Dark);
const QPalette Light = TimelineExporter::palette(TimelineExporter::Theme::Light);

// WCAG 2.1's contrast ratio, computed here independently of the code under test.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &colour) {
        const auto linear = [](double c) {
            return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
               0.0722 * linear(colour.blueF());
    };
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

// The least contrast with the backgrounds lanes alternate between.
double contrastOnLanes(const QColor &colour, const QPalette &palette)
{
    return std::min(contrast(colour, palette.color(QPalette::Base)),
                    contrast(colour, palette.color(QPalette::AlternateBase)));
}

Actor actorOf(qint64 id, const QString &name, const QString &colour, qint64 affiliation = 0)
{
    Actor actor;
    actor.id = id;
    actor.name = name;
    actor.color = colour;
    actor.affiliationId = affiliation;
    actor.type = affiliation == 0 ? Actor::Type::State : Actor::Type::Person;
    return actor;
}

// Lanes of `actors`, every one of them in use.
TimelineFrame frameOf(const QList<Actor> &actors)
{
    TimelineFrame frame;
    QList<qint64> used;
    for (const Actor &actor : actors) {
        frame.actors.insert(actor.id, actor);
        used.append(actor.id);
    }
    frame.lanes = LaneModel(actors, used, false);
    return frame;
}

// The United States and three people of it, all in its blue, as the bundled timeline has them.
const QList<Actor> UnitedStates = {
    actorOf(1, u"United States"_s, u"#3b4cc0"_s), actorOf(2, u"Trump"_s, u"#3b4cc0"_s, 1),
    actorOf(3, u"Rubio"_s, u"#3b4cc0"_s, 1), actorOf(4, u"Kellogg"_s, u"#3b4cc0"_s, 1)};

} // namespace

void TstTimelineColours::nearBlackStandsOutOnTheDarkPalette()
{
    const TimelineFrame frame = frameOf({actorOf(1, u"Night"_s, u"#141416"_s)});
    const TimelineColours colours(frame, Dark);
    const QColor lane = colours.ofLane(0);
    QVERIFY2(contrastOnLanes(lane, Dark) >= 3.0, qPrintable(lane.name()));
    Event event;
    event.actors = {{1, u"party"_s}};
    QCOMPARE(colours.ofEvent(0, event), lane);
    // And a near-white one on the light palette, the other way round.
    const TimelineFrame white = frameOf({actorOf(1, u"Snow"_s, u"#f4f4f0"_s)});
    const QColor light = TimelineColours(white, Light).ofLane(0);
    QVERIFY2(contrastOnLanes(light, Light) >= 3.0, qPrintable(light.name()));
}

void TstTimelineColours::coloursWithContrastAreKept()
{
    // What users chose is changed only as much as it must be: not at all when it stands out.
    const TimelineFrame frame =
        frameOf({actorOf(1, u"Russia"_s, u"#b03a2e"_s), actorOf(2, u"Sky"_s, u"#6ab4f0"_s)});
    QCOMPARE(TimelineColours(frame, Light).ofLane(0), QColor(u"#b03a2e"_s));
    QCOMPARE(TimelineColours(frame, Dark).ofLane(1), QColor(u"#6ab4f0"_s));
    // A lightened colour keeps its hue.
    const QColor lifted = TimelineColours(frame, Dark).ofLane(0);
    QVERIFY(std::abs(lifted.hslHueF() - QColor(u"#b03a2e"_s).hslHueF()) < 0.02);
}

void TstTimelineColours::peopleOfAStateTakeShadesOfItsHue_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TstTimelineColours::peopleOfAStateTakeShadesOfItsHue()
{
    QFETCH(bool, dark);
    const QPalette &palette = dark ? Dark : Light;
    const TimelineFrame frame = frameOf(UnitedStates);
    const TimelineColours colours(frame, palette);
    QCOMPARE(frame.lanes.lanes().size(), 4);
    QList<QColor> lanes;
    for (int lane = 0; lane < 4; ++lane) {
        lanes.append(colours.ofLane(lane));
    }
    if (!dark) {
        QCOMPARE(lanes.at(0), QColor(u"#3b4cc0"_s)); // the state keeps its own
    }
    const double hue = lanes.at(0).hslHueF();
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        const QColor &colour = lanes.at(i);
        QVERIFY2(std::abs(colour.hslHueF() - hue) < 0.04, qPrintable(colour.name()));
        QVERIFY2(contrastOnLanes(colour, palette) >= 3.0, qPrintable(colour.name()));
        for (qsizetype j = 0; j < i; ++j) {
            const QColor &other = lanes.at(j);
            const double distance =
                std::hypot(colour.red() - other.red(), colour.green() - other.green(),
                           colour.blue() - other.blue());
            QVERIFY2(distance >= 30, qPrintable(u"%1 and %2"_s.arg(colour.name(), other.name())));
        }
    }
}

// An imported dataset's actors have no colours: their lanes must not all be one grey, nor
// neighbours share a hue while the palette has hues to spare; people under them take shades.
void TstTimelineColours::actorsWithoutAColourTakeHuesOfTheirOwn()
{
    const QList<Actor> actors = {actorOf(10, u"Government of Ukraine"_s, QString()),
                                 actorOf(11, u"Maidan"_s, QString()),
                                 actorOf(12, u"DPR"_s, QString()),
                                 actorOf(13, u"LPR"_s, QString()),
                                 actorOf(14, u"Zakharchenko"_s, QString(), 12),
                                 actorOf(15, u"Chosen"_s, u"#8c564b"_s)};
    const TimelineFrame frame = frameOf(actors);
    const TimelineColours colours(frame, Light);
    QSet<QRgb> hues;
    for (const qint64 id : {10, 11, 12, 13}) {
        const QColor lane = colours.ofLane(frame.lanes.laneOfKey(id));
        QVERIFY2(lane.hslSaturationF() > 0.3, qPrintable(lane.name())); // not a grey
        QVERIFY2(contrastOnLanes(lane, Light) >= 3.0, qPrintable(lane.name()));
        hues.insert(lane.rgb());
    }
    QCOMPARE(hues.size(), 4);
    const QColor dpr = colours.ofLane(frame.lanes.laneOfKey(12));
    const QColor person = colours.ofLane(frame.lanes.laneOfKey(14));
    QVERIFY2(std::abs(person.hslHueF() - dpr.hslHueF()) < 0.04 && person != dpr,
             qPrintable(person.name() + u" under "_s + dpr.name()));
    QCOMPARE(colours.ofLane(frame.lanes.laneOfKey(15)), QColor(u"#8c564b"_s));
    // The same from one frame (and run) to the next.
    QCOMPARE(TimelineColours(frameOf(actors), Light).ofLane(frame.lanes.laneOfKey(11)),
             colours.ofLane(frame.lanes.laneOfKey(11)));
}

void TstTimelineColours::anEventTakesItsActorsShadeInAnyLane()
{
    // Packed in one lane, Rubio's statement has the colour Rubio's own lane has.
    TimelineFrame frame = frameOf(UnitedStates);
    const QColor rubio = TimelineColours(frame, Light).ofLane(frame.lanes.laneOfKey(3));
    frame.lanes = LaneModel::packed();
    Event event;
    event.actors = {{3, u"speaker"_s}, {1, u"party"_s}};
    QCOMPARE(TimelineColours(frame, Light).ofEvent(0, event), rubio);
}

void TstTimelineColours::aCategorysChosenColourWinsOverItsHue()
{
    TimelineFrame frame;
    frame.lanes = LaneModel::byCategory({u"military"_s, u"talks"_s});
    frame.colourBy = TimelineFrame::ColourBy::Category;
    frame.categoryColours.insert(u"military"_s, u"#2a7d5f"_s);
    const TimelineColours colours(frame, Light);
    Event event;
    event.category = u"military"_s;
    QCOMPARE(colours.ofEvent(0, event), QColor(u"#2a7d5f"_s));
    QCOMPARE(colours.ofLane(frame.lanes.laneOfKey(LaneKey::ofCategory(u"military"_s))),
             QColor(u"#2a7d5f"_s));
    // One without a chosen colour keeps the hue of its name.
    event.category = u"talks"_s;
    QCOMPARE(colours.ofEvent(0, event), TimelineColours::ofCategory(u"talks"_s));
}

void TstTimelineColours::theFrameReadsTheChosenColoursFromTheStore()
{
    QTemporaryDir dir;
    EventStore store(dir.filePath(u"t.entente"_s));
    store.setCategory({u"military"_s, u"#2a7d5f"_s});
    store.setCategory({u"talks"_s, QString()});
    TimelineFrame frame;
    FrameAssembler assembler(frame);
    assembler.setStore(&store, TileCache::Mode::Immediate);
    assembler.reload(LaneArrangements());
    QCOMPARE(frame.categoryColours.value(u"military"_s), u"#2a7d5f"_s);
    QVERIFY(!frame.categoryColours.contains(u"talks"_s)); // automatic: the hue of its name
}

QTEST_MAIN(TstTimelineColours)
#include "tst_timelinecolours.moc"
