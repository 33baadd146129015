// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QList>

class QTableView;

namespace entente {

struct EventCriteria;
class EventListModel;
class EventStore;

// The Events dock: the events the window's search and filters let through. It keeps the
// list's rows selected as the window's selection, and says when the user selects others;
// filtering and sorting are the model's, by the store, so a million-event list is never read
// whole.
class EventListDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit EventListDock(QWidget *parent = nullptr);
    ~EventListDock() override;

    void setStore(EventStore *store);
    QTableView *table() const { return m_table; }
    EventListModel *model() const { return m_model; }
    // How the list stands, to follow the event count in the status bar: "" when it lists
    // every event.
    QString summary() const;

public slots:
    // Selects the rows of these events, the first one current, and scrolls to it; it is
    // selected again when the list reloads. Says nothing back.
    void showSelection(const QList<qint64> &eventIds);
    // Lists only the events these let through (the SearchController's).
    void setCriteria(const entente::EventCriteria &criteria);

signals:
    // The user selected rows: their events, the current one first.
    void selectionChanged(const QList<qint64> &eventIds);
    void summaryChanged();
    // Listing the events failed on the listing's thread: what to tell the user.
    void failed(const QString &message);

private:
    void onRowsSelected();
    void onLoaded();

    QTableView *m_table;
    EventListModel *m_model = nullptr;
    QList<qint64> m_shown; // the selection the rows follow
    bool m_syncing = false;
};

} // namespace entente
