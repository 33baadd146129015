// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "savedview.h"

#include <QMenu>

#include <functional>

namespace entente {

class EditActions;

class EventStore;
struct StoreChange;

// View ▸ Saved Views: "Save Current View…", one entry per saved view of the timeline (by name;
// triggering one asks the window to apply it), and submenus to update a view to the current one,
// rename it or delete it. Every change is an undo command pushed on the stack it is given. It
// does not know the window: `current` says what a new or updated view holds (criteria, visible
// range, lanes; its id and name are the menu's), and applyRequested() what to show.
class SavedViewsMenu final : public QMenu
{
    Q_OBJECT

public:
    using Current = std::function<SavedView()>;

    SavedViewsMenu(EditActions *editing, Current current, QWidget *parent = nullptr);

    // The timeline whose views the menu lists, or none; the menu follows its changes.
    void setStore(EventStore *store);
    EventStore *store() const { return m_store; }

    // Why a view cannot be named `name` (empty, already the name of another view whatever its
    // case), or "" when it can. `except` is the view being renamed.
    QString nameProblem(const QString &name, qint64 except = 0) const;

signals:
    void applyRequested(const entente::SavedView &view);

private:
    void rebuild();
    void onStoreChanged(const StoreChange &change);
    void addEntries(const QList<SavedView> &views);
    QMenu *addViewsSubmenu(const QString &title, const QList<SavedView> &views,
                           void (SavedViewsMenu::*action)(const SavedView &));
    void saveCurrent();
    void updateToCurrent(const SavedView &view);
    void rename(const SavedView &view);
    void remove(const SavedView &view);
    void askName(const QString &title, const QString &name, qint64 except,
                 const std::function<void(const QString &)> &accepted);
    QWidget *dialogParent() const;

    EditActions *m_editing; // every change goes through its push()
    Current m_current;
    EventStore *m_store = nullptr;
    QMetaObject::Connection m_changed;
};

} // namespace entente
