// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisionform.h"

#include "agreementlabels.h"
#include "checklist.h"
#include "errorguard.h"
#include "eventstore.h"
#include "fieldproblem.h"
#include "partialdateedit.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <algorithm>

namespace entente {

ProvisionForm::ProvisionForm(QWidget *parent)
    : QWidget(parent), m_number(new QLineEdit(this)), m_summary(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)), m_topic(new QComboBox(this)),
      m_parties(new CheckList(this)), m_deadlineKind(new QComboBox(this)),
      m_deadlineDate(new PartialDateEdit(this)), m_deadlineDays(new QSpinBox(this)),
      m_deadlineAfter(new QComboBox(this))
{
    m_number->setObjectName(QStringLiteral("number"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_text->setObjectName(QStringLiteral("text"));
    m_topic->setObjectName(QStringLiteral("topic"));
    m_parties->setObjectName(QStringLiteral("parties"));
    m_number->setPlaceholderText(tr("As the agreement numbers it: 1, 2a, IV.3"));
    m_summary->setPlaceholderText(tr("One neutral line: what it promises"));
    m_text->setPlaceholderText(tr("The full text, where known"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(70);
    m_parties->setMinimumHeight(100);
    m_text->installEventFilter(this); // a plain text edit says nothing when left
    for (ProvisionTopic topic : AgreementLabels::topics()) {
        m_topic->addItem(provisionTopicLabel(topic), int(topic));
    }
    m_summaryProblem = FieldProblem::newLabel(m_summary, QStringLiteral("summary"), this);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(QString(), m_summaryProblem);
    form->addRow(tr("Full &text:"), m_text);
    form->addRow(tr("To&pic:"), m_topic);
    form->addRow(tr("Part&ies:"), m_parties);
    form->addRow(tr("&Deadline:"), createDeadline());
    form->addRow(QString(), m_deadlineProblem);
    connectFinished();
    showProvision({}, {});
}

QWidget *ProvisionForm::createDeadline()
{
    m_deadlineKind->setObjectName(QStringLiteral("deadlineKind"));
    m_deadlineDate->setObjectName(QStringLiteral("deadlineDate"));
    m_deadlineDays->setObjectName(QStringLiteral("deadlineDays"));
    m_deadlineAfter->setObjectName(QStringLiteral("deadlineAfter"));
    m_deadlineKind->addItems({tr("None"), tr("On a date"), tr("Days after the agreement"),
                              tr("Days after another provision is carried out")});
    // As wide as its short items: the longest would squeeze the date beside it.
    m_deadlineKind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_deadlineKind->setMinimumContentsLength(14);
    m_deadlineDays->setRange(0, 36500);
    m_deadlineDays->setSuffix(tr(" days after"));
    m_deadlineDate->setCompact(true);
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_deadlineKind);
    row->addWidget(m_deadlineDate, 1);
    row->addWidget(m_deadlineDays);
    row->addWidget(m_deadlineAfter, 1);
    m_deadlineProblem = FieldProblem::newLabel(m_deadlineKind, QStringLiteral("deadline"), this);
    return box;
}

// Each field says it is done the way it can: a line on Enter or when left, a list when
// picked or ticked, a number when left.
void ProvisionForm::connectFinished()
{
    const auto emitFinished = [this] {
        if (!m_showing) {
            emit finished();
        }
    };
    const auto finish = ErrorGuard::slot(emitFinished);
    connect(m_number, &QLineEdit::editingFinished, this, finish);
    connect(m_summary, &QLineEdit::editingFinished, this, finish);
    connect(m_topic, &QComboBox::activated, this, finish);
    connect(m_parties, &CheckList::checkedChanged, this, finish);
    connect(m_deadlineKind, &QComboBox::activated, this, ErrorGuard::slot([this, emitFinished] {
                updateDeadlineFields();
                emitFinished();
            }));
    connect(m_deadlineDate->lineEdit(), &QLineEdit::editingFinished, this, finish);
    connect(m_deadlineDays, &QSpinBox::editingFinished, this, finish);
    connect(m_deadlineAfter, &QComboBox::activated, this, finish);
}

bool ProvisionForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::FocusOut && !m_showing) {
        ErrorGuard::run([this] { emit finished(); });
    }
    return QWidget::eventFilter(watched, event);
}

void ProvisionForm::setStore(EventStore *store)
{
    m_store = store;
    QList<CheckList::Value> actors;
    if (store) {
        for (const Actor &actor : store->actors()) {
            actors.append({QString::number(actor.id), actor.name});
        }
    }
    m_parties->setValues(actors);
}

void ProvisionForm::showProvision(const Provision &provision, const QList<Provision> &siblings)
{
    m_showing = true;
    m_shown = provision;
    m_number->setText(provision.number);
    m_summary->setText(provision.summary);
    m_summary->setCursorPosition(0); // its start, which says what it is about
    m_text->setPlainText(provision.text);
    m_topic->setCurrentIndex(m_topic->findData(int(provision.topic)));
    QStringList parties;
    for (qint64 id : provision.partyIds) {
        parties.append(QString::number(id));
    }
    m_parties->setCheckedValues(parties);
    showDeadline(provision.deadline, siblings);
    showProblems({});
    m_showing = false;
}

void ProvisionForm::showDeadline(const Provision::Deadline &deadline,
                                 const QList<Provision> &siblings)
{
    m_deadlineAfter->clear();
    for (const Provision &other : siblings) {
        if (other.id != m_shown.id) {
            m_deadlineAfter->addItem(AgreementLabels::provisionName(other), other.id);
        }
    }
    const int kind = deadline.isRelative() ? (deadline.afterProvisionId != 0 ? DaysAfterProvision
                                                                             : DaysAfterAgreement)
                                           : (deadline.date.isNull() ? NoDeadline : OnDate);
    m_deadlineKind->setCurrentIndex(kind);
    m_deadlineDate->setDate(deadline.date);
    m_deadlineDays->setValue(std::max(deadline.days, 0));
    m_deadlineAfter->setCurrentIndex(m_deadlineAfter->findData(deadline.afterProvisionId));
    updateDeadlineFields();
}

void ProvisionForm::updateDeadlineFields()
{
    const int kind = m_deadlineKind->currentIndex();
    m_deadlineDate->setVisible(kind == OnDate);
    m_deadlineDays->setVisible(kind == DaysAfterAgreement || kind == DaysAfterProvision);
    m_deadlineAfter->setVisible(kind == DaysAfterProvision);
    m_deadlineAfter->setEnabled(m_deadlineAfter->count() > 0);
}

Provision::Deadline ProvisionForm::deadline() const
{
    Provision::Deadline deadline;
    switch (m_deadlineKind->currentIndex()) {
    case OnDate:
        deadline.date = m_deadlineDate->date();
        break;
    case DaysAfterProvision:
        deadline.afterProvisionId = m_deadlineAfter->currentData().toLongLong();
        [[fallthrough]];
    case DaysAfterAgreement:
        deadline.days = m_deadlineDays->value();
        break;
    default:
        break;
    }
    return deadline;
}

Provision ProvisionForm::provision() const
{
    Provision provision = m_shown;
    provision.number = m_number->text().trimmed();
    provision.summary = m_summary->text().trimmed();
    provision.text = m_text->toPlainText();
    provision.topic = ProvisionTopic(m_topic->currentData().toInt());
    provision.partyIds.clear();
    for (const QString &id : m_parties->checkedValues()) {
        provision.partyIds.append(id.toLongLong());
    }
    provision.deadline = deadline();
    return provision;
}

QList<Validator::Problem> ProvisionForm::check() const
{
    QList<Validator::Problem> problems = Validator::check(provision());
    if (m_deadlineKind->currentIndex() == OnDate) {
        problems += Validator::checkDateText(QStringLiteral("deadline"), m_deadlineDate->text());
        if (m_deadlineDate->text().trimmed().isEmpty()) {
            problems.append({QStringLiteral("deadline"), tr("Type the date it was due by.")});
        }
    }
    if (m_deadlineKind->currentIndex() == DaysAfterProvision &&
        m_deadlineAfter->currentIndex() < 0) {
        problems.append({QStringLiteral("deadline"),
                         m_deadlineAfter->count() == 0
                             ? tr("The agreement has no other provision to follow.")
                             : tr("Choose the provision whose fulfilment the days count from.")});
    }
    return problems;
}

void ProvisionForm::showProblems(const QList<Validator::Problem> &problems)
{
    const auto messageOf = [&problems](const QString &field) {
        const auto found =
            std::find_if(problems.cbegin(), problems.cend(),
                         [&](const Validator::Problem &p) { return p.field == field; });
        return found != problems.cend() ? found->message : QString();
    };
    FieldProblem::show(m_summary, m_summaryProblem, messageOf(QStringLiteral("summary")));
    FieldProblem::show(m_deadlineKind, m_deadlineProblem, messageOf(QStringLiteral("deadline")));
}

} // namespace entente
