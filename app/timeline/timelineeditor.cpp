// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineeditor.h"

#include "addeventscommand.h"
#include "addrowcommand.h"
#include "datesnap.h"
#include "editeventscommand.h"
#include "error.h"
#include "errorguard.h"
#include "eventclipboard.h"
#include "eventstore.h"
#include "pasteeventscommand.h"
#include "removeeventscommand.h"
#include "timelineframe.h"
#include "timelinerenderer.h"
#include "timelineview.h"

#include <QApplication>
#include <QClipboard>
#include <QCursor>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

constexpr double ResizeGrab = 4;      // px either side of a bar's end that take a resize
constexpr double MinInsertPixels = 4; // a new event's unit is at least this wide on screen

// A title short enough for a menu's heading.
QString elided(const QString &title)
{
    constexpr int Length = 30;
    return title.size() <= Length ? title : title.left(Length - 1) + QChar(0x2026);
}

QString mimeType()
{
    return QString::fromLatin1(EventClipboard::MimeType);
}

} // namespace

TimelineEditor::TimelineEditor(TimelineView &view, const TimelineFrame &frame,
                               const TimelineRenderer &renderer)
    : m_view(view), m_frame(frame), m_renderer(renderer)
{
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this,
            ErrorGuard::slot(this, &TimelineEditor::stateChanged));
}

void TimelineEditor::setPush(Push push)
{
    m_push = std::move(push);
    emit stateChanged();
}

EventStore *TimelineEditor::store() const
{
    return m_view.store();
}

bool TimelineEditor::canEdit() const
{
    return m_push && store() && !store()->isReadOnly();
}

bool TimelineEditor::hasSelection() const
{
    return store() && !m_view.selectedEventIds().isEmpty();
}

bool TimelineEditor::canPaste()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    return data && data->hasFormat(mimeType());
}

bool TimelineEditor::push(QUndoCommand *command)
{
    if (!canEdit()) {
        delete command;
        return false;
    }
    return m_push(command);
}

void TimelineEditor::storeChanged()
{
    reset();
    emit stateChanged();
}

// --- dragging --------------------------------------------------------------------------------

void TimelineEditor::mousePress(const QMouseEvent &event)
{
    reset();
    const Qt::KeyboardModifiers modifiers = event.modifiers();
    if (event.button() != Qt::LeftButton || !canEdit() ||
        (modifiers & (Qt::ShiftModifier | Qt::ControlModifier))) {
        return; // Shift+drag zooms, Ctrl+click toggles the selection
    }
    m_pressPos = m_pointer = event.position().toPoint();
    if (modifiers & Qt::AltModifier) {
        m_pressedEvent = m_renderer.eventAt(event.position());
        m_pending = m_pressedEvent ? Pending::Relate : Pending::None;
    } else if ((m_pressedEvent = resizableEndAt(event.position()))) {
        m_pending = Pending::Resize;
    } else {
        m_pressedEvent = m_renderer.eventAt(event.position());
        m_pending = m_pressedEvent ? Pending::Move : Pending::None;
    }
}

