// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventdrag.h"

#include <QObject>
#include <QPoint>
#include <QPointF>
#include <QString>

#include <functional>
#include <optional>

class QKeyEvent;
class QMouseEvent;
class QPainter;
class QUndoCommand;

namespace entente {

class EventStore;
class TimelineRenderer;
class TimelineView;
struct TimelineFrame;

// Editing on the timeline: dragging an event to move it or a period's end to resize it, Alt+
// drag from one event to another to relate them, and the editing keys (Delete, Ctrl+D,
// Insert, cut, copy and paste). The view forwards its mouse and key events here first.
//
// A drag writes nothing until it is released: the view draws the event where it will land
// (applyPreview), and the release pushes one command. So a drag is one undo step, Esc has
// nothing to take back, and the file (which other windows watch) sees one write, not one per
// pixel of the pointer's way.
class TimelineEditor final : public QObject
{
    Q_OBJECT

public:
    // Runs a command through the document's undo stack; false when it was refused.
    using Push = std::function<bool(QUndoCommand *)>;

    TimelineEditor(TimelineView &view, const TimelineFrame &frame,
                   const TimelineRenderer &renderer);
    Q_DISABLE_COPY_MOVE(TimelineEditor)

    // Without one (the default), or with a read-only store, the timeline is only looked at.
    void setPush(Push push);
    bool canEdit() const;
    bool hasSelection() const;
    // The clipboard holds events.
    static bool canPaste();

    // Mouse and key events from the view: true when the editor took them. A press only marks
    // where a drag may start; a release after no drag leaves the click to the view.
    void mousePress(const QMouseEvent &event);
    bool mouseMove(const QMouseEvent &event);
    bool mouseRelease(const QMouseEvent &event);
    bool mouseDoubleClick(const QMouseEvent &event);
    bool keyPress(const QKeyEvent &event);
    // The pointer's shape over `pos` with no button down; none: the view's own.
    std::optional<Qt::CursorShape> hoverCursor(const QPointF &pos) const;

    // A new store (or none): a drag on the old one is dropped.
    void storeChanged();
    bool isDragging() const { return m_drag.has_value() || m_relating; }
    // Puts the dragged event back where it was; nothing was written.
    void cancelDrag();
    // The dragged event where it will land, in place of the one the store has.
    void applyPreview(QList<Event> &events) const;
    // The date being dragged to, by the pointer, and the line of a relation being drawn.
    void paint(QPainter &painter) const;

public slots:
    void removeSelection();
    void duplicateSelection();
    // At the date under the mouse pointer when it is over the timeline, else at the middle.
    void insertEventAtCursor();
    // A new event at the date under `pos`, in that lane's actor or category, selected.
    void insertEventAt(const QPoint &pos);
    void cutSelection();
    void copySelection();
    void paste();

signals:
    // The dragged event moved: the view lays out again.
    void previewChanged();
    // What the editing actions can do may have changed (selection, store, clipboard).
    void stateChanged();

private:
    enum class Pending { None, Move, Resize, Relate };

    EventStore *store() const;
    bool push(QUndoCommand *command);
    // The period whose end is under `pos` (its bar's right edge, a few px either side).
    qint64 resizableEndAt(const QPointF &pos) const;
    bool startDrag();
    void addCompanions();
    void finishDrag();
    void finishRelation(const QPoint &pos);
    void selectAfter(const QList<qint64> &ids);
    // The precision a new event gets at this zoom: as fine as can be told apart.
    PartialDate::Precision insertPrecision() const;
    int laneAt(double y) const;
    void reset();

    TimelineView &m_view;
    const TimelineFrame &m_frame;
    const TimelineRenderer &m_renderer;
    Push m_push;
    Pending m_pending = Pending::None;
    qint64 m_pressedEvent = 0;
    QPoint m_pressPos;
    QPoint m_pointer;
    std::optional<EventDrag> m_drag;
    // The other selected events, when the dragged one is selected: they move with it, each by
    // its own precision's steps, and land in the same undo step.
    QList<EventDrag> m_companions;
    bool m_relating = false;  // an Alt+drag past the start distance
    bool m_cancelled = false; // Esc during the drag: its release does nothing
};

} // namespace entente
