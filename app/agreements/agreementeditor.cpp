// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementeditor.h"

#include "agreementcommand.h"
#include "agreementlabels.h"
#include "agreementpartcommand.h"
#include "agreementrowedit.h"
#include "agreementsummary.h"
#include "agreementtracks.h"
#include "assessmentsedit.h"
#include "editactions.h"
#include "errorguard.h"
#include "eventstore.h"
#include "moveprovisioncommand.h"
#include "provisionform.h"
#include "provisionlinksedit.h"
#include "rowtable.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace entente {

namespace {

const auto GeometryKey = QStringLiteral("agreementEditor/geometry");
enum Column { NumberColumn, SummaryColumn };

// The agreement's provisions with their levels now: what the links and assessments make of them.
QString deadlineText(const Provision::Deadline &deadline, const QList<Provision> &provisions)
{
    if (deadline.isNone()) {
        return {};
    }
    if (!deadline.isRelative()) {
        return deadline.date.toDisplayString();
    }
    if (deadline.afterProvisionId == 0) {
        return AgreementEditor::tr("%n day(s) after signing", nullptr, deadline.days);
    }
    const auto after =
        std::find_if(provisions.cbegin(), provisions.cend(),
                     [&](const Provision &p) { return p.id == deadline.afterProvisionId; });
    return AgreementEditor::tr("%n day(s) after %1", nullptr, deadline.days)
        .arg(after != provisions.cend() ? AgreementLabels::provisionName(*after) : QString());
}

// The next number after the last, when the agreement numbers its provisions 1, 2, 3.
QString nextNumber(const QList<Provision> &provisions)
{
    int last = 0;
    for (const Provision &provision : provisions) {
        bool isNumber = false;
        const int number = provision.number.toInt(&isNumber);
        if (!isNumber) {
            return {};
        }
        last = std::max(last, number);
    }
    return QString::number(last + 1);
}

} // namespace

AgreementEditor::AgreementEditor(EditActions *editing, SelectedEvents selectedEvents,
                                 QWidget *parent)
    : QDialog(parent), m_editing(editing), m_selectedEvents(std::move(selectedEvents)),
      m_row(new AgreementRowEdit(m_selectedEvents, this)),
      m_table(new RowTable(QStringLiteral("provisions"),
                           {tr("No."), tr("Summary"), tr("Topic"), tr("Deadline"), tr("Level now")},
                           SummaryColumn, this)),
      m_form(new ProvisionForm(this)), m_links(new ProvisionLinksEdit(this)),
      m_assessments(new AssessmentsEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("agreementEditor"));
    auto *agreementBox = new QGroupBox(tr("Agreement"), this);
    (new QVBoxLayout(agreementBox))->addWidget(m_row);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(createProvisions());
    split->addWidget(createDetails());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(agreementBox);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    // Ctrl+Z and Ctrl+Shift+Z here act on the window's history, as in the main window.
    addActions({m_editing->undoAction(), m_editing->redoAction()});
    connectParts();
    // Enter in a field finishes the field; it presses no button.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
    }
    resize(1180, 780);
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());
}

AgreementEditor::~AgreementEditor() = default;

