// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorrolesedit.h"

#include "eventdraft.h"
#include "wheelguard.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace entente {

namespace {
enum Column { ActorColumn, KindColumn, RoleColumn, RemoveColumn };
} // namespace

ActorRolesEdit::ActorRolesEdit(QWidget *parent) : QWidget(parent), m_table(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("actorsTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Actor"), tr("Kind"), tr("Role"), QString()});
    m_table->horizontalHeader()->setSectionResizeMode(ActorColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RemoveColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setMinimumHeight(150); // four actors without scrolling
    auto *add = new QPushButton(tr("Add Actor"), this);
    add->setObjectName(QStringLiteral("addActor"));
    connect(add, &QPushButton::clicked, this, [this] { addRow(); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(add, 0, Qt::AlignLeft);
}

void ActorRolesEdit::setActors(const QList<Actor> &known, const QList<EventActor> &links)
{
    m_known = known;
    m_byName.clear();
    for (const Actor &actor : known) {
        for (const QString &name : QStringList{actor.name, actor.shortName} + actor.aliases) {
            if (!name.isEmpty()) {
                m_byName.insert(name.toLower(), actor.id);
            }
        }
    }
    m_table->setRowCount(0);
    for (const EventActor &link : links) {
        addRow(link.actorId, link.role);
    }
}

void ActorRolesEdit::addRow(qint64 actorId, const QString &role)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *actor = new QComboBox(m_table);
    actor->setEditable(true);
    actor->setInsertPolicy(QComboBox::NoInsert);
    WheelGuard::guard(actor);
    actor->lineEdit()->setPlaceholderText(tr("Pick an actor or type a new name"));
    // Completion on every name an actor goes by; a pick puts in its full name.
    auto *names = new QStandardItemModel(actor);
    for (const Actor &known : std::as_const(m_known)) {
        actor->addItem(known.name, known.id);
        for (const QString &name : QStringList{known.shortName} + known.aliases) {
            if (!name.isEmpty() && name != known.name) {
                auto *item = new QStandardItem(tr("%1 (%2)").arg(name, known.name));
                item->setData(known.id, Qt::UserRole);
                names->appendRow(item);
            }
        }
        auto *item = new QStandardItem(known.name);
        item->setData(known.id, Qt::UserRole);
        names->appendRow(item);
    }
    auto *completer = new QCompleter(names, actor);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    actor->setCompleter(completer);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), actor,
            [actor](const QModelIndex &index) {
                actor->setCurrentIndex(actor->findData(index.data(Qt::UserRole)));
            });
    actor->setCurrentIndex(actor->findData(actorId));
    if (actorId == 0) {
        actor->setEditText(QString());
    }
    connect(actor, &QComboBox::editTextChanged, this, &ActorRolesEdit::edited);
    m_table->setCellWidget(row, ActorColumn, actor);

    // What a new actor is; a known one shows its own kind, changed in Data ▸ Actors.
    auto *kind = new QComboBox(m_table);
    addKinds(kind);
    WheelGuard::guard(kind);
    auto showKind = [this, actor, kind] {
        const qint64 id = actorNamed(actor->currentText().trimmed());
        const auto known = std::find_if(m_known.cbegin(), m_known.cend(),
                                        [id](const Actor &a) { return a.id == id; });
        kind->setEnabled(known == m_known.cend());
        if (known != m_known.cend()) {
            kind->setCurrentIndex(kind->findData(int(known->type)));
        }
    };
    connect(actor, &QComboBox::editTextChanged, kind, showKind);
    showKind();
    m_table->setCellWidget(row, KindColumn, kind);

    auto *roles = new QComboBox(m_table);
    roles->setEditable(true);
    roles->setInsertPolicy(QComboBox::NoInsert);
    WheelGuard::guard(roles);
    roles->lineEdit()->setPlaceholderText(tr("party, mediator, speaker…"));
    for (const ActorRole &known : std::as_const(m_roles)) {
        roles->addItem(known.shownLabel(), known.name);
    }
    // The list as wide as its labels, however narrow the column ("demanded a seat").
    roles->view()->setMinimumWidth(roles->view()->sizeHintForColumn(0) +
                                   roles->view()->verticalScrollBar()->sizeHint().width());
    roles->setCurrentIndex(roles->findData(role));
    if (roles->currentIndex() < 0) {
        roles->setEditText(role); // a role the list does not have (yet)
    }
    connect(roles->lineEdit(), &QLineEdit::textEdited, this, &ActorRolesEdit::edited);
    connect(roles, &QComboBox::activated, this, &ActorRolesEdit::edited);
    m_table->setCellWidget(row, RoleColumn, roles);

    auto *remove = new QToolButton(m_table);
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Take this actor out of the event"));
    connect(remove, &QToolButton::clicked, this, [this, remove] { removeRow(remove); });
    m_table->setCellWidget(row, RemoveColumn, remove);
    if (actorId == 0) {
        actor->setFocus();
    }
    emit edited();
}

