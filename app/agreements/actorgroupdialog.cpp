// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorgroupdialog.h"

#include "colourpicker.h"
#include "fieldproblem.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace entente {

ActorGroupDialog::ActorGroupDialog(const ActorGroup &group, const QList<Actor> &actors,
                                   QWidget *parent)
    : QDialog(parent), m_group(group), m_actors(actors), m_name(new QLineEdit(group.name, this)),
      m_colour(new ColourPicker(this)), m_members(new QListWidget(this)),
      m_picker(new QComboBox(this)), m_nameProblem(FieldProblem::newLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(group.id == 0 ? tr("New Actor Group") : tr("Edit Actor Group"));
    m_name->setPlaceholderText(tr("e.g. Normandy format"));
    m_colour->setColour(group.color);
    std::sort(m_actors.begin(), m_actors.end(), [](const Actor &a, const Actor &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    for (const qint64 id : group.memberIds) {
        addMember(id, m_members->count());
    }
    setMinimumWidth(460);

    auto *form = new QFormLayout;
    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(2);
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameProblem);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameBox);
    form->addRow(tr("&Colour:"), m_colour);
    form->addRow(tr("&Members:"), membersBox());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ActorGroupDialog::updateButtons);
    connect(m_members, &QListWidget::currentRowChanged, this, &ActorGroupDialog::updateButtons);
    connect(m_picker, &QComboBox::editTextChanged, this, &ActorGroupDialog::updateButtons);
    m_name->setFocus();
    updateButtons();
}

QWidget *ActorGroupDialog::membersBox()
{
    m_members->setObjectName(QStringLiteral("members"));
    m_picker->setObjectName(QStringLiteral("actorPicker"));
    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    m_picker->lineEdit()->setPlaceholderText(tr("Pick an actor"));
    for (const Actor &actor : std::as_const(m_actors)) {
        m_picker->addItem(actor.name, actor.id);
    }
    m_picker->setCurrentIndex(-1);
    m_picker->completer()->setFilterMode(Qt::MatchContains);
    m_picker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    // Enter reaches the line edit through the event filter, or, when the completer's popup
    // is open, by a direct call that only returnPressed tells of: then the add waits until the
    // completer has put in the actor picked (and would put it back after the picker is cleared).
    m_picker->installEventFilter(this);
    m_picker->lineEdit()->installEventFilter(this);
    connect(m_picker->lineEdit(), &QLineEdit::returnPressed, this, &ActorGroupDialog::addPicked,
            Qt::QueuedConnection);

    const auto button = [this](const QString &text, auto onClick) {
        auto *b = new QPushButton(text, this);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, onClick);
        return b;
    };
    m_add = button(tr("&Add"), [this] { addPicked(); });
    m_remove = button(tr("Re&move"), [this] { removeCurrent(); });
    m_up = button(tr("&Up"), [this] { moveCurrent(-1); });
    m_down = button(tr("&Down"), [this] { moveCurrent(1); });
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_picker, 0, 0);
    grid->addWidget(m_add, 0, 1);
    grid->addWidget(m_members, 1, 0, 4, 1);
    grid->addWidget(m_remove, 1, 1);
    grid->addWidget(m_up, 2, 1);
    grid->addWidget(m_down, 3, 1);
    grid->setRowStretch(4, 1);
    return box;
}

ActorGroup ActorGroupDialog::group() const
{
    ActorGroup group = m_group;
    group.name = m_name->text().trimmed();
    group.color = m_colour->colour();
    group.memberIds.clear();
    for (int row = 0; row < m_members->count(); ++row) {
        group.memberIds.append(m_members->item(row)->data(Qt::UserRole).toLongLong());
    }
    return group;
}

bool ActorGroupDialog::eventFilter(QObject *watched, QEvent *event)
{
    const bool picker = watched == m_picker || watched == m_picker->lineEdit();
    if (picker && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addPicked(); // nothing when the name is no actor's, or a member's already
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QPushButton *ActorGroupDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ActorGroupDialog::addMember(qint64 actorId, int row)
{
    const auto actor = std::find_if(m_actors.cbegin(), m_actors.cend(),
                                    [actorId](const Actor &a) { return a.id == actorId; });
    auto *item =
        new QListWidgetItem(actor != m_actors.cend() ? actor->name : tr("(actor %1)").arg(actorId));
    item->setData(Qt::UserRole, actorId);
    m_members->insertItem(row, item);
}

void ActorGroupDialog::addPicked()
{
    const int index = m_picker->findText(m_picker->currentText().trimmed(), Qt::MatchFixedString);
    if (index < 0) {
        return;
    }
    const qint64 id = m_picker->itemData(index).toLongLong();
    if (group().memberIds.contains(id)) {
        return; // a member once
    }
    const int row = m_members->currentRow() < 0 ? m_members->count() : m_members->currentRow() + 1;
    addMember(id, row);
    m_members->setCurrentRow(row);
    m_picker->setCurrentIndex(-1);
    m_picker->setEditText(QString());
    updateButtons();
}

void ActorGroupDialog::removeCurrent()
{
    delete m_members->takeItem(m_members->currentRow());
    updateButtons();
}

void ActorGroupDialog::moveCurrent(int step)
{
    const int row = m_members->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_members->count()) {
        return;
    }
    m_members->insertItem(to, m_members->takeItem(row));
    m_members->setCurrentRow(to);
}

void ActorGroupDialog::updateButtons()
{
    const int row = m_members->currentRow();
    const int picked = m_picker->findText(m_picker->currentText().trimmed(), Qt::MatchFixedString);
    m_add->setEnabled(picked >= 0 &&
                      !group().memberIds.contains(m_picker->itemData(picked).toLongLong()));
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_members->count());
    const QString problem = m_name->text().trimmed().isEmpty()
                                ? tr("A group needs a name, as the negotiating table shows it.")
                                : QString();
    FieldProblem::show(m_nameProblem, problem);
    okButton()->setEnabled(problem.isEmpty());
}

} // namespace entente
