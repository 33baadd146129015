// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationsedit.h"

#include "errorguard.h"
#include "eventlistmodel.h"
#include "eventstore.h"
#include "fieldproblem.h"
#include "validator.h"
#include "wheelguard.h"

#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace entente {

namespace {
enum Column { DirectionColumn, TypeColumn, OtherColumn, NoteColumn, RemoveColumn };
enum Direction { FromThis, ToThis };
const char *const RelationIdProperty = "relationId";
const char *const EventIdProperty = "eventId";
} // namespace

RelationsEdit::RelationsEdit(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_problem(nullptr)
{
    m_table->setObjectName(QStringLiteral("relationsTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Direction"), tr("Relation"), tr("Other event"), tr("Note"), QString()});
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OtherColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setMinimumHeight(110);
    m_problem = FieldProblem::newLabel(m_table, QStringLiteral("relations"), this);
    auto *add = new QPushButton(tr("Add Relation"), this);
    add->setObjectName(QStringLiteral("addRelation"));
    connect(add, &QPushButton::clicked, this, ErrorGuard::slot([this] { addRow(); }));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_problem);
    layout->addWidget(add, 0, Qt::AlignLeft);
}

void RelationsEdit::setRelations(EventStore *store, qint64 eventId,
                                 const QList<Relation> &relations)
{
    if (store != m_store) {
        delete m_events; // made again when a row needs it: listing a large file costs
        m_events = nullptr;
        m_store = store;
    }
    m_eventId = eventId;
    m_table->setRowCount(0);
    for (const Relation &relation : relations) {
        addRow(relation);
    }
}

void RelationsEdit::addRow(const Relation &relation)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const bool toThis = relation.id != 0 && relation.toEventId == m_eventId;
    auto *direction = new QComboBox(m_table);
    direction->addItem(tr("this event →"), FromThis);
    direction->addItem(tr("this event ←"), ToThis);
    direction->setToolTip(tr("→: this event led to, answered… the other; ←: the other one did"));
    direction->setCurrentIndex(toThis ? 1 : 0);
    direction->setProperty(RelationIdProperty, relation.id);
    WheelGuard::guard(direction);
    connect(direction, &QComboBox::activated, this, ErrorGuard::slot(this, &RelationsEdit::edited));
    m_table->setCellWidget(row, DirectionColumn, direction);

    QComboBox *type = newTypeField(relation.type);
    WheelGuard::guard(type);
    connect(type, &QComboBox::activated, this, ErrorGuard::slot(this, &RelationsEdit::edited));
    m_table->setCellWidget(row, TypeColumn, type);

    const qint64 other = toThis ? relation.fromEventId : relation.toEventId;
    m_table->setCellWidget(row, OtherColumn, newEventField(relation.id != 0 ? other : 0));

    auto *note = new QLineEdit(relation.note, m_table);
    note->setPlaceholderText(tr("What links them"));
    connect(note, &QLineEdit::textEdited, this, ErrorGuard::slot(this, &RelationsEdit::edited));
    m_table->setCellWidget(row, NoteColumn, note);

    auto *remove = new QToolButton(m_table);
    remove->setText(tr("Remove"));
    connect(remove, &QToolButton::clicked, this,
            ErrorGuard::slot([this, remove] { removeRow(remove); }));
    m_table->setCellWidget(row, RemoveColumn, remove);
    emit edited();
}

QComboBox *RelationsEdit::newTypeField(const QString &current)
{
    auto *field = new QComboBox(m_table);
    // The timeline's own types, with the labels it gives them.
    const QList<RelationType> types =
        m_store ? m_store->relationTypes(EventStore::Count::Nothing) : QList<RelationType>();
    for (const RelationType &each : types) {
        field->addItem(each.label, each.name);
    }
    if (!m_store) {
        for (const QString &name : Relation::builtInTypes()) {
            field->addItem(Relation::builtInLabel(name), name);
        }
    }
    if (field->findData(current) < 0) {
        field->addItem(current, current); // a type removed while the form was open
    }
    field->setCurrentIndex(field->findData(current));
    return field;
}

QLineEdit *RelationsEdit::newEventField(qint64 otherId)
{
    auto *field = new QLineEdit(m_table);
    field->setPlaceholderText(tr("Type a title and pick the event"));
    field->setProperty(EventIdProperty, otherId);
    if (const std::optional<Event> other = m_store ? m_store->event(otherId) : std::nullopt) {
        field->setText(other->title);
    }
    if (!m_store) {
        return field;
    }
    if (!m_events) {
        m_events = new EventListModel(m_store, this);
    }
    // The list model filters in the store as the user types, so the completion never reads
    // every title of a large timeline.
    auto *completer = new QCompleter(m_events, field);
    completer->setCompletionColumn(EventListModel::TitleColumn);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setWidget(field);
    connect(field, &QLineEdit::textEdited, this,
            ErrorGuard::slot([this, field, completer](const QString &text) {
                field->setProperty(EventIdProperty, 0); // typed, not picked
                m_events->setFilter(text);
                completer->complete();
                emit edited();
            }));
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            ErrorGuard::slot([this, field](const QModelIndex &index) {
                field->setText(index.data(Qt::DisplayRole).toString());
                field->setProperty(EventIdProperty, index.data(EventListModel::EventIdRole));
                emit edited();
            }));
    return field;
}

void RelationsEdit::removeRow(QWidget *cellWidget)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->cellWidget(row, RemoveColumn) == cellWidget) {
            m_table->removeRow(row);
            emit edited();
            return;
        }
    }
}

QList<Relation> RelationsEdit::relations() const
{
    QList<Relation> relations;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *direction = static_cast<QComboBox *>(m_table->cellWidget(row, DirectionColumn));
        const auto *type = static_cast<QComboBox *>(m_table->cellWidget(row, TypeColumn));
        Relation relation;
        relation.id = direction->property(RelationIdProperty).toLongLong();
        const qint64 otherId = otherIdAt(row);
        const bool toThis = direction->currentData().toInt() == ToThis;
        relation.fromEventId = toThis ? otherId : m_eventId;
        relation.toEventId = toThis ? m_eventId : otherId;
        relation.type = type->currentData().toString();
        relation.note = static_cast<QLineEdit *>(m_table->cellWidget(row, NoteColumn))->text();
        relations.append(relation);
    }
    return relations;
}

qint64 RelationsEdit::otherIdAt(int row) const
{
    return m_table->cellWidget(row, OtherColumn)->property(EventIdProperty).toLongLong();
}

QString RelationsEdit::problem() const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const qint64 otherId = otherIdAt(row);
        if (otherId == 0) {
            return tr("Relation %1: pick the other event from the list that opens as you type "
                      "its title.")
                .arg(row + 1);
        }
        // A new event stands in with an id it cannot have, to be told apart from the other.
        Relation relation;
        relation.fromEventId = m_eventId != 0 ? m_eventId : -1;
        relation.toEventId = otherId;
        if (const QList<Validator::Problem> problems = Validator::check(relation);
            !problems.isEmpty()) {
            return tr("Relation %1: %2").arg(row + 1).arg(problems.first().message);
        }
    }
    return {};
}

} // namespace entente