void ActorRolesEdit::removeRow(QWidget *cellWidget)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->cellWidget(row, RemoveColumn) == cellWidget) {
            m_table->removeRow(row);
            emit edited();
            return;
        }
    }
}

QComboBox *ActorRolesEdit::actorBox(int row) const
{
    return static_cast<QComboBox *>(m_table->cellWidget(row, ActorColumn));
}

QComboBox *ActorRolesEdit::kindBox(int row) const
{
    return static_cast<QComboBox *>(m_table->cellWidget(row, KindColumn));
}

void ActorRolesEdit::addKinds(QComboBox *box)
{
    box->addItem(tr("State"), int(Actor::Type::State));
    box->addItem(tr("Organisation"), int(Actor::Type::Organisation));
    box->addItem(tr("Person"), int(Actor::Type::Person));
    box->addItem(tr("Group"), int(Actor::Type::Group));
}

QComboBox *ActorRolesEdit::roleBox(int row) const
{
    return static_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn));
}

QString ActorRolesEdit::roleOf(int row) const
{
    const QString text = roleBox(row)->currentText().trimmed();
    const bool isName = std::any_of(m_roles.cbegin(), m_roles.cend(),
                                    [&](const ActorRole &role) { return role.name == text; });
    // A label, whatever its case, stands for its role's name.
    const int labelled = isName ? -1 : roleBox(row)->findText(text, Qt::MatchFixedString);
    return labelled >= 0 ? roleBox(row)->itemData(labelled).toString() : text;
}

qint64 ActorRolesEdit::actorNamed(const QString &text) const
{
    if (const qint64 id = m_byName.value(text.toLower()); id != 0) {
        return id;
    }
    // A completion's "short name (name)".
    for (const Actor &actor : m_known) {
        for (const QString &name : QStringList{actor.shortName} + actor.aliases) {
            if (text.compare(tr("%1 (%2)").arg(name, actor.name), Qt::CaseInsensitive) == 0) {
                return actor.id;
            }
        }
    }
    return 0;
}

QList<EventActor> ActorRolesEdit::links(QList<Actor> *newActors) const
{
    QList<EventActor> links;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString text = actorBox(row)->currentText().trimmed();
        if (text.isEmpty()) {
            continue; // a row added and left empty
        }
        qint64 id = actorNamed(text);
        if (id == 0) {
            qsizetype index = 0;
            while (index < newActors->size() && newActors->at(index).name != text) {
                ++index;
            }
            if (index == newActors->size()) {
                Actor actor;
                actor.name = text;
                actor.type = Actor::Type(kindBox(row)->currentData().toInt());
                newActors->append(actor);
            }
            id = EventDraft::placeholder(index);
        }
        links.append({id, roleOf(row)});
    }
    return links;
}

} // namespace entente
