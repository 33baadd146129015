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

#include <initializer_list>

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
    // The field as a string: the same string as the row before's when the value is the same, so
    // that the many rows that repeat a country or a kind of event do not each copy it.
    QString text(int column) const;
    int line() const { return m_line; } // where the row begins

    // Notes a problem of the row being read in `column`.
    void problem(const QString &column, const QString &message) const;
    // Whether the Validator takes `event`; if not, its problems are noted as the row's.
    bool isValid(const Event &event) const;
    // A column kept as an event attribute.
    struct KeptColumn
    {
        int column;
        QString attribute;
    };
    // Those of the columns `names` that the header has, each kept as "<prefix><name>".
    QList<KeptColumn> keptColumns(const QString &prefix,
                                  std::initializer_list<const char *> names) const;
    // `columns` sorted by attribute, the order keep() takes them in fastest.
    static QList<KeptColumn> inAttributeOrder(QList<KeptColumn> columns);
    // The row's fields in those columns, those not empty, into their attributes: in one
    // allocation, each appended without a search when the columns come inAttributeOrder() and
    // the attributes hold none after them.
    void keep(const QList<KeptColumn> &columns, Attributes *attributes) const;
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
    QList<QStringView> m_fields; // the row's, into the CsvReader's buffer
    int m_line = 0;
    qint64 m_rows = 0;
    mutable QStringList m_lastTexts; // per column, what text() gave last
};

} // namespace entente
