// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoCommand;
class QUndoStack;
class QUndoView;

namespace entente {

class EventStore;

// The Edit menu and what it acts on: the document's undo stack (Undo, Redo, the Undo History
// dock) and the editing actions, enabled only while the timeline can be written.
class EditActions final : public QObject
{
    Q_OBJECT

public:
    EditActions(QMainWindow *window, QMenu *menu);

    QUndoStack *undoStack() const { return m_undo; }
    QDockWidget *historyDock() const { return m_historyDock; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    // A new document: its own history, and editing only where the file can be written. With
    // keepHistory (Save As: a copy with the same rows and ids), the history goes on in the
    // new store.
    void setStore(EventStore *store, bool keepHistory = false);
    EventStore *store() const { return m_store; }
    bool canEdit() const;
    // Runs the command through the stack (which runs its redo()). A write the store refuses
    // leaves the stack as it was, and the message is reported. The first edit of a file in an
    // older format upgrades it first (setUpgrade), then goes on in the upgraded store.
    bool push(QUndoCommand *command);
    // What upgrades a file in an older format (EventStore::needsUpgrade) before its first edit:
    // asks, upgrades and puts the upgraded store in place (setStore with its history), or
    // returns false and changes nothing.
    void setUpgrade(std::function<bool()> upgrade) { m_upgrade = std::move(upgrade); }
    // Undoes or redoes one command. One the store refuses throws before QUndoStack moves its
    // index (it does once undo() or redo() has returned), and the store rolled its batch back:
    // the file and the stack stay as they were, and the message is reported. Whether it ran.
    bool undo();
    bool redo();
    // Undoes or redoes commands one at a time until the stack is at `index`, or one fails.
    void goTo(int index);
    // Puts an editing action on the Edit menu, enabled only while the timeline can be written.
    void addEditingAction(QAction *action);

signals:
    // A document was set: whether it can be written.
    void editableChanged(bool editable);
    // A command failed; the message says what and where.
    void failed(const QString &message);
    // setStore was called: what edits now go to (null: none).
    void storeChanged(entente::EventStore *store);

private:
    bool upgradedIfOlder();
    void stepHistoryByCommand(QUndoView *view);

    QMainWindow *m_window;
    QMenu *m_menu;
    QUndoStack *m_undo;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QDockWidget *m_historyDock;
    EventStore *m_store = nullptr;
    QList<QAction *> m_editing; // enabled while the store can be written
    std::function<bool()> m_upgrade;
};

} // namespace entente
