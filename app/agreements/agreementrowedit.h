// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace entente {

class EventStore;

// An agreement's own row: its stage (PA-X's five), its peace process (one of those in use, or a
// new one typed) and its end (superseded, denounced or lapsed) with the event that ended it,
// taken from the timeline's selection or found by searching. It writes nothing itself: when
// the user sets a value it asks for the row as the fields hold it.
class AgreementRowEdit final : public QWidget
{
    Q_OBJECT

public:
    using SelectedEvents = std::function<QList<qint64>()>;

    AgreementRowEdit(SelectedEvents selectedEvents, QWidget *parent = nullptr);

    void setStore(EventStore *store);
    // The agreement's row as stored (a default one, with its id, when it has none).
    void showAgreement(const Agreement &agreement);
    Agreement agreement() const;
    // The processes offered: those of the timeline's agreements, read again.
    void fillProcesses();

    QComboBox *stageBox() const { return m_stage; }
    QComboBox *processBox() const { return m_process; }
    QComboBox *endBox() const { return m_end; }
    QPushButton *endFromSelectionButton() const { return m_fromSelection; }
    QLineEdit *endSearchEdit() const { return m_endSearch; }

signals:
    void edited(const entente::Agreement &after);

private:
    QWidget *createEnd();
    void setEndEvent(qint64 eventId);
    void searchEndEvent(const QString &text);
    void finish();

    SelectedEvents m_selectedEvents;
    QPointer<EventStore> m_store;
    Agreement m_shown;
    qint64 m_endEventId = 0;
    bool m_showing = false;
    QComboBox *m_stage;
    QComboBox *m_process;
    QComboBox *m_end;
    QLabel *m_endEvent;
    QPushButton *m_fromSelection;
    QPushButton *m_clearEnd;
    QLineEdit *m_endSearch;
    QStandardItemModel *m_found;
    QCompleter *m_completer;
};

} // namespace entente
