// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisionlinkdialog.h"

#include "agreementlabels.h"
#include "errorguard.h"
#include "eventstore.h"
#include "fieldproblem.h"
#include "sourcefield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

#include <algorithm>

namespace entente {

namespace {
const auto GeometryKey = QStringLiteral("provisionLinkDialog/geometry");
}

ProvisionLinkDialog::ProvisionLinkDialog(EventStore *store, qint64 eventId, QWidget *parent)
    : QDialog(parent), m_store(store), m_eventId(eventId), m_agreement(new QComboBox(this)),
      m_provision(new QComboBox(this)), m_type(new QComboBox(this)),
      m_source(new SourceField(this)), m_note(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const std::optional<Event> event = store->event(eventId);
    setWindowTitle(tr("Link “%1” to a Provision").arg(event ? event->title : QString()));
    m_agreement->setObjectName(QStringLiteral("agreement"));
    m_provision->setObjectName(QStringLiteral("provision"));
    m_type->setObjectName(QStringLiteral("linkType"));
    m_source->setObjectName(QStringLiteral("linkSource"));
    m_note->setObjectName(QStringLiteral("linkNote"));
    m_source->setStore(store);
    for (ProvisionLink::Type type : AgreementLabels::linkTypes()) {
        m_type->addItem(AgreementLabels::linkType(type), int(type));
    }
    m_provision->setMinimumContentsLength(40);
    m_problem = FieldProblem::newLabel(m_provision, QStringLiteral("provision"), this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Agreement:"), m_agreement);
    form->addRow(tr("&Provision:"), m_provision);
    form->addRow(QString(), m_problem);
    form->addRow(tr("The event:"), m_type);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_agreement, &QComboBox::currentIndexChanged, this,
            ErrorGuard::slot(this, &ProvisionLinkDialog::fillProvisions));
    fillAgreements();
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());
}

// The agreements are events of category "agreement": a scan of the events, as edits may.
void ProvisionLinkDialog::fillAgreements()
{
    const QList<Event> agreements = m_store->events(
        m_store->eventsInCategory(QStringLiteral("agreement")), EventStore::Detail::Timeline);
    for (const Event &agreement : agreements) {
        if (agreement.id != m_eventId && !m_store->provisionsOf(agreement.id).isEmpty()) {
            m_agreement->addItem(
                tr("%1 (%2)").arg(agreement.title, agreement.start.toDisplayString()),
                agreement.id);
        }
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hasAgreements());
    if (!hasAgreements()) {
        FieldProblem::show(m_provision, m_problem,
                           tr("No agreement in this timeline has provisions yet: add them with "
                              "Edit ▸ Edit Provisions… on the agreement."));
    }
    fillProvisions();
}

void ProvisionLinkDialog::fillProvisions()
{
    m_provision->clear();
    const qint64 agreementId = m_agreement->currentData().toLongLong();
    for (const Provision &provision : m_store->provisionsOf(agreementId)) {
        m_provision->addItem(
            tr("%1: %2").arg(AgreementLabels::provisionName(provision), provision.summary),
            provision.id);
    }
}

bool ProvisionLinkDialog::hasAgreements() const
{
    return m_agreement->count() > 0;
}

ProvisionLink ProvisionLinkDialog::link() const
{
    ProvisionLink link;
    link.provisionId = m_provision->currentData().toLongLong();
    link.eventId = m_eventId;
    link.type = ProvisionLink::Type(m_type->currentData().toInt());
    link.sourceId = m_source->sourceId();
    link.note = m_note->text().trimmed();
    return link;
}

// One link of a kind per event and provision (the store's rule), said beside the provision.
void ProvisionLinkDialog::accept()
{
    const ProvisionLink wanted = link();
    const QList<ProvisionLink> existing = m_store->linksOfEvent(m_eventId);
    if (std::any_of(existing.cbegin(), existing.cend(), [&](const ProvisionLink &l) {
            return l.provisionId == wanted.provisionId && l.type == wanted.type;
        })) {
        FieldProblem::show(m_provision, m_problem,
                           tr("The event is linked to this provision so already."));
        return;
    }
    QDialog::accept();
}

void ProvisionLinkDialog::done(int result)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QDialog::done(result);
}

} // namespace entente
