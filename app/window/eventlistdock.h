// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QList>

class QLineEdit;
class QTableView;
class QTimer;

namespace entente {

class EventFilter;
class EventListModel;
class EventStore;

// The Events dock: a filter line over the list of events. It keeps the list's rows selected
// as the window's selection, and says when the user selects others; sorting is the model's,
// by the store, so a million-event list is never read whole.
class EventListDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit EventListDock(QWidget *parent = nullptr);
    ~EventListDock() override;

    void setStore(EventStore *store);
    QTableView *table() const { return m_table; }
    QLineEdit *filterLine() const { return m_filter; }
    EventListModel *model() const { return m_model; }
    // The filter as last applied to the list (the text typed may be newer).
    QString appliedFilter() const;
    // How the list stands, to follow the event count in the status bar: "" when it lists
    // every event.
    QString summary() const;

public slots:
    // Selects the rows of these events, the first one current, and scrolls to it; it is
    // selected again when the list reloads. Says nothing back.
    void showSelection(const QList<qint64> &eventIds);
    void focusFilter();
    // Empties the filter and lists every event at once, without waiting for a pause.
    void clearFilter();

signals:
    // The user selected rows: their events, the current one first.
    void selectionChanged(const QList<qint64> &eventIds);
    // The filter applied to the list, for the timeline to dim what it leaves out.
    void filterApplied(const EventFilter &filter);
    void summaryChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void onRowsSelected();
    void onLoaded();

    QTableView *m_table;
    QLineEdit *m_filter;
    QTimer *m_filterDelay;
    EventListModel *m_model = nullptr;
    QList<qint64> m_shown; // the selection the rows follow
    bool m_syncing = false;
};

} // namespace entente
