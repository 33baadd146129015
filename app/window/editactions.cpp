// SPDX-License-Identifier: GPL-3.0-or-later
#include "editactions.h"

#include "error.h"
#include "eventstore.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QUndoStack>
#include <QUndoView>

namespace entente {

EditActions::EditActions(QMainWindow *window, QMenu *menu)
    : QObject(window), m_window(window), m_undo(new QUndoStack(this))
{
    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, and Ctrl+Y where the platform's Redo is not that already.
    m_redoAction->setShortcuts(
        {QKeySequence::Redo, QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    menu->addAction(m_undoAction);
    menu->addAction(m_redoAction);

    m_historyDock = new QDockWidget(tr("Undo History"), window);
    m_historyDock->setObjectName(QStringLiteral("undoHistoryDock"));
    auto *view = new QUndoView(m_undo, m_historyDock);
    view->setEmptyLabel(tr("<opened>"));
    m_historyDock->setWidget(view);
    window->addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide(); // asked for from the View menu
}

void EditActions::setStore(EventStore *store)
{
    m_undo->clear(); // commands of another file would write into this one
    m_store = store;
    for (QAction *action : std::as_const(m_editing)) {
        action->setEnabled(canEdit());
    }
    emit storeChanged(store);
}

bool EditActions::canEdit() const
{
    return m_store && !m_store->isReadOnly();
}

bool EditActions::push(QUndoCommand *command)
{
    if (!canEdit()) {
        delete command;
        return false;
    }
    try {
        m_undo->push(command);
    } catch (const Error &error) {
        // QUndoStack runs redo() before it takes the command, so it neither kept it nor moved
        // its index; the store rolled the batch back, so the file is as it was.
        delete command;
        emit failed(error.message());
        return false;
    }
    return true;
}

} // namespace entente
