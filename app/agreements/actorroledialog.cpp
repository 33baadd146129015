// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorroledialog.h"

#include <QComboBox>

namespace entente {

namespace {

NameLabelDialog::Words words(bool isNew)
{
    return {isNew ? ActorRoleDialog::tr("New Role") : ActorRoleDialog::tr("Edit Role"),
            ActorRoleDialog::tr("e.g. co-chair, as events and files keep it"),
            ActorRoleDialog::tr("e.g. co-chair of the talks, as the views say it"),
            ActorRoleDialog::tr("Automatic: the negotiating table's colour for its seat"),
            ActorRoleDialog::tr("The views show a role by its label.")};
}

} // namespace

ActorRoleDialog::ActorRoleDialog(const ActorRole &role,
                                 const std::function<QString(const QString &)> &nameProblem,
                                 QWidget *parent)
    : NameLabelDialog(role.name, role.label, role.color, nameProblem, words(role.name.isEmpty()),
                      parent),
      m_role(role), m_seat(new QComboBox(this))
{
    m_seat->setObjectName(QStringLiteral("seat"));
    for (const ActorRole::Seat seat :
         {ActorRole::Seat::AtTable, ActorRole::Seat::Absent, ActorRole::Seat::None}) {
        m_seat->addItem(seatText(seat), int(seat));
    }
    m_seat->setCurrentIndex(m_seat->findData(int(role.seat)));
    m_seat->setToolTip(tr("Where an actor with this role sits in the negotiating table"));
    addRow(tr("&Seat:"), m_seat);
}

QString ActorRoleDialog::seatText(ActorRole::Seat seat)
{
    switch (seat) {
    case ActorRole::Seat::AtTable:
        return tr("at the table");
    case ActorRole::Seat::Absent:
        return tr("kept from the table");
    case ActorRole::Seat::None:
        return tr("neither");
    }
    return {};
}

ActorRole ActorRoleDialog::role() const
{
    ActorRole role = m_role;
    role.name = name();
    role.label = label();
    role.color = colour();
    role.seat = ActorRole::Seat(m_seat->currentData().toInt());
    return role;
}

} // namespace entente
