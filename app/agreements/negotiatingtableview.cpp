// SPDX-License-Identifier: GPL-3.0-or-later
#include "negotiatingtableview.h"

#include "errorguard.h"
#include "negotiatingtablepainter.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace entente {

namespace {
using Hit = NegotiatingTablePainter::Hit;
using Row = NegotiatingTable::Row;
} // namespace

NegotiatingTableView::NegotiatingTableView(QWidget *parent)
    : QWidget(parent), m_table(std::make_shared<NegotiatingTable>(NegotiatingTable::Input{}))
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Negotiating table"));
    relayout();
}

NegotiatingTableView::~NegotiatingTableView() = default;

void NegotiatingTableView::setTable(const NegotiatingTable &table, const QList<ActorRole> &roles)
{
    m_table = std::make_shared<const NegotiatingTable>(table);
    m_roles = roles;
    for (const Row &row : table.rows()) {
        if (row.kind == Row::Kind::Group && !m_seenGroups.contains(row.id)) {
            m_seenGroups.insert(row.id);
            m_folded.insert(row.id);
        }
    }
    m_currentRow = std::min(m_currentRow, table.rows().size() - 1);
    relayout();
}

void NegotiatingTableView::setCurrentEvent(qint64 eventId)
{
    if (eventId != m_currentEvent) {
        m_currentEvent = eventId;
        update();
    }
}

void NegotiatingTableView::setFolded(qint64 groupId, bool folded)
{
    if (folded == m_folded.contains(groupId)) {
        return;
    }
    if (folded) {
        m_folded.insert(groupId);
    } else {
        m_folded.remove(groupId);
    }
    // The current row may have been a member now hidden: it goes to its group.
    if (m_currentRow >= 0 && m_table->rows().at(m_currentRow).groupId == groupId && folded) {
        m_currentRow = groupRow(groupId);
    }
    relayout();
}

QSize NegotiatingTableView::sizeHint() const
{
    return m_painter->size();
}

void NegotiatingTableView::relayout()
{
    m_painter = std::make_unique<NegotiatingTablePainter>(*m_table, m_roles, m_folded, font());
    setFixedSize(m_painter->size());
    update();
}

qsizetype NegotiatingTableView::groupRow(qint64 groupId) const
{
    const QList<Row> &rows = m_table->rows();
    const auto found = std::find_if(rows.cbegin(), rows.cend(), [groupId](const Row &row) {
        return row.kind == Row::Kind::Group && row.id == groupId;
    });
    return found == rows.cend() ? -1 : found - rows.cbegin();
}

qsizetype NegotiatingTableView::currentColumn() const
{
    const QList<Event> &columns = m_table->columns();
    const auto found = std::find_if(columns.cbegin(), columns.cend(),
                                    [this](const Event &e) { return e.id == m_currentEvent; });
    return found == columns.cend() ? -1 : found - columns.cbegin();
}

void NegotiatingTableView::paintEvent(QPaintEvent *)
{
    ErrorGuard::run([this] {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const qsizetype currentRow = hasFocus() ? m_currentRow : -1;
        m_painter->paint(painter, currentColumn(), currentRow);
        m_painter->paintFrozenHeaders(painter, scrollOffset(), currentColumn(), currentRow);
    });
}

void NegotiatingTableView::mousePressEvent(QMouseEvent *event)
{
    ErrorGuard::run([this, event] {
        if (event->button() == Qt::LeftButton) {
            clickAt(event->position());
        }
    });
}

void NegotiatingTableView::clickAt(const QPointF &point)
{
    const Hit hit = m_painter->hitAt(point, scrollOffset());
    if (hit.row >= 0) {
        m_currentRow = hit.row;
        update();
    }
    switch (hit.kind) {
    case Hit::Kind::FoldBox:
    case Hit::Kind::RowHeader:
        if (const Row &row = m_table->rows().at(hit.row); row.kind == Row::Kind::Group) {
            setFolded(row.id, !isFolded(row.id));
        }
        break;
    case Hit::Kind::Cell:
    case Hit::Kind::ColumnHeader:
        setCurrentEvent(m_table->columns().at(hit.column).id);
        emit eventClicked(m_currentEvent);
        break;
    case Hit::Kind::None:
        break;
    }
}

void NegotiatingTableView::keyPressEvent(QKeyEvent *event)
{
    ErrorGuard::run([this, event] {
        const bool onRow = m_currentRow >= 0 && m_currentRow < m_table->rows().size();
        const Row row = onRow ? m_table->rows().at(m_currentRow) : Row();
        switch (event->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
            moveCurrentRow(event->key() == Qt::Key_Up ? -1 : 1);
            return;
        case Qt::Key_Left:
            if (row.kind == Row::Kind::Group) {
                setFolded(row.id, true);
            } else if (row.kind == Row::Kind::Member) { // to the group, as a tree does
                m_currentRow = groupRow(row.groupId);
                moveCurrentRow(0);
            }
            return;
        case Qt::Key_Right:
            if (row.kind == Row::Kind::Group) {
                setFolded(row.id, false);
            }
            return;
        default:
            QWidget::keyPressEvent(event);
        }
    });
}

// Among the rows shown; step 0 only makes sure the current row is one of them.
void NegotiatingTableView::moveCurrentRow(int step)
{
    const QList<qsizetype> &shown = m_painter->shownRows();
    if (shown.isEmpty()) {
        return;
    }
    const qsizetype at = shown.indexOf(m_currentRow);
    const qsizetype next = at < 0 ? 0 : std::clamp<qsizetype>(at + step, 0, shown.size() - 1);
    m_currentRow = shown.at(next);
    update();
}

bool NegotiatingTableView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        return ErrorGuard::value(true, [this, event] {
            auto *help = static_cast<QHelpEvent *>(event);
            const QString text = m_painter->toolTip(m_painter->hitAt(help->pos(), scrollOffset()));
            if (text.isEmpty()) {
                QToolTip::hideText();
                event->ignore();
            } else {
                QToolTip::showText(help->globalPos(), text, this);
            }
            return true;
        });
    }
    return QWidget::event(event);
}

QPointF NegotiatingTableView::scrollOffset() const
{
    if (isWindow()) {
        return {};
    }
    // A scroll area scrolls its widget by moving it up and left within its viewport.
    return QPointF(std::max(0, -x()), std::max(0, -y()));
}

// A scroll moves the view; the frozen headers must be drawn anew where they now stay.
void NegotiatingTableView::moveEvent(QMoveEvent *event)
{
    QWidget::moveEvent(event);
    update();
}

void NegotiatingTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        ErrorGuard::run([this] { relayout(); });
    }
    QWidget::changeEvent(event);
}

} // namespace entente
