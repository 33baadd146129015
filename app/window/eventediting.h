// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventdraft.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace entente {

class EditActions;
class EventEditorDialog;
class MainWindow;

// Where events are edited in the window: Edit ▸ New Event… and Edit ▸ Edit Event… open the
// editor's dialog, the Details dock edits in place, and both save through the undo stack,
// one step per Save. On a read-only file the actions are off and Details says why.
class EventEditing final : public QObject
{
    Q_OBJECT

public:
    EventEditing(MainWindow *window, EditActions *actions);

    QAction *newEventAction() const { return m_newEvent; }
    QAction *editEventAction() const { return m_editEvent; }
    // The dialog open now, if any.
    EventEditorDialog *dialog() const;

    void newEvent();
    // The event in the dialog (the current event when 0).
    void editEvent(qint64 eventId = 0);
    // Stores the draft as one undo step, unless it changes nothing; false if the store
    // refused it (the message is reported).
    bool save(const EventDraft &draft);

private:
    void openDialog(qint64 eventId);
    void updateActions();
    QString readOnlyReason() const;

    MainWindow *m_window;
    EditActions *m_actions;
    QAction *m_newEvent;
    QAction *m_editEvent;
    QPointer<EventEditorDialog> m_dialog;
};

} // namespace entente
