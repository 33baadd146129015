// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QPointer>

namespace entente {

class EventStore;
class SourceLookup;

// One source of the timeline, for a provision link or an assessment: picked the way the event
// editor cites one (typing part of its outlet or title; ↓ lists them), shown by its label.
// Emptying the field chooses none; text that names no source goes back to the chosen one.
class SourceField final : public QLineEdit
{
    Q_OBJECT

public:
    explicit SourceField(QWidget *parent = nullptr);

    void setStore(EventStore *store);
    void setSourceId(qint64 sourceId); // 0: none
    qint64 sourceId() const { return m_sourceId; }
    SourceLookup *lookup() const { return m_lookup; }

signals:
    // The user picked a source or emptied the field.
    void sourceChosen(qint64 sourceId);

private:
    void choose(qint64 sourceId);
    void onEditingFinished();
    QString labelOf(qint64 sourceId) const;

    SourceLookup *m_lookup;
    QPointer<EventStore> m_store;
    qint64 m_sourceId = 0;
};

} // namespace entente
