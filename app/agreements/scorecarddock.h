// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QPointer>

class QComboBox;

namespace entente {

class EventStore;
class MainWindow;
class ScorecardView;
struct StoreChange;

// View ▸ Agreement Scorecard (Ctrl+Shift+K): the scorecard of the agreement selected on the
// timeline, or of the one chosen in its list of the file's agreements; an Export… button.
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

    MainWindow *m_window;
    QPointer<EventStore> m_store; // the window's: gone when another file opens
    QComboBox *m_agreements;
    ScorecardView *m_view;
    bool m_stale = false;
    bool m_shown = false;
};

} // namespace entente
