// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementrowedit.h"

#include "agreementlabels.h"
#include "errorguard.h"
#include "eventcriteria.h"
#include "eventstore.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace entente {

namespace {
constexpr int EventIdRole = Qt::UserRole;
constexpr int MostFound = 20;
} // namespace

AgreementRowEdit::AgreementRowEdit(SelectedEvents selectedEvents, QWidget *parent)
    : QWidget(parent), m_selectedEvents(std::move(selectedEvents)), m_stage(new QComboBox(this)),
      m_process(new QComboBox(this)), m_end(new QComboBox(this)), m_endEvent(new QLabel(this)),
      m_fromSelection(new QPushButton(tr("Use Selected Event"), this)),
      m_clearEnd(new QPushButton(tr("Clear"), this)), m_endSearch(new QLineEdit(this)),
      m_found(new QStandardItemModel(this)), m_completer(new QCompleter(m_found, this))
{
    m_stage->setObjectName(QStringLiteral("stage"));
    m_process->setObjectName(QStringLiteral("process"));
    m_end->setObjectName(QStringLiteral("endKind"));
    for (Agreement::Stage stage : AgreementLabels::stages()) {
        m_stage->addItem(AgreementLabels::stage(stage), int(stage));
    }
    for (Agreement::End end : AgreementLabels::ends()) {
        m_end->addItem(AgreementLabels::end(end), int(end));
    }
    m_process->setEditable(true);
    m_process->setInsertPolicy(QComboBox::NoInsert);
    m_process->lineEdit()->setPlaceholderText(tr("e.g. Ukraine peace process"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Sta&ge:"), m_stage);
    form->addRow(tr("Peace pr&ocess:"), m_process);
    form->addRow(tr("&Ended:"), createEnd());
    const auto finished = ErrorGuard::slot(this, &AgreementRowEdit::finish);
    connect(m_stage, &QComboBox::activated, this, finished);
    connect(m_end, &QComboBox::activated, this, finished);
    connect(m_process->lineEdit(), &QLineEdit::editingFinished, this, finished);
    connect(m_process, &QComboBox::activated, this, finished);
}

QWidget *AgreementRowEdit::createEnd()
{
    m_endEvent->setObjectName(QStringLiteral("endEvent"));
    m_fromSelection->setObjectName(QStringLiteral("endFromSelection"));
    m_fromSelection->setToolTip(tr("The event selected on the timeline ended the agreement"));
    m_endSearch->setObjectName(QStringLiteral("endSearch"));
    m_endSearch->setPlaceholderText(tr("Or find the event that ended it…"));
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_endSearch);
    connect(m_endSearch, &QLineEdit::textEdited, this,
            ErrorGuard::slot(this, &AgreementRowEdit::searchEndEvent));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            ErrorGuard::slot([this](const QModelIndex &index) {
                setEndEvent(index.data(EventIdRole).toLongLong());
                m_endSearch->clear();
            }));
    connect(m_fromSelection, &QPushButton::clicked, this, ErrorGuard::slot([this] {
                QList<qint64> selected = m_selectedEvents();
                selected.removeAll(m_shown.id); // an agreement does not end itself
                if (!selected.isEmpty()) {
                    setEndEvent(selected.first());
                }
            }));
    connect(m_clearEnd, &QPushButton::clicked, this, ErrorGuard::slot([this] { setEndEvent(0); }));
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_end, 0, 0);
    grid->addWidget(m_endEvent, 0, 1, 1, 3);
    grid->addWidget(m_endSearch, 1, 0, 1, 2);
    grid->addWidget(m_fromSelection, 1, 2);
    grid->addWidget(m_clearEnd, 1, 3);
    grid->setColumnStretch(1, 1);
    return box;
}

void AgreementRowEdit::setStore(EventStore *store)
{
    m_store = store;
}

void AgreementRowEdit::showAgreement(const Agreement &agreement)
{
    m_showing = true;
    m_shown = agreement;
    m_stage->setCurrentIndex(m_stage->findData(int(agreement.stage)));
    m_process->setEditText(agreement.process);
    m_end->setCurrentIndex(m_end->findData(int(agreement.end)));
    m_endEventId = agreement.endEventId;
    const std::optional<Event> ender =
        m_endEventId != 0 && m_store ? m_store->event(m_endEventId) : std::nullopt;
    m_endEvent->setText(ender ? tr("by “%1” (%2)").arg(ender->title, ender->start.toDisplayString())
                              : tr("by no event named"));
    m_showing = false;
}

// The processes of the timeline's agreements: few, but found by a scan of the events' categories.
void AgreementRowEdit::fillProcesses()
{
    const QString typed = m_process->currentText();
    QStringList processes;
    if (m_store) {
        for (qint64 id : m_store->eventsInCategory(QStringLiteral("agreement"))) {
            const std::optional<Agreement> row = m_store->agreement(id);
            if (row && !row->process.isEmpty() && !processes.contains(row->process)) {
                processes.append(row->process);
            }
        }
    }
    processes.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(m_process);
    m_process->clear();
    m_process->addItems(processes);
    m_process->setEditText(typed);
}

Agreement AgreementRowEdit::agreement() const
{
    Agreement row = m_shown;
    row.stage = Agreement::Stage(m_stage->currentData().toInt());
    row.process = m_process->currentText().trimmed();
    row.end = Agreement::End(m_end->currentData().toInt());
    row.endEventId = m_endEventId;
    return row;
}

void AgreementRowEdit::setEndEvent(qint64 eventId)
{
    m_endEventId = eventId;
    finish();
}

void AgreementRowEdit::finish()
{
    if (!m_showing && agreement() != m_shown) {
        emit edited(agreement());
    }
}

// Titles and descriptions, as the search dock finds them; the best few.
void AgreementRowEdit::searchEndEvent(const QString &text)
{
    m_found->clear();
    if (!m_store || text.trimmed().isEmpty()) {
        return;
    }
    EventCriteria criteria;
    criteria.query = text;
    const SearchPage page = m_store->search(criteria, EventSearch::Order::Relevance,
                                            EventSearch::FirstKey, true, MostFound);
    for (const SearchHit &hit : page.hits) {
        if (hit.eventId == m_shown.id) {
            continue; // an agreement does not end itself
        }
        auto *item = new QStandardItem(tr("%1 (%2)").arg(hit.title, hit.dates));
        item->setData(hit.eventId, EventIdRole);
        m_found->appendRow(item);
    }
    if (m_found->rowCount() > 0) {
        m_completer->complete();
    }
}

} // namespace entente
