// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "managerdialog.h"

#include <memory>
#include <optional>

namespace entente {

struct Actor;
class BackgroundRead;

// The actors as a tree (people and bodies under the actor they belong to) with their short
// names, kinds, colours and how many events name them; add, edit and delete them. Deleting an
// actor that events name moves those events to another actor, or takes it out of them.
class ActorManager final : public ManagerDialog
{
    Q_OBJECT

public:
    enum Column { Name, ShortName, Kind, Colour, Events };

    explicit ActorManager(EditActions *editing, QWidget *parent = nullptr);
    ~ActorManager() override;

    void addActor();
    void editActor();
    void removeActor();

protected:
    void fill() override;
    bool shows(const StoreChange &change) const override;
    void activate() override { editActor(); }

private:
    void addRows(QTreeWidgetItem *under, qint64 parentId, const class ActorTree &tree);
    // The Events column, counted on a thread: every event's actors are read for it.
    void countEvents();
    void showCounts(const QHash<qint64, qint64> &counts);
    // Deletes the actor in one undo step: its events move to `reassignTo` (or lose it), and
    // the actors that belonged to it move up to its own parent.
    void pushRemoval(qint64 id, std::optional<qint64> reassignTo);
    // What the confirmation says the removal changes: `uses` events, and provisions.
    QString removalMessage(const Actor &actor, int uses) const;

    std::unique_ptr<BackgroundRead> m_counting;
};

} // namespace entente
