// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datecolumn.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace entente {

class DatasetTable;

// A column of dates read row by row, with the day–month order decided for the whole column as
// DateColumn does it, without holding the file: a value that reads the same in either order,
// or in the order the values so far have settled, is read at once; one that needs an order not
// settled yet (05/02/2025 before any 13/02/2025) waits, with the row's event, and is read by
// finish() in the order the whole column settled. When nothing settles it, waiting values are
// read in the format's `fallback` order (with a warning), or reported as problems when the
// format has none.
class DateColumnReader final
{
    Q_DECLARE_TR_FUNCTIONS(entente::DateColumnReader)

public:
    DateColumnReader(QString column, DateOrder fallback);

    // The date in the field of the current row of `table`, or the null date: then either the
    // row's problem has been noted (no date, or one that cannot be read) and *bad is set, or
    // the value waits for the order and has been kept for the event at `eventIndex`, which the
    // caller adds as it would otherwise.
    PartialDate read(const DatasetTable &table, int column, qsizetype eventIndex, bool *bad);

    // Whether values wait for an order the column has not settled yet: until then, their events
    // cannot be handed on.
    bool waitsForOrder() const { return m_settled == DateOrder::Unknown && !m_waiting.isEmpty(); }

    // Reads the values that waited: `apply(eventIndex, date)` for each that reads; a problem for
    // each that does not, its event index appended to *bad. Called at the end of the file, or
    // before a chunk is handed on when nothing waitsForOrder(); none waits afterwards.
    void finish(const DatasetTable &table,
                const std::function<void(qsizetype event, const PartialDate &date)> &apply,
                QList<qsizetype> *bad);

private:
    struct Waiting
    {
        qsizetype event;
        int line;
        QString value;
    };

    QString m_column;
    DateOrder m_fallback;
    DateColumn m_dates;
    DateOrder m_settled = DateOrder::Unknown; // the order the first settling value gave
    QList<Waiting> m_waiting;
    QString m_error; // buffer, kept from row to row
};

} // namespace entente
