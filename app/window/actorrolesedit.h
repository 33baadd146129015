// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "actorrole.h"
#include "event.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace entente {

// Who takes part in an event and as what: a row per actor, picked from the timeline's actors
// (completion on name, short name and aliases) or typed as a new name, which creates the
// actor when the event is saved; its role picked from the timeline's roles or typed.
class ActorRolesEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit ActorRolesEdit(QWidget *parent = nullptr);

    // The roles the role field offers, by their labels (set before setActors): Entente's own
    // and those the user added. A role can still be typed by a new name.
    void setRoles(const QList<ActorRole> &roles) { m_roles = roles; }
    void setActors(const QList<Actor> &known, const QList<EventActor> &links);
    // The links as the rows say; an actor typed by a new name is appended to *newActors and
    // named by its placeholder id (EventDraft::placeholder), once however many rows name it.
    QList<EventActor> links(QList<Actor> *newActors) const;

    QTableWidget *table() const { return m_table; }
    // A new empty row, its actor field focused.
    void addRow(qint64 actorId = 0, const QString &role = QString());
    // The kinds of actor as the editor offers them, each with its Actor::Type as data.
    static void addKinds(QComboBox *box);

signals:
    void edited();

private:
    QComboBox *actorBox(int row) const;
    QComboBox *kindBox(int row) const;
    QComboBox *roleBox(int row) const;
    // The role a row gives: the name of the role whose name or label the field holds, or
    // what was typed.
    QString roleOf(int row) const;
    // The actor a typed name stands for (by name, short name or alias), or 0 for a new one.
    qint64 actorNamed(const QString &text) const;
    void removeRow(QWidget *cellWidget);

    QTableWidget *m_table;
    QList<Actor> m_known;
    QList<ActorRole> m_roles;
    QHash<QString, qint64> m_byName; // lower-case name, short name, alias → id
};

} // namespace entente
