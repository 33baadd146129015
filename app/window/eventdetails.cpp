// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetails.h"

#include "agreementdetailshtml.h"
#include "errorguard.h"
#include "eventeditor.h"
#include "eventstore.h"
#include "linkopener.h"
#include "negotiatingtabletext.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
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
    QString known;
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        known = EventDetails::tr("known to the year");
        break;
    case PartialDate::Precision::Month:
        known = EventDetails::tr("known to the month");
        break;
    case PartialDate::Precision::Day:
        known = EventDetails::tr("known to the day");
        break;
    case PartialDate::Precision::Minute:
        known = EventDetails::tr("known to the minute");
        break;
    }
    return date.isApproximate() ? EventDetails::tr("%1, approximate").arg(known) : known;
}

} // namespace

EventDetails::EventDetails(QWidget *parent)
    : QWidget(parent), m_browser(new QTextBrowser(this)), m_pages(new QStackedWidget(this)),
      m_editor(new EventEditor(this))
{
    // Links are the sources' addresses, from whoever wrote the file: opened only through
    // LinkOpener, never followed inside the pane.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this,
            ErrorGuard::slot([this](const QUrl &url) {
                if (!followOwnLink(url)) {
                    LinkOpener::open(this, url);
                }
            }));
    // Focus given to the pane (F6, Ctrl+Tab) goes to the text, where Tab goes from link to link
    // and Enter opens the one it is on.
    m_browser->setAccessibleName(tr("Details"));
    // Where the focus is shows as in the timeline: a frame in the highlight colour.
    m_browser->setStyleSheet(
        QStringLiteral("QTextBrowser { border: 1px solid palette(mid); }"
                       "QTextBrowser:focus { border-color: palette(highlight); }"));
    setFocusProxy(m_browser);
    m_pages->addWidget(m_browser);
    m_pages->addWidget(createEditPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createTopBar());
    layout->addWidget(m_pages, 1);
    displayEvent(0);
}

QWidget *EventDetails::createTopBar()
{
    auto *bar = new QWidget(this);
    m_readOnly = new QLabel(bar);
    m_readOnly->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnly->setTextFormat(Qt::PlainText); // names the file
    m_readOnly->setWordWrap(true);
    m_readOnly->hide();
    m_edit = new QPushButton(tr("Edit"), bar);
    m_edit->setObjectName(QStringLiteral("editEvent"));
    m_edit->setToolTip(tr("Edit this event here (F2 edits it in a window)"));
    connect(m_edit, &QPushButton::clicked, this,
            ErrorGuard::slot(this, &EventDetails::startEditing));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->addWidget(m_readOnly, 1);
    layout->addStretch();
    layout->addWidget(m_edit);
    return bar;
}

QWidget *EventDetails::createEditPage()
{
    auto *page = new QWidget(this);
    m_editor->setCompact(true);
    m_editButtons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, page);
    connect(m_editor, &EventEditor::validityChanged, saveButton(), &QPushButton::setEnabled);
    connect(m_editButtons, &QDialogButtonBox::rejected, this,
            ErrorGuard::slot(this, &EventDetails::stopEditing));
    // Esc anywhere in the form drops the edit, as in the dialog.
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), page);
    cancel->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancel, &QShortcut::activated, this,
            ErrorGuard::slot(this, &EventDetails::stopEditing));
    connect(m_editButtons, &QDialogButtonBox::accepted, this, ErrorGuard::slot([this] {
                if (m_editor->isValid()) {
                    emit saveRequested(m_editor->draft());
                }
            }));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_editButtons);
    return page;
}

QPushButton *EventDetails::saveButton() const
{
    return m_editButtons->button(QDialogButtonBox::Save);
}

void EventDetails::setEditable(bool editable, const QString &whyNot)
{
    m_editable = editable;
    m_readOnly->setText(whyNot);
    m_readOnly->setVisible(!editable && !whyNot.isEmpty());
    if (!editable) {
        stopEditing();
    }
    updateEditButton();
}

bool EventDetails::isEditing() const
{
    return m_pages->currentIndex() == 1;
}

void EventDetails::startEditing()
{
    if (!m_editable || !m_store || !m_store->event(m_eventId)) {
        return;
    }
    m_editor->editEvent(m_eventId);
    saveButton()->setEnabled(m_editor->isValid());
    m_pages->setCurrentIndex(1);
    m_edit->hide();
    m_editor->setFocus();
}

void EventDetails::stopEditing()
{
    if (!isEditing()) {
        return;
    }
    m_pages->setCurrentIndex(0);
    m_edit->show();
    displayEvent(m_eventId);
}

void EventDetails::updateEditButton()
{
    m_edit->setEnabled(m_editable && m_eventId != 0);
}

void EventDetails::setStore(EventStore *store)
{
    stopEditing();
    m_store = store;
    m_editor->setStore(store);
    if (m_store) {
        connect(m_store, &EventStore::changed, this,
                ErrorGuard::slot([this] { displayEvent(m_eventId); }));
    }
    displayEvent(0);
}

QString EventDetails::plainText() const
{
    return m_browser->toPlainText();
}

void EventDetails::displayEvent(qint64 eventId)
{
    if (isEditing()) {
        if (eventId == m_eventId && m_store && m_store->event(eventId)) {
            return; // the store changed under the form: the user's edit stays
        }
        m_pages->setCurrentIndex(0);
        m_edit->show();
    }
    m_eventId = eventId;
    m_browser->setHtml(html(eventId));
    updateEditButton();
    emit eventShown(eventId);
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
    const AgreementDetailsHtml agreements(*m_store, AgreementSummary::currentSecond());
    html += agreements.ofLinkedEvent(event->id) + agreements.ofAgreement(*event);
    return html + sourcesHtml(*event);
}

bool EventDetails::followOwnLink(const QUrl &url)
{
    using Kind = AgreementDetailsHtml::Target::Kind;
    const std::optional<AgreementDetailsHtml::Target> target = AgreementDetailsHtml::target(url);
    if (!target || !m_store) {
        return false;
    }
    switch (target->kind) {
    case Kind::Event:
        emit eventLinkActivated(target->id);
        break;
    case Kind::ProvisionEvents: {
        QList<qint64> ids;
        for (const ProvisionLink &link : m_store->linksOfProvision(target->id)) {
            ids.append(link.eventId);
        }
        emit highlightRequested(ids);
        break;
    }
    case Kind::AgreementEvents:
        emit highlightRequested(AgreementSummary::read(*m_store, target->id).linkedEventIds());
        break;
    }
    return true;
}

QString EventDetails::actorsHtml(const Event &event) const
{
    if (event.actors.isEmpty()) {
        return {};
    }
    const NegotiatingTableText roles(m_store->actorRoles());
    QStringList lines;
    for (const EventActor &participant : event.actors) {
        const std::optional<Actor> actor = m_store->actor(participant.actorId);
        const QString name = actor ? actor->name : tr("(removed actor)");
        const QString role = roles.roleLabel(participant.role);
        lines.append(participant.role.isEmpty()
                         ? escaped(name)
                         : QStringLiteral("%1 — <i>%2</i>").arg(escaped(name), escaped(role)));
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
