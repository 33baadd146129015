// SPDX-License-Identifier: GPL-3.0-or-later
#include "datecolumnreader.h"

#include "datasettable.h"

namespace entente {

DateColumnReader::DateColumnReader(QString column, DateOrder fallback)
    : m_column(std::move(column)), m_fallback(fallback)
{}

PartialDate DateColumnReader::read(const DatasetTable &table, int column, qsizetype eventIndex,
                                   bool *bad)
{
    const QStringView value = table.field(column);
    if (DateColumn::isPlaceholder(value)) {
        table.problem(m_column, tr("the row has no date"));
        *bad = true;
        return {};
    }
    m_dates.observe(value);
    if (m_settled == DateOrder::Unknown) {
        m_settled = m_dates.order();
    }
    const PartialDate date = DateColumn::parse(value, m_settled, &m_error);
    if (!date.isNull()) {
        return date;
    }
    const bool needsOrder =
        m_settled == DateOrder::Unknown && !DateColumn::parse(value, DateOrder::DayFirst).isNull();
    if (needsOrder) {
        m_waiting.append({eventIndex, table.line(), value.toString()});
    } else {
        table.problem(m_column, m_error);
        *bad = true;
    }
    return {};
}

void DateColumnReader::finish(const DatasetTable &table,
                              const std::function<void(qsizetype, const PartialDate &)> &apply,
                              QList<qsizetype> *bad)
{
    if (m_waiting.isEmpty()) {
        return;
    }
    const DateOrder order = m_settled != DateOrder::Unknown ? m_settled : m_fallback;
    if (m_settled == DateOrder::Unknown && order != DateOrder::Unknown) {
        table.report()->warning(
            table.fileName(), m_waiting.first().line, m_column,
            order == DateOrder::DayFirst
                ? tr("no date in the column shows whether the day or the month comes first "
                     "(“%1”); they were read with the day first, as this format writes them")
                      .arg(m_waiting.first().value)
                : tr("no date in the column shows whether the day or the month comes first "
                     "(“%1”); they were read with the month first, as this format writes them")
                      .arg(m_waiting.first().value));
    }
    QString error;
    for (const Waiting &waiting : m_waiting) {
        const PartialDate date = DateColumn::parse(waiting.value, order, &error);
        if (date.isNull()) {
            table.report()->problem(table.fileName(), waiting.line, m_column, error);
            bad->append(waiting.event);
        } else {
            apply(waiting.event, date);
        }
    }
    m_waiting.clear();
}

} // namespace entente
