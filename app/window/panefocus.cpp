// SPDX-License-Identifier: GPL-3.0-or-later
#include "panefocus.h"

#include <QAction>
#include <QApplication>
#include <QWidget>

namespace entente {

PaneFocus::PaneFocus(QWidget *window)
    : QObject(window), m_next(new QAction(tr("Ne&xt Pane"), window)),
      m_previous(new QAction(tr("P&revious Pane"), window))
{
    // F6 first: the menu shows the first key, and F6 is the one most programs share.
    m_next->setShortcuts({QKeySequence(Qt::Key_F6), QKeySequence(tr("Ctrl+Tab"))});
    m_previous->setShortcuts({QKeySequence(tr("Shift+F6")), QKeySequence(tr("Ctrl+Shift+Tab"))});
    m_next->setToolTip(tr("Move the keyboard focus to the next pane (F6 or Ctrl+Tab)"));
    m_previous->setToolTip(
        tr("Move the keyboard focus to the previous pane (Shift+F6 or Ctrl+Shift+Tab)"));
    connect(m_next, &QAction::triggered, this, &PaneFocus::focusNext);
    connect(m_previous, &QAction::triggered, this, &PaneFocus::focusPrevious);
}

void PaneFocus::addPane(QWidget *area, QWidget *target)
{
    m_panes.append(Pane{area, target ? target : area});
}

qsizetype PaneFocus::current() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (qsizetype i = 0; focus && i < m_panes.size(); ++i) {
        const QWidget *area = m_panes.at(i).area;
        if (area && (area == focus || area->isAncestorOf(focus))) {
            return i;
        }
    }
    return -1;
}

void PaneFocus::move(int step)
{
    const qsizetype count = m_panes.size();
    const qsizetype from = current();
    // From nowhere, forward starts at the first pane and back at the last.
    const qsizetype start = from >= 0 ? from : step > 0 ? count - 1 : 0;
    for (qsizetype i = 1; i <= count; ++i) {
        QWidget *target = m_panes.at(((start + step * i) % count + count) % count).target;
        if (target && target->isVisible() && target->isEnabled()) {
            target->window()->activateWindow(); // a floating dock is a window of its own
            target->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}

} // namespace entente
