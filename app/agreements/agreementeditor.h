// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QUndoCommand;

namespace entente {

class AgreementRowEdit;
class AssessmentsEdit;
class EditActions;
class EventStore;
class ProvisionForm;
class ProvisionLinksEdit;
class RowTable;
struct LevelAssessment;
struct ProvisionLink;
struct StoreChange;

// Edits what an agreement promised: its stage, process and end, its numbered provisions (a
// table with each one's topic, deadline and level now), the selected provision's fields, the
// events linked to it and the levels set by hand. Every edit is one command on the window's
// undo stack (Ctrl+Z here undoes it), and the editor shows the store as it is after each
// write, whoever made it.
//
// A dialog of its own, not modal and not a dock: events are linked by selecting them on the
// timeline while it stays open, and a table beside a form needs more room than a dock beside
// the timeline leaves.
class AgreementEditor final : public QDialog
{
    Q_OBJECT

public:
    using SelectedEvents = std::function<QList<qint64>()>;

    AgreementEditor(EditActions *editing, SelectedEvents selectedEvents, QWidget *parent = nullptr);
    ~AgreementEditor() override;

    void setAgreement(qint64 eventId);
    qint64 agreementId() const { return m_agreementId; }
    qint64 currentProvisionId() const;
    void selectProvision(qint64 provisionId);

    // A new provision in the form, numbered after the last: stored once it has a summary.
    void addProvision();
    void removeProvision();
    void moveProvisionUp();
    void moveProvisionDown();

    AgreementRowEdit *rowEdit() const { return m_row; }
    RowTable *provisionsTable() const { return m_table; }
    ProvisionForm *form() const { return m_form; }
    ProvisionLinksEdit *linksEdit() const { return m_links; }
    AssessmentsEdit *assessmentsEdit() const { return m_assessments; }
    QLabel *messageLabel() const { return m_message; }

public slots:
    void done(int result) override;

private:
    QWidget *createProvisions();
    QPushButton *addButton(const QString &text, const QString &name, const QKeySequence &key,
                           void (AgreementEditor::*run)());
    QWidget *createDetails();
    void connectParts();
    void followStore(EventStore *store);
    void onStoreChanged(const StoreChange &change);
    void refresh();
    void fillTable(const QList<Provision> &provisions);
    void showCurrentProvision();
    void commitProvision();
    void linkSelectedEvents(const ProvisionLink &link);
    void addAssessment(const LevelAssessment &assessment);
    bool push(QUndoCommand *command);
    void say(const QString &message);
    EventStore *store() const;

    EditActions *m_editing;
    SelectedEvents m_selectedEvents;
    QPointer<EventStore> m_store;
    qint64 m_agreementId = 0;
    QString m_agreementUid;        // the same agreement, in the same timeline
    QList<Provision> m_provisions; // as the table's rows
    bool m_filling = false;
    AgreementRowEdit *m_row;
    RowTable *m_table;
    ProvisionForm *m_form;
    ProvisionLinksEdit *m_links;
    AssessmentsEdit *m_assessments;
    QLabel *m_message;
};

} // namespace entente
