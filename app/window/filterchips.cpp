// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterchips.h"

#include "errorguard.h"
#include "filterchip.h"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>

#include <algorithm>
#include <functional>

namespace entente {

namespace {

// One criterion: the criteria that ask only it (for its label), and how to take it out.
struct Part
{
    EventCriteria alone;
    std::function<void(EventCriteria &)> without;
};

// A part per value of a list: one chip per actor, per category and so on.
template <typename T>
void addEach(QList<Part> &parts, const QList<T> &values, QList<T> EventCriteria::*list)
{
    for (const T &value : values) {
        Part part;
        (part.alone.*list).append(value);
        part.without = [list, value](EventCriteria &c) { (c.*list).removeAll(value); };
        parts.append(part);
    }
}

template <typename T>
void addOne(QList<Part> &parts, const T &value, T EventCriteria::*member)
{
    if (value != T()) {
        Part part;
        part.alone.*member = value;
        part.without = [member](EventCriteria &c) { c.*member = T(); };
        parts.append(part);
    }
}

// In the order EventCriteria::describe names them.
QList<Part> partsOf(const EventCriteria &criteria)
{
    QList<Part> parts;
    addOne(parts, criteria.query, &EventCriteria::query);
    addEach(parts, criteria.actors, &EventCriteria::actors);
    addEach(parts, criteria.categories, &EventCriteria::categories);
    addEach(parts, criteria.tags, &EventCriteria::tags);
    if (criteria.from || criteria.to) {
        Part dates;
        dates.alone.from = criteria.from;
        dates.alone.to = criteria.to;
        dates.without = [](EventCriteria &c) { c.from = c.to = std::nullopt; };
        parts.append(dates);
    }
    addOne(parts, criteria.minImportance, &EventCriteria::minImportance);
    addEach(parts, criteria.outlets, &EventCriteria::outlets);
    addOne(parts, criteria.hasRelations, &EventCriteria::hasRelations);
    addOne(parts, criteria.approximateOnly, &EventCriteria::approximateOnly);
    return parts;
}

} // namespace

FilterChips::FilterChips(QWidget *parent)
    : QWidget(parent), m_scroll(new QScrollArea(this)), m_row(new QHBoxLayout(new QWidget))
{
    m_row->setContentsMargins(4, 2, 4, 2);
    m_row->setSpacing(4);
    m_row->addStretch(1);
    // Many chips scroll sideways rather than squeeze the timeline below them.
    m_scroll->setWidget(m_row->parentWidget());
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    hide();
}

void FilterChips::setCriteria(const EventCriteria &criteria, const QHash<qint64, Actor> &actors)
{
    m_criteria = criteria;
    m_actors = actors;
    rebuild();
}

void FilterChips::rebuild()
{
    for (FilterChip *chip : std::as_const(m_chips)) {
        m_row->removeWidget(chip);
        chip->hide();
        chip->deleteLater(); // its × may be what called
    }
    m_chips.clear();
    for (const Part &part : partsOf(m_criteria)) {
        const QString label = part.alone.describe(m_actors).value(0);
        if (label.isEmpty()) {
            continue; // a blank query, importance 1
        }
        auto *chip = new FilterChip(label, m_row->parentWidget());
        m_row->insertWidget(m_chips.size(), chip);
        chip->show(); // now, not when the layout gets to it: it may take the focus
        connect(
            chip, &FilterChip::removeRequested, this,
            ErrorGuard::slot([this, chip, without = part.without] { removeChip(chip, without); }));
        connect(chip, &FilterChip::focused, this,
                ErrorGuard::slot([this, chip] { m_scroll->ensureWidgetVisible(chip); }));
        m_chips.append(chip);
    }
    fitHeight();
    setHidden(m_chips.isEmpty());
}

void FilterChips::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

// One row of chips, and the scroll bar under it when they do not fit.
void FilterChips::fitHeight()
{
    if (m_chips.isEmpty()) {
        return;
    }
    const QWidget *content = m_row->parentWidget();
    const bool overflows = content->minimumSizeHint().width() > width();
    const int scrollBar = overflows ? m_scroll->horizontalScrollBar()->sizeHint().height() : 0;
    m_scroll->setFixedHeight(content->sizeHint().height() + scrollBar);
}

void FilterChips::removeChip(FilterChip *chip, const std::function<void(EventCriteria &)> &without)
{
    const bool hadFocus = chip->hasFocus();
    const qsizetype index = m_chips.indexOf(chip);
    without(m_criteria);
    rebuild();
    // The keyboard stays in the row: on the chip that took its place, else the one before.
    if (hadFocus && !m_chips.isEmpty()) {
        m_chips.at(std::min(index, m_chips.size() - 1))->setFocus();
    }
    emit criteriaChanged(m_criteria);
}

} // namespace entente
