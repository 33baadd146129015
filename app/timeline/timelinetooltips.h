// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QPoint>
#include <QString>

namespace entente {

class EventStore;
class TimelineRenderer;
struct Relation;
struct TimelineFrame;

// What the timeline says about the thing under the pointer, as laid out now: an event (its
// full title, dates, actors and source), a relation arrow, a count badge or a lane header.
class TimelineToolTips final
{
    Q_DECLARE_TR_FUNCTIONS(entente::TimelineToolTips)

public:
    struct Tip
    {
        QString text;       // empty: nothing there to tell about
        qint64 eventId = 0; // the event it is about, if any (the tip stays while over it)
    };

    TimelineToolTips(const EventStore &store, const TimelineFrame &frame,
                     const TimelineRenderer &renderer, const QLocale &locale);

    Tip at(const QPoint &pos) const;
    QString forEvent(qint64 eventId) const;
    QString forRelation(const Relation &relation) const;
    // An agreement's provisions by level, in words; "" for another event.
    QString forAgreement(qint64 eventId) const;
    QString forBadgeOrLane(const QPoint &pos) const;

private:
    const EventStore &m_store;
    const TimelineFrame &m_frame;
    const TimelineRenderer &m_renderer;
    QLocale m_locale;
};

} // namespace entente
