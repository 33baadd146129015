// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provisionlink.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace entente {

class EventStore;
class SourceField;

// Links one event to a provision from the event's side (the timeline's "Link to
// Provision…"): the agreement (among those with provisions), the provision, how the event is
// linked, the source that says so and a note. It writes nothing: link() is what to add.
class ProvisionLinkDialog final : public QDialog
{
    Q_OBJECT

public:
    ProvisionLinkDialog(EventStore *store, qint64 eventId, QWidget *parent = nullptr);

    // Whether the timeline has an agreement with provisions, other than the event itself.
    bool hasAgreements() const;
    ProvisionLink link() const;

    QComboBox *agreementBox() const { return m_agreement; }
    QComboBox *provisionBox() const { return m_provision; }
    QComboBox *typeBox() const { return m_type; }
    SourceField *sourceField() const { return m_source; }
    QLineEdit *noteEdit() const { return m_note; }

public slots:
    void accept() override;
    void done(int result) override;

private:
    void fillAgreements();
    void fillProvisions();

    EventStore *m_store;
    qint64 m_eventId;
    QComboBox *m_agreement;
    QComboBox *m_provision;
    QComboBox *m_type;
    SourceField *m_source;
    QLineEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace entente
