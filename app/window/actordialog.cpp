// SPDX-License-Identifier: GPL-3.0-or-later
#include "actordialog.h"

#include "actortree.h"
#include "colourpicker.h"
#include "fieldproblem.h"
#include "managerdialog.h"
#include "validator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <functional>

namespace entente {

namespace {

// Each parent in the tree, indented under its own parent, so the choice reads as the tree.
void addParents(QComboBox *combo, const ActorTree &tree, qint64 parentId, int depth)
{
    for (const Actor &actor : tree.children(parentId)) {
        combo->addItem(QString(depth * 3, QLatin1Char(' ')) + actor.name, actor.id);
        addParents(combo, tree, actor.id, depth + 1);
    }
}

} // namespace

ActorDialog::ActorDialog(const Actor &actor, const QList<Actor> &all, QWidget *parent)
    : QDialog(parent), m_actor(actor), m_all(all), m_name(new QLineEdit(actor.name, this)),
      m_shortName(new QLineEdit(actor.shortName, this)), m_type(new QComboBox(this)),
      m_parent(new QComboBox(this)), m_colour(new ColourPicker(this)),
      m_aliases(new QPlainTextEdit(actor.aliases.join(QLatin1Char('\n')), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(actor.id == 0 ? tr("New Actor") : tr("Edit Actor"));
    m_type->addItem(tr("State"), int(Actor::Type::State));
    m_type->addItem(tr("Organisation"), int(Actor::Type::Organisation));
    m_type->addItem(tr("Person"), int(Actor::Type::Person));
    m_type->addItem(tr("Group"), int(Actor::Type::Group));
    m_type->setCurrentIndex(m_type->findData(int(actor.type)));
    // Every other actor, descendants too: choosing one of those is refused with the reason,
    // which says more than an actor missing from the list would.
    m_parent->addItem(tr("(none)"), qint64(0));
    QList<Actor> others = all;
    others.removeIf([&](const Actor &each) { return each.id == actor.id; });
    addParents(m_parent, ActorTree(others), 0, 0);
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(actor.affiliationId)));
    m_colour->setColour(actor.color);
    m_aliases->setPlaceholderText(tr("One per line"));
    m_aliases->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QWidget *field, const QString &key) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        if (!key.isEmpty()) {
            m_problems.insert(key, FieldProblem::newLabel(this));
            box->addWidget(m_problems.value(key));
        }
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field); // the mnemonic focuses the field, not the problem below it
        form->addRow(caption, box);
    };
    row(tr("&Name:"), m_name, QStringLiteral("name"));
    row(tr("&Short name:"), m_shortName, QStringLiteral("shortName"));
    row(tr("&Kind:"), m_type, QString());
    row(tr("&Belongs to:"), m_parent, QStringLiteral("affiliation"));
    row(tr("&Colour:"), m_colour, QStringLiteral("color"));
    row(tr("&Aliases:"), m_aliases, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_name, &QLineEdit::textChanged, this, &ActorDialog::check);
    connect(m_parent, &QComboBox::currentIndexChanged, this, &ActorDialog::check);
    connect(m_colour, &ColourPicker::colourChanged, this, &ActorDialog::check);
    check();
}

Actor ActorDialog::actor() const
{
    Actor actor = m_actor;
    actor.name = m_name->text().trimmed();
    actor.shortName = m_shortName->text().trimmed();
    actor.type = Actor::Type(m_type->currentData().toInt());
    actor.affiliationId = m_parent->currentData().toLongLong();
    actor.color = m_colour->colour();
    actor.aliases.clear();
    for (const QString &line : m_aliases->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            actor.aliases.append(line.trimmed());
        }
    }
    return actor;
}

QString ActorDialog::problem(const QString &field) const
{
    const QLabel *label = m_problems.value(field);
    return label ? label->text() : QString();
}

QPushButton *ActorDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ActorDialog::check()
{
    const Actor value = actor();
    QHash<QString, QString> problems;
    for (const Validator::Problem &problem : Validator::check(value)) {
        problems[problem.field] = problem.message;
    }
    if (const QString loop = ActorTree(m_all).affiliationProblem(value.id, value.affiliationId);
        !loop.isEmpty()) {
        problems[QStringLiteral("affiliation")] = loop;
    }
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        FieldProblem::show(it.value(), problems.value(it.key()));
    }
    okButton()->setEnabled(problems.isEmpty());
}

} // namespace entente
