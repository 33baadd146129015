// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolemanager.h"

#include "actorrolecommand.h"
#include "actorroledialog.h"
#include "backgroundread.h"
#include "editactions.h"
#include "errorguard.h"
#include "eventstore.h"
#include "namedialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace entente {

namespace {

bool isBuiltIn(const QString &name)
{
    const QList<ActorRole> builtIn = ActorRole::builtIn();
    return std::any_of(builtIn.cbegin(), builtIn.cend(),
                       [&](const ActorRole &role) { return role.name == name; });
}

} // namespace

RoleManager::RoleManager(EditActions *editing, QWidget *parent)
    : ManagerDialog(editing, {tr("Label"), tr("Name"), tr("Colour"), tr("Seat"), tr("Events")},
                    parent)
{
    setWindowTitle(tr("Roles"));
    setObjectName(QStringLiteral("roleManager"));
    addButton(tr("&Add…"), false, [this] { addRole(); });
    addButton(tr("&Edit…"), true, [this] { editRole(); });
    m_rename = addButton(tr("&Rename…"), true, [this] { renameRole(); });
    m_remove = addButton(tr("&Delete"), true, [this] { removeRole(); });
    // A file that closes is read no more (the next one's count starts in fill()).
    connect(editing, &EditActions::storeChanged, this, [this](EventStore *store) {
        if (!store) {
            m_counting.reset();
        }
    });
    start();
}

RoleManager::~RoleManager() = default;

void RoleManager::fill()
{
    for (const ActorRole &role : store()->actorRoles()) {
        auto *item = new QTreeWidgetItem(list());
        item->setData(0, KeyRole, role.name);
        item->setText(Label, role.shownLabel());
        item->setText(Name, role.name);
        item->setIcon(Colour, swatch(QColor(role.color)));
        item->setText(Colour, role.color.isEmpty() ? tr("Automatic") : role.color);
        item->setText(Seat, ActorRoleDialog::seatText(role.seat));
    }
    countEvents();
}

bool RoleManager::shows(const StoreChange &change) const
{
    // Events added, changed or removed change the counts.
    return change.everything || change.rolesChanged || !change.events.isEmpty();
}

void RoleManager::countEvents()
{
    m_counting.reset(); // stops a count for an older state
    m_counts.reset();
    auto counts = std::make_shared<QHash<QString, qint64>>();
    m_counting =
        std::make_unique<BackgroundRead>(store()->readerPath(), [counts](EventStore &reader) {
            *counts = reader.eventCountsByRole();
        });
    connect(m_counting.get(), &BackgroundRead::finished, this,
            ErrorGuard::slot([this, counts] { showCounts(*counts); }));
}

void RoleManager::showCounts(const QHash<QString, qint64> &counts)
{
    m_counts = counts;
    for (QTreeWidgetItemIterator it(list()); *it; ++it) {
        (*it)->setData(Events, Qt::DisplayRole, counts.value((*it)->data(0, KeyRole).toString()));
    }
    list()->resizeColumnToContents(Events);
    updateButtons();
}

void RoleManager::rowButtonsUpdated()
{
    if (!m_rename || !m_remove) {
        return; // still adding the buttons
    }
    const bool builtIn = isBuiltIn(currentKey().toString());
    if (builtIn) {
        m_rename->setEnabled(false);
    }
    m_rename->setToolTip(builtIn ? tr("Entente's own roles keep their names, which files and "
                                      "imports use: change its label with Edit… instead.")
                                 : QString());
    const QString problem = currentKey().isValid() ? removalProblem() : QString();
    if (!problem.isEmpty()) {
        m_remove->setEnabled(false);
    }
    m_remove->setToolTip(problem);
}

QString RoleManager::removalProblem() const
{
    const QString name = currentKey().toString();
    if (isBuiltIn(name)) {
        return tr("“%1” is one of Entente's own roles: it cannot be deleted.").arg(name);
    }
    const qint64 uses = m_counts ? m_counts->value(name) : 0;
    if (uses > 0) {
        return tr("%Ln events give the role “%1”: give them another role first.", nullptr,
                  int(uses))
            .arg(name);
    }
    return {};
}

std::optional<ActorRole> RoleManager::current() const
{
    const QString name = currentKey().toString();
    for (const ActorRole &role : store()->actorRoles()) {
        if (!name.isEmpty() && role.name == name) {
            return role;
        }
    }
    return std::nullopt;
}

QString RoleManager::nameProblem(const QString &name, const QString &current) const
{
    if (name.isEmpty()) {
        return tr("A role needs a name.");
    }
    if (name == current) {
        return {};
    }
    for (const ActorRole &role : store()->actorRoles()) {
        if (role.name == name) {
            return tr("“%1” is a role already: choose another name.").arg(name);
        }
    }
    return {};
}

void RoleManager::addRole()
{
    auto *dialog = new ActorRoleDialog(
        ActorRole{}, [this](const QString &name) { return nameProblem(name, QString()); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog] {
                const ActorRole role = dialog->role();
                if (push(ActorRoleCommand::add(store(), role))) {
                    setCurrentKey(role.name);
                }
            }));
    dialog->open();
}

void RoleManager::editRole()
{
    const std::optional<ActorRole> before = current();
    if (!before) {
        return;
    }
    auto *dialog = new ActorRoleDialog(*before, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog, before] {
                const ActorRole after = dialog->role();
                if (after != *before) { // a command that changes nothing is not pushed
                    push(ActorRoleCommand::edit(store(), *before, after));
                }
            }));
    dialog->open();
}

void RoleManager::renameRole()
{
    const std::optional<ActorRole> role = current();
    if (!role || isBuiltIn(role->name)) {
        return;
    }
    const QString from = role->name;
    auto *dialog = new NameDialog(
        tr("Rename Role"), tr("&Name:"), from,
        [this, from](const QString &name) { return nameProblem(name, from); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog, from] {
                const QString to = dialog->name();
                if (to != from && push(ActorRoleCommand::rename(store(), from, to))) {
                    setCurrentKey(to);
                }
            }));
    dialog->open();
}

void RoleManager::removeRole()
{
    // One still being counted, or given by an event since: the store refuses it, saying by
    // how many events, and the message is shown.
    if (const std::optional<ActorRole> role = current(); role && removalProblem().isEmpty()) {
        push(ActorRoleCommand::remove(store(), *role));
    }
}

} // namespace entente
