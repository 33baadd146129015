// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineexporter.h"

#include "calendar.h"
#include "error.h"
#include "eventstore.h"
#include "partialdate.h"
#include "relationarrows.h"
#include "svgwriter.h"
#include "timelinedocument.h"
#include "timelineview.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

// Images are laid out as the screen is, in px of 96 dpi; a page is scaled to its resolution.
constexpr double LayoutDpi = 96;
// How tall an image may grow (QImage and the raster engine stop near 32767 px).
constexpr int MaxImageHeight = 32000;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The whole timeline, its eras included, with a small margin either side, as the window fits
// it: labels that would be cut at the right edge go before their markers.
std::pair<qint64, qint64> wholeTimeline(EventStore &store)
{
    std::pair<qint64, qint64> bounds = store.timeBounds().value_or(std::make_pair(
        PartialDate::year(2000).earliestSecond(), PartialDate::year(2030).earliestSecond()));
    for (const Era &era : store.eras()) {
        bounds = {std::min(bounds.first, era.start.earliestSecond()),
                  std::max(bounds.second, era.end.latestSecond())};
    }
    const qint64 span = std::max<qint64>(bounds.second - bounds.first, SecondsPerDay);
    return {bounds.first - span / 40, bounds.second + span / 40};
}

TimelineDocument::Content contentOf(EventStore &store, const TimelineExporter::Options &options,
                                    bool footnotes)
{
    return {options.range ? *options.range : wholeTimeline(store),
            options.lanes,
            options.arrangement,
            options.colourBy,
            options.showLegend,
            footnotes,
            options.matches};
}

// "15 Jan 2025 – 28 Feb 2025": the first and last day of a range.
QString rangeText(std::pair<qint64, qint64> range)
{
    const auto day = [](qint64 second) {
        const qint64 days = second / SecondsPerDay - (second % SecondsPerDay < 0 ? 1 : 0);
        const QDate date = QDate::fromJulianDay(UnixEpochJulianDay + days);
        return PartialDate::day(date.year(), date.month(), date.day()).toDisplayString();
    };
    return TimelineExporter::tr("%1 – %2").arg(day(range.first), day(range.second));
}

// A font `factor` times the size of `font` (a document's, sized in pixels).
QFont scaled(const QFont &font, double factor, bool bold = false)
{
    QFont result = font;
    result.setPixelSize(std::max(8, qRound(font.pixelSize() * factor)));
    result.setBold(bold);
    return result;
}

// A relation's arrow in `box`, in `pen`.
void paintCurve(QPainter &painter, const QRectF &box, const QPen &pen)
{
    const double r = box.height() * 0.3;
    QPainterPath curve(QPointF(box.left(), box.center().y() + r));
    curve.quadTo(box.center().x(), box.top(), box.right() - 2, box.center().y() + r);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(curve);
}

// Draws a sample of each kind of mark in `box` (left edge, `height` tall).
void paintSymbol(QPainter &painter, int kind, const QRectF &box, const QColor &colour)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF centre = box.center();
    const double r = box.height() * 0.3;
    QColor light = colour;
    light.setAlpha(70);
    switch (kind) {
    case 0: // a dated event
        painter.setPen(QPen(colour.darker(140), 1));
        painter.setBrush(colour);
        painter.drawEllipse(centre, r, r);
        break;
    case 1: // known to the month or year: hollow, over the band of its interval
        painter.fillRect(QRectF(box.left(), centre.y() - r, box.width(), 2 * r), light);
        painter.setPen(QPen(colour.darker(140), 1));
        painter.setBrush(Qt::white);
        painter.drawEllipse(centre, r, r);
        break;
    case 2: // approximate
        painter.setPen(QPen(colour.darker(140), 1, Qt::DashLine));
        painter.setBrush(Qt::white);
        painter.drawEllipse(centre, r, r);
        break;
    case 3: { // a period with an uncertain start, ongoing
        QLinearGradient fade(box.left(), 0, box.right(), 0);
        fade.setColorAt(0, light);
        fade.setColorAt(0.3, colour);
        fade.setColorAt(1, colour);
        painter.fillRect(QRectF(box.left(), centre.y() - r * 0.6, box.width() - r, 1.2 * r), fade);
        QPainterPath arrow;
        arrow.moveTo(box.right() - 1.2 * r, centre.y() - r);
        arrow.lineTo(box.right(), centre.y());
        arrow.lineTo(box.right() - 1.2 * r, centre.y() + r);
        painter.fillPath(arrow, colour.darker(120));
        break;
    }
    case 4: // a relation
        paintCurve(painter, box, QPen(QColor(80, 80, 80), 1.2));
        break;
    default: // a count badge
        painter.setPen(QPen(QColor(90, 90, 90), 1));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(
            QRectF(box.left(), centre.y() - r * 1.3, box.width() * 0.6, r * 2.6), r * 1.3, r * 1.3);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(box.left(), box.top(), box.width() * 0.6, box.height()),
                         Qt::AlignCenter, QStringLiteral("12"));
    }
    painter.restore();
}

} // namespace

