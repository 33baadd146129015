// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace entente {

class EditActions;
class TimelineView;

// The Edit menu's actions on the timeline's events: Cut, Copy, Paste, Duplicate, Delete and
// New Event at Cursor, with their shortcuts, each enabled only when it can act (something is
// selected, the clipboard holds events, the file can be written). Their keys act while the
// timeline has the focus, so that Delete in another pane never removes events; the view's
// editor runs the commands through the document's undo stack.
class TimelineEditActions final : public QObject
{
    Q_OBJECT

public:
    TimelineEditActions(TimelineView *view, EditActions *editing, QMenu *menu);

    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *newEventAction() const { return m_newEvent; }

private:
    QAction *add(QMenu *menu, const QString &text, const QList<QKeySequence> &keys,
                 void (*run)(TimelineView *));
    void updateEnabled();

    TimelineView *m_view;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_newEvent;
};

} // namespace entente
