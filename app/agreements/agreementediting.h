// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace entente {

class AgreementEditor;
class EditActions;
class MainWindow;

// Where agreements are edited in the window: Edit ▸ Edit Provisions… (Ctrl+Shift+P) opens the
// agreement editor on the current event when it is an agreement, and Link to Provision… links
// the current event (any other) to a provision of an agreement. Both are on the timeline's
// menu for an event too, and off, with a status tip that says why, where they cannot act.
class AgreementEditing final : public QObject
{
    Q_OBJECT

public:
    AgreementEditing(MainWindow *window, EditActions *actions, QMenu *menu);

    QAction *editProvisionsAction() const { return m_editProvisions; }
    QAction *linkToProvisionAction() const { return m_linkToProvision; }
    // The editor open now, if any.
    AgreementEditor *editor() const;

    void editProvisions(qint64 agreementId = 0); // the current event when 0
    void linkToProvision();

private:
    void updateActions();
    qint64 currentEvent() const;
    bool isAgreement(qint64 eventId) const;

    MainWindow *m_window;
    EditActions *m_actions;
    QAction *m_editProvisions;
    QAction *m_linkToProvision;
    QPointer<AgreementEditor> m_editor;
};

} // namespace entente