namespace {

// The relation types under the relation's symbol, one a line: a sample of its arrows and its
// label, as far as the area goes. Returns where they end.
double paintRelationTypes(QPainter &painter, const QList<RelationType> &types, const QRectF &area,
                          double y, double line)
{
    const QColor ink = painter.pen().color();
    QPalette palette; // the arrows' usual style, in the key's ink
    palette.setColor(QPalette::Text, ink);
    QHash<QString, QString> colours;
    for (const RelationType &type : types) {
        colours.insert(type.name, type.color);
    }
    const QRectF text(area.left() + line * 2.5, 0, area.width() / 2 - line * 2.5, line);
    for (qsizetype i = 0; i < types.size(); ++i) {
        if (y + 2 * line > area.bottom() && i < types.size() - 1) {
            painter.setPen(ink);
            painter.drawText(text.translated(0, y), Qt::AlignLeft | Qt::AlignVCenter,
                             TimelineExporter::tr("… and %1 more").arg(types.size() - i));
            return y + line;
        }
        paintCurve(painter, QRectF(area.left() + line, y, line * 1.2, line),
                   RelationArrows::pen(types.at(i).name, palette, colours));
        painter.setPen(ink);
        painter.drawText(text.translated(0, y), Qt::AlignLeft | Qt::AlignVCenter,
                         types.at(i).label);
        y += line;
    }
    return y;
}

// The symbols in one column, each with what it means; returns where they end.
double paintSymbols(QPainter &painter, const QList<RelationType> &relationTypes, const QRectF &area,
                    double line)
{
    const QStringList symbols = {
        TimelineExporter::tr("An event; the larger, the more important"),
        TimelineExporter::tr("Dated to the month or year: hollow, over the whole interval"),
        TimelineExporter::tr("Approximate date (“c.” in its label): dashed"),
        TimelineExporter::tr("A period; a faded end is uncertain, an arrow means ongoing"),
        relationTypes.isEmpty()
            ? TimelineExporter::tr("A relation between two events")
            : TimelineExporter::tr("A relation between two events, drawn as its type:"),
        TimelineExporter::tr("Events too close together to tell apart, with their number"),
    };
    constexpr int Relation = 4;
    const QRectF sample(area.left(), 0, line * 2, line);
    const QColor ink = painter.pen().color();
    double y = area.top();
    for (int i = 0; i < symbols.size(); ++i) {
        paintSymbol(painter, i, sample.translated(0, y), QColor(0x1f, 0x77, 0xb4));
        painter.setPen(ink);
        painter.drawText(QRectF(area.left() + line * 2.5, y, area.width() / 2, line),
                         Qt::AlignLeft | Qt::AlignVCenter, symbols.at(i));
        y += line;
        if (i == Relation) {
            y = paintRelationTypes(painter, relationTypes, area, y, line);
        }
    }
    return y;
}

} // namespace

double TimelineExporter::paintKey(QPainter &painter,
                                  const QList<TimelineRenderer::LegendEntry> &colours,
                                  const QList<RelationType> &relationTypes, const QRectF &area,
                                  const QFontMetricsF &metrics)
{
    // Symbols in one column, colours in as many as fit beside them.
    const double line = metrics.height() * 1.5;
    const double y = paintSymbols(painter, relationTypes, area, line);
    const double columnWidth = area.width() / 4;
    const int rows = std::max(1, int((y - area.top()) / line));
    double bottom = y;
    for (int i = 0; i < colours.size(); ++i) {
        // Two columns beside the symbols; the rest below them, four to a line, as far as the
        // page goes, then how many more there are.
        const bool beside = i < 2 * rows;
        const int rest = i - 2 * rows;
        const QPointF at =
            beside ? QPointF(area.left() + area.width() / 2 + (i / rows) * columnWidth,
                             area.top() + (i % rows) * line)
                   : QPointF(area.left() + (rest % 4) * columnWidth, y + (rest / 4) * line);
        if (!beside && at.y() + 2 * line > area.bottom() && i < colours.size() - 1) {
            painter.drawText(QRectF(at.x(), at.y(), columnWidth * 2, line),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             TimelineExporter::tr("… and %1 more").arg(colours.size() - i));
            return at.y() + line;
        }
        painter.fillRect(QRectF(at.x(), at.y() + line * 0.25, line * 0.5, line * 0.5),
                         colours.at(i).colour);
        painter.drawText(
            QRectF(at.x() + line * 0.8, at.y(), columnWidth - line, line),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(colours.at(i).name, Qt::ElideRight, columnWidth - line));
        bottom = std::max(bottom, at.y() + line);
    }
    return bottom;
}

