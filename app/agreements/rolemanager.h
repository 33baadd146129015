// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "managerdialog.h"

#include <QHash>

#include <memory>
#include <optional>

namespace entente {

struct ActorRole;
class BackgroundRead;

// The roles actors have at events (Data ▸ Roles…): each with its label, name, colour, where it
// seats an actor at the negotiating table and how many events give it. Add, edit (label,
// colour, seat), rename (the events follow) and delete them. Entente's own roles keep their
// names (files and imports use them), and they and the roles events give cannot be deleted:
// the buttons say why.
class RoleManager final : public ManagerDialog
{
    Q_OBJECT

public:
    enum Column { Label, Name, Colour, Seat, Events };

    explicit RoleManager(EditActions *editing, QWidget *parent = nullptr);
    ~RoleManager() override;

    void addRole();
    void editRole();
    void renameRole();
    void removeRole();

protected:
    void fill() override;
    bool shows(const StoreChange &change) const override;
    void activate() override { editRole(); }
    void rowButtonsUpdated() override;

private:
    std::optional<ActorRole> current() const;
    // Why `name` cannot be a new role's (or `current`'s new) name; "" when it can.
    QString nameProblem(const QString &name, const QString &current) const;
    // Why the current role cannot be deleted; "" when it can, or while it is being counted.
    QString removalProblem() const;
    // The Events column, counted on a thread: every event's actors are read for it.
    void countEvents();
    void showCounts(const QHash<QString, qint64> &counts);

    std::unique_ptr<BackgroundRead> m_counting;
    std::optional<QHash<QString, qint64>> m_counts; // empty while counting
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace entente
