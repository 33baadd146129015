// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace entente {

class EventListModel;
class EventStore;

// How an event relates to others: a row per relation, with its direction (this event led to
// the other, or the other to this one), its type, the other event picked by title with
// completion, and a note.
class RelationsEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit RelationsEdit(QWidget *parent = nullptr);

    // The event's relations (eventId 0 for a new event).
    void setRelations(EventStore *store, qint64 eventId, const QList<Relation> &relations);
    // The relations as the rows say; an end of 0 is this event.
    QList<Relation> relations() const;
    // Why a row cannot be stored ("" when all can), for the message under the table.
    QString problem() const;

    QTableWidget *table() const { return m_table; }
    // A new row, or one for a relation the event has.
    void addRow(const Relation &relation = {});
    QLabel *problemLabel() const { return m_problem; }

signals:
    void edited();

private:
    QComboBox *newTypeField(const QString &current);
    QLineEdit *newEventField(qint64 otherId);
    qint64 otherIdAt(int row) const;
    void removeRow(QWidget *cellWidget);

    QTableWidget *m_table;
    QLabel *m_problem;
    EventStore *m_store = nullptr;
    EventListModel *m_events = nullptr; // the completion's titles, filtered as typed
    qint64 m_eventId = 0;
};

} // namespace entente