QPalette TimelineExporter::palette(Theme theme)
{
    if (theme == Theme::Light) {
        return QPalette(QColor(0xef, 0xef, 0xef)); // Qt's own light defaults
    }
    // The roles the renderer uses, and the rest of what Fusion draws a window with (--theme
    // dark on the window, not only exports): bevels, tooltips, links, disabled text.
    static const std::pair<QPalette::ColorRole, QRgb> Dark[] = {
        {QPalette::Window, 0x2b2b2e},      {QPalette::WindowText, 0xe6e6e6},
        {QPalette::Base, 0x1e1e21},        {QPalette::AlternateBase, 0x26262a},
        {QPalette::Text, 0xe6e6e6},        {QPalette::PlaceholderText, 0x9a9aa0},
        {QPalette::Mid, 0x5a5a60},         {QPalette::Midlight, 0x3a3a40},
        {QPalette::Highlight, 0x4a9ee8},   {QPalette::HighlightedText, 0xffffff},
        {QPalette::Button, 0x2b2b2e},      {QPalette::ButtonText, 0xe6e6e6},
        {QPalette::Light, 0x45454a},       {QPalette::Dark, 0x1a1a1c},
        {QPalette::Shadow, 0x101012},      {QPalette::ToolTipBase, 0x3a3a40},
        {QPalette::ToolTipText, 0xe6e6e6}, {QPalette::Link, 0x6ab4f0},
        {QPalette::BrightText, 0xffffff}};
    QPalette dark;
    for (const auto &[role, rgb] : Dark) {
        dark.setColor(role, QColor(rgb));
    }
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x86));
    }
    return dark;
}

namespace {

void writePng(TimelineDocument &document, const QString &path, int height)
{
    QImage image(document.width(), height, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    document.paint(painter, 0, document.laneCount(), height);
    painter.end();
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        throw Error(TimelineExporter::tr("cannot write %1: %2")
                        .arg(nativePath(path), writer.errorString()));
    }
}

void writePdf(EventStore &store, const QString &path, const TimelineExporter::Options &options)
{
    QPdfWriter pdf(path);
    pdf.setTitle(QStringLiteral("%1, %2").arg(options.title, options.subtitle));
    pdf.setCreator(QStringLiteral("Entente"));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    pdf.setResolution(int(LayoutDpi));
    try {
        TimelineExporter::paintPages(store, options, pdf);
    } catch (const Error &error) {
        throw Error(
            TimelineExporter::tr("cannot write %1: %2").arg(nativePath(path), error.message()));
    }
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        throw Error(TimelineExporter::tr("cannot write %1").arg(nativePath(path)));
    }
}

// The pages of the timeline: on each, the title and the range over the axis and as many
// lanes as fit.
void paintTimelinePages(QPainter &painter, QPagedPaintDevice &device, TimelineDocument &document,
                        const QSizeF &page, const TimelineExporter::Options &options)
{
    const QFont title = scaled(document.font(), 1.6, true),
                subtitle = scaled(document.font(), 1.15);
    const double titleHeight = QFontMetricsF(title).height() * 1.2;
    const double subtitleHeight = QFontMetricsF(subtitle).height() * 1.3;
    const double heading = titleHeight + subtitleHeight + 6;
    const QList<std::pair<int, int>> pages = document.pages(page.height() - heading);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            device.newPage();
        }
        painter.setPen(Qt::black);
        painter.setFont(title);
        painter.drawText(QRectF(0, 0, page.width(), titleHeight), Qt::AlignLeft | Qt::AlignTop,
                         options.title);
        painter.setFont(subtitle);
        const QRectF under(0, titleHeight, page.width(), subtitleHeight);
        painter.drawText(under, Qt::AlignLeft | Qt::AlignTop, options.subtitle);
        if (pages.size() > 1) {
            painter.drawText(under, Qt::AlignRight | Qt::AlignTop,
                             TimelineExporter::tr("page %1 of %2").arg(i + 1).arg(pages.size()));
        }
        const auto [first, last] = pages.at(i);
        // A lane taller than a page (many rows on a small page) is made to fit.
        const double fit = std::min(1.0, (page.height() - heading) / document.height(first, last));
        painter.save();
        painter.translate(0, heading);
        painter.scale(fit, fit);
        document.paint(painter, first, last);
        painter.restore();
    }
}

