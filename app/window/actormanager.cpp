// SPDX-License-Identifier: GPL-3.0-or-later
#include "actormanager.h"

#include "actordialog.h"
#include "actortree.h"
#include "addrowcommand.h"
#include "agreementpartcommand.h"
#include "backgroundread.h"
#include "editactions.h"
#include "editeventscommand.h"
#include "editrowcommand.h"
#include "errorguard.h"
#include "eventstore.h"
#include "reassigndialog.h"
#include "removerowcommand.h"

#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

namespace entente {

namespace {

QString kindName(Actor::Type type)
{
    switch (type) {
    case Actor::Type::State:
        return ActorManager::tr("State");
    case Actor::Type::Organisation:
        return ActorManager::tr("Organisation");
    case Actor::Type::Person:
        return ActorManager::tr("Person");
    case Actor::Type::Group:
        return ActorManager::tr("Group");
    }
    return {};
}

// The provision with `from` replaced by `to` among its parties, in its place; where `to` is
// bound already, `from` just goes.
Provision reassigned(Provision provision, qint64 from, qint64 to)
{
    const qsizetype at = provision.partyIds.indexOf(from);
    if (at >= 0) {
        if (provision.partyIds.contains(to)) {
            provision.partyIds.removeAt(at);
        } else {
            provision.partyIds[at] = to;
        }
    }
    return provision;
}

// The event with `from` replaced by `to`; where `to` takes part already, `from` just goes.
Event reassigned(Event event, qint64 from, qint64 to)
{
    const bool hasTarget = std::any_of(event.actors.cbegin(), event.actors.cend(),
                                       [&](const EventActor &a) { return a.actorId == to; });
    for (qsizetype i = event.actors.size() - 1; i >= 0; --i) {
        if (event.actors.at(i).actorId != from) {
            continue;
        }
        if (hasTarget) {
            event.actors.removeAt(i);
        } else {
            event.actors[i].actorId = to;
        }
    }
    return event;
}

} // namespace

QString ActorManager::removalMessage(const Actor &actor, int uses) const
{
    const QString message = tr("“%1” is named in %n events.", nullptr, uses).arg(actor.name);
    const int binds = int(store()->agreementRecordsWithActor(actor.id).provisions.size());
    if (binds == 0) {
        return message;
    }
    return message + u' ' +
           tr("Provisions that bind it: %1. Reassigned, they bind the other actor instead; "
              "otherwise they lose it. Undo gives it back.")
               .arg(binds);
}

ActorManager::ActorManager(EditActions *editing, QWidget *parent)
    : ManagerDialog(editing, {tr("Name"), tr("Short name"), tr("Kind"), tr("Colour"), tr("Events")},
                    parent)
{
    setWindowTitle(tr("Actors"));
    setObjectName(QStringLiteral("actorManager"));
    list()->setRootIsDecorated(true);
    addButton(tr("&Add…"), false, [this] { addActor(); });
    addButton(tr("&Edit…"), true, [this] { editActor(); });
    addButton(tr("&Delete…"), true, [this] { removeActor(); });
    // A file that closes is read no more (the next one's count starts in fill()).
    connect(editing, &EditActions::storeChanged, this, [this](EventStore *store) {
        if (!store) {
            m_counting.reset();
        }
    });
    start();
}

ActorManager::~ActorManager() = default;

void ActorManager::fill()
{
    addRows(nullptr, 0, ActorTree(store()->actors()));
    countEvents();
}

void ActorManager::countEvents()
{
    m_counting.reset(); // stops a count for an older state
    auto counts = std::make_shared<QHash<qint64, qint64>>();
    m_counting =
        std::make_unique<BackgroundRead>(store()->readerPath(), [counts](EventStore &reader) {
            *counts = reader.eventCountsByActor();
        });
    connect(m_counting.get(), &BackgroundRead::finished, this,
            [this, counts] { showCounts(*counts); });
}

void ActorManager::showCounts(const QHash<qint64, qint64> &counts)
{
    for (QTreeWidgetItemIterator it(list()); *it; ++it) {
        const qint64 id = (*it)->data(0, KeyRole).toLongLong();
        (*it)->setData(Events, Qt::DisplayRole, counts.value(id));
    }
    list()->resizeColumnToContents(Events);
}

void ActorManager::addRows(QTreeWidgetItem *under, qint64 parentId, const ActorTree &tree)
{
    for (const Actor &actor : tree.children(parentId)) {
        auto *item = under ? new QTreeWidgetItem(under) : new QTreeWidgetItem(list());
        item->setData(0, KeyRole, actor.id);
        item->setText(Name, actor.name);
        item->setText(ShortName, actor.shortName);
        item->setText(Kind, kindName(actor.type));
        item->setIcon(Colour, swatch(QColor(actor.color)));
        item->setText(Colour, actor.color.isEmpty() ? tr("Automatic") : actor.color);
        addRows(item, actor.id, tree);
    }
}

bool ActorManager::shows(const StoreChange &change) const
{
    // Event counts change with events.
    return change.everything || !change.actors.isEmpty() || !change.events.isEmpty();
}

void ActorManager::addActor()
{
    auto *dialog = new ActorDialog(Actor{}, store()->actors(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog] {
                auto *command = new AddRowCommand<Actor>(store(), dialog->actor());
                if (push(command)) {
                    setCurrentKey(command->rowId());
                }
            }));
    dialog->open();
}

