// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace entente {

class ActorTree;

// The filter panel's actors: people under their state or organisation, each with a box to tick
// and, once counted, how many of the matching events they take part in; a field over the tree
// narrows it to the names typed, for timelines of hundreds of actors.
class ActorFilterTree final : public QWidget
{
    Q_OBJECT

public:
    explicit ActorFilterTree(QWidget *parent = nullptr);

    // The tree afresh, the ticked actors kept. Emits nothing.
    void setActors(const QList<Actor> &actors);
    // Events per actor id; key 0: those without actors. Empty: no counts shown.
    void setCounts(const QHash<qint64, qint64> &counts);
    QList<qint64> checkedActors() const; // in the order they were ticked
    void setCheckedActors(const QList<qint64> &ids);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }

signals:
    void checkedChanged(); // by the user

private:
    void addChildren(const ActorTree &tree, qint64 parentId, QTreeWidgetItem *parent);
    QString label(const Actor &actor) const;
    void updateLabels();
    void applyFilter(const QString &text);
    bool showMatching(QTreeWidgetItem *item, const QString &text);
    void onItemChanged(QTreeWidgetItem *item);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QLabel *m_withoutActors;
    QHash<qint64, Actor> m_actors;
    QHash<qint64, QTreeWidgetItem *> m_items; // by actor id
    QHash<qint64, qint64> m_counts;
    QList<qint64> m_checked;
    bool m_updating = false;
};

} // namespace entente
