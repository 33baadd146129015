// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist.h"

#include <QScopedValueRollback>
#include <QSet>

#include <algorithm>

namespace entente {

namespace {

constexpr int ValueRole = Qt::UserRole;
constexpr int VisibleRows = 5; // a panel of several lists shows a few rows of each
constexpr int MinimumRows = 2;

} // namespace

CheckList::CheckList(QWidget *parent) : QListWidget(parent)
{
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // No taller than its rows (up to VisibleRows): a list of one outlet is one row high.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    connect(this, &QListWidget::itemChanged, this, &CheckList::onItemChanged);
    // Enter and a double click tick too, not only Space and the box.
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
}

void CheckList::setValues(const QList<Value> &values)
{
    const QStringList checked = checkedValues();
    {
        const QScopedValueRollback updating(m_updating, true);
        clear();
        m_items.clear();
    }
    addValues(values);
    setCheckedValues(checked);
}

void CheckList::addValues(const QList<Value> &values)
{
    const QScopedValueRollback updating(m_updating, true);
    for (const Value &value : values) {
        if (!m_items.contains(value.value)) {
            append(value);
        }
    }
}

QStringList CheckList::checkedValues() const
{
    return m_checked;
}

void CheckList::setCheckedValues(const QStringList &values)
{
    const QScopedValueRollback updating(m_updating, true);
    m_checked = values;
    for (const QString &value : values) {
        if (!m_items.contains(value)) {
            append({value, QString()});
        }
    }
    const QSet<QString> wanted(values.cbegin(), values.cend());
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        it.value()->setCheckState(wanted.contains(it.key()) ? Qt::Checked : Qt::Unchecked);
    }
}

QSize CheckList::sizeHint() const
{
    return {QListWidget::sizeHint().width(), heightOfRows(std::clamp(count(), 1, VisibleRows))};
}

// A scroll area asks room for its scroll bars' arrows, more than one row: a list of one outlet
// would stand three rows high.
QSize CheckList::minimumSizeHint() const
{
    return {QListWidget::minimumSizeHint().width(),
            heightOfRows(std::clamp(count(), 1, MinimumRows))};
}

int CheckList::heightOfRows(int rows) const
{
    const int rowHeight = count() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 4;
    return rows * rowHeight + 2 * frameWidth();
}

QListWidgetItem *CheckList::append(const Value &value)
{
    auto *item = new QListWidgetItem(value.icon, value.label.isEmpty() ? value.value : value.label);
    item->setData(ValueRole, value.value);
    item->setToolTip(item->text()); // the row may be cut at the panel's edge
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    addItem(item);
    m_items.insert(value.value, item);
    updateGeometry();
    return item;
}

void CheckList::onItemChanged(QListWidgetItem *item)
{
    if (m_updating) {
        return;
    }
    const QString value = item->data(ValueRole).toString();
    m_checked.removeAll(value);
    if (item->checkState() == Qt::Checked) {
        m_checked.append(value);
    }
    emit checkedChanged();
}

} // namespace entente
