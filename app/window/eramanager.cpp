// SPDX-License-Identifier: GPL-3.0-or-later
#include "eramanager.h"

#include "addrowcommand.h"
#include "editrowcommand.h"
#include "eradialog.h"
#include "errorguard.h"
#include "eventstore.h"
#include "removerowcommand.h"

#include <QTreeWidget>

namespace entente {

EraManager::EraManager(EditActions *editing, QWidget *parent)
    : ManagerDialog(editing, {tr("Name"), tr("Start"), tr("End"), tr("Colour")}, parent)
{
    setWindowTitle(tr("Eras"));
    setObjectName(QStringLiteral("eraManager"));
    addButton(tr("&Add…"), false, [this] { addEra(); });
    addButton(tr("&Edit…"), true, [this] { editEra(); });
    addButton(tr("&Delete"), true, [this] { removeEra(); });
    start();
}

void EraManager::fill()
{
    for (const Era &era : store()->eras()) {
        auto *item = new QTreeWidgetItem(list());
        item->setData(0, KeyRole, era.id);
        item->setText(Name, era.name);
        item->setText(Start, era.start.toDisplayString());
        item->setText(End, era.end.toDisplayString());
        item->setIcon(Colour, swatch(QColor(era.color)));
        item->setText(Colour, era.color.isEmpty() ? tr("Automatic") : era.color);
    }
}

bool EraManager::shows(const StoreChange &change) const
{
    return change.everything || !change.eras.isEmpty();
}

void EraManager::addEra()
{
    auto *dialog = new EraDialog(Era{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog] {
                auto *command = new AddRowCommand<Era>(store(), dialog->era());
                if (push(command)) {
                    setCurrentKey(command->rowId());
                }
            }));
    dialog->open();
}

void EraManager::editEra()
{
    const std::optional<Era> before = store()->era(currentKey().toLongLong());
    if (!before) {
        return;
    }
    auto *dialog = new EraDialog(*before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog, before] {
                const Era after = dialog->era();
                if (after != *before) { // a command that changes nothing is not pushed
                    push(new EditRowCommand<Era>(store(), *before, after));
                }
            }));
    dialog->open();
}

void EraManager::removeEra()
{
    // No event depends on an era, and undo brings it back: no question to ask.
    if (currentKey().isValid()) {
        push(new RemoveRowCommand<Era>(store(), currentKey().toLongLong()));
    }
}

} // namespace entente
