// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardpainter.h"

#include "levelcolours.h"

#include "scorecardlayout.h"
#include "scorecardtext.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <array>
#include <cmath>

namespace entente {

namespace {
using Kind = ScorecardLayout::Row::Kind;
using Level = ImplementationLevel;

constexpr double MarkRadius = 5;
constexpr double MinimumTimeWidth = 200;
const QColor GridColour(0, 0, 0, 28);
const QColor TextColour(0x20, 0x20, 0x20);
const QColor TopicBackground(0xee, 0xf1, 0xf5);

// The stacked shares, from the top: what went wrong, then nothing known, nothing done, then done.
constexpr std::array<Level, 7> StackOrder{Level::Violated,     Level::Lapsed,  Level::NotAssessed,
                                          Level::NotInitiated, Level::Minimal, Level::Intermediate,
                                          Level::Full};

QFont boldFont(const QPainter &painter)
{
    QFont font = painter.font();
    font.setBold(true);
    return font;
}
} // namespace

ScorecardPainter::ScorecardPainter(const ScorecardLayout &layout, const QString &title, int width)
    : m_layout(layout), m_title(title),
      m_width(std::max(width, int(Margin * 2 + HeaderWidth + MinimumTimeWidth)))
{
    double top = Margin + TitleHeight + AxisHeight;
    for (const ScorecardLayout::Row &row : layout.rows()) {
        m_rowTops.append(top);
        top += rowHeight(int(row.kind));
    }
    m_rowTops.append(top);
    m_height = int(std::ceil(top)) + LegendHeight + Margin;
}

int ScorecardPainter::rowHeight(int kind)
{
    switch (Kind(kind)) {
    case Kind::TopicHeader:
        return 24;
    case Kind::Provision:
        return 22;
    case Kind::TopicSummary:
        return 20;
    case Kind::AllSummary:
        return 56;
    }
    return 22;
}

QRectF ScorecardPainter::rowRect(int row) const
{
    return QRectF(0, m_rowTops.at(row), m_width, m_rowTops.at(row + 1) - m_rowTops.at(row));
}

QRectF ScorecardPainter::bandRect(int row) const
{
    const QRectF whole = rowRect(row);
    const Kind kind = m_layout.rows().at(row).kind;
    const double height = kind == Kind::Provision ? BandHeight : whole.height() - 6;
    return QRectF(timeLeft(), whole.center().y() - height / 2, timeRight() - timeLeft(), height);
}

double ScorecardPainter::xOf(qint64 second) const
{
    const double span = double(m_layout.to() - m_layout.from());
    return timeLeft() + (timeRight() - timeLeft()) * double(second - m_layout.from()) / span;
}

QPointF ScorecardPainter::markCentre(MarkIndex index) const
{
    const ScorecardLayout::Mark &mark = m_layout.rows().at(index.row).marks.at(index.mark);
    return {xOf(mark.second), rowRect(index.row).center().y()};
}

// One palette wherever a level is drawn: the timeline's markers, Details and this.
QColor ScorecardPainter::levelColour(ImplementationLevel level)
{
    return LevelColours::of(level);
}

void ScorecardPainter::paintMark(QPainter &painter, QPointF centre, ProvisionLink::Type type)
{
    painter.save();
    painter.setPen(QPen(Qt::black, 1));
    const double r = MarkRadius;
    switch (type) {
    case ProvisionLink::Type::Implements:
        painter.setBrush(QColor(0x1b, 0x5e, 0x20));
        painter.setPen(QPen(Qt::white, 1.5));
        painter.drawEllipse(centre, r - 0.5, r - 0.5);
        break;
    case ProvisionLink::Type::Violates: {
        const QPolygonF triangle{centre + QPointF(-r - 1, -r), centre + QPointF(r + 1, -r),
                                 centre + QPointF(0, r + 1)};
        painter.setBrush(QColor(0xd0, 0x00, 0x00));
        painter.drawPolygon(triangle);
        break;
    }
    case ProvisionLink::Type::RefersTo: {
        const QPolygonF diamond{centre + QPointF(0, -r), centre + QPointF(r, 0),
                                centre + QPointF(0, r), centre + QPointF(-r, 0)};
        painter.setBrush(Qt::white);
        painter.setPen(QPen(QColor(0x42, 0x42, 0x42), 1.5));
        painter.drawPolygon(diamond);
        break;
    }
    }
    painter.restore();
}

void ScorecardPainter::paint(QPainter &painter) const
{
    paint(painter, MarkIndex());
}

void ScorecardPainter::paint(QPainter &painter, MarkIndex focus) const
{
    painter.save();
    painter.setPen(TextColour);
    painter.setFont(boldFont(painter));
    const QRectF titleRect(Margin, Margin, m_width - 2 * Margin, TitleHeight);
    painter.drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(painter.font()).elidedText(m_title, Qt::ElideRight, titleRect.width()));
    painter.restore();
    paintAxis(painter);
    for (int row = 0; row < m_layout.rows().size(); ++row) {
        paintRow(painter, row, focus);
    }
    paintLegend(painter);
}

