// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace entente {

class TimelineView;

// What assistive technology sees of the timeline: a list whose items are the events on
// screen, each with its title, dates and actors, and the selected one focused, so that a
// screen reader follows Tab and Shift+Tab through time.
class TimelineAccessible final : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineView *view);
    ~TimelineAccessible() override;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *focusChild() const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;

    // The factory for QAccessible::installFactory.
    static QAccessibleInterface *create(const QString &className, QObject *object);
    // Tells assistive technology that the selection (and so the focus) moved to the event.
    static void announceSelection(TimelineView *view, qint64 eventId);

private:
    TimelineView *view() const;
    QList<qint64> eventsOnScreen() const;
    QAccessibleInterface *interfaceFor(qint64 eventId) const;

    mutable QHash<qint64, QAccessible::Id> m_children; // registered per event, freed with us
};

} // namespace entente
