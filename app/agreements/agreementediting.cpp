// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementediting.h"

#include "agreementeditor.h"
#include "agreementpartcommand.h"
#include "editactions.h"
#include "errorguard.h"
#include "eventstore.h"
#include "mainwindow.h"
#include "provisionlinkdialog.h"
#include "timelineview.h"

#include <QAction>
#include <QMenu>

namespace entente {

namespace {
const auto AgreementCategory = QStringLiteral("agreement");
}

AgreementEditing::AgreementEditing(MainWindow *window, EditActions *actions, QMenu *menu)
    : QObject(window), m_window(window), m_actions(actions),
      m_editProvisions(new QAction(tr("Edit Pr&ovisions…"), this)),
      m_linkToProvision(new QAction(tr("&Link to Provision…"), this))
{
    m_editProvisions->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    connect(m_editProvisions, &QAction::triggered, this,
            ErrorGuard::slot([this] { editProvisions(); }));
    connect(m_linkToProvision, &QAction::triggered, this,
            ErrorGuard::slot(this, &AgreementEditing::linkToProvision));
    menu->addSeparator();
    menu->addActions({m_editProvisions, m_linkToProvision});
    TimelineView *view = m_window->timelineView();
    view->addEventMenuAction(m_editProvisions);
    view->addEventMenuAction(m_linkToProvision);
    connect(view, &TimelineView::selectionChanged, this,
            ErrorGuard::slot(this, &AgreementEditing::updateActions));
    connect(m_actions, &EditActions::editableChanged, this,
            ErrorGuard::slot(this, &AgreementEditing::updateActions));
    connect(menu, &QMenu::aboutToShow, this,
            ErrorGuard::slot(this, &AgreementEditing::updateActions));
    updateActions();
}

AgreementEditor *AgreementEditing::editor() const
{
    return m_editor;
}

qint64 AgreementEditing::currentEvent() const
{
    return m_window->timelineView()->selectedEventId();
}

bool AgreementEditing::isAgreement(qint64 eventId) const
{
    const std::optional<Event> event =
        eventId != 0 && m_actions->store() ? m_actions->store()->event(eventId) : std::nullopt;
    return event && event->category == AgreementCategory;
}

// Each action says why it is off, in its status tip, or what it does.
void AgreementEditing::updateActions()
{
    const qint64 current = currentEvent();
    const bool agreement = isAgreement(current);
    const bool editable = m_actions->canEdit();
    const QString readOnly = tr("This file is read-only: its agreements cannot be edited.");
    m_editProvisions->setEnabled(editable && agreement);
    m_editProvisions->setStatusTip(
        !editable   ? readOnly
        : agreement ? tr("Edit the provisions of the selected agreement, their links and levels")
                    : tr("Select an agreement (an event of category “agreement”) to edit its "
                         "provisions"));
    m_linkToProvision->setEnabled(editable && current != 0 && !agreement);
    m_linkToProvision->setStatusTip(
        !editable      ? readOnly
        : current == 0 ? tr("Select an event to link it to a provision of an agreement")
        : agreement    ? tr("An agreement's own provisions are edited with Edit Provisions…")
                       : tr("Link the selected event to a provision of an agreement: implements, "
                               "violates or refers to"));
}

void AgreementEditing::editProvisions(qint64 agreementId)
{
    agreementId = agreementId != 0 ? agreementId : currentEvent();
    if (!m_actions->canEdit() || !isAgreement(agreementId)) {
        return;
    }
    if (!m_editor) {
        m_editor = new AgreementEditor(
            m_actions, [view = m_window->timelineView()] { return view->selectedEventIds(); },
            m_window);
        m_editor->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_editor->setAgreement(agreementId);
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
}

void AgreementEditing::linkToProvision()
{
    const qint64 eventId = currentEvent();
    if (!m_actions->canEdit() || eventId == 0 || isAgreement(eventId)) {
        return;
    }
    ProvisionLinkDialog dialog(m_actions->store(), eventId, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        m_actions->push(
            AgreementPartCommand<ProvisionLink>::add(m_actions->store(), dialog.link()));
    }
}

} // namespace entente
