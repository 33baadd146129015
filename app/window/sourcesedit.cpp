// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcesedit.h"

#include "eventdraft.h"
#include "eventstore.h"
#include "fieldproblem.h"
#include "sourcelookup.h"
#include "validator.h"

#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace entente {

SourcesEdit::SourcesEdit(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_existing(new QLineEdit(this)),
      m_lookup(new SourceLookup(m_existing)), m_outlet(new QLineEdit(this)),
      m_title(new QLineEdit(this)), m_url(new QLineEdit(this)), m_published(new QLineEdit(this)),
      m_quote(new QPlainTextEdit(this))
{
    m_list->setObjectName(QStringLiteral("sourcesList"));
    m_list->setMaximumHeight(90);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(createButtons());
    layout->addWidget(createDetails());
    connect(m_list, &QListWidget::currentRowChanged, this, &SourcesEdit::showCurrent);
    showCurrent();
}

SourcesEdit::~SourcesEdit() = default;

QWidget *SourcesEdit::createButtons()
{
    auto *buttons = new QWidget(this);
    auto *rows = new QGridLayout(buttons);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *add = new QPushButton(tr("New Source"), buttons);
    add->setObjectName(QStringLiteral("newSource"));
    connect(add, &QPushButton::clicked, this, &SourcesEdit::addNew);
    m_existing->setObjectName(QStringLiteral("existingSource"));
    m_existing->setPlaceholderText(tr("Cite a source of this timeline…"));
    m_existing->setToolTip(tr("Type part of its outlet or title, or press ↓ to list sources"));
    connect(m_lookup, &SourceLookup::picked, this, &SourcesEdit::cite);
    auto *citeButton = new QPushButton(tr("Cite"), buttons);
    citeButton->setObjectName(QStringLiteral("citeSource"));
    connect(citeButton, &QPushButton::clicked, m_lookup, &SourceLookup::pickTyped);
    auto *remove = new QPushButton(tr("Remove"), buttons);
    remove->setObjectName(QStringLiteral("removeSource"));
    remove->setToolTip(tr("The event no longer cites the selected source"));
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const int current = m_list->currentRow(); current >= 0) {
            m_entries.removeAt(current);
            delete m_list->takeItem(current);
            emit edited();
        }
    });
    // Two short rows rather than one long one: the form also lives in a narrow dock.
    rows->addWidget(m_existing, 0, 0);
    rows->addWidget(citeButton, 0, 1);
    rows->addWidget(add, 1, 0, Qt::AlignLeft);
    rows->addWidget(remove, 1, 1);
    rows->setColumnStretch(0, 1);
    return buttons;
}

QWidget *SourcesEdit::createDetails()
{
    m_details = new QWidget(this);
    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_published->setPlaceholderText(tr("e.g. 14 Feb 2022"));
    m_quote->setPlaceholderText(tr("The sentence the event rests on, as the source says it"));
    m_quote->setTabChangesFocus(true);
    m_quote->setFixedHeight(60);
    m_urlProblem = FieldProblem::newLabel(m_url, QStringLiteral("url"), m_details);
    m_publishedProblem =
        FieldProblem::newLabel(m_published, QStringLiteral("published"), m_details);
    form->addRow(tr("Outlet:"), m_outlet);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Address:"), m_url);
    form->addRow(QString(), m_urlProblem);
    form->addRow(tr("Published:"), m_published);
    form->addRow(QString(), m_publishedProblem);
    form->addRow(tr("Quote:"), m_quote);
    for (QLineEdit *field : {m_outlet, m_title, m_url, m_published}) {
        connect(field, &QLineEdit::textEdited, this, &SourcesEdit::takeFields);
    }
    connect(m_quote, &QPlainTextEdit::textChanged, this, &SourcesEdit::takeFields);
    return m_details;
}

