// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventcriteria.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolButton;

namespace entente {

class ActorFilterTree;
class BackgroundRead;
class CheckList;
class EventStore;
class PartialDateEdit;
struct StoreChange;

// The filters of issue 13, in a dock: actors, categories, tags, dates, importance, source
// outlets and two flags, edited as one EventCriteria. The search text is the search field's:
// the panel keeps the query it was given and hands it back unchanged.
class FilterPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget *parent = nullptr);
    ~FilterPanel() override;

    // Lists the store's actors, categories, tags and outlets, and follows its changes.
    void setStore(EventStore *store);
    // Shows these criteria; emits nothing.
    void setCriteria(const EventCriteria &criteria);
    EventCriteria criteria() const;

public slots:
    // Events that match per actor id (key 0: without actors), shown beside the names.
    void setActorCounts(const QHash<qint64, qint64> &counts);

signals:
    // The user changed a filter (typing a date: once it pauses).
    void criteriaChanged(const entente::EventCriteria &criteria);

private:
    QWidget *makeDates();
    QWidget *makeFlags();
    void reload();
    void loadCategories();
    void loadTagsAndOutlets();
    void onStoreChanged(const StoreChange &change);
    void addValuesOf(const QList<qint64> &eventIds);
    void clearAll();
    void emitIfChanged();

    QPointer<EventStore> m_store;
    ActorFilterTree *m_actors;
    CheckList *m_categories;
    CheckList *m_tags;
    PartialDateEdit *m_from;
    PartialDateEdit *m_to;
    QToolButton *m_clearFrom;
    QToolButton *m_clearTo;
    QSpinBox *m_importance;
    CheckList *m_outlets;
    QCheckBox *m_hasRelations;
    QCheckBox *m_approximateOnly;
    QPushButton *m_clearAll;
    QTimer *m_typingDelay;
    std::unique_ptr<BackgroundRead> m_reading; // the tags and outlets, while they are read
    QString m_query;
    EventCriteria m_shown; // what the last signal (or setCriteria) said
};

} // namespace entente
