// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineaccessible.h"

#include "errorguard.h"
#include "eventstore.h"
#include "timelineview.h"

namespace entente {

namespace {

// One event on the timeline, as a list item. It asks the view for everything, so that it is
// never stale: a view laid out again moves or drops it.
class EventAccessible final : public QAccessibleInterface
{
public:
    EventAccessible(TimelineView *view, qint64 eventId) : m_view(view), m_eventId(eventId) {}

    bool isValid() const override { return m_view; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }

    // Asked by assistive technology at any moment, from Qt's accessibility code.
    QString text(QAccessible::Text t) const override
    {
        return ErrorGuard::value(QString(), [&] { return storedText(t); });
    }
    void setText(QAccessible::Text, const QString &) override {}

private:
    QString storedText(QAccessible::Text t) const
    {
        const std::optional<Event> event =
            m_view && m_view->store() ? m_view->store()->event(m_eventId) : std::nullopt;
        if (!event) {
            return {};
        }
        if (t == QAccessible::Name) {
            return event->title;
        }
        if (t == QAccessible::Description) {
            QStringList parts{event->dateRangeDisplay()};
            for (const EventActor &participant : event->actors) {
                if (const auto actor = m_view->store()->actor(participant.actorId)) {
                    parts.append(actor->name);
                }
            }
            return parts.join(QStringLiteral("; "));
        }
        return {};
    }

public:
    QRect rect() const override
    {
        if (!m_view) {
            return {};
        }
        const QRect local = m_view->eventRect(m_eventId).toAlignedRect();
        return QRect(m_view->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.selectable = true;
        state.focusable = true;
        state.selected = m_view && m_view->selectedEventIds().contains(m_eventId);
        state.focused = m_view && m_view->selectedEventId() == m_eventId && m_view->hasFocus();
        state.invisible = rect().isEmpty();
        return state;
    }

private:
    QPointer<TimelineView> m_view;
    qint64 m_eventId;
};

} // namespace

TimelineAccessible::TimelineAccessible(TimelineView *view)
    : QAccessibleWidget(view, QAccessible::List)
{}

TimelineAccessible::~TimelineAccessible()
{
    for (QAccessible::Id id : std::as_const(m_children)) {
        QAccessible::deleteAccessibleInterface(id);
    }
}

TimelineView *TimelineAccessible::view() const
{
    return static_cast<TimelineView *>(widget());
}

QList<qint64> TimelineAccessible::eventsOnScreen() const
{
    return view()->eventsOnScreen();
}

QAccessibleInterface *TimelineAccessible::interfaceFor(qint64 eventId) const
{
    auto it = m_children.find(eventId);
    if (it == m_children.end()) {
        it = m_children.insert(eventId, QAccessible::registerAccessibleInterface(
                                            new EventAccessible(view(), eventId)));
    }
    return QAccessible::accessibleInterface(*it);
}

int TimelineAccessible::childCount() const
{
    return int(eventsOnScreen().size());
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    const QList<qint64> events = eventsOnScreen();
    return index >= 0 && index < events.size() ? interfaceFor(events.at(index)) : nullptr;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const QList<qint64> events = eventsOnScreen();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (m_children.contains(events.at(i)) &&
            QAccessible::accessibleInterface(m_children.value(events.at(i))) == child) {
            return int(i);
        }
    }
    return -1;
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    const qint64 selected = view()->selectedEventId();
    return selected != 0 && eventsOnScreen().contains(selected) ? interfaceFor(selected) : nullptr;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    const qint64 id = view()->eventAtGlobal(QPoint(x, y));
    return id != 0 ? interfaceFor(id) : nullptr;
}

QString TimelineAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name) {
        return TimelineView::tr("Timeline", "the name a screen reader says");
    }
    return QAccessibleWidget::text(t);
}

QAccessibleInterface *TimelineAccessible::create(const QString &, QObject *object)
{
    if (auto *view = qobject_cast<TimelineView *>(object)) {
        return new TimelineAccessible(view);
    }
    return nullptr;
}

void TimelineAccessible::announceSelection(TimelineView *view, qint64 eventId)
{
    if (!QAccessible::isActive() || eventId == 0) {
        return;
    }
    const int index = int(view->eventsOnScreen().indexOf(eventId));
    if (index < 0) {
        return;
    }
    QAccessibleEvent focus(view, QAccessible::Focus);
    focus.setChild(index);
    QAccessible::updateAccessibility(&focus);
}

} // namespace entente
