// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentsedit.h"

#include "agreementlabels.h"
#include "errorguard.h"
#include "eventstore.h"
#include "fieldproblem.h"
#include "partialdateedit.h"
#include "rowtable.h"
#include "sourcefield.h"
#include "sourcelookup.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace entente {

namespace {
constexpr int NoteColumn = 3; // of date, level, source, note
}

AssessmentsEdit::AssessmentsEdit(QWidget *parent)
    : QWidget(parent),
      m_table(new RowTable(QStringLiteral("assessments"),
                           {tr("Date"), tr("Level"), tr("Source"), tr("Note")}, NoteColumn, this)),
      m_add(new QPushButton(tr("&Assess"), this)), m_remove(new QPushButton(tr("Dele&te"), this)),
      m_date(new PartialDateEdit(this)), m_level(new QComboBox(this)),
      m_source(new SourceField(this)), m_note(new QLineEdit(this))
{
    m_add->setObjectName(QStringLiteral("addAssessment"));
    m_add->setToolTip(tr("Sets the provision's level at the date below, with its source"));
    m_remove->setObjectName(QStringLiteral("removeAssessment"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(createFields());
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            ErrorGuard::slot(this, &AssessmentsEdit::showSelected));
    connect(m_add, &QPushButton::clicked, this, ErrorGuard::slot([this] {
                LevelAssessment assessment;
                assessment.provisionId = m_provisionId;
                emit addRequested(fromFields(assessment));
            }));
    connect(m_remove, &QPushButton::clicked, this, ErrorGuard::slot([this] {
                if (const LevelAssessment *assessment = selected()) {
                    emit removeRequested(*assessment);
                }
            }));
    showSelected();
}

QWidget *AssessmentsEdit::createFields()
{
    m_date->setObjectName(QStringLiteral("assessmentDate"));
    m_level->setObjectName(QStringLiteral("assessmentLevel"));
    m_source->setObjectName(QStringLiteral("assessmentSource"));
    m_note->setObjectName(QStringLiteral("assessmentNote"));
    m_date->setCompact(true);
    for (ImplementationLevel level : AgreementLabels::levels()) {
        m_level->addItem(implementationLevelLabel(level), int(level));
    }
    m_note->setPlaceholderText(tr("What the source says"));
    m_dateProblem =
        FieldProblem::newLabel(m_date->lineEdit(), QStringLiteral("assessmentDate"), this);
    connect(m_date->lineEdit(), &QLineEdit::editingFinished, this,
            ErrorGuard::slot(this, &AssessmentsEdit::onFieldFinished));
    connect(m_level, &QComboBox::activated, this,
            ErrorGuard::slot(this, &AssessmentsEdit::onFieldFinished));
    connect(m_source, &SourceField::sourceChosen, this,
            ErrorGuard::slot(this, &AssessmentsEdit::onFieldFinished));
    connect(m_note, &QLineEdit::editingFinished, this,
            ErrorGuard::slot(this, &AssessmentsEdit::onFieldFinished));
    auto *fields = new QWidget(this);
    auto *grid = new QGridLayout(fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_date, 0, 0);
    grid->addWidget(m_level, 0, 1);
    grid->addWidget(m_add, 0, 2);
    grid->addWidget(m_dateProblem, 1, 0, 1, 3);
    grid->addWidget(m_source, 2, 0, 1, 2);
    grid->addWidget(m_remove, 2, 2);
    grid->addWidget(m_note, 3, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    return fields;
}

void AssessmentsEdit::setStore(EventStore *store)
{
    m_store = store;
    m_source->setStore(store);
}

void AssessmentsEdit::setAssessments(qint64 provisionId, const QList<LevelAssessment> &assessments)
{
    const qint64 wasSelected = provisionId == m_provisionId ? selectedAssessmentId() : 0;
    m_provisionId = provisionId;
    m_assessments = assessments;
    m_showing = true;
    QList<QStringList> rows;
    for (const LevelAssessment &assessment : assessments) {
        const std::optional<Source> source = assessment.sourceId != 0 && m_store
                                                 ? m_store->source(assessment.sourceId)
                                                 : std::nullopt;
        rows.append({assessment.date.toDisplayString(), implementationLevelLabel(assessment.level),
                     source ? SourceLookup::label(*source) : QString(), assessment.note});
    }
    m_table->setRows(rows);
    for (int row = 0; row < assessments.size(); ++row) {
        if (assessments.at(row).id == wasSelected) {
            m_table->selectRow(row);
        }
    }
    m_showing = false;
    m_add->setEnabled(provisionId != 0);
    showSelected();
}

qint64 AssessmentsEdit::selectedAssessmentId() const
{
    const LevelAssessment *assessment = selected();
    return assessment ? assessment->id : 0;
}

const LevelAssessment *AssessmentsEdit::selected() const
{
    const int row = m_table->selectedRow();
    return row >= 0 && row < m_assessments.size() ? &m_assessments.at(row) : nullptr;
}

void AssessmentsEdit::showDateProblem(const QString &message)
{
    FieldProblem::show(m_date->lineEdit(), m_dateProblem, message);
}

// The selected assessment's values; with none, the fields keep what they hold for the next.
void AssessmentsEdit::showSelected()
{
    if (m_showing) {
        return;
    }
    const LevelAssessment *assessment = selected();
    m_remove->setEnabled(assessment != nullptr);
    if (!assessment) {
        return;
    }
    m_showing = true;
    m_date->setDate(assessment->date);
    m_level->setCurrentIndex(m_level->findData(int(assessment->level)));
    m_source->setSourceId(assessment->sourceId);
    m_note->setText(assessment->note);
    showDateProblem({});
    m_showing = false;
}

LevelAssessment AssessmentsEdit::fromFields(const LevelAssessment &base) const
{
    LevelAssessment assessment = base;
    assessment.date = m_date->date();
    assessment.level = ImplementationLevel(m_level->currentData().toInt());
    assessment.sourceId = m_source->sourceId();
    assessment.note = m_note->text().trimmed();
    return assessment;
}

void AssessmentsEdit::onFieldFinished()
{
    const LevelAssessment *assessment = selected();
    if (m_showing || !assessment) {
        return;
    }
    const LevelAssessment after = fromFields(*assessment);
    if (after != *assessment) {
        emit editRequested(*assessment, after);
    }
}

} // namespace entente
