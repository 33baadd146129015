// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcefield.h"

#include "errorguard.h"
#include "eventstore.h"
#include "sourcelookup.h"

namespace entente {

SourceField::SourceField(QWidget *parent) : QLineEdit(parent), m_lookup(new SourceLookup(this))
{
    setPlaceholderText(tr("None: type part of an outlet or title (↓ lists them)"));
    setClearButtonEnabled(true);
    connect(m_lookup, &SourceLookup::picked, this, ErrorGuard::slot(this, &SourceField::choose));
    connect(this, &QLineEdit::editingFinished, this,
            ErrorGuard::slot(this, &SourceField::onEditingFinished));
}

void SourceField::setStore(EventStore *store)
{
    m_store = store;
    m_lookup->setStore(store);
}

void SourceField::setSourceId(qint64 sourceId)
{
    m_sourceId = sourceId;
    setText(labelOf(sourceId));
}

void SourceField::choose(qint64 sourceId)
{
    setSourceId(sourceId);
    m_lookup->hidePopup();
    emit sourceChosen(sourceId);
}

void SourceField::onEditingFinished()
{
    if (text().trimmed().isEmpty()) {
        if (m_sourceId != 0) {
            choose(0);
        }
        return;
    }
    if (text() != labelOf(m_sourceId)) {
        setText(labelOf(m_sourceId)); // typed, not picked: names no source
    }
}

QString SourceField::labelOf(qint64 sourceId) const
{
    const std::optional<Source> source =
        sourceId != 0 && m_store ? m_store->source(sourceId) : std::nullopt;
    return source ? SourceLookup::label(*source) : QString();
}

} // namespace entente
