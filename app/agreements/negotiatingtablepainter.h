// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "negotiatingtable.h"
#include "negotiatingtabletext.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QSet>
#include <QSize>

class QPainter;

namespace entente {

// The negotiating table laid out and painted, the same for the screen and every export:
// column headers (date and short title) across the top, row headers (actors; groups with a
// fold triangle, their members indented under them) down the left, a chip per seat in the
// cells and a legend under the grid. A view scrolled keeps the headers in sight. Who sat at the
// table is a filled chip in the role's colour; who was kept from it (excluded, demanded a seat) a
// hollow, dashed chip with its label struck through, since that is often the story; a role that
// seats no one is grey text.
class NegotiatingTablePainter final
{
    Q_DECLARE_TR_FUNCTIONS(entente::NegotiatingTablePainter)

public:
    struct Hit
    {
        enum class Kind { None, Cell, RowHeader, FoldBox, ColumnHeader };
        Kind kind = Kind::None;
        qsizetype row = -1;    // the table's row
        qsizetype column = -1; // the table's column
    };

    // Rows of groups in `folded` hide their members.
    NegotiatingTablePainter(const NegotiatingTable &table, const QList<ActorRole> &roles,
                            const QSet<qint64> &folded, const QFont &font);

    QSize size() const;
    // From (0, 0); `currentColumn` and `currentRow` (the table's, -1 for none) are marked.
    void paint(QPainter &painter, qsizetype currentColumn = -1, qsizetype currentRow = -1) const;
    // Over what paint() drew, for a view scrolled to `scroll` (the top-left of what it shows):
    // the column headers along its top, the row headers down its left and the corner where
    // they meet, which stay as a spreadsheet's frozen panes do. Exports never call it.
    void paintFrozenHeaders(QPainter &painter, const QPointF &scroll, qsizetype currentColumn = -1,
                            qsizetype currentRow = -1) const;
    // `scroll` as for paintFrozenHeaders: what is under the point on the view's screen.
    Hit hitAt(const QPointF &point, const QPointF &scroll = {}) const;
    // Words for the tooltip of what is at `hit`.
    QString toolTip(const Hit &hit) const;

    // The table's rows that are shown, in order.
    const QList<qsizetype> &shownRows() const { return m_shown; }
    QRectF cellRect(qsizetype row, qsizetype column) const; // an empty rect for a hidden row
    QRectF rowHeaderRect(qsizetype row) const;
    QRectF foldBoxRect(qsizetype row) const;
    QRectF columnHeaderRect(qsizetype column) const;

private:
    struct LegendEntry
    {
        QString label;
        ActorRole::Seat seat;
        QColor color;
    };

    qsizetype shownIndex(qsizetype row) const { return m_shown.indexOf(row); }
    QColor seatColor(const QString &role, ActorRole::Seat seat) const;
    QList<LegendEntry> legendEntries() const;
    Hit hitUnscrolled(const QPointF &point) const;
    void paintColumnHeaders(QPainter &painter, qsizetype currentColumn) const;
    void paintRowHeaders(QPainter &painter, qsizetype currentRow) const;
    void paintCell(QPainter &painter, qsizetype row, qsizetype column) const;
    void paintActorCell(QPainter &painter, const QRectF &rect,
                        const NegotiatingTable::Cell &cell) const;
    void paintGroupCell(QPainter &painter, const QRectF &rect,
                        const NegotiatingTable::Cell &cell) const;
    void paintChip(QPainter &painter, const QRectF &rect, const QString &label,
                   ActorRole::Seat seat, const QColor &color) const;
    void paintLegend(QPainter &painter) const;
    QString groupLegend() const; // "" when no group is shown
    double legendWidth() const;
    QRectF gridRect() const;
    double legendTop() const;

    const NegotiatingTable &m_table;
    NegotiatingTableText m_text;
    QHash<QString, ActorRole> m_roles; // by name
    QList<ActorRole> m_roleOrder;
    QSet<qint64> m_folded;
    QFont m_font;
    QList<qsizetype> m_shown;
    double m_rowHeaderWidth = 0;
    double m_headerHeight = 0;
    double m_rowHeight = 0;
    double m_columnWidth = 0;
};

} // namespace entente
