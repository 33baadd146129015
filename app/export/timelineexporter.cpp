// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineexporter.h"

#include "error.h"
#include "eventstore.h"
#include "timelineview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <set>

namespace entente {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The sources cited by the events in view, each once, in the order first cited.
QStringList sourcesInView(TimelineView &view)
{
    EventStore *store = view.store();
    const QList<Event> events =
        store->eventsInRange(view.scale().visibleFrom(), view.scale().visibleTo());
    QStringList lines;
    std::set<qint64> seen;
    for (const Event &event : events) {
        for (qint64 id : event.sourceIds) {
            const std::optional<Source> source =
                seen.insert(id).second ? store->source(id) : std::nullopt;
            if (!source) {
                continue;
            }
            QString line = source->outlet;
            if (!source->title.isEmpty()) {
                line += QStringLiteral(", “%1”").arg(source->title);
            }
            if (!source->published.isNull()) {
                line += QStringLiteral(", %1").arg(source->published.toDisplayString());
            }
            if (!source->url.isEmpty()) {
                line += QStringLiteral(", %1").arg(source->url);
            }
            if (!lines.contains(line)) { // several quotes from one article: cited once
                lines.append(line);
            }
        }
    }
    return lines;
}

void writePng(TimelineView &view, const QString &path)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image);
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        throw Error(TimelineExporter::tr("cannot write %1: %2")
                        .arg(nativePath(path), writer.errorString()));
    }
}

void writeSvg(TimelineView &view, const QString &path)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(view.size());
    svg.setViewBox(QRect(QPoint(0, 0), view.size()));
    svg.setTitle(QStringLiteral("Entente timeline"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        throw Error(TimelineExporter::tr("cannot write %1").arg(nativePath(path)));
    }
    view.render(&painter);
    painter.end();
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        throw Error(TimelineExporter::tr("cannot write %1").arg(nativePath(path)));
    }
}

void writePdf(TimelineView &view, const QString &path, const QString &title)
{
    QPdfWriter pdf(path);
    pdf.setTitle(title.isEmpty() ? QStringLiteral("Entente timeline") : title);
    pdf.setCreator(QStringLiteral("Entente"));
    pdf.setPageOrientation(QPageLayout::Landscape);
    // The view is laid out at screen resolution: at any other, its fonts would come out
    // larger or smaller than the room the layout gave them. PDF is vector output anyway.
    pdf.setResolution(96);
    try {
        TimelineExporter::paintPages(view, pdf, title);
    } catch (const Error &error) {
        throw Error(
            TimelineExporter::tr("cannot write %1: %2").arg(nativePath(path), error.message()));
    }
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        throw Error(TimelineExporter::tr("cannot write %1").arg(nativePath(path)));
    }
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
    case 4: { // a relation
        QPainterPath curve(QPointF(box.left(), centre.y() + r));
        curve.quadTo(centre.x(), box.top(), box.right() - 2, centre.y() + r);
        painter.setPen(QPen(QColor(80, 80, 80), 1.2));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(curve);
        break;
    }
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

double TimelineExporter::paintKey(QPainter &painter, TimelineView &view, const QRectF &area,
                                  const QFontMetricsF &metrics)
{
    // Symbols in one column, colours in as many as fit beside them.
    const QStringList symbols = {
        TimelineExporter::tr("An event; the larger, the more important"),
        TimelineExporter::tr("Dated to the month or year: hollow, over the whole interval"),
        TimelineExporter::tr("Approximate date (“c.” in its label): dashed"),
        TimelineExporter::tr("A period; a faded end is uncertain, an arrow means ongoing"),
        TimelineExporter::tr("A relation between two events (led to, response to, violates…)"),
        TimelineExporter::tr("Events too close together to tell apart, with their number"),
    };
    const double line = metrics.height() * 1.5;
    const QRectF sample(area.left(), 0, line * 2, line);
    const QColor ink = painter.pen().color();
    double y = area.top();
    for (int i = 0; i < symbols.size(); ++i) {
        paintSymbol(painter, i, sample.translated(0, y), QColor(0x1f, 0x77, 0xb4));
        painter.setPen(ink);
        painter.drawText(QRectF(area.left() + line * 2.5, y, area.width() / 2, line),
                         Qt::AlignLeft | Qt::AlignVCenter, symbols.at(i));
        y += line;
    }
    const QList<TimelineRenderer::LegendEntry> colours = view.colourKey();
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

void TimelineExporter::paintPages(TimelineView &view, QPagedPaintDevice &device,
                                  const QString &title)
{
    QPainter painter;
    if (!painter.begin(&device)) {
        throw Error(TimelineExporter::tr("cannot start the document"));
    }
    const QRectF page(QPointF(0, 0), QSizeF(device.width(), device.height()));
    const double dpi = device.logicalDpiY();
    QFont heading = view.font();
    heading.setPointSizeF(heading.pointSizeF() * 1.6);
    heading.setBold(true);
    painter.setFont(heading);
    const double headingHeight = QFontMetricsF(heading, &device).height() * 1.4;
    painter.drawText(page.adjusted(0, 0, 0, -(page.height() - headingHeight)),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     title.isEmpty() ? TimelineExporter::tr("Entente timeline") : title);
    // The view, scaled to the page's width below the title.
    const double scale =
        std::min(page.width() / view.width(), (page.height() - headingHeight) / view.height());
    painter.save();
    painter.translate(0, headingHeight);
    painter.scale(scale, scale);
    view.render(&painter);
    painter.restore();

    // Then a key to the symbols and colours, and the sources of what is shown, numbered, as
    // footnotes, on the following pages.
    QFont small = view.font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.9));
    const QFontMetricsF metrics(small, &device);
    device.newPage();
    painter.setFont(heading);
    painter.drawText(QRectF(0, 0, page.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     TimelineExporter::tr("Key"));
    painter.setFont(small);
    double y =
        paintKey(painter, view, QRectF(0, headingHeight, page.width(), page.height()), metrics);
    const QStringList lines = sourcesInView(view);
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
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QStringLiteral("%1. %2").arg(i + 1).arg(lines.at(i));
        const QRectF box =
            metrics.boundingRect(QRectF(0, 0, page.width(), page.height()), Qt::TextWordWrap, line);
        if (y + box.height() > page.height()) {
            device.newPage();
            y = 0;
        }
        painter.drawText(QRectF(0, y, page.width(), box.height()), Qt::TextWordWrap, line);
        y += box.height() + dpi / 24;
    }
}

void TimelineExporter::write(EventStore &store, const QString &path, const Options &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!formats().contains(suffix)) {
        throw Error(
            TimelineExporter::tr("%1: cannot tell the format from “.%2”; use .png, .svg or .pdf")
                .arg(nativePath(path), suffix));
    }
    TimelineView view;
    view.setFetchMode(TileCache::Mode::Immediate);
    view.setPalette(palette(options.theme));
    view.resize(options.size);
    view.setLaneMode(options.lanes);
    view.setArrangement(options.lanes, options.arrangement);
    view.setColourBy(options.colourBy);
    view.setShowLegend(options.showLegend);
    view.setStore(&store);
    if (options.range) {
        view.setVisibleRange(options.range->first, options.range->second);
    }
    view.waitForData();
    if (suffix == QLatin1String("png")) {
        writePng(view, path);
    } else if (suffix == QLatin1String("svg")) {
        writeSvg(view, path);
    } else {
        writePdf(view, path, options.title);
    }
}

} // namespace entente