// A key to the symbols and colours, then the sources, numbered as the events cite them.
void paintKeyAndSources(QPainter &painter, QPagedPaintDevice &device,
                        const TimelineDocument &document, const QSizeF &page)
{
    const QFont heading = scaled(document.font(), 1.6, true);
    const QFont small = scaled(document.font(), 0.95);
    const QFontMetricsF metrics(small);
    const double headingHeight = QFontMetricsF(heading).height() * 1.4;
    device.newPage();
    painter.setPen(Qt::black);
    painter.setFont(heading);
    painter.drawText(QRectF(0, 0, page.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     TimelineExporter::tr("Key"));
    painter.setFont(small);
    const QRectF area(0, headingHeight, page.width(), page.height() - headingHeight);
    double y = TimelineExporter::paintKey(painter, document.colourKey(),
                                          document.relationTypesDrawn(), area, metrics);
    const QStringList &lines = document.footnotes();
    if (lines.isEmpty()) {
        return;
    }
    y += headingHeight / 2;
    if (y + 2 * headingHeight > page.height()) {
        device.newPage();
        y = 0;
    }
    painter.setFont(heading);
    painter.drawText(QRectF(0, y, page.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     TimelineExporter::tr("Sources"));
    painter.setFont(small);
    y += headingHeight;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QStringLiteral("%1. %2").arg(i + 1).arg(lines.at(i));
        const QRectF box =
            metrics.boundingRect(QRectF(QPointF(0, 0), page), Qt::TextWordWrap, line);
        if (y + box.height() > page.height()) {
            device.newPage();
            y = 0;
        }
        painter.drawText(QRectF(0, y, page.width(), box.height()), Qt::TextWordWrap, line);
        y += box.height() + 4;
    }
}

// The options with the title and subtitle filled in.
TimelineExporter::Options titled(EventStore &store, TimelineExporter::Options options)
{
    if (options.title.isEmpty()) { // the timeline's own title, else its file's name
        options.title = store.title();
    }
    if (options.title.isEmpty()) {
        options.title = QFileInfo(store.path()).completeBaseName();
    }
    if (options.subtitle.isEmpty()) {
        options.subtitle = rangeText(options.range ? *options.range : wholeTimeline(store));
    }
    return options;
}

} // namespace

void TimelineExporter::paintPages(EventStore &store, const Options &options,
                                  QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device)) {
        throw Error(TimelineExporter::tr("cannot start the document"));
    }
    const double scale = device.logicalDpiX() / LayoutDpi;
    painter.scale(scale, scale);
    const QSizeF page(device.width() / scale, device.height() / scale);
    TimelineDocument document(store, contentOf(store, options, true), int(page.width()),
                              QGuiApplication::font(), palette(options.theme));
    paintTimelinePages(painter, device, document, page, titled(store, options));
    paintKeyAndSources(painter, device, document, page);
}

TimelineExporter::Options TimelineExporter::optionsOf(TimelineView &view)
{
    Options options;
    options.range = std::make_pair(view.scale().visibleFrom(), view.scale().visibleTo());
    options.lanes = view.laneMode();
    options.arrangement = view.arrangement(view.laneMode());
    options.colourBy = view.colourBy();
    options.showLegend = view.showsLegend();
    options.matches = view.matches();
    return options; // light: on paper, whatever the screen's colours
}

void TimelineExporter::write(EventStore &store, const QString &path, const Options &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!formats().contains(suffix)) {
        throw Error(
            TimelineExporter::tr("%1: cannot tell the format from “.%2”; use .png, .svg or .pdf")
                .arg(nativePath(path), suffix));
    }
    const Options complete = titled(store, options);
    if (suffix == QLatin1String("pdf")) {
        writePdf(store, path, complete);
        return;
    }
    TimelineDocument document(store, contentOf(store, options, false), options.size.width(),
                              QGuiApplication::font(), palette(options.theme));
    const int height = std::clamp(document.height(), options.size.height(),
                                  std::max(MaxImageHeight, options.size.height()));
    if (suffix == QLatin1String("png")) {
        writePng(document, path, height);
    } else {
        SvgWriter::write(document, path, height,
                         QStringLiteral("%1, %2").arg(complete.title, complete.subtitle));
    }
}

} // namespace entente
