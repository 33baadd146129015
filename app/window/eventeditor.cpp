// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventeditor.h"

#include "actorrolesedit.h"
#include "eventstore.h"
#include "fieldproblem.h"
#include "partialdateedit.h"
#include "relationsedit.h"
#include "sourcesedit.h"
#include "validator.h"
#include "wheelguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace entente {

EventEditor::EventEditor(QWidget *parent)
    : QWidget(parent), m_title(new QLineEdit(this)), m_description(new QPlainTextEdit(this)),
      m_kind(new QComboBox(this)), m_start(new PartialDateEdit(this)),
      m_end(new PartialDateEdit(this)), m_ongoing(new QCheckBox(tr("Still going on"), this)),
      m_category(new QComboBox(this)), m_importance(new QSpinBox(this)),
      m_location(new QLineEdit(this)), m_tags(new QLineEdit(this)),
      m_actors(new ActorRolesEdit(this)), m_sources(new SourcesEdit(this)),
      m_relationsEdit(new RelationsEdit(this))
{
    auto *content = new QWidget(this);
    auto *sections = new QVBoxLayout(content);
    sections->addWidget(createGeneral());
    sections->addWidget(createSection(tr("Actors"), m_actors));
    sections->addWidget(createSection(tr("Sources"), m_sources));
    sections->addWidget(createSection(tr("Relations to other events"), m_relationsEdit));
    sections->addStretch(1);
    content->setStyleSheet(FieldProblem::styleSheet());
    // The form is taller than the Details dock: it scrolls, never squeezes its fields.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setFocusProxy(m_title);

    connect(m_title, &QLineEdit::textEdited, this, &EventEditor::onEdited);
    connect(m_description, &QPlainTextEdit::textChanged, this, &EventEditor::onEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventEditor::onEdited);
    connect(m_start, &PartialDateEdit::edited, this, &EventEditor::onEdited);
    connect(m_end, &PartialDateEdit::edited, this, &EventEditor::onEdited);
    connect(m_ongoing, &QCheckBox::toggled, this, &EventEditor::onEdited);
    connect(m_category, &QComboBox::editTextChanged, this, &EventEditor::onEdited);
    connect(m_importance, &QSpinBox::valueChanged, this, &EventEditor::onEdited);
    connect(m_location, &QLineEdit::textEdited, this, &EventEditor::onEdited);
    connect(m_tags, &QLineEdit::textEdited, this, &EventEditor::onEdited);
    connect(m_actors, &ActorRolesEdit::edited, this, &EventEditor::onEdited);
    connect(m_sources, &SourcesEdit::edited, this, &EventEditor::onEdited);
    connect(m_relationsEdit, &RelationsEdit::edited, this, &EventEditor::onEdited);
    newEvent();
}

QWidget *EventEditor::createGeneral()
{
    auto *general = new QWidget(this);
    auto *form = new QFormLayout(general);
    form->setContentsMargins(0, 0, 0, 0);
    m_form = form;
    m_title->setPlaceholderText(tr("What happened, in a few words"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(70);
    m_kind->addItem(tr("A moment"), int(Event::Kind::Point));
    m_kind->addItem(tr("A period"), int(Event::Kind::Period));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->lineEdit()->setPlaceholderText(tr("Pick one, or type a new name"));
    m_importance->setRange(1, 5);
    m_importance->setToolTip(tr("1: minor, 5: major; bigger markers on the timeline"));
    m_tags->setPlaceholderText(tr("Separated by commas"));
    for (QWidget *field : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_category),
                           static_cast<QWidget *>(m_importance)}) {
        WheelGuard::guard(field);
    }
    addField(form, QStringLiteral("title"), tr("&Title:"), m_title);
    addField(form, QStringLiteral("description"), tr("&Description:"), m_description);
    addField(form, QStringLiteral("kind"), tr("&Kind:"), m_kind);
    addField(form, QStringLiteral("start"), tr("&Start:"), m_start, m_start->lineEdit());
    addField(form, QStringLiteral("end"), tr("&End:"), m_end, m_end->lineEdit());
    form->addRow(QString(), m_ongoing);
    addField(form, QStringLiteral("category"), tr("&Category:"), m_category);
    addField(form, QStringLiteral("importance"), tr("&Importance:"), m_importance);
    addField(form, QStringLiteral("location"), tr("&Location:"), m_location);
    addField(form, QStringLiteral("tags"), tr("T&ags:"), m_tags);
    m_ongoing->setObjectName(QStringLiteral("ongoing"));
    return general;
}

void EventEditor::addField(QFormLayout *form, const QString &name, const QString &label,
                           QWidget *field, QWidget *marked)
{
    field->setObjectName(name);
    form->addRow(label, field);
    QLabel *problem = FieldProblem::newLabel(marked ? marked : field, name, field->parentWidget());
    form->addRow(QString(), problem);
    m_fields.insert(name, {marked ? marked : field, problem});
}

QWidget *EventEditor::createSection(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title, this);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