bool TimelineEditor::mouseMove(const QMouseEvent &event)
{
    if (m_cancelled) {
        return true; // until the button is let go
    }
    if (m_pending == Pending::None || !(event.buttons() & Qt::LeftButton)) {
        return false;
    }
    m_pointer = event.position().toPoint();
    if (!isDragging()) {
        // Short of the start distance it may still be a click: nothing moves yet.
        if ((m_pointer - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
            return true;
        }
        if (!startDrag()) {
            m_pending = Pending::None; // an undated event: the view pans as before
            return false;
        }
    }
    if (m_drag) {
        const Event before = m_drag->moved();
        const double dx = m_pointer.x() - m_pressPos.x();
        m_drag->moveBy(dx);
        bool companionMoved = false;
        for (EventDrag &companion : m_companions) {
            const Event was = companion.moved();
            companionMoved = !(companion.moveBy(dx) == was) || companionMoved;
        }
        if (!(m_drag->moved() == before) || companionMoved) {
            emit previewChanged();
        }
    }
    m_view.update(); // the label or the line follows the pointer
    return true;
}

bool TimelineEditor::startDrag()
{
    if (m_pending == Pending::Relate) {
        m_relating = true;
        m_view.setCursor(Qt::CrossCursor);
        return true;
    }
    const EventDrag::Mode mode =
        m_pending == Pending::Move ? EventDrag::Mode::Move : EventDrag::Mode::ResizeEnd;
    // The whole event, not the frame's (which holds only what the timeline draws): the
    // command writes every field back.
    const std::optional<Event> event = store()->event(m_pressedEvent);
    if (!event || !EventDrag::canDrag(*event, mode)) {
        return false;
    }
    m_drag.emplace(*event, mode, m_view.scale().secondsPerPixel());
    if (mode == EventDrag::Mode::Move) {
        addCompanions();
    }
    m_view.setCursor(mode == EventDrag::Mode::Move ? Qt::ClosedHandCursor : Qt::SizeHorCursor);
    return true;
}

void TimelineEditor::addCompanions()
{
    const QList<qint64> selected = m_view.selectedEventIds();
    if (!selected.contains(m_pressedEvent)) {
        return; // an event outside the selection moves alone
    }
    QList<qint64> others = selected;
    others.removeAll(m_pressedEvent);
    for (const Event &event : store()->events(others, EventStore::Detail::Full)) {
        if (EventDrag::canDrag(event, EventDrag::Mode::Move)) {
            m_companions.append(
                EventDrag(event, EventDrag::Mode::Move, m_view.scale().secondsPerPixel()));
        }
    }
}

bool TimelineEditor::mouseRelease(const QMouseEvent &event)
{
    if (event.button() != Qt::LeftButton) {
        return false;
    }
    const bool took = isDragging() || m_cancelled;
    if (m_drag) {
        finishDrag();
    } else if (m_relating) {
        finishRelation(event.position().toPoint());
    }
    reset();
    return took;
}

void TimelineEditor::finishDrag()
{
    QList<EventDrag> drags{*m_drag};
    drags += m_companions;
    const QString text = m_companions.isEmpty() ? m_drag->commandText()
                                                : tr("Move %n Events", nullptr, int(drags.size()));
    m_drag.reset();
    m_companions.clear();
    QList<Event> before, after;
    for (const EventDrag &drag : std::as_const(drags)) {
        if (drag.hasMoved()) {
            before.append(drag.original());
            after.append(drag.moved());
        }
    }
    if (!after.isEmpty()) {
        push(new EditEventsCommand(store(), before, after, text));
        QList<qint64> ids;
        for (const EventDrag &drag : std::as_const(drags)) {
            ids.append(drag.original().id);
        }
        selectAfter(ids);
    }
    emit previewChanged();
}

void TimelineEditor::cancelDrag()
{
    if (!isDragging()) {
        return;
    }
    const bool moved = m_drag.has_value();
    reset();
    m_cancelled = true;
    if (moved) {
        emit previewChanged();
    }
    m_view.update();
}

void TimelineEditor::reset()
{
    m_drag.reset();
    m_companions.clear();
    m_relating = false;
    m_cancelled = false;
    m_pending = Pending::None;
    m_pressedEvent = 0;
    m_view.unsetCursor();
}

void TimelineEditor::applyPreview(QList<Event> &events) const
{
    if (!m_drag) {
        return;
    }
    QList<const EventDrag *> drags{&*m_drag};
    for (const EventDrag &companion : m_companions) {
        drags.append(&companion);
    }
    for (const EventDrag *drag : std::as_const(drags)) {
        const Event &moved = drag->moved();
        const auto at = std::find_if(events.begin(), events.end(),
                                     [&](const Event &event) { return event.id == moved.id; });
        at != events.end() ? void(*at = moved) : events.append(moved);
    }
    std::sort(events.begin(), events.end(), Event::startsBefore);
}

qint64 TimelineEditor::resizableEndAt(const QPointF &pos) const
{
    for (const TimelineRenderer::Item &item : m_renderer.items()) {
        const QRectF &bar = item.shape;
        // The right half only, so that a short bar can still be moved by its left part.
        if (pos.y() < bar.top() - 2 || pos.y() > bar.bottom() + 2 ||
            std::abs(pos.x() - bar.right()) > ResizeGrab || pos.x() < bar.center().x()) {
            continue;
        }
        if (EventDrag::canDrag(m_renderer.layout().event(item, m_frame),
                               EventDrag::Mode::ResizeEnd)) {
            return item.eventId;
        }
    }
    return 0;
}

std::optional<Qt::CursorShape> TimelineEditor::hoverCursor(const QPointF &pos) const
{
    if (canEdit() && resizableEndAt(pos) != 0) {
        return Qt::SizeHorCursor;
    }
    return std::nullopt;
}

// --- relations -------------------------------------------------------------------------------

void TimelineEditor::finishRelation(const QPoint &pos)
{
    const qint64 from = m_pressedEvent;
    const qint64 to = m_renderer.eventAt(pos);
    m_relating = false;
    m_view.update();
    if (to == 0 || to == from) {
        return;
    }
    // What kind of link, among the timeline's types: "related" first, where the menu opens.
    QMenu menu(&m_view);
    // Which way the link goes, since the kinds read from the first to the second.
    // A disabled item rather than a section, whose text would be cut to the menu's width.
    menu.addAction(tr("“%1” … “%2”")
                       .arg(elided(store()->event(from)->title), elided(store()->event(to)->title)))
        ->setEnabled(false);
    menu.addSeparator();
    QList<RelationType> types = store()->relationTypes(EventStore::Count::Nothing);
    std::stable_partition(types.begin(), types.end(),
                          [](const RelationType &type) { return type.name == Relation::Related; });
    for (const RelationType &type : std::as_const(types)) {
        menu.addAction(type.label)->setData(type.name);
    }
    if (types.isEmpty()) {
        return; // every type removed: nothing to link by
    }
    menu.setActiveAction(menu.actions().at(2));
    const QAction *chosen = menu.exec(m_view.mapToGlobal(pos));
    if (!chosen) {
        return; // dismissed: no relation
    }
    Relation relation;
    relation.fromEventId = from;
    relation.toEventId = to;
    relation.type = chosen->data().toString();
    push(new AddRowCommand<Relation>(store(), relation));
}

// --- painting --------------------------------------------------------------------------------

void TimelineEditor::paint(QPainter &painter) const
{
    const QPalette &palette = m_view.palette();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_relating) { // a rubber band from the pressed event to the pointer
        const QRectF from = m_view.eventRect(m_pressedEvent);
        const QPointF start = from.isEmpty() ? QPointF(m_pressPos) : from.center();
        painter.setPen(QPen(palette.color(QPalette::Highlight), 2, Qt::DashLine));
        painter.drawLine(start, m_pointer);
        painter.setBrush(palette.color(QPalette::Highlight));
        painter.drawEllipse(QPointF(m_pointer), 3, 3);
    }
    if (m_drag) { // the dates it will have, by the pointer
        const QString text = m_drag->label();
        const QFontMetrics metrics(m_view.font());
        QRect box = metrics.boundingRect(text).adjusted(-6, -3, 6, 3);
        box.moveTopLeft(m_pointer + QPoint(14, 18));
        box.moveRight(std::min(box.right(), m_view.width() - 4));
        box.moveBottom(std::min(box.bottom(), m_view.height() - 4));
        painter.setPen(palette.color(QPalette::ToolTipText));
        painter.setBrush(palette.color(QPalette::ToolTipBase));
        painter.drawRoundedRect(box, 3, 3);
        painter.drawText(box, Qt::AlignCenter, text);
    }
    painter.restore();
}

