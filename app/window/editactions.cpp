// SPDX-License-Identifier: GPL-3.0-or-later
#include "editactions.h"

#include "cancelled.h"
#include "error.h"
#include "errorguard.h"
#include "eventstore.h"
#include "storecommand.h"

#include <QAction>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QUndoStack>
#include <QUndoView>

namespace entente {

EditActions::EditActions(QMainWindow *window, QMenu *menu)
    : QObject(window), m_window(window), m_menu(menu), m_undo(new QUndoStack(this))
{
    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    // They call undo() and redo() here rather than QUndoStack's slots: see undo().
    m_undoAction->disconnect(m_undo);
    m_redoAction->disconnect(m_undo);
    connect(m_undoAction, &QAction::triggered, this, [this] { undo(); });
    connect(m_redoAction, &QAction::triggered, this, [this] { redo(); });
    // Ctrl+Shift+Z everywhere, and Ctrl+Y where the platform's Redo is not that already.
    m_redoAction->setShortcuts(
        {QKeySequence::Redo, QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    menu->addAction(m_undoAction);
    menu->addAction(m_redoAction);

    m_historyDock = new QDockWidget(tr("Undo History"), window);
    m_historyDock->setObjectName(QStringLiteral("undoHistoryDock"));
    auto *view = new QUndoView(m_undo, m_historyDock);
    view->setEmptyLabel(tr("<opened>"));
    stepHistoryByCommand(view);
    m_historyDock->setWidget(view);
    window->addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide(); // asked for from the View menu
}

// A click in the history would move the stack there with QUndoStack::setIndex, from the
// selection signal of the view's model: a command failing there would unwind through Qt's view
// code and leave the stack's index behind the commands it had already run. The view gets a
// selection of its own instead, which moves the stack one guarded command at a time (goTo) and
// shows where it is.
void EditActions::stepHistoryByCommand(QUndoView *view)
{
    auto *selection = new QItemSelectionModel(view->model(), view);
    view->setSelectionModel(selection);
    // Connected with this as context, so that they are gone before the stack, a child, is
    // cleared as it is destroyed.
    const auto showIndex = [this, selection = QPointer(selection)] {
        if (selection) {
            selection->setCurrentIndex(selection->model()->index(m_undo->index(), 0),
                                       QItemSelectionModel::ClearAndSelect);
        }
    };
    connect(m_undo, &QUndoStack::indexChanged, this, showIndex);
    connect(view->model(), &QAbstractItemModel::modelReset, this, showIndex);
    connect(selection, &QItemSelectionModel::currentChanged, this,
            [this, showIndex](const QModelIndex &current) {
                if (current.isValid()) { // none while the model is reset
                    goTo(current.row());
                    showIndex(); // where it stopped, when a command failed
                }
            });
    showIndex();
}

bool EditActions::undo()
{
    return ErrorGuard::run([this] { m_undo->undo(); });
}

bool EditActions::redo()
{
    return ErrorGuard::run([this] { m_undo->redo(); });
}

void EditActions::goTo(int index)
{
    while (m_undo->index() > index && undo()) {
    }
    while (m_undo->index() < index && redo()) {
    }
}

namespace {

void retarget(const QUndoCommand *command, EventStore *store)
{
    // A macro is a plain command whose children do the work.
    if (auto *storeCommand = dynamic_cast<const StoreCommand *>(command)) {
        const_cast<StoreCommand *>(storeCommand)->retarget(store);
    }
    for (int i = 0; i < command->childCount(); ++i) {
        retarget(command->child(i), store);
    }
}

} // namespace

void EditActions::setStore(EventStore *store, bool keepHistory)
{
    if (keepHistory && store) {
        for (int i = 0; i < m_undo->count(); ++i) {
            retarget(m_undo->command(i), store);
        }
    } else {
        m_undo->clear(); // commands of another file would write into this one
    }
    m_store = store;
    for (QAction *action : std::as_const(m_editing)) {
        action->setEnabled(canEdit());
    }
    emit editableChanged(canEdit());
    emit storeChanged(store);
}

void EditActions::addEditingAction(QAction *action)
{
    if (m_editing.isEmpty()) {
        m_menu->addSeparator(); // after Undo and Redo
    }
    m_menu->addAction(action);
    m_editing.append(action);
    action->setEnabled(canEdit());
}

bool EditActions::canEdit() const
{
    return m_store && !m_store->isReadOnly();
}

bool EditActions::push(QUndoCommand *command)
{
    if (!canEdit() || !upgradedIfOlder()) {
        delete command;
        return false;
    }
    retarget(command, m_store); // made for the store before the upgrade, with the same rows
    try {
        m_undo->push(command);
    } catch (const Cancelled &) {
        // The user stopped it: the store rolled back, and there is nothing to report.
        delete command;
        return false;
    } catch (const Error &error) {
        // QUndoStack runs redo() before it takes the command, so it neither kept it nor moved
        // its index; the store rolled the batch back, so the file is as it was.
        delete command;
        emit failed(error.message());
        return false;
    }
    return true;
}

bool EditActions::upgradedIfOlder()
{
    return !m_store->needsUpgrade() || (m_upgrade && m_upgrade() && m_store);
}

} // namespace entente
