// SPDX-License-Identifier: GPL-3.0-or-later
#include "filtercontrols.h"

#include "errorguard.h"
#include "eventstore.h"
#include "filterchips.h"
#include "filterpanel.h"
#include "savedviewsmenu.h"
#include "searchcontroller.h"
#include "timelineview.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>

namespace entente {

FilterControls::FilterControls(QMainWindow *window, SearchController *search, TimelineView *view)
    : QObject(window), m_search(search), m_view(view),
      m_dock(new QDockWidget(tr("Filters"), window)), m_panel(new FilterPanel),
      m_chips(new FilterChips(window))
{
    m_dock->setObjectName(QStringLiteral("filterDock"));
    auto *scroll = new QScrollArea(m_dock);
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_dock->setWidget(scroll);
    m_dock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_panel, &FilterPanel::criteriaChanged, this,
            ErrorGuard::slot(this, &FilterControls::applyCriteria));
    connect(m_chips, &FilterChips::criteriaChanged, this,
            ErrorGuard::slot(this, &FilterControls::applyCriteria));
    connect(m_search, &SearchController::criteriaChanged, this,
            ErrorGuard::slot(this, &FilterControls::showCriteria));
    connect(m_search, &SearchController::actorCountsChanged, m_panel,
            ErrorGuard::slot(m_panel, &FilterPanel::setActorCounts));
    showCriteria(m_search->criteria());
}

SavedViewsMenu *FilterControls::createSavedViewsMenu(EditActions *editing, QMenu *parent)
{
    m_savedViews = new SavedViewsMenu(
        editing, [this] { return currentView(); }, parent);
    m_savedViews->setTitle(tr("Saved &Views"));
    m_savedViews->setStore(m_store);
    connect(m_savedViews, &SavedViewsMenu::applyRequested, this,
            ErrorGuard::slot(this, &FilterControls::apply));
    return m_savedViews;
}

void FilterControls::setStore(EventStore *store)
{
    m_store = store;
    m_panel->setStore(store);
    if (m_savedViews) {
        m_savedViews->setStore(store);
    }
    showCriteria(m_search->criteria());
}

void FilterControls::showCriteria(const EventCriteria &criteria)
{
    m_panel->setCriteria(criteria);
    QHash<qint64, Actor> actors;
    if (m_store && !criteria.actors.isEmpty()) {
        for (const Actor &actor : m_store->actors()) {
            actors.insert(actor.id, actor);
        }
    }
    m_chips->setCriteria(criteria, actors);
}

// The panel and the chips hand back the whole criteria, the search text included.
void FilterControls::applyCriteria(const EventCriteria &criteria)
{
    m_search->setCriteria(criteria);
}

SavedView FilterControls::currentView() const
{
    SavedView view;
    view.criteria = m_search->criteria();
    view.visible = std::make_pair(m_view->scale().visibleFrom(), m_view->scale().visibleTo());
    view.lanes = SavedView::laneModes().value(int(m_view->laneMode()));
    return view;
}

void FilterControls::apply(const SavedView &view)
{
    applyCriteria(view.criteria);
    const qsizetype lanes = SavedView::laneModes().indexOf(view.lanes);
    if (lanes >= 0 && LaneModel::Mode(lanes) != m_view->laneMode()) {
        emit lanesRequested(LaneModel::Mode(lanes));
    }
    if (view.visible) {
        m_view->setVisibleRange(view.visible->first, view.visible->second);
    }
}

} // namespace entente