// --- keys ------------------------------------------------------------------------------------

bool TimelineEditor::keyPress(const QKeyEvent &event)
{
    if (event.key() == Qt::Key_Escape && isDragging()) {
        cancelDrag();
        return true;
    }
    if (!canEdit() && !event.matches(QKeySequence::Copy)) {
        return false;
    }
    // The Edit menu's shortcuts take these first in the window; here for a view on its own.
    const std::initializer_list<std::pair<bool, void (TimelineEditor::*)()>> keys = {
        // Not QKeySequence::Delete: on X11 that is also Ctrl+D, which duplicates.
        {event.key() == Qt::Key_Delete && event.modifiers() == Qt::NoModifier,
         &TimelineEditor::removeSelection},
#ifdef Q_OS_MACOS
        {event.key() == Qt::Key_Backspace && event.modifiers() == Qt::NoModifier,
         &TimelineEditor::removeSelection},
#endif
        {event.key() == Qt::Key_D && event.modifiers() == Qt::ControlModifier,
         &TimelineEditor::duplicateSelection},
        {event.key() == Qt::Key_Insert && event.modifiers() == Qt::NoModifier,
         &TimelineEditor::insertEventAtCursor},
        {event.matches(QKeySequence::Cut), &TimelineEditor::cutSelection},
        {event.matches(QKeySequence::Copy), &TimelineEditor::copySelection},
        {event.matches(QKeySequence::Paste), &TimelineEditor::paste},
    };
    for (const auto &[matches, action] : keys) {
        if (matches) {
            (this->*action)();
            return true;
        }
    }
    return false;
}

bool TimelineEditor::mouseDoubleClick(const QMouseEvent &event)
{
    const QPointF pos = event.position();
    if (event.button() != Qt::LeftButton || !(event.modifiers() & Qt::ControlModifier) ||
        !canEdit() || pos.x() < TimelineRenderer::HeaderWidth ||
        pos.y() < TimelineRenderer::AxisHeight || m_renderer.eventAt(pos) != 0) {
        return false;
    }
    insertEventAt(pos.toPoint());
    return true;
}

// --- commands --------------------------------------------------------------------------------

