// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventcriteria.h"

#include <QDockWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;
class QToolButton;

namespace entente {

class MatchSet;
class SearchController;
class SearchResultsModel;

// The search field and its results: the query goes to the window's SearchController as the
// user types (after a short pause), the hits are listed with their dates and snippets, in time
// or relevance order, and activating one says which event to show.
class SearchDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit SearchDock(SearchController *controller, QWidget *parent = nullptr);
    ~SearchDock() override;

    QLineEdit *field() const { return m_field; }
    QListView *results() const { return m_results; }
    SearchResultsModel *model() const { return m_model.get(); }
    QToolButton *relevanceToggle() const { return m_relevance; }
    // "12 matches", or why there are none.
    QString countText() const;

public slots:
    // Ctrl+F: shown, the field focused with its text selected.
    void focusField();
    // Empties the field and asks nothing at once, without waiting for a pause.
    void clearQuery();

signals:
    // Enter or a double click on a result.
    void eventActivated(qint64 eventId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int TypingPauseMs = 150;

    void applyQuery();
    void onStoreSet();
    void onCriteriaChanged(const entente::EventCriteria &criteria);
    void onMatchesChanged(const std::shared_ptr<const entente::MatchSet> &matches);

    SearchController *m_controller;
    QLineEdit *m_field;
    QToolButton *m_relevance;
    QLabel *m_count;
    QListView *m_results;
    QTimer *m_typing;
    std::unique_ptr<SearchResultsModel> m_model;
};

} // namespace entente
