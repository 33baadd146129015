// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "negotiatingtable.h"

#include <QSet>
#include <QWidget>

#include <memory>

namespace entente {

class NegotiatingTablePainter;

// The negotiating table as one painted widget, as large as the table (a scroll area holds it):
// NegotiatingTablePainter lays it out and paints it, here and in the exports. A click on a
// group's triangle or name, or Left and Right on it, folds and unfolds its members; a click
// on a cell or a column's header asks for its event (eventClicked); Up and Down move between
// rows. The column of the window's current event is marked. Scrolled in its scroll area, it
// keeps the events' headers along the top of what it shows and the actors down its left, as a
// spreadsheet's frozen panes.
class NegotiatingTableView final : public QWidget
{
    Q_OBJECT

public:
    explicit NegotiatingTableView(QWidget *parent = nullptr);
    ~NegotiatingTableView() override;

    // A new table: groups seen before keep their folding, new ones come folded.
    void setTable(const NegotiatingTable &table, const QList<ActorRole> &roles);
    const NegotiatingTable &table() const { return *m_table; }
    // The column of this event is marked; 0 or an event not in the table marks none.
    void setCurrentEvent(qint64 eventId);
    qint64 currentEvent() const { return m_currentEvent; }
    bool isFolded(qint64 groupId) const { return m_folded.contains(groupId); }
    void setFolded(qint64 groupId, bool folded);
    const QSet<qint64> &folded() const { return m_folded; }
    const NegotiatingTablePainter &painter() const { return *m_painter; }
    // The top-left of what the scroll area shows of the view; (0, 0) unscrolled.
    QPointF scrollOffset() const;

    QSize sizeHint() const override;

signals:
    void eventClicked(qint64 eventId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void moveEvent(QMoveEvent *event) override;

private:
    void relayout();
    qsizetype currentColumn() const;
    qsizetype groupRow(qint64 groupId) const;
    void clickAt(const QPointF &point);
    void moveCurrentRow(int step);

    std::shared_ptr<const NegotiatingTable> m_table;
    QList<ActorRole> m_roles;
    std::unique_ptr<NegotiatingTablePainter> m_painter;
    QSet<qint64> m_folded;
    QSet<qint64> m_seenGroups;
    qint64 m_currentEvent = 0;
    qsizetype m_currentRow = -1;
};

} // namespace entente