void EventEditor::setCompact(bool compact)
{
    m_form->setRowWrapPolicy(compact ? QFormLayout::WrapAllRows : QFormLayout::DontWrapRows);
    m_start->setCompact(compact);
    m_end->setCompact(compact);
}

void EventEditor::setStore(EventStore *store)
{
    m_store = store;
    newEvent();
}

void EventEditor::editEvent(qint64 eventId)
{
    const std::optional<Event> event = m_store ? m_store->event(eventId) : std::nullopt;
    if (!event) {
        newEvent();
        return;
    }
    load(*event, m_store->relationsOf({eventId}));
}

void EventEditor::newEvent(const Event &event)
{
    Event fresh = event;
    fresh.id = 0;
    fresh.uid.clear();
    load(fresh, {});
}

void EventEditor::load(const Event &event, const QList<Relation> &relations)
{
    m_loading = true; // filling the form is not an edit
    m_original = event;
    m_originalRelations = relations;
    m_title->setText(event.title);
    m_description->setPlainText(event.description);
    m_kind->setCurrentIndex(m_kind->findData(int(event.kind)));
    m_start->setDate(event.start);
    m_end->setDate(event.end);
    m_ongoing->setChecked(event.ongoing);
    m_category->clear();
    if (m_store) {
        for (const Category &category : m_store->categories()) {
            if (!category.name.isEmpty()) {
                m_category->addItem(category.name);
            }
        }
    }
    m_category->setEditText(event.category);
    m_importance->setValue(event.importance);
    m_location->setText(event.location);
    m_tags->setText(event.tags.join(QStringLiteral(", ")));
    m_actors->setRoles(m_store ? m_store->actorRoles() : QList<ActorRole>());
    m_actors->setActors(m_store ? m_store->actors() : QList<Actor>(), event.actors);
    m_sources->setSources(m_store, event.sourceIds);
    m_relationsEdit->setRelations(m_store, event.id, relations);
    m_loading = false;
    updateEnabled();
    updateProblems();
}

EventDraft EventEditor::draft() const
{
    EventDraft draft;
    Event &event = draft.event;
    event = m_original; // keeps the id and uid
    event.title = m_title->text().trimmed();
    event.description = m_description->toPlainText().trimmed();
    event.kind = Event::Kind(m_kind->currentData().toInt());
    event.start = m_start->date();
    const bool period = event.kind == Event::Kind::Period;
    event.ongoing = period && m_ongoing->isChecked();
    event.end = period && !event.ongoing ? m_end->date() : PartialDate();
    event.category = m_category->currentText().trimmed();
    event.importance = m_importance->value();
    event.location = m_location->text().trimmed();
    event.tags = tags();
    event.actors = m_actors->links(&draft.newActors);
    event.sourceIds = m_sources->sourceIds(&draft.newSources, &draft.editedSources);
    draft.relations = m_relationsEdit->relations();
    return draft;
}

QStringList EventEditor::tags() const
{
    QStringList tags;
    for (const QString &tag : m_tags->text().split(u',')) {
        if (const QString trimmed = tag.trimmed(); !trimmed.isEmpty() && !tags.contains(trimmed)) {
            tags.append(trimmed);
        }
    }
    return tags;
}

bool EventEditor::isModified() const
{
    const EventDraft now = draft();
    return now.event != m_original || !now.newActors.isEmpty() || !now.newSources.isEmpty() ||
           !now.editedSources.isEmpty() || now.relations != m_originalRelations;
}

QString EventEditor::problem(const QString &field) const
{
    if (field == u"relations") {
        return m_relationsEdit->problem();
    }
    const auto found = m_fields.constFind(field);
    return found == m_fields.cend() ? QString() : found->second->text();
}

void EventEditor::onEdited()
{
    if (m_loading) {
        return;
    }
    updateEnabled();
    updateProblems();
    emit edited();
}

void EventEditor::updateEnabled()
{
    // A moment has no end; an ongoing period has none yet.
    const bool period = m_kind->currentData().toInt() == int(Event::Kind::Period);
    m_ongoing->setEnabled(period);
    m_end->setEnabled(period && !m_ongoing->isChecked());
}

void EventEditor::updateProblems()
{
    const Event event = draft().event;
    // A date that cannot be read says so; what the rules say of it would only confuse.
    QList<Validator::Problem> problems =
        Validator::checkDateText(QStringLiteral("start"), m_start->text());
    if (m_end->isEnabled()) {
        problems += Validator::checkDateText(QStringLiteral("end"), m_end->text());
    }
    QHash<QString, QString> messages;
    for (const Validator::Problem &problem : std::as_const(problems)) {
        messages.insert(problem.field, problem.message);
    }
    for (const Validator::Problem &problem : Validator::check(event)) {
        if (!messages.contains(problem.field)) {
            messages.insert(problem.field, problem.message);
        }
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        FieldProblem::show(it->first, it->second, messages.value(it.key()));
    }
    const QString relations = m_relationsEdit->problem();
    FieldProblem::show(m_relationsEdit->table(), m_relationsEdit->problemLabel(), relations);
    const bool valid = messages.isEmpty() && relations.isEmpty() && !m_sources->hasProblems();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

} // namespace entente
