// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"
#include "event.h"
#include "importprogress.h"
#include "importreport.h"
#include "textreader.h"

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

class QIODevice;

namespace entente {

// The rows of a dataset's CSV file (ACLED, UCDP GED, PA-X) as their readers take them: one
// record at a time from a stream, never the whole file; columns found once by name in the
// header, so that a row costs an index per field; progress every few hundred rows; problems
// of the row being read put in the report with its line; lines that were not UTF-8 named in
// a warning at the end.
class DatasetTable final
{
    Q_DECLARE_TR_FUNCTIONS(entente::DatasetTable)

public:
    static constexpr int ProgressEvery = 256; // rows between calls of the progress function

    // Reads the header. Throws Error with the file's name when it cannot be read.
    DatasetTable(QIODevice &device, const QString &fileName, ImportReport *report,
                 const ImportProgress &progress);

    // The index of a column, -1 when the header has none of that name.
    int column(QLatin1StringView name) const;
    // The index of a column without which the file is not of `format` ("ACLED"): throws Error
    // "file:1: …" when it is missing.
    int requiredColumn(QLatin1StringView name, const QString &format) const;
    const QStringList &header() const { return m_csv.header().fields; }

    // The next row; false at the end. Throws Cancelled when the progress function says stop.
    bool next();
    // A field of the row, without surrounding white space; empty for column -1 and for a row
    // too short to have it.
    QStringView field(int column) const;
    QString text(int column) const { return field(column).toString(); }
    int line() const { return m_record.line; } // where the row begins

    // Notes a problem of the row being read in `column`.
    void problem(const QString &column, const QString &message) const;
    // Whether the Validator takes `event`; if not, its problems are noted as the row's.
    bool isValid(const Event &event) const;
    // The field in `column`, when there is one, into the attribute `name`.
    void keep(int column, const QString &name, QMap<QString, QString> *attributes) const;
    const QString &fileName() const { return m_fileName; }
    ImportReport *report() const { return m_report; }

private:
    void step();
    void warnAboutEncoding() const;

    TextReader m_text;
    CsvReader m_csv;
    QString m_fileName;
    ImportReport *m_report;
    ImportProgress m_progress;
    CsvReader::Record m_record;
    qint64 m_rows = 0;
};

} // namespace entente
