// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision.h"
#include "validator.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace entente {

class CheckList;
class EventStore;
class PartialDateEdit;

// The fields of one provision: number, summary, full text, topic, the parties it binds and its
// deadline (a date, or N days after the agreement or another of its provisions). It writes
// nothing: when the user finishes with a field (leaves it, presses Enter, picks a value) it
// says so, and the editor stores what the fields hold through the undo stack.
class ProvisionForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ProvisionForm(QWidget *parent = nullptr);

    // The actors offered as parties.
    void setStore(EventStore *store);
    // Shows a provision (id 0: a new one, not stored yet); `siblings` are its agreement's
    // provisions, which a deadline may follow.
    void showProvision(const Provision &provision, const QList<Provision> &siblings);
    const Provision &shown() const { return m_shown; }
    // The shown provision as the fields have it now.
    Provision provision() const;
    // Problems of provision(), and of a deadline date that cannot be read, beside their fields.
    QList<Validator::Problem> check() const;
    void showProblems(const QList<Validator::Problem> &problems);

    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *summaryEdit() const { return m_summary; }
    QComboBox *topicBox() const { return m_topic; }
    QComboBox *deadlineKindBox() const { return m_deadlineKind; }
    PartialDateEdit *deadlineDateEdit() const { return m_deadlineDate; }
    QSpinBox *deadlineDaysBox() const { return m_deadlineDays; }
    QComboBox *deadlineAfterBox() const { return m_deadlineAfter; }
    CheckList *partiesList() const { return m_parties; }

signals:
    // The user finished with a field: what the fields hold may differ from shown().
    void finished();

private:
    enum DeadlineKind { NoDeadline, OnDate, DaysAfterAgreement, DaysAfterProvision };

    QWidget *createDeadline();
    void connectFinished();
    void showDeadline(const Provision::Deadline &deadline, const QList<Provision> &siblings);
    Provision::Deadline deadline() const;
    void updateDeadlineFields();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QPointer<EventStore> m_store;
    Provision m_shown;
    bool m_showing = false;
    QLineEdit *m_number;
    QLineEdit *m_summary;
    QLabel *m_summaryProblem;
    QPlainTextEdit *m_text;
    QComboBox *m_topic;
    CheckList *m_parties;
    QComboBox *m_deadlineKind;
    PartialDateEdit *m_deadlineDate;
    QSpinBox *m_deadlineDays;
    QComboBox *m_deadlineAfter;
    QLabel *m_deadlineProblem;
};

} // namespace entente
