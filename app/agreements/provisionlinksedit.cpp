// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisionlinksedit.h"

#include "agreementlabels.h"
#include "errorguard.h"
#include "eventstore.h"
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
constexpr int EventColumn = 1; // of date, event, link, source, note
}

ProvisionLinksEdit::ProvisionLinksEdit(QWidget *parent)
    : QWidget(parent),
      m_table(new RowTable(QStringLiteral("links"),
                           {tr("Date"), tr("Event"), tr("Link"), tr("Source"), tr("Note")},
                           EventColumn, this)),
      m_link(new QPushButton(tr("&Link Selected Event"), this)),
      m_remove(new QPushButton(tr("Unlin&k"), this)), m_type(new QComboBox(this)),
      m_source(new SourceField(this)), m_note(new QLineEdit(this))
{
    m_link->setObjectName(QStringLiteral("linkSelected"));
    m_link->setToolTip(tr("Links the events selected on the timeline to this provision, with "
                          "the link, source and note below"));
    m_remove->setObjectName(QStringLiteral("removeLink"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(createFields());
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            ErrorGuard::slot(this, &ProvisionLinksEdit::showSelected));
    connect(m_link, &QPushButton::clicked, this, ErrorGuard::slot([this] {
                ProvisionLink link;
                link.provisionId = m_provisionId;
                emit linkRequested(fromFields(link));
            }));
    connect(m_remove, &QPushButton::clicked, this, ErrorGuard::slot([this] {
                const int row = m_table->currentRow();
                if (row >= 0 && row < m_links.size()) {
                    emit removeRequested(m_links.at(row));
                }
            }));
    showSelected();
}

QWidget *ProvisionLinksEdit::createFields()
{
    m_type->setObjectName(QStringLiteral("linkType"));
    m_source->setObjectName(QStringLiteral("linkSource"));
    m_note->setObjectName(QStringLiteral("linkNote"));
    for (ProvisionLink::Type type : AgreementLabels::linkTypes()) {
        m_type->addItem(AgreementLabels::linkType(type), int(type));
    }
    m_note->setPlaceholderText(tr("Why the source says so"));
    connect(m_type, &QComboBox::activated, this,
            ErrorGuard::slot(this, &ProvisionLinksEdit::onFieldFinished));
    connect(m_source, &SourceField::sourceChosen, this,
            ErrorGuard::slot(this, &ProvisionLinksEdit::onFieldFinished));
    connect(m_note, &QLineEdit::editingFinished, this,
            ErrorGuard::slot(this, &ProvisionLinksEdit::onFieldFinished));
    auto *fields = new QWidget(this);
    auto *grid = new QGridLayout(fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_type, 0, 0);
    grid->addWidget(m_source, 0, 1);
    grid->addWidget(m_note, 1, 0, 1, 2);
    grid->addWidget(m_link, 0, 2);
    grid->addWidget(m_remove, 1, 2);
    grid->setColumnStretch(1, 1);
    return fields;
}

void ProvisionLinksEdit::setStore(EventStore *store)
{
    m_store = store;
    m_source->setStore(store);
}

void ProvisionLinksEdit::setLinks(qint64 provisionId, const QList<ProvisionLink> &links)
{
    const qint64 selected = provisionId == m_provisionId ? selectedLinkId() : 0;
    m_provisionId = provisionId;
    m_links = links;
    m_showing = true;
    QList<QStringList> rows;
    for (const ProvisionLink &link : links) {
        const std::optional<Event> event = m_store ? m_store->event(link.eventId) : std::nullopt;
        const std::optional<Source> source =
            link.sourceId != 0 && m_store ? m_store->source(link.sourceId) : std::nullopt;
        rows.append({event ? event->start.toDisplayString() : QString(),
                     event ? event->title : QString(), AgreementLabels::linkType(link.type),
                     source ? SourceLookup::label(*source) : QString(), link.note});
    }
    m_table->setRows(rows);
    m_showing = false;
    m_link->setEnabled(provisionId != 0);
    selectLink(selected);
    showSelected();
}

qint64 ProvisionLinksEdit::selectedLinkId() const
{
    return m_links.value(m_table->selectedRow()).id;
}

void ProvisionLinksEdit::selectLink(qint64 linkId)
{
    for (int row = 0; row < m_links.size(); ++row) {
        if (m_links.at(row).id == linkId) {
            m_table->selectRow(row);
            return;
        }
    }
}

// The selected link's values; with none, the fields keep what they hold for the next link.
void ProvisionLinksEdit::showSelected()
{
    if (m_showing) {
        return;
    }
    const qint64 id = selectedLinkId();
    m_remove->setEnabled(id != 0);
    const auto found = std::find_if(m_links.cbegin(), m_links.cend(),
                                    [id](const ProvisionLink &link) { return link.id == id; });
    if (found == m_links.cend()) {
        return;
    }
    m_showing = true;
    m_type->setCurrentIndex(m_type->findData(int(found->type)));
    m_source->setSourceId(found->sourceId);
    m_note->setText(found->note);
    m_showing = false;
}

ProvisionLink ProvisionLinksEdit::fromFields(const ProvisionLink &base) const
{
    ProvisionLink link = base;
    link.type = ProvisionLink::Type(m_type->currentData().toInt());
    link.sourceId = m_source->sourceId();
    link.note = m_note->text().trimmed();
    return link;
}

void ProvisionLinksEdit::onFieldFinished()
{
    const qint64 id = selectedLinkId();
    if (m_showing || id == 0) {
        return;
    }
    const auto found = std::find_if(m_links.cbegin(), m_links.cend(),
                                    [id](const ProvisionLink &link) { return link.id == id; });
    const ProvisionLink after = fromFields(*found);
    if (after != *found) {
        emit editRequested(*found, after);
    }
}

} // namespace entente