void TimelineEditor::selectAfter(const QList<qint64> &ids)
{
    if (!ids.isEmpty()) {
        m_view.setSelection(ids, ids.first());
    }
}

void TimelineEditor::removeSelection()
{
    const QList<qint64> ids = m_view.selectedEventIds();
    if (!ids.isEmpty()) {
        push(new RemoveEventsCommand(store(), ids));
    }
}

void TimelineEditor::duplicateSelection()
{
    if (!hasSelection() || !canEdit()) {
        return;
    }
    // The copies name the same actors and sources, and keep the relations among them.
    const EventClipboard::Content copies =
        EventClipboard::gather(*store(), m_view.selectedEventIds());
    auto *command = new AddEventsCommand(store(), copies.events, copies.relations);
    command->setText(copies.events.size() == 1
                         ? tr("Duplicate “%1”").arg(copies.events.constFirst().title)
                         : tr("Duplicate %n Events", nullptr, int(copies.events.size())));
    if (push(command)) {
        selectAfter(command->ids());
    }
}

PartialDate::Precision TimelineEditor::insertPrecision() const
{
    const double secondsPerPixel = m_view.scale().secondsPerPixel();
    for (auto precision : {PartialDate::Precision::Day, PartialDate::Precision::Month}) {
        if (DateSnap::unitSeconds(precision) / secondsPerPixel >= MinInsertPixels) {
            return precision;
        }
    }
    return PartialDate::Precision::Year;
}

int TimelineEditor::laneAt(double y) const
{
    const QList<TimelineRenderer::LaneGeometry> &lanes = m_renderer.laneGeometry();
    for (int lane = 0; lane < lanes.size() && lane < m_frame.lanes.lanes().size(); ++lane) {
        if (y >= lanes.at(lane).top && y < lanes.at(lane).top + lanes.at(lane).height) {
            return lane;
        }
    }
    return -1;
}

void TimelineEditor::insertEventAtCursor()
{
    const QPoint pos = m_view.mapFromGlobal(QCursor::pos());
    const QRect timeArea(TimelineRenderer::HeaderWidth, TimelineRenderer::AxisHeight,
                         m_view.width() - TimelineRenderer::HeaderWidth,
                         m_view.height() - TimelineRenderer::AxisHeight);
    insertEventAt(timeArea.contains(pos) ? pos : timeArea.center());
}

void TimelineEditor::insertEventAt(const QPoint &pos)
{
    if (!canEdit()) {
        return;
    }
    Event event;
    event.title = tr("New event");
    const double time = m_view.scale().toTime(pos.x() - TimelineRenderer::HeaderWidth);
    event.start = DateSnap::at(qint64(std::floor(time)), insertPrecision());
    if (event.start.isNull()) {
        return; // outside the years a date can have
    }
    if (const int lane = laneAt(pos.y()); lane >= 0) {
        const LaneModel::Lane &info = m_frame.lanes.lanes().at(lane);
        if (m_frame.lanes.mode() == LaneModel::Mode::Actor && info.key > 0) {
            event.actors = {EventActor{info.key, QString()}};
        } else if (m_frame.lanes.mode() == LaneModel::Mode::Category) {
            event.category = info.category;
        }
    }
    auto *command = new AddEventsCommand(store(), {event});
    if (push(command)) {
        selectAfter(command->ids());
    }
}

void TimelineEditor::copySelection()
{
    if (!hasSelection()) {
        return;
    }
    const QByteArray json =
        EventClipboard::toJson(EventClipboard::gather(*store(), m_view.selectedEventIds()));
    auto *data = new QMimeData;
    data->setData(mimeType(), json);
    data->setText(QString::fromUtf8(json)); // readable, and pasteable into other programs
    QApplication::clipboard()->setMimeData(data);
}

void TimelineEditor::cutSelection()
{
    if (!hasSelection() || !canEdit()) {
        return;
    }
    copySelection();
    const QList<qint64> ids = m_view.selectedEventIds();
    auto *command = new RemoveEventsCommand(store(), ids);
    command->setText(ids.size() == 1 ? tr("Cut “%1”").arg(store()->event(ids.first())->title)
                                     : tr("Cut %n Events", nullptr, int(ids.size())));
    push(command);
}

void TimelineEditor::paste()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!canEdit() || !data || !data->hasFormat(mimeType())) {
        return;
    }
    EventClipboard::Content content;
    try {
        content = EventClipboard::fromJson(data->data(mimeType()));
    } catch (const Error &) {
        return; // not ours after all: nothing to paste
    }
    if (content.events.isEmpty()) {
        return;
    }
    auto *command = new PasteEventsCommand(store(), content);
    if (push(command)) {
        selectAfter(command->ids());
    }
}

} // namespace entente
