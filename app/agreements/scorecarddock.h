// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partialdate.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>

class QComboBox;
class QLayout;
class QPushButton;

namespace entente {

class EventStore;
class MainWindow;
class PartialDateEdit;
class ScorecardView;
struct StoreChange;

// View ▸ Agreement Scorecard (Ctrl+Shift+K): the scorecard of the agreement selected on the
// timeline, or of the one chosen in its list of the file's agreements; From and To (the
// negotiating table's date fields) narrow or widen its time range, remembered per agreement
// while the window is open, and Fit returns to the agreement's span; an Export… button (the
// export shows the range chosen).
// A click on a mark selects its event in the window. It reads again when a write touches the
// agreement (its provisions, links and assessments name it), an event linked to it, or the
// file's agreements; while hidden it only notes that it must.
class ScorecardDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScorecardDock)

public:
    explicit ScorecardDock(MainWindow *window);

    ScorecardView *view() const { return m_view; }
    QComboBox *agreements() const { return m_agreements; }
    PartialDateEdit *fromEdit() const { return m_from; }
    PartialDateEdit *toEdit() const { return m_to; }
    QPushButton *fitButton() const { return m_fit; }
    qint64 agreementId() const;
    // Shows this agreement's scorecard, if it is one of the file's agreements.
    void showAgreement(qint64 eventId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setStore(EventStore *store);
    void onStoreChanged(const StoreChange &change);
    void followSelection(qint64 eventId);
    void listAgreements();
    void read();
    void readWhenShown();
    void floatOverWindow();
    QLayout *createRangeBar();
    void showRange();
    void onRangeEdited();
    void fit();

    MainWindow *m_window;
    QPointer<EventStore> m_store; // the window's: gone when another file opens
    QComboBox *m_agreements;
    ScorecardView *m_view;
    PartialDateEdit *m_from;
    PartialDateEdit *m_to;
    QPushButton *m_fit;
    struct Range
    {
        PartialDate from;
        PartialDate to;
    };
    QHash<qint64, Range> m_ranges; // by agreement; none: its own span
    bool m_stale = false;
    bool m_shown = false;
};

} // namespace entente
