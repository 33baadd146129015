// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventediting.h"

#include "editactions.h"
#include "errorguard.h"
#include "eventdetails.h"
#include "eventeditor.h"
#include "eventeditordialog.h"
#include "eventstore.h"
#include "mainwindow.h"
#include "saveeventcommand.h"

#include <QAction>
#include <QFileInfo>

namespace entente {

EventEditing::EventEditing(MainWindow *window, EditActions *actions)
    : QObject(window), m_window(window), m_actions(actions),
      m_newEvent(new QAction(tr("&New Event…"), this)),
      m_editEvent(new QAction(tr("&Edit Event…"), this))
{
    m_newEvent->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_newEvent->setStatusTip(tr("Add an event to the timeline"));
    m_editEvent->setShortcut(QKeySequence(tr("F2")));
    m_editEvent->setStatusTip(tr("Edit the selected event (also Enter or a double click in the "
                                 "Events list)"));
    connect(m_newEvent, &QAction::triggered, this, ErrorGuard::slot(this, &EventEditing::newEvent));
    connect(m_editEvent, &QAction::triggered, this, ErrorGuard::slot([this] { editEvent(); }));
    m_actions->addEditingAction(m_newEvent);
    m_actions->addEditingAction(m_editEvent);
    connect(m_actions, &EditActions::editableChanged, this,
            ErrorGuard::slot(this, &EventEditing::updateActions));
    EventDetails *details = m_window->details();
    connect(details, &EventDetails::eventShown, this,
            ErrorGuard::slot(this, &EventEditing::updateActions));
    connect(details, &EventDetails::saveRequested, this,
            ErrorGuard::slot([this, details](const EventDraft &draft) {
                if (save(draft)) {
                    details->stopEditing();
                }
            }));
    updateActions();
}

EventEditorDialog *EventEditing::dialog() const
{
    return m_dialog;
}

void EventEditing::newEvent()
{
    openDialog(0);
}

void EventEditing::editEvent(qint64 eventId)
{
    eventId = eventId != 0 ? eventId : m_window->details()->eventId();
    if (eventId != 0) {
        openDialog(eventId);
    }
}

void EventEditing::openDialog(qint64 eventId)
{
    if (!m_actions->canEdit()) {
        return;
    }
    delete m_dialog; // one editor window at a time: a second would save over the first
    m_dialog = new EventEditorDialog(m_actions->store(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (eventId != 0) {
        m_dialog->editEvent(eventId);
    } else {
        m_dialog->newEvent();
    }
    connect(m_dialog, &EventEditorDialog::saveRequested, this,
            ErrorGuard::slot([this](const EventDraft &draft) {
                if (save(draft)) {
                    m_dialog->accept();
                }
            }));
    m_dialog->open();
}

bool EventEditing::save(const EventDraft &draft)
{
    const std::optional<Event> before =
        draft.event.id != 0 ? m_actions->store()->event(draft.event.id) : std::nullopt;
    const bool unchanged =
        before && *before == draft.event && draft.newActors.isEmpty() &&
        draft.newSources.isEmpty() && draft.editedSources.isEmpty() &&
        (!draft.relations || *draft.relations == m_actions->store()->relationsOf({before->id}));
    if (unchanged) {
        return true; // a command that changes nothing is not pushed
    }
    auto *command = new SaveEventCommand(m_actions->store(), draft);
    if (!m_actions->push(command)) {
        return false;
    }
    m_window->selectEvent(command->eventId());
    return true;
}

void EventEditing::updateActions()
{
    const bool editable = m_actions->canEdit();
    m_newEvent->setEnabled(editable);
    m_editEvent->setEnabled(editable && m_window->details()->eventId() != 0);
    m_window->details()->setEditable(editable, m_actions->store() && !editable ? readOnlyReason()
                                                                               : QString());
}

QString EventEditing::readOnlyReason() const
{
    const QFileInfo file(m_actions->store()->path());
    return file.isWritable()
               ? tr("This file is read-only: it was opened for viewing, so it cannot be edited.")
               : tr("This file is read-only: it is write-protected or on a medium that cannot be "
                    "written, so it cannot be edited.");
}

} // namespace entente
