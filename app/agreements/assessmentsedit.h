// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "levelassessment.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace entente {

class EventStore;
class PartialDateEdit;
class RowTable;
class SourceField;

// The levels set by hand for one provision: a table (date, level, source, note) in date order,
// and below it the date, level, source and note of the selected one, which change it as they
// are set; "Assess" adds one with what the fields hold. It writes nothing itself: it asks, and
// the editor pushes commands.
class AssessmentsEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentsEdit(QWidget *parent = nullptr);

    void setStore(EventStore *store);
    void setAssessments(qint64 provisionId, const QList<LevelAssessment> &assessments);
    qint64 selectedAssessmentId() const;
    // The date field's problem (an assessment needs a date), or none.
    void showDateProblem(const QString &message);

    RowTable *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    PartialDateEdit *dateEdit() const { return m_date; }
    QComboBox *levelBox() const { return m_level; }
    SourceField *sourceField() const { return m_source; }
    QLineEdit *noteEdit() const { return m_note; }

signals:
    void addRequested(const entente::LevelAssessment &assessment);
    void editRequested(const entente::LevelAssessment &before,
                       const entente::LevelAssessment &after);
    void removeRequested(const entente::LevelAssessment &assessment);

private:
    QWidget *createFields();
    void showSelected();
    LevelAssessment fromFields(const LevelAssessment &base) const;
    void onFieldFinished();
    const LevelAssessment *selected() const;

    QPointer<EventStore> m_store;
    qint64 m_provisionId = 0;
    QList<LevelAssessment> m_assessments; // as the table's rows
    bool m_showing = false;
    RowTable *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    PartialDateEdit *m_date;
    QLabel *m_dateProblem;
    QComboBox *m_level;
    SourceField *m_source;
    QLineEdit *m_note;
};

} // namespace entente
