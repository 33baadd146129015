// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorrole.h"

#include "enumnames.h"

#include <QCoreApplication>

namespace entente {

namespace {
constexpr EnumName<ActorRole::Seat> SeatNames[] = {
    {ActorRole::Seat::AtTable, "at-table"},
    {ActorRole::Seat::Absent, "absent"},
    {ActorRole::Seat::None, "none"},
};

struct BuiltInRole
{
    const char *name;
    const char *label; // marked for lupdate here, translated when listed
    ActorRole::Seat seat;
};

constexpr BuiltInRole BuiltInRoles[] = {
    {"party", QT_TRANSLATE_NOOP("entente::ActorRole", "party"), ActorRole::Seat::AtTable},
    {"signatory", QT_TRANSLATE_NOOP("entente::ActorRole", "signatory"), ActorRole::Seat::AtTable},
    {"mediator", QT_TRANSLATE_NOOP("entente::ActorRole", "mediator"), ActorRole::Seat::AtTable},
    {"guarantor", QT_TRANSLATE_NOOP("entente::ActorRole", "guarantor"), ActorRole::Seat::AtTable},
    {"observer", QT_TRANSLATE_NOOP("entente::ActorRole", "observer"), ActorRole::Seat::AtTable},
    {"excluded", QT_TRANSLATE_NOOP("entente::ActorRole", "excluded"), ActorRole::Seat::Absent},
    {"demanded-seat", QT_TRANSLATE_NOOP("entente::ActorRole", "demanded a seat"),
     ActorRole::Seat::Absent},
    {"speaker", QT_TRANSLATE_NOOP("entente::ActorRole", "speaker"), ActorRole::Seat::None},
    {"subject", QT_TRANSLATE_NOOP("entente::ActorRole", "subject"), ActorRole::Seat::None},
};
} // namespace

QList<ActorRole> ActorRole::builtIn()
{
    QList<ActorRole> roles;
    for (const BuiltInRole &role : BuiltInRoles) {
        roles.append({QString::fromLatin1(role.name),
                      QCoreApplication::translate("entente::ActorRole", role.label),
                      {},
                      role.seat});
    }
    return roles;
}

QString ActorRole::shownLabel() const
{
    for (const BuiltInRole &role : BuiltInRoles) {
        if (name == QLatin1String(role.name) && label == QLatin1String(role.label)) {
            return QCoreApplication::translate("entente::ActorRole", role.label);
        }
    }
    return label;
}

QString ActorRole::seatName(Seat seat)
{
    return nameOf(SeatNames, seat);
}

bool ActorRole::seatFromName(const QString &name, Seat *seat)
{
    return valueOf(SeatNames, name, seat);
}

} // namespace entente
