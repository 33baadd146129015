// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchdock.h"

#include "errorguard.h"
#include "matchset.h"
#include "searchcontroller.h"
#include "searchhitdelegate.h"
#include "searchresultsmodel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace entente {

SearchDock::SearchDock(SearchController *controller, QWidget *parent)
    : QDockWidget(tr("Search"), parent), m_controller(controller), m_field(new QLineEdit(this)),
      m_relevance(new QToolButton(this)), m_count(new QLabel(this)), m_results(new QListView(this)),
      m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("searchDock"));
    // The syntax, where the user looks for it.
    m_field->setPlaceholderText(tr("words \"a phrase\" prefix* OR -not actor: category: source:"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search events"));
    m_field->installEventFilter(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingPauseMs);
    connect(m_field, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, ErrorGuard::slot(this, &SearchDock::applyQuery));

    m_relevance->setText(tr("Best first"));
    m_count->setTextFormat(Qt::PlainText); // also a search's error, which quotes the query
    m_relevance->setToolTip(tr("Best matches first, instead of in time order"));
    m_relevance->setCheckable(true);
    connect(m_relevance, &QToolButton::toggled, this, ErrorGuard::slot([this](bool best) {
                if (m_model) {
                    m_model->setOrder(best ? EventSearch::Order::Relevance
                                           : EventSearch::Order::Time);
                }
            }));
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    m_results->setUniformItemSizes(true); // every row two lines: no row is measured
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setAccessibleName(tr("Search results"));
    connect(m_results, &QAbstractItemView::activated, this,
            ErrorGuard::slot([this](const QModelIndex &index) {
                emit eventActivated(index.data(SearchResultsModel::EventIdRole).toLongLong());
            }));

    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_field);
    auto *status = new QHBoxLayout;
    status->addWidget(m_count, 1);
    status->addWidget(m_relevance);
    layout->addLayout(status);
    layout->addWidget(m_results, 1);
    setWidget(panel);

    connect(m_controller, &SearchController::criteriaChanged, this,
            ErrorGuard::slot(this, &SearchDock::onCriteriaChanged));
    connect(m_controller, &SearchController::matchesChanged, this,
            ErrorGuard::slot(this, &SearchDock::onMatchesChanged));
    connect(m_controller, &SearchController::failed, m_count, &QLabel::setText);
    onMatchesChanged(m_controller->matches());
}

SearchDock::~SearchDock() = default;

QString SearchDock::countText() const
{
    return m_count->text();
}

void SearchDock::focusField()
{
    show();
    raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchDock::clearQuery()
{
    m_field->clear();
    applyQuery();
}

void SearchDock::applyQuery()
{
    m_typing->stop();
    m_controller->setQuery(m_field->text());
}

void SearchDock::onCriteriaChanged(const EventCriteria &criteria)
{
    // Another file, or the query set from elsewhere: the field says what is asked.
    if (criteria.query != m_field->text() && !m_typing->isActive()) {
        const QSignalBlocker blocker(m_field);
        m_field->setText(criteria.query);
    }
}

void SearchDock::onMatchesChanged(const std::shared_ptr<const MatchSet> &matches)
{
    if (!m_model || m_model->store() != m_controller->store()) {
        m_results->setModel(nullptr);
        m_model.reset();
        if (m_controller->store()) {
            m_model = std::make_unique<SearchResultsModel>(m_controller->store());
            m_model->setOrder(m_relevance->isChecked() ? EventSearch::Order::Relevance
                                                       : EventSearch::Order::Time);
            m_results->setModel(m_model.get());
        }
    }
    if (m_model) {
        m_model->setCriteria(m_controller->criteria()); // the store may have changed too
    }
    if (!matches) {
        m_count->clear();
    } else {
        const int count = int(matches->count());
        m_count->setText(tr("%Ln matches", nullptr, count));
    }
}

bool SearchDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field || event->type() != QEvent::KeyPress) {
        return QDockWidget::eventFilter(watched, event);
    }
    const int key = static_cast<QKeyEvent *>(event)->key();
    // Esc empties the field, as in a browser's find bar; with nothing to clear it goes on.
    if (key == Qt::Key_Escape && !m_field->text().isEmpty()) {
        clearQuery();
        return true;
    }
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (enter && m_typing->isActive()) { // the results shown are of the text before
        applyQuery();
        return true;
    }
    // Down goes to the results, Enter shows the first.
    if ((key == Qt::Key_Down || enter) && m_model && m_model->rowCount() > 0) {
        const QModelIndex first = m_model->index(0, 0);
        m_results->setCurrentIndex(first);
        m_results->setFocus();
        if (enter) {
            emit eventActivated(first.data(SearchResultsModel::EventIdRole).toLongLong());
        }
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace entente
