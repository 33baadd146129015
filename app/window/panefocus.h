// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace entente {

// Moves the keyboard focus from pane to pane of a window: F6 and Ctrl+Tab to the next,
// Shift+F6 and Ctrl+Shift+Tab back. Within a pane Tab may mean something else (the timeline
// walks its events with it), so these are the ways between panes that always work.
class PaneFocus final : public QObject
{
    Q_OBJECT

public:
    explicit PaneFocus(QWidget *window);

    // The next pane in the cycle: it has the focus when `area` or a widget in it does, and
    // `target` (`area` when null) takes the focus. Panes that are not shown are passed over.
    void addPane(QWidget *area, QWidget *target = nullptr);
    // Next Pane and Previous Pane, with their keys, for a menu.
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }

public slots:
    void focusNext() { move(1); }
    void focusPrevious() { move(-1); }

private:
    struct Pane
    {
        QPointer<QWidget> area;
        QPointer<QWidget> target;
    };
    // The pane that holds the focus, or -1.
    qsizetype current() const;
    void move(int step);

    QList<Pane> m_panes;
    QAction *m_next;
    QAction *m_previous;
};

} // namespace entente
