// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasettable.h"

#include "cancelled.h"
#include "error.h"
#include "validator.h"

#include <algorithm>

namespace entente {

DatasetTable::DatasetTable(QIODevice &device, const QString &fileName, ImportReport *report,
                           const ImportProgress &progress)
    : m_text(&device), m_csv(m_text, QChar(), fileName), m_fileName(fileName), m_report(report),
      m_progress(progress)
{
    m_lastTexts.resize(header().size());
}

int DatasetTable::column(QLatin1StringView name) const
{
    return int(header().indexOf(name));
}

int DatasetTable::requiredColumn(QLatin1StringView name, const QString &format) const
{
    const int index = column(name);
    if (index < 0) {
        throw Error(tr("%1:1: the header has no column “%2”, which %3 files have")
                        .arg(m_fileName, name, format));
    }
    return index;
}

bool DatasetTable::next()
{
    if (!m_csv.next(&m_fields, &m_line)) {
        warnAboutEncoding();
        step();
        return false;
    }
    if (++m_rows % ProgressEvery == 0) {
        step();
    }
    return true;
}

QStringView DatasetTable::field(int column) const
{
    if (column < 0 || column >= m_fields.size()) {
        return {};
    }
    const QStringView value = m_fields.at(column);
    // Most fields have nothing to trim: seen from their ends, cheaper than a trim.
    if (value.isEmpty() || (!value.front().isSpace() && !value.back().isSpace())) {
        return value;
    }
    return value.trimmed();
}

QString DatasetTable::text(int column) const
{
    const QStringView value = field(column);
    if (value.isEmpty() || column >= m_lastTexts.size()) {
        return value.toString();
    }
    QString &last = m_lastTexts[column];
    if (QStringView(last) != value) {
        last = value.toString();
    }
    return last;
}

void DatasetTable::problem(const QString &column, const QString &message) const
{
    m_report->problem(m_fileName, m_line, column, message);
}

bool DatasetTable::isValid(const Event &event) const
{
    const QList<Validator::Problem> problems = Validator::check(event);
    for (const Validator::Problem &problem : problems) {
        this->problem(problem.field, problem.message);
    }
    return problems.isEmpty();
}

QList<DatasetTable::KeptColumn>
DatasetTable::keptColumns(const QString &prefix, std::initializer_list<const char *> names) const
{
    QList<KeptColumn> kept;
    for (const char *name : names) {
        if (const int index = column(QLatin1StringView(name)); index >= 0) {
            kept.append({index, prefix + QLatin1StringView(name)});
        }
    }
    return kept;
}

QList<DatasetTable::KeptColumn> DatasetTable::inAttributeOrder(QList<KeptColumn> columns)
{
    std::stable_sort(columns.begin(), columns.end(), [](const KeptColumn &a, const KeptColumn &b) {
        return a.attribute < b.attribute;
    });
    return columns;
}

void DatasetTable::keep(const QList<KeptColumn> &columns, QMap<QString, QString> *attributes) const
{
    if (keepAsBefore(columns, attributes)) {
        return;
    }
    const bool fresh = attributes->isEmpty();
    m_lastFilled.resize(0);
    for (const KeptColumn &kept : columns) {
        if (const QString value = text(kept.column); !value.isEmpty()) {
            // The end as a hint: std::map checks it against its neighbour, and searches only
            // when it is wrong.
            attributes->insert(attributes->cend(), kept.attribute, value);
            m_lastFilled.append(kept);
        }
    }
    // Only a map of nothing but these columns can be copied for the next row.
    m_lastKept = fresh ? *attributes : QMap<QString, QString>();
}

// Most rows fill the same columns as the row before: their attributes are then a copy of that
// row's map (its shape copied as it is, without a search or rebalancing) with this row's values.
bool DatasetTable::keepAsBefore(const QList<KeptColumn> &columns,
                                QMap<QString, QString> *attributes) const
{
    // The same columns, by the same strings: m_lastFilled holds them, so equal data is the same.
    const auto sameKept = [](const KeptColumn &a, const KeptColumn &b) {
        return a.column == b.column && a.attribute.constData() == b.attribute.constData();
    };
    qsizetype filled = 0;
    for (const KeptColumn &kept : columns) {
        if (!field(kept.column).isEmpty() &&
            (filled == m_lastFilled.size() || !sameKept(kept, m_lastFilled.at(filled++)))) {
            return false;
        }
    }
    if (filled != m_lastFilled.size() || m_lastKept.size() != filled || !attributes->isEmpty() ||
        m_lastKept.isEmpty()) {
        return false;
    }
    // The map's order is the attributes', which may not be the columns': each key is checked.
    QMap<QString, QString> kept = m_lastKept;
    auto it = kept.begin();
    for (const KeptColumn &column : m_lastFilled) {
        if (it.key().constData() != column.attribute.constData()) {
            return false;
        }
        it.value() = text(column.column);
        ++it;
    }
    *attributes = kept;
    m_lastKept = std::move(kept);
    return true;
}

// Progress in bytes of the file: the number of rows is not known before the end.
void DatasetTable::step()
{
    Cancelled::unlessGoingOn(m_progress, m_csv.bytesRead(), m_csv.totalBytes());
}

void DatasetTable::warnAboutEncoding() const
{
    const QList<int> &lines = m_text.nonUtf8Lines();
    if (lines.isEmpty()) {
        return;
    }
    QStringList numbers;
    for (const int line : lines) {
        numbers.append(QString::number(line));
    }
    const int count = m_text.nonUtf8LineCount();
    const QString message =
        count == 1 ? tr("a line not in UTF-8, read as Windows-1252: %1")
                   : tr("%n lines not in UTF-8, read as Windows-1252: %1", nullptr, count);
    m_report->warning(m_fileName, lines.first(), QString(),
                      message.arg(numbers.join(QStringLiteral(", ")) +
                                  (count > lines.size() ? QStringLiteral(", …") : QString())));
}

} // namespace entente