void ScorecardPainter::paintAxis(QPainter &painter) const
{
    painter.save();
    const double top = Margin + TitleHeight;
    const double bottom = m_rowTops.last();
    const QLocale locale;
    const QFontMetricsF metrics(painter.font());
    for (const ScorecardLayout::Column &column : m_layout.columns()) {
        const double left = xOf(column.from);
        const double right = xOf(column.to);
        painter.setPen(GridColour);
        painter.drawLine(QPointF(left, top), QPointF(left, bottom));
        const bool month = column.unit == ScorecardLayout::Column::Unit::Month;
        QString label = month ? locale.monthName(column.month, QLocale::ShortFormat)
                              : QString::number(column.year);
        if (month && column.month == 1) {
            label = QString::number(column.year);
        }
        if (metrics.horizontalAdvance(label) + 4 <= right - left) {
            painter.setPen(TextColour);
            painter.drawText(QRectF(left, top, right - left, AxisHeight), Qt::AlignCenter, label);
        }
    }
    painter.setPen(QColor(0x90, 0x90, 0x90));
    painter.drawLine(QPointF(timeLeft(), top + AxisHeight), QPointF(timeRight(), top + AxisHeight));
    painter.restore();
}

void ScorecardPainter::paintRow(QPainter &painter, int row, MarkIndex focus) const
{
    const ScorecardLayout::Row &data = m_layout.rows().at(row);
    if (data.kind == Kind::TopicHeader) {
        painter.fillRect(rowRect(row).adjusted(Margin, 2, -Margin, 0), TopicBackground);
    }
    if (data.kind == Kind::AllSummary) {
        painter.save();
        painter.setPen(QColor(0x90, 0x90, 0x90));
        const double y = rowRect(row).top() + 1;
        painter.drawLine(QPointF(Margin, y), QPointF(timeRight(), y));
        painter.restore();
    }
    paintRowName(painter, row);
    if (data.kind == Kind::Provision) {
        paintBand(painter, row);
        for (int mark = 0; mark < data.marks.size(); ++mark) {
            paintMark(painter, markCentre({row, mark}), data.marks.at(mark).type);
        }
        if (focus.row == row && focus.mark >= 0 && focus.mark < data.marks.size()) {
            painter.save();
            painter.setPen(QPen(Qt::black, 1, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            const QPointF centre = markCentre(focus);
            painter.drawEllipse(centre, MarkRadius + 4, MarkRadius + 4);
            painter.restore();
        }
    } else if (data.kind != Kind::TopicHeader) {
        paintShares(painter, row);
    }
}

void ScorecardPainter::paintRowName(QPainter &painter, int row) const
{
    const ScorecardLayout::Row &data = m_layout.rows().at(row);
    painter.save();
    QRectF rect = rowRect(row);
    rect.setLeft(Margin + (data.kind == Kind::Provision ? 12 : 4));
    rect.setRight(Margin + HeaderWidth - 8);
    QString text;
    if (data.kind == Kind::TopicHeader) {
        painter.setFont(boldFont(painter));
        text = provisionTopicLabel(data.topic);
    } else if (data.kind == Kind::Provision) {
        text = ScorecardText::provision(data.provision);
    } else {
        QFont font = painter.font();
        font.setItalic(true);
        font.setBold(data.kind == Kind::AllSummary);
        painter.setFont(font);
        text = ScorecardText::summary(data);
    }
    painter.setPen(TextColour);
    text = QFontMetricsF(painter.font()).elidedText(text, Qt::ElideRight, rect.width());
    painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.restore();
}

void ScorecardPainter::paintBand(QPainter &painter, int row) const
{
    const ScorecardLayout::Row &data = m_layout.rows().at(row);
    const QRectF band = bandRect(row);
    for (const ScorecardLayout::Segment &segment : data.segments) {
        const QRectF rect(QPointF(xOf(segment.from), band.top()),
                          QPointF(xOf(segment.to), band.bottom()));
        painter.fillRect(rect, levelColour(segment.level));
    }
    if (data.deadline && *data.deadline >= m_layout.from() && *data.deadline <= m_layout.to()) {
        painter.save();
        painter.setPen(QPen(Qt::black, 2));
        const double x = xOf(*data.deadline);
        painter.drawLine(QPointF(x, band.top() - 4), QPointF(x, band.bottom() + 4));
        painter.restore();
    }
}

void ScorecardPainter::paintShares(QPainter &painter, int row) const
{
    const ScorecardLayout::Row &data = m_layout.rows().at(row);
    const QRectF band = bandRect(row);
    for (const ScorecardLayout::Share &share : data.shares) {
        if (share.counts.total == 0) {
            continue;
        }
        double top = band.top();
        for (const Level level : StackOrder) {
            const double height = band.height() * share.counts.share(level);
            if (height <= 0) {
                continue; // an SVG renderer may still draw an empty rectangle's edge
            }
            const QRectF rect(QPointF(xOf(share.from), top), QPointF(xOf(share.to), top + height));
            painter.fillRect(rect, levelColour(level));
            top += height;
        }
    }
}

void ScorecardPainter::paintLegend(QPainter &painter) const
{
    painter.save();
    const QFontMetricsF metrics(painter.font());
    double x = Margin;
    const double middle = m_rowTops.last() + LegendHeight / 2.0 + 4;
    const auto advance = [&](const QString &label) {
        painter.setPen(TextColour);
        painter.drawText(QPointF(x, middle + metrics.ascent() / 2 - 1), label);
        x += metrics.horizontalAdvance(label) + 14;
    };
    for (int index = 0; index <= int(Level::NotAssessed); ++index) {
        const auto level = Level(index);
        painter.fillRect(QRectF(x, middle - 6, 18, 12), levelColour(level));
        x += 22;
        advance(implementationLevelLabel(level));
    }
    x += 8;
    for (const auto type : {ProvisionLink::Type::Implements, ProvisionLink::Type::Violates,
                            ProvisionLink::Type::RefersTo}) {
        paintMark(painter, QPointF(x + MarkRadius, middle), type);
        x += 2 * MarkRadius + 4;
        advance(ScorecardText::link(type));
    }
    painter.setPen(QPen(Qt::black, 2));
    painter.drawLine(QPointF(x + 2, middle - 8), QPointF(x + 2, middle + 8));
    x += 8;
    advance(tr("deadline"));
    painter.restore();
}

ScorecardPainter::Hit ScorecardPainter::hitAt(QPointF point) const
{
    Hit hit;
    for (int row = 0; row < m_layout.rows().size(); ++row) {
        if (rowRect(row).contains(point)) {
            hit.row = row;
        }
    }
    if (hit.row < 0) {
        return hit;
    }
    hit.inHeader = point.x() < timeLeft();
    const ScorecardLayout::Row &row = m_layout.rows().at(hit.row);
    hit.mark = markAt(hit.row, point);
    if (hit.mark >= 0 || hit.inHeader || point.x() > timeRight()) {
        return hit;
    }
    const auto covers = [&](qint64 from, qint64 to) {
        return point.x() >= xOf(from) && point.x() < xOf(to);
    };
    for (int i = 0; i < row.segments.size(); ++i) {
        if (covers(row.segments.at(i).from, row.segments.at(i).to)) {
            hit.segment = i;
        }
    }
    for (int i = 0; i < row.shares.size(); ++i) {
        if (covers(row.shares.at(i).from, row.shares.at(i).to)) {
            hit.share = i;
        }
    }
    return hit;
}

// The nearest mark within reach: marks on one day overlap, the last drawn is on top.
int ScorecardPainter::markAt(int row, QPointF point) const
{
    int found = -1;
    double nearest = MarkRadius + 2;
    for (int mark = 0; mark < m_layout.rows().at(row).marks.size(); ++mark) {
        const QPointF delta = point - markCentre({row, mark});
        const double distance = std::hypot(delta.x(), delta.y());
        if (distance <= nearest) {
            nearest = distance;
            found = mark;
        }
    }
    return found;
}

} // namespace entente