QWidget *AgreementEditor::createProvisions()
{
    m_table->horizontalHeader()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    auto *box = new QGroupBox(tr("Provisions"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton(tr("&Add"), QStringLiteral("addProvision"),
                                 QKeySequence(Qt::Key_Insert), &AgreementEditor::addProvision));
    buttons->addWidget(addButton(tr("&Remove"), QStringLiteral("removeProvision"),
                                 QKeySequence(Qt::Key_Delete), &AgreementEditor::removeProvision));
    buttons->addWidget(addButton(tr("&Up"), QStringLiteral("moveUp"),
                                 QKeySequence(Qt::ALT | Qt::Key_Up),
                                 &AgreementEditor::moveProvisionUp));
    buttons->addWidget(addButton(tr("Do&wn"), QStringLiteral("moveDown"),
                                 QKeySequence(Qt::ALT | Qt::Key_Down),
                                 &AgreementEditor::moveProvisionDown));
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    return box;
}

// A button and its key, which acts while the table has the focus: Delete in a field of the
// form deletes a character, not the provision.
QPushButton *AgreementEditor::addButton(const QString &text, const QString &name,
                                        const QKeySequence &key, void (AgreementEditor::*run)())
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setToolTip(
        tr("%1 (%2 in the table)")
            .arg(QString(text).remove(QLatin1Char('&')), key.toString(QKeySequence::NativeText)));
    auto *action = new QAction(this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(action);
    const auto slot = ErrorGuard::slot(this, run);
    connect(button, &QPushButton::clicked, this, slot);
    connect(action, &QAction::triggered, this, slot);
    return button;
}

// The provision's fields above; its evidence below, links and levels on tabs of their own,
// so that the dialog fits a laptop's screen.
QWidget *AgreementEditor::createDetails()
{
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *provisionBox = new QGroupBox(tr("Provision"), this);
    (new QVBoxLayout(provisionBox))->addWidget(m_form);
    auto *evidence = new QTabWidget(this);
    evidence->setObjectName(QStringLiteral("evidence"));
    evidence->addTab(m_links, tr("Linked Events"));
    evidence->addTab(m_assessments, tr("Levels Set by Hand"));
    split->addWidget(provisionBox);
    split->addWidget(evidence);
    return split;
}

void AgreementEditor::connectParts()
{
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            ErrorGuard::slot(this, &AgreementEditor::showCurrentProvision));
    connect(m_form, &ProvisionForm::finished, this,
            ErrorGuard::slot(this, &AgreementEditor::commitProvision));
    connect(m_row, &AgreementRowEdit::edited, this,
            ErrorGuard::slot([this](const Agreement &after) {
                push(AgreementCommand::create(store(), m_agreementId, after));
            }));
    connect(m_links, &ProvisionLinksEdit::linkRequested, this,
            ErrorGuard::slot(this, &AgreementEditor::linkSelectedEvents));
    connect(m_links, &ProvisionLinksEdit::editRequested, this,
            ErrorGuard::slot([this](const ProvisionLink &before, const ProvisionLink &after) {
                push(AgreementPartCommand<ProvisionLink>::edit(store(), before, after));
            }));
    connect(m_links, &ProvisionLinksEdit::removeRequested, this,
            ErrorGuard::slot([this](const ProvisionLink &link) {
                push(AgreementPartCommand<ProvisionLink>::remove(store(), link));
            }));
    connect(m_assessments, &AssessmentsEdit::addRequested, this,
            ErrorGuard::slot(this, &AgreementEditor::addAssessment));
    connect(m_assessments, &AssessmentsEdit::editRequested, this,
            ErrorGuard::slot([this](const LevelAssessment &before, const LevelAssessment &after) {
                if (after.date.isNull()) {
                    m_assessments->showDateProblem(tr("An assessment needs a date."));
                    return;
                }
                push(AgreementPartCommand<LevelAssessment>::edit(store(), before, after));
            }));
    connect(m_assessments, &AssessmentsEdit::removeRequested, this,
            ErrorGuard::slot([this](const LevelAssessment &assessment) {
                push(AgreementPartCommand<LevelAssessment>::remove(store(), assessment));
            }));
    connect(m_editing, &EditActions::storeChanged, this,
            ErrorGuard::slot(this, &AgreementEditor::followStore));
}

// The same timeline in another file (the upgrade before a first edit, Save As) goes on being
// edited here; another timeline, or none, closes the editor.
void AgreementEditor::followStore(EventStore *store)
{
    const std::optional<Event> same =
        store && m_agreementId != 0 ? store->event(m_agreementId) : std::nullopt;
    if (same && same->uid == m_agreementUid) {
        setAgreement(m_agreementId);
    } else {
        close();
    }
}

EventStore *AgreementEditor::store() const
{
    return m_store;
}

