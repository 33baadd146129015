// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lanemodel.h"
#include "savedview.h"

#include <QObject>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace entente {

class EditActions;

class EventStore;
class FilterChips;
class FilterPanel;
class SavedViewsMenu;
class SearchController;
class TimelineView;

// The filters of a window, kept in step with its search (SearchController, the one owner of
// what is asked): the filter dock (FilterPanel), the chips above the timeline (FilterChips)
// and View ▸ Saved Views (SavedViewsMenu), which saves the search, the filters, the visible
// range and the lanes, and applies them again.
class FilterControls final : public QObject
{
    Q_OBJECT

public:
    FilterControls(QMainWindow *window, SearchController *search, TimelineView *view);

    QDockWidget *dock() const { return m_dock; }
    FilterChips *chips() const { return m_chips; }
    FilterPanel *panel() const { return m_panel; }
    // The Saved Views menu, made once the window has its undo stack.
    SavedViewsMenu *createSavedViewsMenu(EditActions *editing, QMenu *parent);
    void setStore(EventStore *store);

signals:
    // A saved view asks for these lanes; the window switches as its menu would.
    void lanesRequested(entente::LaneModel::Mode mode);

private:
    void showCriteria(const EventCriteria &criteria);
    void applyCriteria(const EventCriteria &criteria);
    SavedView currentView() const;
    void apply(const SavedView &view);

    SearchController *m_search;
    TimelineView *m_view;
    QDockWidget *m_dock;
    FilterPanel *m_panel;
    FilterChips *m_chips;
    SavedViewsMenu *m_savedViews = nullptr;
    EventStore *m_store = nullptr;
};

} // namespace entente
