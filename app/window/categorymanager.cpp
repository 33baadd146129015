// SPDX-License-Identifier: GPL-3.0-or-later
#include "categorymanager.h"

#include "categorycolours.h"
#include "categorycommand.h"
#include "errorguard.h"
#include "eventstore.h"
#include "namedialog.h"
#include "reassigndialog.h"
#include "timelinecolours.h"

#include <QColorDialog>
#include <QTreeWidget>

namespace entente {

CategoryManager::CategoryManager(EditActions *editing, QWidget *parent)
    : ManagerDialog(editing, {tr("Name"), tr("Colour"), tr("Events")}, parent)
{
    setWindowTitle(tr("Categories"));
    setObjectName(QStringLiteral("categoryManager"));
    addButton(tr("&Add…"), false, [this] { addCategory(); });
    addButton(tr("&Rename…"), true, [this] { renameCategory(); });
    addButton(tr("&Colour…"), true, [this] { recolourCategory(); });
    addButton(tr("A&utomatic Colour"), true, [this] { makeColourAutomatic(); });
    addButton(tr("&Delete…"), true, [this] { removeCategory(); });
    start();
}

void CategoryManager::fill()
{
    for (const Category &category : store()->categories()) {
        if (category.name.isEmpty()) {
            continue; // "uncategorized" is no category to manage
        }
        auto *item = new QTreeWidgetItem(list());
        item->setData(0, KeyRole, category.name);
        item->setText(Name, category.name);
        // Automatic: the hue the timeline gives it, so the swatch shows what the lanes show.
        const bool automatic = category.color.isEmpty();
        item->setIcon(Colour, swatch(automatic ? TimelineColours::ofCategory(category.name)
                                               : QColor(category.color)));
        item->setText(Colour, automatic ? tr("Automatic") : category.color);
        item->setData(Events, Qt::DisplayRole, category.eventCount);
    }
}

bool CategoryManager::shows(const StoreChange &change) const
{
    return change.everything || change.categoriesChanged || !change.events.isEmpty();
}

std::optional<Category> CategoryManager::current() const
{
    const QString name = currentKey().toString();
    for (const Category &category : store()->categories()) {
        if (!name.isEmpty() && category.name == name) {
            return category;
        }
    }
    return std::nullopt;
}

QString CategoryManager::nameProblem(const QString &name, const QString &current) const
{
    if (name.isEmpty()) {
        return tr("A category needs a name.");
    }
    if (name == current) {
        return {};
    }
    for (const Category &category : store()->categories()) {
        if (category.name == name) {
            return tr("“%1” is a category already: choose another name, or delete one of the "
                      "two and move its events to the other.")
                .arg(name);
        }
    }
    return {};
}

void CategoryManager::addCategory()
{
    auto *dialog = new NameDialog(
        tr("New Category"), tr("&Name:"), QString(),
        [this](const QString &name) { return nameProblem(name, QString()); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog] {
                const QString name = dialog->name();
                const Category category{name, CategoryColours::forNew(store()->categories())};
                if (push(CategoryCommand::set(store(), std::nullopt, category))) {
                    setCurrentKey(name);
                }
            }));
    dialog->open();
}

void CategoryManager::renameCategory()
{
    const std::optional<Category> category = current();
    if (!category) {
        return;
    }
    const QString from = category->name;
    auto *dialog = new NameDialog(
        tr("Rename Category"), tr("&Name:"), from,
        [this, from](const QString &name) { return nameProblem(name, from); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog, from] {
                const QString to = dialog->name();
                if (to != from && push(CategoryCommand::rename(store(), from, to))) {
                    setCurrentKey(to);
                }
            }));
    dialog->open();
}

void CategoryManager::recolourCategory()
{
    const std::optional<Category> category = current();
    if (!category) {
        return;
    }
    const QColor shown = category->color.isEmpty() ? TimelineColours::ofCategory(category->name)
                                                   : QColor(category->color);
    auto *dialog = new QColorDialog(shown, this);
    dialog->setWindowTitle(tr("Colour of “%1”").arg(category->name));
    dialog->setOption(QColorDialog::DontUseNativeDialog); // the same dialog everywhere
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this,
            ErrorGuard::slot([this, category](const QColor &colour) {
                Category after = *category;
                after.color = colour.name();
                if (after.color != category->color) {
                    push(CategoryCommand::set(store(), *category, after));
                }
            }));
    dialog->open();
}

void CategoryManager::makeColourAutomatic()
{
    const std::optional<Category> category = current();
    if (category && !category->color.isEmpty()) {
        Category after = *category;
        after.color.clear();
        push(CategoryCommand::set(store(), *category, after));
    }
}

void CategoryManager::removeCategory()
{
    const std::optional<Category> category = current();
    if (!category) {
        return;
    }
    if (category->eventCount == 0) {
        push(CategoryCommand::remove(store(), *category, QString()));
        return;
    }
    QList<ReassignDialog::Choice> choices;
    for (const Category &other : store()->categories()) {
        if (!other.name.isEmpty() && other.name != category->name) {
            choices.append({other.name, other.name});
        }
    }
    auto *dialog = new ReassignDialog(
        tr("Delete Category"),
        tr("%n events use “%1”.", nullptr, int(category->eventCount)).arg(category->name),
        tr("&Move them to:"), choices, tr("&Leave them uncategorized"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog, category] {
                const std::optional<QVariant> target = dialog->target();
                push(CategoryCommand::remove(store(), *category,
                                             target ? target->toString() : QString()));
            }));
    dialog->open();
}

} // namespace entente
