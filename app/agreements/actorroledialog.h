// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actorrole.h"
#include "namelabeldialog.h"

class QComboBox;

namespace entente {

// The form for one actor role: its name (only while new: a rename is its own step), the label
// the views show, its colour and where it seats an actor at the negotiating table. Each
// problem is shown beside its field, and OK waits until there are none.
class ActorRoleDialog final : public NameLabelDialog
{
    Q_OBJECT

public:
    // `nameProblem` says why a name cannot be the new role's, or returns "" when it can; it is
    // asked only while the role is new (`role.name` empty).
    ActorRoleDialog(const ActorRole &role,
                    const std::function<QString(const QString &)> &nameProblem,
                    QWidget *parent = nullptr);

    ActorRole role() const;
    QComboBox *seatField() const { return m_seat; }

    // How the views say a seat, as the seat field offers it.
    static QString seatText(ActorRole::Seat seat);

private:
    ActorRole m_role;
    QComboBox *m_seat;
};

} // namespace entente
