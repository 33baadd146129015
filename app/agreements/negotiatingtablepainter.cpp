// SPDX-License-Identifier: GPL-3.0-or-later
#include "negotiatingtablepainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <functional>

namespace entente {

namespace {

using Seat = ActorRole::Seat;
using Row = NegotiatingTable::Row;

constexpr double Margin = 8;
constexpr double FoldBoxSize = 10;
constexpr double NameIndent = 20;   // after the fold box
constexpr double MemberIndent = 36; // under their group's name
constexpr double DotRadius = 4.5;
constexpr double LegendPadding = 18; // around a chip's label
constexpr double LegendGap = 8;
constexpr double GroupSampleWidth = 4 * DotRadius + 16;

const QColor TextColor(0x20, 0x20, 0x20);
const QColor FaintText(0x70, 0x70, 0x70);
const QColor GridColor(0xd8, 0xd8, 0xd8);
const QColor HeaderFill(0xf3, 0xf3, 0xf3);
const QColor StripeFill(0xfa, 0xfa, 0xfa);
const QColor CurrentFill(0xff, 0xf1, 0xb8);
const QColor SeatedColor(0x3b, 0x6e, 0xa8);
const QColor AbsentColor(0xc0, 0x39, 0x2b);

// At most two lines of `text` that fit `width`, the second elided.
QStringList twoLines(const QFontMetricsF &metrics, const QString &text, double width)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QString first;
    qsizetype used = 0;
    for (; used < words.size(); ++used) {
        const QString longer = first.isEmpty() ? words.at(used) : first + u' ' + words.at(used);
        if (metrics.horizontalAdvance(longer) > width && !first.isEmpty()) {
            break;
        }
        first = longer;
    }
    QStringList lines{metrics.elidedText(first, Qt::ElideRight, width)};
    if (used < words.size()) {
        const QString rest = words.mid(used).join(u' ');
        lines.append(metrics.elidedText(rest, Qt::ElideRight, width));
    }
    return lines;
}

// In pixels: a size in points would grow with the resolution of what is painted on (a PNG
// is drawn at twice the size), while the layout is measured at 96 dpi.
QFont inPixels(const QFont &font)
{
    QFont resolved = font;
    if (font.pixelSize() <= 0) {
        resolved.setPixelSize(qRound(font.pointSizeF() * 96 / 72));
    }
    return resolved;
}

// What `paint` draws in `strip`, on white, moved by `offset`, with a grid line on `edge`.
void paintStrip(QPainter &painter, const QPointF &offset, const QRectF &strip, const QLineF &edge,
                const std::function<void()> &paint)
{
    painter.save();
    painter.translate(offset);
    painter.setClipRect(strip);
    painter.fillRect(strip, Qt::white);
    paint();
    painter.setPen(QPen(GridColor, 1));
    painter.drawLine(edge);
    painter.restore();
}

QColor readableOn(const QColor &fill)
{
    return fill.lightnessF() > 0.62 ? TextColor : QColor(Qt::white);
}

} // namespace

NegotiatingTablePainter::NegotiatingTablePainter(const NegotiatingTable &table,
                                                 const QList<ActorRole> &roles,
                                                 const QSet<qint64> &folded, const QFont &font)
    : m_table(table), m_text(roles), m_roleOrder(roles), m_folded(folded), m_font(inPixels(font))
{
    for (const ActorRole &role : roles) {
        m_roles.insert(role.name, role);
    }
    const QFontMetricsF metrics(m_font);
    double widest = 0;
    for (qsizetype row = 0; row < table.rows().size(); ++row) {
        const Row &tableRow = table.rows().at(row);
        if (tableRow.kind != Row::Kind::Member || !m_folded.contains(tableRow.groupId)) {
            m_shown.append(row);
        }
        widest = std::max(widest, metrics.horizontalAdvance(tableRow.displayName()) + MemberIndent);
    }
    m_rowHeaderWidth = std::clamp(widest + 12, 140.0, 280.0);
    m_rowHeight = std::ceil(metrics.height() + 12);
    // Wide enough for a day's date in bold, "c. 30 Sep 2025"; a time of day may be elided.
    QFont bold = m_font;
    bold.setBold(true);
    m_columnWidth = std::max(
        124.0,
        std::ceil(QFontMetricsF(bold).horizontalAdvance(QStringLiteral("c. 00 Sep 0000")) + 16));
    m_headerHeight = std::ceil(metrics.height() * 3 + 16);
}

