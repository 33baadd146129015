// SPDX-License-Identifier: GPL-3.0-or-later
#include "negotiatingtabletext.h"

namespace entente {

NegotiatingTableText::NegotiatingTableText(const QList<ActorRole> &roles)
{
    for (const ActorRole &role : roles) {
        if (!role.label.isEmpty()) {
            m_labels.insert(role.name, role.shownLabel());
        }
    }
}

QString NegotiatingTableText::columnTitle(const Event &event)
{
    if (event.isUndated()) {
        return event.title;
    }
    return QStringLiteral("%1 %2").arg(event.start.toDisplayString(), event.title);
}

QString NegotiatingTableText::roleLabel(const QString &name) const
{
    return m_labels.value(name, name);
}

QString NegotiatingTableText::cellText(const NegotiatingTable::Row &row,
                                       const NegotiatingTable::Cell &cell) const
{
    if (row.kind == NegotiatingTable::Row::Kind::Group) {
        return groupSummary(cell);
    }
    QStringList labels;
    for (const QString &role : cell.roles) {
        labels.append(roleLabel(role));
    }
    return labels.join(QStringLiteral("; "));
}

QString NegotiatingTableText::groupSummary(const NegotiatingTable::Cell &cell)
{
    QStringList parts;
    if (cell.seated > 0) {
        parts.append(tr("%n at the table", nullptr, cell.seated));
    }
    if (cell.absent > 0) {
        parts.append(tr("%n excluded", nullptr, cell.absent));
    }
    return parts.join(QStringLiteral(", "));
}

QString NegotiatingTableText::groupName(const QString &name)
{
    return tr("%1 (group)").arg(name);
}

} // namespace entente
