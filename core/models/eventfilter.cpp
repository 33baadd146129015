// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilter.h"

namespace entente {

namespace {

// SQLite's LIKE ignores the case of ASCII letters only; so must this, to agree with it.
QString asciiLower(const QString &text)
{
    QString lower = text;
    for (QChar &c : lower) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z') {
            c = QChar(c.unicode() + (u'a' - u'A'));
        }
    }
    return lower;
}

} // namespace

EventFilter::EventFilter(const QString &text) : m_text(asciiLower(text.trimmed())) {}

bool EventFilter::contains(const QString &haystack) const
{
    return asciiLower(haystack).contains(m_text);
}

bool EventFilter::matches(const Event &event, const QHash<qint64, Actor> &actors) const
{
    if (m_text.isEmpty() || contains(event.title) || contains(event.category)) {
        return true;
    }
    for (const EventActor &participant : event.actors) {
        const auto actor = actors.constFind(participant.actorId);
        if (actor != actors.constEnd() && (contains(actor->name) || contains(actor->shortName))) {
            return true;
        }
    }
    return false;
}

} // namespace entente
