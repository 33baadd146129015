// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationtypemanager.h"

#include "errorguard.h"
#include "eventstore.h"
#include "namedialog.h"
#include "reassigndialog.h"
#include "relationtypecommand.h"
#include "relationtypedialog.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace entente {

RelationTypeManager::RelationTypeManager(EditActions *editing, QWidget *parent)
    : ManagerDialog(editing, {tr("Name"), tr("Label"), tr("Colour"), tr("Relations")}, parent)
{
    setWindowTitle(tr("Relation Types"));
    setObjectName(QStringLiteral("relationTypeManager"));
    // The label is what the timeline shows: as wide as the name.
    list()->header()->setSectionResizeMode(Label, QHeaderView::Stretch);
    addButton(tr("&Add…"), false, [this] { addType(); });
    addButton(tr("&Edit…"), true, [this] { editType(); });
    addButton(tr("&Rename…"), true, [this] { renameType(); });
    addButton(tr("&Delete…"), true, [this] { removeType(); });
    start();
}

void RelationTypeManager::fill()
{
    for (const RelationType &type : store()->relationTypes()) {
        auto *item = new QTreeWidgetItem(list());
        item->setData(0, KeyRole, type.name);
        item->setText(Name, type.name);
        item->setText(Label, type.label);
        // Automatic: the arrows keep the style they have always had (an empty swatch).
        item->setIcon(Colour, swatch(QColor(type.color)));
        item->setText(Colour, type.color.isEmpty() ? tr("Automatic") : type.color);
        item->setData(Relations, Qt::DisplayRole, type.relationCount);
    }
}

bool RelationTypeManager::shows(const StoreChange &change) const
{
    // Relations added or removed change the counts.
    return change.everything || change.relationTypesChanged || !change.relations.isEmpty();
}

std::optional<RelationType> RelationTypeManager::current() const
{
    const QString name = currentKey().toString();
    for (const RelationType &type : store()->relationTypes()) {
        if (!name.isEmpty() && type.name == name) {
            return type;
        }
    }
    return std::nullopt;
}

QString RelationTypeManager::nameProblem(const QString &name, const QString &current) const
{
    if (name.isEmpty()) {
        return tr("A relation type needs a name.");
    }
    if (name == current) {
        return {};
    }
    for (const RelationType &type : store()->relationTypes()) {
        if (type.name == name) {
            return tr("“%1” is a relation type already: choose another name, or delete one of "
                      "the two and change its relations to the other.")
                .arg(name);
        }
    }
    return {};
}

void RelationTypeManager::addType()
{
    auto *dialog = new RelationTypeDialog(
        RelationType{}, [this](const QString &name) { return nameProblem(name, QString()); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog] {
                const RelationType type = dialog->relationType();
                if (push(RelationTypeCommand::set(store(), std::nullopt, type))) {
                    setCurrentKey(type.name);
                }
            }));
    dialog->open();
}

void RelationTypeManager::editType()
{
    const std::optional<RelationType> before = current();
    if (!before) {
        return;
    }
    auto *dialog = new RelationTypeDialog(*before, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog, before] {
                const RelationType after = dialog->relationType();
                if (after != *before) { // a command that changes nothing is not pushed
                    push(RelationTypeCommand::set(store(), *before, after));
                }
            }));
    dialog->open();
}

void RelationTypeManager::renameType()
{
    const std::optional<RelationType> type = current();
    if (!type) {
        return;
    }
    const QString from = type->name;
    auto *dialog = new NameDialog(
        tr("Rename Relation Type"), tr("&Name:"), from,
        [this, from](const QString &name) { return nameProblem(name, from); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog, from] {
                const QString to = dialog->name();
                if (to != from && push(RelationTypeCommand::rename(store(), from, to))) {
                    setCurrentKey(to);
                }
            }));
    dialog->open();
}

void RelationTypeManager::removeType()
{
    const std::optional<RelationType> type = current();
    if (!type) {
        return;
    }
    if (type->relationCount == 0) {
        push(RelationTypeCommand::remove(store(), *type, QString()));
        return;
    }
    QList<ReassignDialog::Choice> choices;
    for (const RelationType &other : store()->relationTypes()) {
        if (other.name != type->name) {
            choices.append({other.label, other.name});
        }
    }
    auto *dialog = new ReassignDialog(
        tr("Delete Relation Type"),
        tr("%n relations are of the type “%1”.", nullptr, int(type->relationCount))
            .arg(type->label),
        tr("&Change them to:"), choices, tr("D&elete them"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog, type] {
                const std::optional<QVariant> target = dialog->target();
                push(RelationTypeCommand::remove(store(), *type,
                                                 target ? target->toString() : QString()));
            }));
    dialog->open();
}

} // namespace entente
