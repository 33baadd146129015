// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorfiltertree.h"

#include "actortree.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace entente {

namespace {

constexpr int IdRole = Qt::UserRole;

bool nameMatches(const Actor &actor, const QString &text)
{
    if (actor.name.contains(text, Qt::CaseInsensitive) ||
        actor.shortName.contains(text, Qt::CaseInsensitive)) {
        return true;
    }
    return std::any_of(actor.aliases.cbegin(), actor.aliases.cend(), [&](const QString &alias) {
        return alias.contains(text, Qt::CaseInsensitive);
    });
}

} // namespace

ActorFilterTree::ActorFilterTree(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_tree(new QTreeWidget(this)),
      m_withoutActors(new QLabel(this))
{
    m_filter->setPlaceholderText(tr("Find an actor…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only the actors whose names or aliases contain this text"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Actors"));
    m_tree->setToolTip(tr("Shows the events in which any of the ticked actors takes part. "
                          "Ticking a state or organisation does not tick its people."));
    m_withoutActors->setObjectName(QStringLiteral("withoutActors"));
    m_withoutActors->setForegroundRole(QPalette::PlaceholderText);
    m_withoutActors->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_withoutActors);
    setFocusProxy(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, &ActorFilterTree::applyFilter);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ActorFilterTree::onItemChanged);
}

void ActorFilterTree::setActors(const QList<Actor> &actors)
{
    const QScopedValueRollback updating(m_updating, true);
    m_tree->clear();
    m_items.clear();
    m_actors.clear();
    for (const Actor &actor : actors) {
        m_actors.insert(actor.id, actor);
    }
    addChildren(ActorTree(actors), 0, nullptr);
    setCheckedActors(m_checked);
    applyFilter(m_filter->text());
}

void ActorFilterTree::addChildren(const ActorTree &tree, qint64 parentId, QTreeWidgetItem *parent)
{
    for (const Actor &actor : tree.children(parentId)) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setData(0, IdRole, actor.id);
        item->setText(0, label(actor));
        item->setToolTip(
            0, actor.aliases.isEmpty()
                   ? actor.name
                   : tr("%1 (also %2)").arg(actor.name, actor.aliases.join(QStringLiteral(", "))));
        // Not ItemIsAutoTristate: a state's box is the state's own, not its people's.
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        item->setExpanded(true);
        m_items.insert(actor.id, item);
        addChildren(tree, actor.id, item);
    }
}

void ActorFilterTree::setCounts(const QHash<qint64, qint64> &counts)
{
    m_counts = counts;
    updateLabels();
}

QList<qint64> ActorFilterTree::checkedActors() const
{
    return m_checked;
}

void ActorFilterTree::setCheckedActors(const QList<qint64> &ids)
{
    const QScopedValueRollback updating(m_updating, true);
    m_checked = ids; // an id not in the tree is kept: the criterion still holds
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        it.value()->setCheckState(0, ids.contains(it.key()) ? Qt::Checked : Qt::Unchecked);
    }
}

QString ActorFilterTree::label(const Actor &actor) const
{
    if (m_counts.isEmpty()) {
        return actor.displayName();
    }
    return tr("%1 (%L2)").arg(actor.displayName()).arg(m_counts.value(actor.id));
}

void ActorFilterTree::updateLabels()
{
    const QScopedValueRollback updating(m_updating, true);
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        it.value()->setText(0, label(m_actors.value(it.key())));
    }
    const qint64 without = m_counts.value(0);
    m_withoutActors->setText(tr("%n events without actors", nullptr, int(without)));
    m_withoutActors->setVisible(without > 0);
}

void ActorFilterTree::applyFilter(const QString &text)
{
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        showMatching(m_tree->topLevelItem(row), text.trimmed());
    }
}

// Shows the item if it or one of its people matches; returns whether it is shown.
bool ActorFilterTree::showMatching(QTreeWidgetItem *item, const QString &text)
{
    bool childShown = false;
    for (int row = 0; row < item->childCount(); ++row) {
        childShown = showMatching(item->child(row), text) || childShown;
    }
    const Actor actor = m_actors.value(item->data(0, IdRole).toLongLong());
    const bool shown = text.isEmpty() || childShown || nameMatches(actor, text);
    item->setHidden(!shown);
    return shown;
}

void ActorFilterTree::onItemChanged(QTreeWidgetItem *item)
{
    if (m_updating) {
        return;
    }
    const qint64 id = item->data(0, IdRole).toLongLong();
    m_checked.removeAll(id);
    if (item->checkState(0) == Qt::Checked) {
        m_checked.append(id);
    }
    emit checkedChanged();
}

} // namespace entente
