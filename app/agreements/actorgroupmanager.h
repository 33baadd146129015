// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "managerdialog.h"

#include <optional>

namespace entente {

struct ActorGroup;

// The timeline's actor groups (Data ▸ Actor Groups…): formats that meet again and again, such
// as the Normandy format, each shown as one row of the negotiating table that expands to its
// members. Add, edit (name, colour, members and their order), rename and delete them; each
// change is one undo step.
class ActorGroupManager final : public ManagerDialog
{
    Q_OBJECT

public:
    enum Column { Name, Colour, Members };

    explicit ActorGroupManager(EditActions *editing, QWidget *parent = nullptr);

    void addGroup();
    void editGroup();
    void renameGroup();
    void removeGroup();

protected:
    void fill() override;
    bool shows(const StoreChange &change) const override;
    void activate() override { editGroup(); }

private:
    std::optional<ActorGroup> current() const;
};

} // namespace entente