QRectF NegotiatingTablePainter::gridRect() const
{
    return QRectF(Margin + m_rowHeaderWidth, Margin + m_headerHeight,
                  m_columnWidth * double(m_table.columns().size()),
                  m_rowHeight * double(m_shown.size()));
}

double NegotiatingTablePainter::legendTop() const
{
    return gridRect().bottom() + Margin * 2;
}

QSize NegotiatingTablePainter::size() const
{
    const QFontMetricsF metrics(m_font);
    const double legendHeight = metrics.height() + 8;
    const double width = std::max({gridRect().right() + Margin, legendWidth() + 2 * Margin, 480.0});
    return QSize(int(std::ceil(width)), int(std::ceil(legendTop() + legendHeight + Margin)));
}

QRectF NegotiatingTablePainter::cellRect(qsizetype row, qsizetype column) const
{
    const qsizetype shown = shownIndex(row);
    if (shown < 0 || column < 0 || column >= m_table.columns().size()) {
        return {};
    }
    const QRectF grid = gridRect();
    return QRectF(grid.left() + m_columnWidth * double(column),
                  grid.top() + m_rowHeight * double(shown), m_columnWidth, m_rowHeight);
}

QRectF NegotiatingTablePainter::rowHeaderRect(qsizetype row) const
{
    const qsizetype shown = shownIndex(row);
    if (shown < 0) {
        return {};
    }
    return QRectF(Margin, gridRect().top() + m_rowHeight * double(shown), m_rowHeaderWidth,
                  m_rowHeight);
}

QRectF NegotiatingTablePainter::foldBoxRect(qsizetype row) const
{
    const QRectF header = rowHeaderRect(row);
    if (header.isEmpty() || m_table.rows().at(row).kind != Row::Kind::Group) {
        return {};
    }
    // Larger than the triangle drawn in it: an easy target.
    return QRectF(header.left(), header.top(), NameIndent, header.height());
}

QRectF NegotiatingTablePainter::columnHeaderRect(qsizetype column) const
{
    return QRectF(gridRect().left() + m_columnWidth * double(column), Margin, m_columnWidth,
                  m_headerHeight);
}

NegotiatingTablePainter::Hit NegotiatingTablePainter::hitAt(const QPointF &point,
                                                            const QPointF &scroll) const
{
    // On a frozen header the point is where that header is drawn unscrolled.
    const QRectF grid = gridRect();
    QPointF unscrolled = point;
    if (point.y() - scroll.y() < grid.top()) {
        unscrolled.setY(point.y() - scroll.y());
    }
    if (point.x() - scroll.x() < grid.left()) {
        unscrolled.setX(point.x() - scroll.x());
    }
    return hitUnscrolled(unscrolled);
}

NegotiatingTablePainter::Hit NegotiatingTablePainter::hitUnscrolled(const QPointF &point) const
{
    const QRectF grid = gridRect();
    const auto column = qsizetype(std::floor((point.x() - grid.left()) / m_columnWidth));
    const auto shown = qsizetype(std::floor((point.y() - grid.top()) / m_rowHeight));
    const bool inColumns = point.x() >= grid.left() && column < m_table.columns().size();
    const bool inRows = point.y() >= grid.top() && shown < m_shown.size();
    if (inColumns && inRows) {
        return {Hit::Kind::Cell, m_shown.at(shown), column};
    }
    if (inColumns && point.y() >= Margin && point.y() < grid.top()) {
        return {Hit::Kind::ColumnHeader, -1, column};
    }
    if (inRows && point.x() >= Margin && point.x() < grid.left()) {
        const qsizetype row = m_shown.at(shown);
        const bool onFold = foldBoxRect(row).contains(point);
        return {onFold ? Hit::Kind::FoldBox : Hit::Kind::RowHeader, row, -1};
    }
    return {};
}

