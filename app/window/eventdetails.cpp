// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetails.h"

#include "eventstore.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace entente {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString precisionText(const PartialDate &date)
{
    if (date.isNull()) {
        return EventDetails::tr("no date given by the sources");
    }
    const QString known =
        EventDetails::tr("known to the %1").arg(PartialDate::precisionName(date.precision()));
    return date.isApproximate() ? EventDetails::tr("%1, approximate").arg(known) : known;
}

} // namespace

EventDetails::EventDetails(QWidget *parent) : QWidget(parent), m_browser(new QTextBrowser(this))
{
    m_browser->setOpenExternalLinks(true);
    // Focus given to the pane (F6, Ctrl+Tab) goes to the text, where Tab goes from link to link
    // and Enter opens the one it is on.
    m_browser->setAccessibleName(tr("Details"));
    // Where the focus is shows as in the timeline: a frame in the highlight colour.
    m_browser->setStyleSheet(
        QStringLiteral("QTextBrowser { border: 1px solid palette(mid); }"
                       "QTextBrowser:focus { border-color: palette(highlight); }"));
    setFocusProxy(m_browser);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    displayEvent(0);
}

void EventDetails::setStore(EventStore *store)
{
    m_store = store;
    if (m_store) {
        connect(m_store, &EventStore::changed, this, [this] { displayEvent(m_eventId); });
    }
    displayEvent(0);
}

QString EventDetails::plainText() const
{
    return m_browser->toPlainText();
}

void EventDetails::displayEvent(qint64 eventId)
{
    m_eventId = eventId;
    m_browser->setHtml(html(eventId));
}

QString EventDetails::html(qint64 eventId) const
{
    const std::optional<Event> event = m_store ? m_store->event(eventId) : std::nullopt;
    if (!event) {
        return QStringLiteral("<p style='color: gray'>%1</p>")
            .arg(tr("Select an event on the timeline or in the list to read its details."));
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(event->title));
    html += QStringLiteral("<p><b>%1</b><br>").arg(escaped(event->dateRangeDisplay()));
    html += tr("Start: %1").arg(precisionText(event->start));
    if (event->kind == Event::Kind::Period) {
        html +=
            QStringLiteral("<br>") +
            (event->ongoing ? tr("End: ongoing") : tr("End: %1").arg(precisionText(event->end)));
    }
    html += QStringLiteral("</p>") + actorsHtml(*event);
    if (!event->description.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(event->description));
    }
    QStringList facts;
    if (!event->category.isEmpty()) {
        facts.append(tr("Category: %1").arg(escaped(event->category)));
    }
    if (!event->location.isEmpty()) {
        facts.append(tr("Location: %1").arg(escaped(event->location)));
    }
    facts.append(tr("Importance: %1 of 5").arg(event->importance));
    html += QStringLiteral("<p style='color: gray'>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    return html + sourcesHtml(*event);
}

QString EventDetails::actorsHtml(const Event &event) const
{
    if (event.actors.isEmpty()) {
        return {};
    }
    QStringList lines;
    for (const EventActor &participant : event.actors) {
        const std::optional<Actor> actor = m_store->actor(participant.actorId);
        const QString name = actor ? actor->name : tr("(removed actor)");
        lines.append(
            participant.role.isEmpty()
                ? escaped(name)
                : QStringLiteral("%1 — <i>%2</i>").arg(escaped(name), escaped(participant.role)));
    }
    return QStringLiteral("<p><b>%1</b><br>%2</p>")
        .arg(tr("Actors"), lines.join(QStringLiteral("<br>")));
}

QString EventDetails::sourcesHtml(const Event &event) const
{
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(tr("Sources"));
    if (event.sourceIds.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("No source cited."));
    }
    for (qint64 sourceId : event.sourceIds) {
        const std::optional<Source> source = m_store->source(sourceId);
        if (!source) {
            continue;
        }
        if (!source->quote.isEmpty()) {
            html += QStringLiteral("<p style='margin-left: 8px'><i>“%1”</i></p>")
                        .arg(escaped(source->quote));
        }
        QString cite = escaped(source->outlet);
        if (!source->title.isEmpty()) {
            cite += QStringLiteral(", <i>%1</i>").arg(escaped(source->title));
        }
        if (!source->published.isNull()) {
            cite += (source->titleEndsSentence() ? QStringLiteral(" %1") : QStringLiteral(", %1"))
                        .arg(escaped(source->published.toDisplayString()));
        }
        if (!source->url.isEmpty()) {
            cite += QStringLiteral(" — <a href=\"%1\">%2</a>")
                        .arg(escaped(source->url), escaped(source->url));
        }
        html += QStringLiteral("<p style='margin-left: 12px'>— %1</p>").arg(cite);
    }
    return html;
}

} // namespace entente
