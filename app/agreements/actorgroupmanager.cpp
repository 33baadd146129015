// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorgroupmanager.h"

#include "actorgroupdialog.h"
#include "addrowcommand.h"
#include "editrowcommand.h"
#include "errorguard.h"
#include "eventstore.h"
#include "namedialog.h"
#include "removerowcommand.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace entente {

ActorGroupManager::ActorGroupManager(EditActions *editing, QWidget *parent)
    : ManagerDialog(editing, {tr("Name"), tr("Colour"), tr("Members")}, parent)
{
    setWindowTitle(tr("Actor Groups"));
    setObjectName(QStringLiteral("actorGroupManager"));
    // The members, in the table's order, are what tells one format from another.
    list()->header()->setSectionResizeMode(Members, QHeaderView::Stretch);
    addButton(tr("&Add…"), false, [this] { addGroup(); });
    addButton(tr("&Edit…"), true, [this] { editGroup(); });
    addButton(tr("&Rename…"), true, [this] { renameGroup(); });
    addButton(tr("&Delete"), true, [this] { removeGroup(); });
    start();
}

void ActorGroupManager::fill()
{
    QHash<qint64, QString> names;
    for (const Actor &actor : store()->actors()) {
        names.insert(actor.id, actor.name);
    }
    for (const ActorGroup &group : store()->actorGroups()) {
        auto *item = new QTreeWidgetItem(list());
        item->setData(0, KeyRole, group.id);
        item->setText(Name, group.name);
        item->setIcon(Colour, swatch(QColor(group.color)));
        item->setText(Colour, group.color.isEmpty() ? tr("Automatic") : group.color);
        QStringList members;
        for (const qint64 id : group.memberIds) {
            members.append(names.value(id));
        }
        item->setText(Members, members.join(QStringLiteral(", ")));
    }
}

bool ActorGroupManager::shows(const StoreChange &change) const
{
    // An actor renamed or removed changes the members shown.
    return change.everything || !change.actorGroups.isEmpty() || !change.actors.isEmpty();
}

std::optional<ActorGroup> ActorGroupManager::current() const
{
    const QVariant key = currentKey();
    return key.isValid() ? store()->actorGroup(key.toLongLong()) : std::nullopt;
}

void ActorGroupManager::addGroup()
{
    auto *dialog = new ActorGroupDialog(ActorGroup{}, store()->actors(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog] {
                auto *command = new AddRowCommand<ActorGroup>(store(), dialog->group());
                if (push(command)) {
                    setCurrentKey(command->rowId());
                }
            }));
    dialog->open();
}

void ActorGroupManager::editGroup()
{
    const std::optional<ActorGroup> before = current();
    if (!before) {
        return;
    }
    auto *dialog = new ActorGroupDialog(*before, store()->actors(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog, before] {
                const ActorGroup after = dialog->group();
                if (after != *before) { // a command that changes nothing is not pushed
                    push(new EditRowCommand<ActorGroup>(store(), *before, after));
                }
            }));
    dialog->open();
}

void ActorGroupManager::renameGroup()
{
    const std::optional<ActorGroup> before = current();
    if (!before) {
        return;
    }
    auto *dialog = new NameDialog(
        tr("Rename Actor Group"), tr("&Name:"), before->name,
        [](const QString &name) {
            return name.isEmpty() ? tr("A group needs a name.") : QString();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog, before] {
                ActorGroup after = *before;
                after.name = dialog->name();
                if (after != *before) {
                    push(new EditRowCommand<ActorGroup>(store(), *before, after));
                }
            }));
    dialog->open();
}

void ActorGroupManager::removeGroup()
{
    // Its members stay actors of the timeline; undo gives the group back with its id.
    if (const std::optional<ActorGroup> group = current()) {
        push(new RemoveRowCommand<ActorGroup>(store(), group->id));
    }
}

} // namespace entente
