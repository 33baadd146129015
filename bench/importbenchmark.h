// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace entente {

// The import figures of issue 12: an ACLED-shaped CSV of N generated rows imported end to end
// by `entente --import FILE --format acled --database NEW` (a child process, parsing
// included), into a new file and into a copy of a timeline that already holds a million
// events, against what SQLite alone needs for as many rows (bench/sqlite-floor.sql) in the
// same run.
class ImportBenchmark final
{
public:
    using Report = std::function<void(const QString &figure, double value, const QString &unit,
                                      const QJsonObject &context)>;

    ImportBenchmark(qint64 rows, const QString &program, const QString &fullDatabase, Report report)
        : m_rows(rows), m_program(program), m_fullDatabase(fullDatabase),
          m_report(std::move(report))
    {}

    int run();
    // Writes the generated CSV to `path` only (for callgrind runs of `entente --import`).
    int writeCsvOnly(const QString &path) const
    {
        writeCsv(path);
        return 0;
    }
    // The ACLED columns, and row `index` of the generated file as its 33 fields.
    static QStringList header();
    static QStringList row(qint64 index);

private:
    void writeCsv(const QString &path) const;
    double importSeconds(const QString &csv, const QString &database) const;
    double floorSeconds(const QString &database) const;
    double ownRowsFloorSeconds(const QString &imported, const QString &database) const;
    void reportRates(const QString &prefix, double seconds, double floor,
                     const QJsonObject &context) const;

    qint64 m_rows;
    QString m_program;
    QString m_fullDatabase;
    Report m_report;
};

} // namespace entente
