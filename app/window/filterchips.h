// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventcriteria.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QHBoxLayout;
class QScrollArea;

namespace entente {

class FilterChip;

// The row above the timeline that names the active search and filters, one chip each (one per
// actor, category, tag and outlet; one for the dates, the importance, each flag and the search
// text), so that each goes with its ×. Hidden while nothing is asked.
class FilterChips final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterChips(QWidget *parent = nullptr);

    // Shows a chip per criterion, actors named from `actors` (an unknown id as "#id").
    void setCriteria(const EventCriteria &criteria, const QHash<qint64, Actor> &actors);
    EventCriteria criteria() const { return m_criteria; }
    QList<FilterChip *> chips() const { return m_chips; }

signals:
    // A chip was removed: the criteria without it.
    void criteriaChanged(const entente::EventCriteria &criteria);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fitHeight();
    void removeChip(FilterChip *chip, const std::function<void(EventCriteria &)> &without);

    QScrollArea *m_scroll;
    QHBoxLayout *m_row;
    QList<FilterChip *> m_chips;
    EventCriteria m_criteria;
    QHash<qint64, Actor> m_actors;
};

} // namespace entente