void AgreementEditor::setAgreement(qint64 eventId)
{
    if (m_store != m_editing->store()) {
        if (m_store) {
            disconnect(m_store, nullptr, this, nullptr);
        }
        m_store = m_editing->store();
        connect(m_store, &EventStore::changed, this,
                ErrorGuard::slot(this, &AgreementEditor::onStoreChanged));
        m_row->setStore(m_store);
        m_row->fillProcesses();
        m_form->setStore(m_store);
        m_links->setStore(m_store);
        m_assessments->setStore(m_store);
    }
    m_agreementId = eventId;
    const std::optional<Event> agreement = m_store->event(eventId);
    m_agreementUid = agreement ? agreement->uid : QString();
    refresh();
    m_table->selectRow(0);
    showCurrentProvision();
}

void AgreementEditor::onStoreChanged(const StoreChange &change)
{
    say({}); // what it said was of the step before (an undo, another window's change)
    if (change.events.removed.contains(m_agreementId)) {
        close(); // the agreement is gone (undo of its addition, or a removal)
        return;
    }
    if (!change.actors.isEmpty() || change.everything) {
        m_form->setStore(m_store); // the parties offered
    }
    if (!change.agreements.isEmpty() || change.everything) {
        m_row->fillProcesses();
    }
    refresh();
}

// Everything shown, read again: one agreement's provisions, links and assessments are few.
void AgreementEditor::refresh()
{
    const std::optional<Event> agreement = m_store ? m_store->event(m_agreementId) : std::nullopt;
    if (!agreement) {
        return;
    }
    setWindowTitle(tr("Provisions of “%1”").arg(agreement->title));
    Agreement none;
    none.id = m_agreementId;
    m_row->showAgreement(m_store->agreement(m_agreementId).value_or(none));
    const qint64 current = currentProvisionId();
    // A new provision being typed stays in the form until it is stored.
    const bool drafting = m_form->shown().id == 0 && m_form->shown().agreementId != 0;
    fillTable(m_store->provisionsOf(m_agreementId));
    if (!drafting) {
        selectProvision(current);
        showCurrentProvision();
    }
}

void AgreementEditor::fillTable(const QList<Provision> &provisions)
{
    // Each level as Details and the marker give it: the same evidence, the same now.
    const qint64 now = AgreementSummary::currentSecond();
    const AgreementTracks tracks = AgreementSummary::read(*m_store, m_agreementId).tracks(now);
    m_provisions = provisions;
    m_filling = true;
    QList<QStringList> rows;
    for (const Provision &provision : provisions) {
        const AgreementTracks::Entry *entry = tracks.entry(provision.id);
        rows.append({provision.number, provision.summary, provisionTopicLabel(provision.topic),
                     deadlineText(provision.deadline, provisions),
                     entry ? implementationLevelLabel(entry->track.levelAt(now)) : QString()});
    }
    m_table->setRows(rows);
    m_filling = false;
}

qint64 AgreementEditor::currentProvisionId() const
{
    return m_provisions.value(m_table->selectedRow()).id;
}

void AgreementEditor::selectProvision(qint64 provisionId)
{
    for (int row = 0; row < m_provisions.size(); ++row) {
        if (m_provisions.at(row).id == provisionId) {
            m_table->selectRow(row);
            return;
        }
    }
}

void AgreementEditor::showCurrentProvision()
{
    if (m_filling) {
        return;
    }
    const qint64 id = currentProvisionId();
    const auto found = std::find_if(m_provisions.cbegin(), m_provisions.cend(),
                                    [id](const Provision &p) { return p.id == id; });
    m_form->setEnabled(found != m_provisions.cend());
    if (found == m_provisions.cend()) {
        m_form->showProvision({}, m_provisions);
    } else if (*found != m_form->shown()) { // else what is typed stays
        m_form->showProvision(*found, m_provisions);
    }
    m_links->setLinks(id, id != 0 ? m_store->linksOfProvision(id) : QList<ProvisionLink>());
    m_assessments->setAssessments(id,
                                  id != 0 ? m_store->assessmentsOf(id) : QList<LevelAssessment>());
}

void AgreementEditor::addProvision()
{
    Provision draft;
    draft.agreementId = m_agreementId;
    draft.number = nextNumber(m_provisions);
    for (const Provision &provision : std::as_const(m_provisions)) {
        draft.position = std::max(draft.position, provision.position + 1);
    }
    m_filling = true;
    m_table->clearSelection();
    m_filling = false;
    m_form->setEnabled(true);
    m_form->showProvision(draft, m_provisions);
    m_links->setLinks(0, {});
    m_assessments->setAssessments(0, {});
    m_form->summaryEdit()->setFocus();
    say(tr("Type the new provision's summary: it is added when the summary is entered."));
}

