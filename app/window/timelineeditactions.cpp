// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineeditactions.h"

#include "editactions.h"
#include "errorguard.h"
#include "timelineview.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>

namespace entente {

TimelineEditActions::TimelineEditActions(TimelineView *view, EditActions *editing, QMenu *menu)
    : QObject(editing), m_view(view)
{
    TimelineEditor *editor = view->editor();
    editor->setPush([editing](QUndoCommand *command) { return editing->push(command); });
    menu->addSeparator();
    m_cut = add(menu, tr("Cu&t"), QKeySequence::keyBindings(QKeySequence::Cut),
                [](TimelineView *v) { v->editor()->cutSelection(); });
    m_copy = add(menu, tr("&Copy"), QKeySequence::keyBindings(QKeySequence::Copy),
                 [](TimelineView *v) { v->editor()->copySelection(); });
    m_paste = add(menu, tr("&Paste"), QKeySequence::keyBindings(QKeySequence::Paste),
                  [](TimelineView *v) { v->editor()->paste(); });
    m_duplicate = add(menu, tr("Duplic&ate"), {QKeySequence(tr("Ctrl+D"))},
                      [](TimelineView *v) { v->editor()->duplicateSelection(); });
    // Not QKeySequence::Delete: on X11 that is also Ctrl+D, which duplicates here.
    QList<QKeySequence> deleteKeys = {QKeySequence(Qt::Key_Delete)};
#ifdef Q_OS_MACOS
    deleteKeys.append(QKeySequence(Qt::Key_Backspace)); // the key Mac keyboards label delete
#endif
    m_delete = add(menu, tr("&Delete"), deleteKeys,
                   [](TimelineView *v) { v->editor()->removeSelection(); });
    m_newEvent = add(menu, tr("Ne&w Event at Cursor"), {QKeySequence(Qt::Key_Insert)},
                     [](TimelineView *v) { v->editor()->insertEventAtCursor(); });
    connect(view, &TimelineView::selectionChanged, this,
            ErrorGuard::slot(this, &TimelineEditActions::updateEnabled));
    connect(editor, &TimelineEditor::stateChanged, this,
            ErrorGuard::slot(this, &TimelineEditActions::updateEnabled));
    connect(menu, &QMenu::aboutToShow, this,
            ErrorGuard::slot(this, &TimelineEditActions::updateEnabled));
    updateEnabled();
}

QAction *TimelineEditActions::add(QMenu *menu, const QString &text, const QList<QKeySequence> &keys,
                                  void (*run)(TimelineView *))
{
    auto *action = new QAction(text, this);
    action->setShortcuts(keys);
    // The keys act on the timeline while it has the focus; the menu shows them and acts on
    // the timeline's selection from anywhere.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(action);
    menu->addAction(action);
    connect(action, &QAction::triggered, m_view,
            ErrorGuard::slot([view = m_view, run] { run(view); }));
    return action;
}

void TimelineEditActions::updateEnabled()
{
    const TimelineEditor *editor = m_view->editor();
    const bool canEdit = editor->canEdit();
    const bool selection = editor->hasSelection();
    m_cut->setEnabled(canEdit && selection);
    m_copy->setEnabled(selection);
    m_paste->setEnabled(canEdit && TimelineEditor::canPaste());
    m_duplicate->setEnabled(canEdit && selection);
    m_delete->setEnabled(canEdit && selection);
    m_newEvent->setEnabled(canEdit);
}

} // namespace entente
