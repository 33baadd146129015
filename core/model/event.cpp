// SPDX-License-Identifier: GPL-3.0-or-later
#include "event.h"

#include "enumnames.h"

#include <QCoreApplication>

namespace entente {

namespace {
constexpr EnumName<Event::Kind> KindNames[] = {
    {Event::Kind::Point, "point"},
    {Event::Kind::Period, "period"},
};
} // namespace

qint64 Event::earliestSecond() const
{
    return start.earliestSecond();
}

qint64 Event::latestSecond() const
{
    if (kind == Kind::Period) {
        if (ongoing || end.isNull()) {
            return OpenEnd;
        }
        return end.latestSecond();
    }
    return start.latestSecond();
}

QString Event::dateRangeDisplay() const
{
    if (kind == Kind::Point) {
        return start.toDisplayString();
    }
    const QString to =
        ongoing ? QCoreApplication::translate("entente::Event", "ongoing") : end.toDisplayString();
    if (start.isNull()) {
        return QCoreApplication::translate("entente::Event", "unknown start – %1").arg(to);
    }
    return QStringLiteral("%1 – %2").arg(start.toDisplayString(), to);
}

QString Event::kindName(Kind kind)
{
    return nameOf(KindNames, kind);
}

bool Event::kindFromName(const QString &name, Kind *kind)
{
    return valueOf(KindNames, name, kind);
}

} // namespace entente
