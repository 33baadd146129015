// SPDX-License-Identifier: GPL-3.0-or-later
#include "eradialog.h"

#include "colourpicker.h"
#include "fieldproblem.h"
#include "managerdialog.h"
#include "validator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace entente {

namespace {

// A date as the user would type it; nothing for none (not "undated", which would not parse).
QString typed(const PartialDate &date)
{
    return date.isNull() ? QString() : date.toDisplayString();
}

} // namespace

EraDialog::EraDialog(const Era &era, QWidget *parent)
    : QDialog(parent), m_era(era), m_name(new QLineEdit(era.name, this)),
      m_start(new QLineEdit(typed(era.start), this)), m_end(new QLineEdit(typed(era.end), this)),
      m_colour(new ColourPicker(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(era.id == 0 ? tr("New Era") : tr("Edit Era"));
    m_start->setPlaceholderText(tr("2014, Sep 2014 or 5 Sep 2014"));
    m_end->setPlaceholderText(m_start->placeholderText());
    m_colour->setColour(era.color);
    setMinimumWidth(420); // room for a problem in two lines, not six

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QWidget *field, const QString &key) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        m_problems.insert(key, FieldProblem::newLabel(this));
        box->addWidget(m_problems.value(key));
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field); // the mnemonic focuses the field, not the problem below it
        form->addRow(caption, box);
    };
    row(tr("&Name:"), m_name, QStringLiteral("name"));
    row(tr("&Start:"), m_start, QStringLiteral("start"));
    row(tr("&End:"), m_end, QStringLiteral("end"));
    row(tr("&Colour:"), m_colour, QStringLiteral("color"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *field : {m_name, m_start, m_end}) {
        connect(field, &QLineEdit::textChanged, this, &EraDialog::check);
    }
    connect(m_colour, &ColourPicker::colourChanged, this, &EraDialog::check);
    check();
}

Era EraDialog::era() const
{
    Era era = m_era;
    era.name = m_name->text().trimmed();
    era.start = PartialDate::fromText(m_start->text().trimmed());
    era.end = PartialDate::fromText(m_end->text().trimmed());
    era.color = m_colour->colour();
    return era;
}

QString EraDialog::problem(const QString &field) const
{
    const QLabel *label = m_problems.value(field);
    return label ? label->text() : QString();
}

QPushButton *EraDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void EraDialog::check()
{
    // A date that does not parse says why; only then do the era's own rules speak for it
    // (else "an era needs a start" would hide "no month is called Spetember").
    QHash<QString, QString> problems;
    for (const Validator::Problem &problem : Validator::check(era())) {
        problems[problem.field] = problem.message;
    }
    const QList<Validator::Problem> dates =
        Validator::checkDateText(QStringLiteral("start"), m_start->text().trimmed()) +
        Validator::checkDateText(QStringLiteral("end"), m_end->text().trimmed());
    for (const Validator::Problem &problem : dates) {
        problems[problem.field] = problem.message;
    }
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        FieldProblem::show(it.value(), problems.value(it.key()));
    }
    okButton()->setEnabled(problems.isEmpty());
}

} // namespace entente