void ActorManager::editActor()
{
    const std::optional<Actor> before = store()->actor(currentKey().toLongLong());
    if (!before) {
        return;
    }
    auto *dialog = new ActorDialog(*before, store()->actors(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog, before] {
                const Actor after = dialog->actor();
                if (after != *before) { // a command that changes nothing is not pushed
                    push(new EditRowCommand<Actor>(store(), *before, after));
                }
            }));
    dialog->open();
}

void ActorManager::removeActor()
{
    const std::optional<Actor> actor = store()->actor(currentKey().toLongLong());
    if (!actor) {
        return;
    }
    const int uses = int(store()->eventsWithActor(actor->id).size());
    if (uses == 0) {
        pushRemoval(actor->id, std::nullopt); // nothing is lost that undo cannot bring back
        return;
    }
    // The other actors in the tree's order, people indented under their parent.
    QList<ReassignDialog::Choice> choices;
    const std::function<void(const ActorTree &, qint64, int)> flatten =
        [&](const ActorTree &tree, qint64 parentId, int depth) {
            for (const Actor &other : tree.children(parentId)) {
                if (other.id != actor->id) {
                    choices.append({QString(depth * 3, QLatin1Char(' ')) + other.name, other.id});
                }
                flatten(tree, other.id, depth + 1);
            }
        };
    flatten(ActorTree(store()->actors()), 0, 0);
    auto *dialog = new ReassignDialog(tr("Delete Actor"), removalMessage(*actor, uses),
                                      tr("&Reassign them to:"), choices,
                                      tr("Re&move “%1” from them").arg(actor->name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = actor->id;
    connect(dialog, &QDialog::accepted, this, ErrorGuard::slot([this, dialog, id] {
                const std::optional<QVariant> target = dialog->target();
                pushRemoval(id,
                            target ? std::optional<qint64>(target->toLongLong()) : std::nullopt);
            }));
    dialog->open();
}

void ActorManager::pushRemoval(qint64 id, std::optional<qint64> reassignTo)
{
    const std::optional<Actor> actor = store()->actor(id);
    if (!actor) {
        return;
    }
    QUndoStack *stack = editing()->undoStack();
    stack->beginMacro(tr("Delete Actor “%1”").arg(actor->name));
    bool ok = true;
    // The store would leave its people belonging to no one; they move up a level instead, in
    // commands of their own, so that undo puts them back under it.
    for (const Actor &child : store()->actors()) {
        if (ok && child.affiliationId == id) {
            Actor moved = child;
            moved.affiliationId = actor->affiliationId;
            ok = push(new EditRowCommand<Actor>(store(), child, moved));
        }
    }
    if (ok && reassignTo) {
        const QList<Event> before =
            store()->events(store()->eventsWithActor(id), EventStore::Detail::Full);
        QList<Event> after;
        for (const Event &event : before) {
            after.append(reassigned(event, id, *reassignTo));
        }
        ok = push(new EditEventsCommand(store(), before, after, tr("Reassign Events")));
        // The provisions it binds bind the other actor instead, in its place.
        for (const Provision &provision : store()->agreementRecordsWithActor(id).provisions) {
            ok = ok && push(AgreementPartCommand<Provision>::edit(
                           store(), provision, reassigned(provision, id, *reassignTo)));
        }
    }
    if (ok) {
        push(new RemoveRowCommand<Actor>(store(), id));
    }
    stack->endMacro();
    if (!ok && stack->index() > 0) {
        stack->undo(); // a part was refused: the whole step is taken back
    }
}

} // namespace entente