QString NegotiatingTablePainter::toolTip(const Hit &hit) const
{
    if (hit.kind == Hit::Kind::ColumnHeader) {
        return NegotiatingTableText::columnTitle(m_table.columns().at(hit.column));
    }
    if (hit.kind == Hit::Kind::RowHeader || hit.kind == Hit::Kind::FoldBox) {
        // The full name, which the row shows only when the actor has no short name.
        const Row &row = m_table.rows().at(hit.row);
        return row.kind == Row::Kind::Group ? NegotiatingTableText::groupName(row.name) : row.name;
    }
    if (hit.kind != Hit::Kind::Cell) {
        return {};
    }
    const Row &row = m_table.rows().at(hit.row);
    const QString title = NegotiatingTableText::columnTitle(m_table.columns().at(hit.column));
    const QString said = m_text.cellText(row, m_table.cell(hit.row, hit.column));
    if (said.isEmpty()) {
        return tr("%1: not at %2").arg(row.displayName(), title);
    }
    return tr("%1 at %2: %3").arg(row.displayName(), title, said);
}

QColor NegotiatingTablePainter::seatColor(const QString &role, Seat seat) const
{
    const QColor chosen(m_roles.value(role).color);
    if (chosen.isValid()) {
        return chosen;
    }
    return seat == Seat::AtTable ? SeatedColor : seat == Seat::Absent ? AbsentColor : FaintText;
}

