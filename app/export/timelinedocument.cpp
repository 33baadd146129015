// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedocument.h"

#include "error.h"
#include "eventstore.h"
#include "frameassembler.h"
#include "labelfont.h"
#include "lanearrangements.h"
#include "lanekey.h"
#include "lanepainter.h"

#include <QCoreApplication>
#include <QFontInfo>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace entente {

namespace {

constexpr int AxisHeight = TimelineLayout::AxisHeight;
constexpr int HeaderWidth = TimelineLayout::HeaderWidth;

QFont documentFont(const QFont &font)
{
    QFont resolved = font;
    resolved.setFamily(QFontInfo(font).family()); // "Sans Serif" is no family a browser knows
    if (font.pixelSize() <= 0) {
        resolved.setPixelSize(qRound(font.pointSizeF() * 96 / 72));
    }
    return resolved;
}

// A source as a footnote: outlet, title, date and address, as far as they are known.
QString footnoteText(const Source &source)
{
    QString line = source.outlet;
    if (!source.title.isEmpty()) {
        line += QStringLiteral(", “%1”").arg(source.title);
    }
    if (!source.published.isNull()) {
        line += (source.titleEndsSentence() ? QStringLiteral(" %1") : QStringLiteral(", %1"))
                    .arg(source.published.toDisplayString());
    }
    if (!source.url.isEmpty()) {
        line += QStringLiteral(", %1").arg(source.url);
    }
    return line;
}

// Footnote numbers as superscript digits, after a label: "¹", "²,¹⁴".
QString markOf(const QList<int> &numbers)
{
    static const char16_t Superscripts[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QStringList marks;
    for (const int number : numbers) {
        QString mark;
        for (const QChar digit : QString::number(number)) {
            mark += QChar(Superscripts[digit.digitValue()]);
        }
        marks.append(mark);
    }
    return marks.join(u',');
}

// What the layout writes for an event's title (an approximate date says "c.").
QString labelOf(const QString &title, const Event &event)
{
    return event.start.isApproximate()
               ? QCoreApplication::translate("entente::TimelineRenderer", "c. %1").arg(title)
               : title;
}

} // namespace

TimelineDocument::TimelineDocument(EventStore &store, const Content &content, int width,
                                   const QFont &font, const QPalette &palette)
    : m_palette(palette), m_font(documentFont(font)), m_width(width)
{
    m_frame.document = true;
    m_frame.colourBy = content.colourBy;
    m_frame.showLegend = content.showLegend;
    m_frame.matches = content.matches;
    m_frame.scale =
        TimeScale(content.range.first, content.range.second, TimelineLayout::timeAreaWidth(width));
    assemble(store, content);
    m_frame.lanes = lanesInUse(store, content);
    if (content.footnotes) {
        numberFootnotes(store);
    }
    layOut();
    // Twice at most: shortening a title only ever leaves its label more room.
    for (int round = 0; round < 2 && keepMarksOfCutLabels(); ++round) {
        layOut();
    }
}

// The events, density and relations of the range in every lane, read at once.
void TimelineDocument::assemble(EventStore &store, const Content &content)
{
    FrameAssembler assembler(m_frame);
    assembler.setStore(&store, TileCache::Mode::Immediate);
    QString failure;
    QObject::connect(assembler.tiles(), &TileCache::failed,
                     [&failure](const QString &message) { failure = message; });
    LaneArrangements arrangements;
    arrangements.setMode(content.lanes);
    arrangements.set(content.lanes, content.arrangement);
    assembler.reload(arrangements);
    m_relationTypes = store.relationTypes(EventStore::Count::Nothing);
    QList<qint64> keys;
    for (int lane = 0; lane < m_frame.lanes.lanes().size(); ++lane) {
        keys += m_frame.lanes.keysOfLane(lane); // a folded lane shows its people's events too
    }
    if (!assembler.assemble(keys, Event())) {
        throw Error(failure.isEmpty() ? QCoreApplication::translate("entente::TimelineExporter",
                                                                    "cannot read the timeline")
                                      : failure);
    }
}

QList<RelationType> TimelineDocument::relationTypesDrawn() const
{
    QSet<QString> drawn;
    for (const RelationArrows::Arrow &arrow : m_renderer.arrows().arrows()) {
        drawn.insert(arrow.relation.type);
    }
    QList<RelationType> types;
    for (const RelationType &type : m_relationTypes) {
        if (drawn.contains(type.name)) {
            types.append(type);
        }
    }
    return types;
}

// The lanes as arranged, less those with no event in the range. An actor whose people have
// events keeps its lane, so that they stay nested under it.
LaneModel TimelineDocument::lanesInUse(EventStore &store, const Content &content) const
{
    QSet<qint64> keys; // of events' lanes, and of lanes with density (zoomed far out)
    bool withoutActors = false;
    for (const Event &event : m_frame.events) {
        for (const EventActor &actor : event.actors) {
            keys.insert(actor.actorId);
        }
        withoutActors = withoutActors || event.actors.isEmpty();
        keys.insert(LaneKey::ofCategory(event.category));
    }
    for (const DensityIndex::Bucket &bucket : m_frame.density) {
        if (bucket.count > 0) {
            keys.insert(bucket.actorId);
            withoutActors = withoutActors || bucket.actorId == LaneKey::NoActor;
        }
    }
    switch (content.lanes) {
    case LaneModel::Mode::Actor:
        keys.remove(LaneKey::NoActor);
        return LaneModel(store.actors(), QList<qint64>(keys.cbegin(), keys.cend()), withoutActors,
                         content.arrangement);
    case LaneModel::Mode::Category: {
        QStringList categories = store.categoriesInUse();
        categories.removeIf(
            [&](const QString &category) { return !keys.contains(LaneKey::ofCategory(category)); });
        return LaneModel::byCategory(categories, content.arrangement);
    }
    case LaneModel::Mode::Packed:
        break;
    }
    return m_frame.lanes;
}

// Numbers the sources of the events in the order first cited, and ends each event's title
// in the numbers of its sources.
void TimelineDocument::numberFootnotes(EventStore &store)
{
    QList<qint64> ids;
    for (const Event &event : std::as_const(m_frame.events)) {
        ids.append(event.id);
    }
    QHash<qint64, QList<qint64>> sourcesOf; // the frame has what a timeline draws, not these
    for (const Event &event : store.events(ids, EventStore::Detail::Full)) {
        sourcesOf.insert(event.id, event.sourceIds);
    }
    QHash<qint64, int> numberOfSource;
    for (Event &event : m_frame.events) {
        QList<int> numbers;
        for (const qint64 id : sourcesOf.value(event.id)) {
            if (!numberOfSource.contains(id)) {
                const std::optional<Source> source = store.source(id);
                const QString line = source ? footnoteText(*source) : QString();
                // Several quotes from one article are one footnote.
                const qsizetype at = m_footnotes.indexOf(line);
                if (source && at < 0) {
                    m_footnotes.append(line);
                }
                numberOfSource.insert(id, !source ? 0 : at < 0 ? int(m_footnotes.size()) : at + 1);
            }
            const int number = numberOfSource.value(id);
            if (number > 0 && !numbers.contains(number)) {
                numbers.append(number);
            }
        }
        if (!numbers.isEmpty()) {
            std::sort(numbers.begin(), numbers.end());
            m_marks.insert(event.id, markOf(numbers));
            event.title += m_marks.value(event.id);
        }
    }
}

void TimelineDocument::layOut()
{
    m_frame.verticalOffset = 0;
    m_renderer.layout(m_frame, QSize(m_width, AxisHeight), m_font);
    m_lanes = m_renderer.laneGeometry();
}

// A label cut short at the edge or at its longest loses its end, where the footnote numbers
// are: its title is shortened instead, before them. True when a title was.
bool TimelineDocument::keepMarksOfCutLabels()
{
    QHash<qint64, double> room;
    for (const TimelineRenderer::Item &item : m_renderer.items()) {
        const QString mark = m_marks.value(item.eventId);
        if (!mark.isEmpty() && !item.label.isNull() && !item.text.endsWith(mark)) {
            room.insert(item.eventId,
                        std::min(room.value(item.eventId, std::numeric_limits<double>::max()),
                                 item.label.width()));
        }
    }
    LabelFont labels;
    labels.setFont(m_font);
    for (Event &event : m_frame.events) {
        if (!room.contains(event.id)) {
            continue;
        }
        const QString &mark = m_marks[event.id];
        const QString title = event.title.chopped(mark.size());
        // What the label adds to the title: "c. " before it, the numbers after it.
        const double extra = labels.advance(labelOf(event.title, event)) - labels.advance(title);
        event.title = labels.elided(title, room.value(event.id) - extra - 3) + mark;
    }
    return !room.isEmpty();
}

double TimelineDocument::height(int first, int last) const
{
    first = std::clamp(first, 0, laneCount());
    last = std::clamp(last, first, laneCount());
    return last > first ? AxisHeight + m_lanes.at(last - 1).top + m_lanes.at(last - 1).height -
                              m_lanes.at(first).top
                        : AxisHeight;
}

QList<std::pair<int, int>> TimelineDocument::pages(double height) const
{
    QList<std::pair<int, int>> pages;
    const double room = height - AxisHeight;
    int first = 0;
    double used = 0;
    for (int lane = 0; lane < laneCount(); ++lane) {
        if (lane > first && used + m_lanes.at(lane).height > room) {
            pages.append({first, lane});
            first = lane;
            used = 0;
        }
        used += m_lanes.at(lane).height;
    }
    pages.append({first, laneCount()}); // with no lanes, a page of the axis alone
    return pages;
}

double TimelineDocument::paint(QPainter &painter, int first, int last, double minHeight)
{
    const double painted = std::max(minHeight, height(first, last));
    // The lanes above scroll out of sight under the axis, as they would on screen; those
    // below start where the page ends.
    m_frame.verticalOffset =
        first < laneCount() ? int(m_lanes.at(first).top) - AxisHeight : height();
    m_renderer.layout(m_frame, QSize(m_width, int(std::ceil(painted))), m_font);
    painter.save();
    painter.setClipRect(QRectF(0, 0, m_width, painted));
    m_renderer.paint(painter, m_frame, m_palette);
    painter.restore();
    return painted;
}

void TimelineDocument::paintHeaders(QPainter &painter) const
{
    TimelineFrame bare = m_frame; // the lanes as laid out, with nothing drawn over them
    bare.eras.clear();
    bare.density.clear();
    const TimelineColours colours(bare, m_palette);
    painter.save();
    painter.setFont(m_font);
    LanePainter(m_renderer.layout(), bare, colours).paint(painter);
    // The corner above the headers, as the axis fills it, without the ticks and bands before
    // the range that would spill into it.
    painter.fillRect(QRectF(0, 0, HeaderWidth, AxisHeight), m_palette.color(QPalette::Window));
    painter.setPen(m_palette.color(QPalette::Mid));
    painter.drawLine(QPointF(0, AxisHeight), QPointF(HeaderWidth, AxisHeight));
    painter.restore();
}

} // namespace entente
