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

void DatasetTable::keep(const QList<KeptColumn> &columns, Attributes *attributes) const
{
    // One allocation for all the row's columns. Copying the row before's attributes and
    // setting this row's values (what spared a map its nodes) would cost the same one.
    attributes->reserve(attributes->size() + columns.size());
    for (const KeptColumn &kept : columns) {
        if (const QString value = text(kept.column); !value.isEmpty()) {
            attributes->insert(kept.attribute, value);
        }
    }
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
