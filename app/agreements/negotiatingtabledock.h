// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "negotiatingtable.h"

#include <QDockWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace entente {

class BackgroundRead;
class CheckList;
class EventStore;
class NegotiatingTableView;
class PartialDateEdit;
struct StoreChange;

// View ▸ Negotiating Table (Ctrl+Shift+T): the table (NegotiatingTableView) beside its
// filters (peace process, from and to, categories) and Export…. The events of the ticked
// categories are read on a thread (NegotiatingTableInput through BackgroundRead) when the dock
// is shown and after a write that may change the table; the process and the dates filter what
// was read without reading again.
class NegotiatingTableDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit NegotiatingTableDock(QWidget *parent = nullptr);
    ~NegotiatingTableDock() override;
    Q_DISABLE_COPY_MOVE(NegotiatingTableDock)

    void setStore(EventStore *store);
    // The window's current event, whose column is marked.
    void setCurrentEvent(qint64 eventId);
    // Writes the table as shown to `path` (png, svg, pdf or csv); throws Error.
    void exportTo(const QString &path) const;

    NegotiatingTableView *view() const { return m_view; }
    QComboBox *processBox() const { return m_process; }
    PartialDateEdit *fromEdit() const { return m_from; }
    PartialDateEdit *toEdit() const { return m_to; }
    CheckList *categoryList() const { return m_categories; }

signals:
    void eventActivated(qint64 eventId); // a cell was clicked
    void tableShown();                   // the view shows a table read afresh or filtered
    void failed(const QString &message);

private:
    QWidget *createFilters();
    void loadCategories();
    NegotiatingTable::Options options() const;
    void onStoreChanged(const StoreChange &change);
    void reload();
    void onRead();
    void rebuild();
    void listProcesses();
    void exportTable();

    EventStore *m_store = nullptr;
    NegotiatingTableView *m_view;
    QComboBox *m_process;
    PartialDateEdit *m_from;
    PartialDateEdit *m_to;
    CheckList *m_categories;
    QPushButton *m_export;
    QLabel *m_status;
    std::unique_ptr<BackgroundRead> m_reading;
    struct Read
    {
        NegotiatingTable::Input input;
        bool cut = false; // events were left out
    };
    std::shared_ptr<Read> m_read;    // what m_reading fills
    NegotiatingTable::Input m_input; // the last read
    bool m_stale = true;             // the store changed since the last read
};

} // namespace entente