// What the form holds, stored: added once a new one has its summary, else changed.
void AgreementEditor::commitProvision()
{
    const Provision draft = m_form->provision();
    QList<Validator::Problem> problems = m_form->check();
    if (draft.id == 0 && draft.summary.isEmpty()) {
        problems.removeIf(
            [](const Validator::Problem &p) { return p.field == QLatin1String("summary"); });
    }
    m_form->showProblems(problems);
    if (!problems.isEmpty() || draft == m_form->shown() ||
        (draft.id == 0 && draft.summary.isEmpty())) {
        return; // kept in the form until it can be stored
    }
    if (draft.id != 0) {
        push(AgreementPartCommand<Provision>::edit(store(), m_form->shown(), draft));
        return;
    }
    auto *command = AgreementPartCommand<Provision>::add(store(), draft);
    m_form->showProvision({}, {}); // no longer a draft: the table shows it once stored
    if (push(command)) {
        selectProvision(command->rowId());
        say({});
    }
}

void AgreementEditor::removeProvision()
{
    const qint64 id = currentProvisionId();
    const auto found = std::find_if(m_provisions.cbegin(), m_provisions.cend(),
                                    [id](const Provision &p) { return p.id == id; });
    if (found == m_provisions.cend()) {
        return;
    }
    const int row = int(found - m_provisions.cbegin());
    // A copy: the push reloads m_provisions from the store, which frees what `found` points at.
    const Provision removed = *found;
    auto *command = AgreementPartCommand<Provision>::remove(store(), removed);
    if (push(command)) {
        say(AgreementParts<Provision>::removalNote(removed, command->followers()));
    }
    m_table->selectRow(std::min(row, int(m_provisions.size()) - 1));
}

void AgreementEditor::moveProvisionUp()
{
    const qint64 id = currentProvisionId();
    push(MoveProvisionCommand::create(store(), id, MoveProvisionCommand::Direction::Up));
    selectProvision(id);
}

void AgreementEditor::moveProvisionDown()
{
    const qint64 id = currentProvisionId();
    push(MoveProvisionCommand::create(store(), id, MoveProvisionCommand::Direction::Down));
    selectProvision(id);
}

// Each selected event (the agreement itself aside) linked like `link`, one step each; one
// linked so already is left as it is.
void AgreementEditor::linkSelectedEvents(const ProvisionLink &link)
{
    QList<qint64> events = m_selectedEvents();
    events.removeAll(m_agreementId);
    if (events.isEmpty() || link.provisionId == 0) {
        say(tr("Select the event on the timeline first, then link it here."));
        return;
    }
    const QList<ProvisionLink> existing = m_store->linksOfProvision(link.provisionId);
    qint64 last = 0;
    for (qint64 eventId : std::as_const(events)) {
        ProvisionLink added = link;
        added.eventId = eventId;
        if (std::any_of(existing.cbegin(), existing.cend(), [&](const ProvisionLink &l) {
                return l.eventId == eventId && l.type == added.type;
            })) {
            continue;
        }
        auto *command = AgreementPartCommand<ProvisionLink>::add(store(), added);
        if (!push(command)) {
            return;
        }
        last = command->rowId();
    }
    m_links->selectLink(last);
    say(last != 0 ? QString() : tr("The selected event is linked so already."));
}

void AgreementEditor::addAssessment(const LevelAssessment &assessment)
{
    if (assessment.date.isNull()) {
        m_assessments->showDateProblem(tr("An assessment needs a date: type the date the level "
                                          "held on."));
        return;
    }
    m_assessments->showDateProblem({});
    push(AgreementPartCommand<LevelAssessment>::add(store(), assessment));
}

bool AgreementEditor::push(QUndoCommand *command)
{
    return command && m_editing->push(command);
}

void AgreementEditor::say(const QString &message)
{
    m_message->setText(message);
}

void AgreementEditor::done(int result)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QDialog::done(result);
}

} // namespace entente