void NegotiatingTablePainter::paint(QPainter &painter, qsizetype currentColumn,
                                    qsizetype currentRow) const
{
    painter.save();
    painter.setFont(m_font);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size())), Qt::white);
    if (m_table.columns().isEmpty()) {
        painter.setPen(FaintText);
        painter.drawText(QRectF(Margin, Margin, size().width() - 2 * Margin, m_headerHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         tr("No talks or agreements within these filters."));
    }
    paintColumnHeaders(painter, currentColumn);
    paintRowHeaders(painter, currentRow);
    for (const qsizetype row : m_shown) {
        for (qsizetype column = 0; column < m_table.columns().size(); ++column) {
            if (column == currentColumn) {
                painter.fillRect(cellRect(row, column), CurrentFill);
            }
            paintCell(painter, row, column);
        }
    }
    painter.setPen(QPen(GridColor, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(gridRect());
    paintLegend(painter);
    painter.restore();
}

void NegotiatingTablePainter::paintFrozenHeaders(QPainter &painter, const QPointF &scroll,
                                                 qsizetype currentColumn,
                                                 qsizetype currentRow) const
{
    if (scroll.isNull()) {
        return; // the headers are where paint() put them
    }
    const QRectF grid = gridRect();
    painter.save();
    painter.setFont(m_font);
    // Rows first: the column headers cover the rows scrolled under them, the corner both.
    if (scroll.x() > 0) {
        const QRectF strip(0, grid.top(), grid.left(), grid.height());
        paintStrip(painter, QPointF(scroll.x(), 0), strip,
                   QLineF(strip.topRight(), strip.bottomRight()),
                   [&] { paintRowHeaders(painter, currentRow); });
    }
    if (scroll.y() > 0 && !m_table.columns().isEmpty()) {
        const QRectF strip(grid.left(), 0, grid.width(), grid.top());
        paintStrip(painter, QPointF(0, scroll.y()), strip,
                   QLineF(strip.bottomLeft(), strip.bottomRight()),
                   [&] { paintColumnHeaders(painter, currentColumn); });
    }
    painter.translate(scroll);
    painter.fillRect(QRectF(0, 0, grid.left(), grid.top()), Qt::white);
    painter.restore();
}

void NegotiatingTablePainter::paintColumnHeaders(QPainter &painter, qsizetype currentColumn) const
{
    const QFontMetricsF metrics(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    for (qsizetype column = 0; column < m_table.columns().size(); ++column) {
        const Event &event = m_table.columns().at(column);
        const QRectF rect = columnHeaderRect(column);
        painter.fillRect(rect, column == currentColumn ? CurrentFill : HeaderFill);
        painter.setPen(QPen(GridColor, 1));
        painter.drawLine(rect.topRight(), rect.bottomRight());
        const QRectF text = rect.adjusted(5, 4, -5, -4);
        painter.setPen(TextColor);
        painter.setFont(bold);
        painter.drawText(QRectF(text.topLeft(), QSizeF(text.width(), metrics.height())),
                         Qt::AlignLeft | Qt::AlignTop,
                         QFontMetricsF(bold).elidedText(
                             event.isUndated() ? tr("undated") : event.start.toDisplayString(),
                             Qt::ElideRight, text.width()));
        painter.setFont(m_font);
        const QStringList lines = twoLines(metrics, event.title, text.width());
        for (qsizetype line = 0; line < lines.size(); ++line) {
            const QPointF at(text.left(), text.top() + metrics.height() * double(line + 1));
            painter.drawText(QRectF(at, QSizeF(text.width(), metrics.height())),
                             Qt::AlignLeft | Qt::AlignTop, lines.at(line));
        }
    }
}

void NegotiatingTablePainter::paintRowHeaders(QPainter &painter, qsizetype currentRow) const
{
    const QFontMetricsF metrics(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    for (qsizetype shown = 0; shown < m_shown.size(); ++shown) {
        const qsizetype row = m_shown.at(shown);
        const Row &tableRow = m_table.rows().at(row);
        const QRectF rect = rowHeaderRect(row);
        const QRectF across(rect.left(), rect.top(), gridRect().right() - rect.left(),
                            rect.height());
        if (row == currentRow) {
            painter.fillRect(rect, CurrentFill);
        } else if (shown % 2 == 1) {
            painter.fillRect(across, StripeFill);
        }
        painter.setPen(QPen(GridColor, 1));
        painter.drawLine(across.bottomLeft(), across.bottomRight());
        const bool group = tableRow.kind == Row::Kind::Group;
        const double indent = tableRow.kind == Row::Kind::Member ? MemberIndent : NameIndent;
        if (group) {
            const QRectF box = foldBoxRect(row);
            const QPointF c = box.center();
            const double h = FoldBoxSize / 2;
            QPainterPath triangle;
            if (m_folded.contains(tableRow.id)) { // pointing right: more to see
                triangle.addPolygon(QPolygonF{{c.x() - h / 2, c.y() - h},
                                              {c.x() + h / 2, c.y()},
                                              {c.x() - h / 2, c.y() + h}});
            } else { // pointing down: open
                triangle.addPolygon(QPolygonF{{c.x() - h, c.y() - h / 2},
                                              {c.x() + h, c.y() - h / 2},
                                              {c.x(), c.y() + h / 2}});
            }
            painter.fillPath(triangle, TextColor);
        }
        painter.setFont(group ? bold : m_font);
        painter.setPen(TextColor);
        const QRectF text = rect.adjusted(indent, 0, -4, 0);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(tableRow.displayName(), Qt::ElideRight, text.width()));
    }
    painter.setFont(m_font);
}

void NegotiatingTablePainter::paintCell(QPainter &painter, qsizetype row, qsizetype column) const
{
    const QRectF rect = cellRect(row, column);
    painter.setPen(QPen(GridColor, 1));
    painter.drawLine(rect.topRight(), rect.bottomRight());
    const NegotiatingTable::Cell &cell = m_table.cell(row, column);
    if (cell.isEmpty()) {
        return;
    }
    if (m_table.rows().at(row).kind == Row::Kind::Group) {
        paintGroupCell(painter, rect, cell);
    } else {
        paintActorCell(painter, rect, cell);
    }
}

void NegotiatingTablePainter::paintActorCell(QPainter &painter, const QRectF &rect,
                                             const NegotiatingTable::Cell &cell) const
{
    // The chip takes the colour of the first role that gives the cell its seat.
    const auto first = std::find_if(cell.roles.cbegin(), cell.roles.cend(), [&](const QString &r) {
        return m_roles.value(r).seat == cell.seat;
    });
    const QString role = first != cell.roles.cend() ? *first : cell.roles.value(0);
    const QString label = m_text.cellText(Row(), cell);
    paintChip(painter, rect.adjusted(4, 4, -4, -4), label, cell.seat, seatColor(role, cell.seat));
}

void NegotiatingTablePainter::paintChip(QPainter &painter, const QRectF &rect, const QString &label,
                                        Seat seat, const QColor &color) const
{
    QFont font = m_font;
    if (seat == Seat::None) {
        font.setItalic(true);
    }
    font.setStrikeOut(seat == Seat::Absent);
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    if (seat == Seat::AtTable) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(rect, 4, 4);
        painter.setPen(readableOn(color));
    } else if (seat == Seat::Absent) {
        painter.setPen(QPen(color, 1.5, Qt::DashLine));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(rect, 4, 4);
        painter.setPen(color);
    } else {
        painter.setPen(FaintText);
    }
    const QRectF text = rect.adjusted(5, 0, -5, 0);
    painter.drawText(text, Qt::AlignCenter,
                     metrics.elidedText(label, Qt::ElideRight, text.width()));
    painter.setFont(m_font);
    painter.setBrush(Qt::NoBrush);
}

// A dot per member: filled for one at the table, hollow and dashed for one kept from it.
void NegotiatingTablePainter::paintGroupCell(QPainter &painter, const QRectF &rect,
                                             const NegotiatingTable::Cell &cell) const
{
    const int dots = cell.seated + cell.absent;
    const double step = DotRadius * 2 + 4;
    double x = rect.center().x() - step * (dots - 1) / 2.0;
    for (int dot = 0; dot < dots; ++dot, x += step) {
        const bool seated = dot < cell.seated;
        painter.setPen(seated ? QPen(SeatedColor, 1) : QPen(AbsentColor, 1.5, Qt::DashLine));
        painter.setBrush(seated ? QBrush(SeatedColor) : QBrush(Qt::white));
        painter.drawEllipse(QPointF(x, rect.center().y()), DotRadius, DotRadius);
    }
    painter.setBrush(Qt::NoBrush);
}

QList<NegotiatingTablePainter::LegendEntry> NegotiatingTablePainter::legendEntries() const
{
    QSet<QString> used; // folded members too: their roles make the group's dots
    for (qsizetype row = 0; row < m_table.rows().size(); ++row) {
        for (qsizetype column = 0; column < m_table.columns().size(); ++column) {
            const QStringList &roles = m_table.cell(row, column).roles;
            used.unite(QSet<QString>(roles.cbegin(), roles.cend()));
        }
    }
    QList<LegendEntry> entries;
    for (const ActorRole &role : m_roleOrder) {
        if (used.contains(role.name)) {
            entries.append(
                {m_text.roleLabel(role.name), role.seat, seatColor(role.name, role.seat)});
        }
    }
    return entries;
}

QString NegotiatingTablePainter::groupLegend() const
{
    const bool groups = std::any_of(m_shown.cbegin(), m_shown.cend(), [this](qsizetype row) {
        return m_table.rows().at(row).kind == Row::Kind::Group;
    });
    return groups ? tr("a group's members at the table, kept from it") : QString();
}

double NegotiatingTablePainter::legendWidth() const
{
    const QFontMetricsF metrics(m_font);
    double width = 0;
    for (const LegendEntry &entry : legendEntries()) {
        width += metrics.horizontalAdvance(entry.label) + LegendPadding + LegendGap;
    }
    if (const QString group = groupLegend(); !group.isEmpty()) {
        width += GroupSampleWidth + metrics.horizontalAdvance(group) + LegendGap;
    }
    return width;
}

// The roles in the table, as their chips look, then a group's dots.
void NegotiatingTablePainter::paintLegend(QPainter &painter) const
{
    const QFontMetricsF metrics(m_font);
    const double height = metrics.height() + 8;
    QPointF at(Margin, legendTop());
    for (const LegendEntry &entry : legendEntries()) {
        const double width = metrics.horizontalAdvance(entry.label) + LegendPadding;
        paintChip(painter, QRectF(at, QSizeF(width, height)), entry.label, entry.seat, entry.color);
        at.rx() += width + LegendGap;
    }
    if (const QString group = groupLegend(); !group.isEmpty()) {
        NegotiatingTable::Cell sample;
        sample.seated = 1;
        sample.absent = 1;
        paintGroupCell(painter, QRectF(at, QSizeF(GroupSampleWidth, height)), sample);
        at.rx() += GroupSampleWidth;
        painter.setPen(TextColor);
        painter.drawText(QRectF(at, QSizeF(metrics.horizontalAdvance(group) + 4, height)),
                         Qt::AlignLeft | Qt::AlignVCenter, group);
    }
}

} // namespace entente
