// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviewsmenu.h"

#include "addrowcommand.h"
#include "editactions.h"
#include "editrowcommand.h"
#include "errorguard.h"
#include "eventstore.h"
#include "namedialog.h"
#include "removerowcommand.h"

#include <QUndoStack>

namespace entente {

namespace {

// A name as a menu shows it: an "&" in it is a letter, not a shortcut.
QString menuText(const QString &name)
{
    return QString(name).replace(u'&', QStringLiteral("&&"));
}

} // namespace

SavedViewsMenu::SavedViewsMenu(EditActions *editing, Current current, QWidget *parent)
    : QMenu(tr("&Saved Views"), parent), m_editing(editing), m_current(std::move(current))
{
    rebuild();
}

void SavedViewsMenu::setStore(EventStore *store)
{
    disconnect(m_changed);
    m_store = store;
    if (m_store) {
        m_changed = connect(m_store, &EventStore::changed, this,
                            ErrorGuard::slot(this, &SavedViewsMenu::onStoreChanged));
    }
    rebuild();
}

QString SavedViewsMenu::nameProblem(const QString &name, qint64 except) const
{
    if (name.trimmed().isEmpty()) {
        return tr("A saved view needs a name.");
    }
    const QList<SavedView> views = m_store ? m_store->savedViews() : QList<SavedView>();
    for (const SavedView &view : views) {
        if (view.id != except && view.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return tr("“%1” is the name of a saved view already: choose another.").arg(view.name);
        }
    }
    return {};
}

void SavedViewsMenu::onStoreChanged(const StoreChange &change)
{
    if (change.everything || !change.savedViews.isEmpty()) {
        rebuild();
    }
}

// The actions go later, not now: the one being triggered may be what changed the store.
void SavedViewsMenu::rebuild()
{
    for (QAction *action : actions()) {
        removeAction(action);
        if (action->parent() == this) {
            action->deleteLater();
        } else if (QMenu *submenu = action->menu()) {
            submenu->deleteLater();
        }
    }
    const bool writable = m_store && !m_store->isReadOnly();
    QAction *save = addAction(tr("Save &Current View…"), this,
                              ErrorGuard::slot(this, &SavedViewsMenu::saveCurrent));
    save->setEnabled(writable);
    addSeparator();
    const QList<SavedView> views = m_store ? m_store->savedViews() : QList<SavedView>();
    addEntries(views);
    addSeparator();
    const QList<SavedView> editable = writable ? views : QList<SavedView>();
    addViewsSubmenu(tr("&Update to Current View"), editable, &SavedViewsMenu::updateToCurrent);
    addViewsSubmenu(tr("&Rename View"), editable, &SavedViewsMenu::rename);
    addViewsSubmenu(tr("&Delete View"), editable, &SavedViewsMenu::remove);
}

void SavedViewsMenu::addEntries(const QList<SavedView> &views)
{
    if (views.isEmpty()) {
        addAction(tr("No Saved Views"))->setEnabled(false);
        return;
    }
    for (const SavedView &view : views) {
        addAction(menuText(view.name), this, ErrorGuard::slot([this, id = view.id] {
                      // As stored now: the list may be older than the last change.
                      if (const std::optional<SavedView> stored =
                              m_store ? m_store->savedView(id) : std::nullopt) {
                          emit applyRequested(*stored);
                      }
                  }));
    }
}

QMenu *SavedViewsMenu::addViewsSubmenu(const QString &title, const QList<SavedView> &views,
                                       void (SavedViewsMenu::*action)(const SavedView &))
{
    QMenu *submenu = addMenu(title);
    submenu->setEnabled(!views.isEmpty());
    for (const SavedView &view : views) {
        submenu->addAction(menuText(view.name), this,
                           ErrorGuard::slot([this, action, view] { (this->*action)(view); }));
    }
    return submenu;
}

void SavedViewsMenu::saveCurrent()
{
    askName(tr("Save Current View"), QString(), 0, [this](const QString &name) {
        SavedView view = m_current();
        view.id = 0;
        view.name = name;
        m_editing->push(new AddRowCommand<SavedView>(m_store, view));
    });
}

void SavedViewsMenu::updateToCurrent(const SavedView &view)
{
    SavedView after = m_current();
    after.id = view.id;
    after.name = view.name;
    if (after != view) { // a command that changes nothing is not pushed
        m_editing->push(new EditRowCommand<SavedView>(m_store, view, after));
    }
}

void SavedViewsMenu::rename(const SavedView &view)
{
    askName(tr("Rename Saved View"), view.name, view.id, [this, view](const QString &name) {
        if (name == view.name) {
            return;
        }
        SavedView after = view;
        after.name = name;
        auto *command = new EditRowCommand<SavedView>(m_store, view, after);
        command->setText(tr("Rename Saved View “%1” to “%2”").arg(view.name, name));
        m_editing->push(command);
    });
}

void SavedViewsMenu::remove(const SavedView &view)
{
    m_editing->push(new RemoveRowCommand<SavedView>(m_store, view.id));
}

void SavedViewsMenu::askName(const QString &title, const QString &name, qint64 except,
                             const std::function<void(const QString &)> &accepted)
{
    auto *dialog = new NameDialog(
        title, tr("&Name:"), name,
        [this, except](const QString &text) { return nameProblem(text, except); }, dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            ErrorGuard::slot([dialog, accepted] { accepted(dialog->name()); }));
    dialog->open();
}

// The window the menu is in: a dialog of a popup menu would close with it.
QWidget *SavedViewsMenu::dialogParent() const
{
    for (QWidget *widget = parentWidget(); widget; widget = widget->parentWidget()) {
        if (!qobject_cast<QMenu *>(widget)) {
            return widget->window();
        }
    }
    return const_cast<SavedViewsMenu *>(this);
}

} // namespace entente