void SourcesEdit::setSources(EventStore *store, const QList<qint64> &cited)
{
    m_lookup->setStore(store);
    m_store = store;
    m_known.clear();
    m_existing->clear();
    m_entries.clear();
    m_list->clear();
    for (qint64 id : cited) {
        cite(id);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

void SourcesEdit::addNew()
{
    append({});
    m_outlet->setFocus();
    emit edited();
}

void SourcesEdit::cite(qint64 sourceId)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).source.id == sourceId) {
            m_list->setCurrentRow(row); // cited already: shown, not cited twice
            return;
        }
    }
    if (!m_known.contains(sourceId)) {
        const std::optional<Source> stored = m_store ? m_store->source(sourceId) : std::nullopt;
        if (!stored) {
            return; // removed meanwhile, or never there
        }
        m_known.insert(sourceId, *stored);
    }
    const Source source = m_known.value(sourceId);
    // An undated source leaves the field empty: "undated" is no date it could read back.
    append({source, source.published.isNull() ? QString() : source.published.toDisplayString()});
    m_existing->clear();
    m_lookup->hidePopup();
    emit edited();
}

void SourcesEdit::append(const Entry &entry)
{
    m_entries.append(entry);
    m_list->addItem(label(entry.source));
    m_list->setCurrentRow(m_list->count() - 1);
}

QCompleter *SourcesEdit::completer() const
{
    return m_lookup->completer();
}

QString SourcesEdit::label(const Source &source)
{
    return SourceLookup::label(source);
}

void SourcesEdit::showCurrent()
{
    const int current = m_list->currentRow();
    const Entry entry = m_entries.value(current);
    m_showing = true; // what is shown is not an edit
    m_outlet->setText(entry.source.outlet);
    m_title->setText(entry.source.title);
    m_url->setText(entry.source.url);
    m_published->setText(entry.publishedText);
    m_quote->setPlainText(entry.source.quote);
    m_showing = false;
    m_details->setEnabled(current >= 0);
    updateProblems();
}

void SourcesEdit::takeFields()
{
    const int current = m_list->currentRow();
    if (m_showing || current < 0) {
        return;
    }
    Entry &entry = m_entries[current];
    entry.source.outlet = m_outlet->text();
    entry.source.title = m_title->text();
    entry.source.url = m_url->text().trimmed();
    entry.publishedText = m_published->text();
    entry.source.published = PartialDate::fromText(entry.publishedText);
    entry.source.quote = m_quote->toPlainText();
    m_list->item(current)->setText(label(entry.source));
    updateProblems();
    emit edited();
}

QString SourcesEdit::problemOf(const Entry &entry, const QString &field)
{
    QList<Validator::Problem> problems = Validator::check(entry.source);
    problems += Validator::checkDateText(QStringLiteral("published"), entry.publishedText);
    for (const Validator::Problem &problem : std::as_const(problems)) {
        if (problem.field == field) {
            return problem.message;
        }
    }
    return {};
}

void SourcesEdit::updateProblems()
{
    const Entry entry = m_entries.value(m_list->currentRow());
    FieldProblem::show(m_url, m_urlProblem, problemOf(entry, QStringLiteral("url")));
    FieldProblem::show(m_published, m_publishedProblem,
                       problemOf(entry, QStringLiteral("published")));
    for (int row = 0; row < m_entries.size(); ++row) {
        const bool bad = !problemOf(m_entries.at(row), QStringLiteral("url")).isEmpty() ||
                         !problemOf(m_entries.at(row), QStringLiteral("published")).isEmpty();
        m_list->item(row)->setForeground(bad ? QColor(0xc6, 0x28, 0x28) : QBrush());
    }
}

bool SourcesEdit::hasProblems() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) {
        return !problemOf(entry, QStringLiteral("url")).isEmpty() ||
               !problemOf(entry, QStringLiteral("published")).isEmpty();
    });
}

QList<qint64> SourcesEdit::sourceIds(QList<Source> *newSources, QList<Source> *editedSources) const
{
    QList<qint64> ids;
    for (const Entry &entry : m_entries) {
        if (entry.source.id == 0) {
            ids.append(EventDraft::placeholder(newSources->size()));
            newSources->append(entry.source);
            continue;
        }
        if (!ids.contains(entry.source.id)) {
            ids.append(entry.source.id);
            if (entry.source != m_known.value(entry.source.id)) {
                editedSources->append(entry.source);
            }
        }
    }
    return ids;
}

} // namespace entente
