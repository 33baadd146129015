// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvmapping.h"
#include "csvreader.h"
#include "wholefilereader.h"

#include <QCoreApplication>
#include <QHash>

namespace entente {

// Reads a CSV, TSV or ;-separated file of no known format through a CsvMapping: each record an
// event (see CsvMapping::Field for what a column can be). Without a mapping, one is guessed from
// the header and the first rows (keeping the mapping's date order). The day–month order of the date
// columns is the mapping's, or what their values settle; when neither settles it, the read throws
// Error asking for it. A row without a title takes its description's first line; a date or
// importance that cannot be read, or no title at all, is a problem of its row. Without a uid
// column, an event's uid is made from its date and title, so that importing the same file again
// finds it; a short id in a uid column is qualified by the column's name (see uidOf). A cell of
// links gives a source per link. Actors new to the timeline are of their column's kind.
class MappedCsvReader final : public WholeFileReader
{
    Q_DECLARE_TR_FUNCTIONS(entente::MappedCsvReader)

public:
    // A file's records, read before they are mapped: what the mapping dialog previews.
    struct Table
    {
        QStringList header;
        QList<CsvReader::Record> records;
        QList<ImportProblem> warnings; // lines read as Windows-1252
        QChar delimiter;               // the one the fields were split at
    };
    static constexpr int GuessRows = 20; // rows a mapping is guessed from and previewed with

    explicit MappedCsvReader(CsvMapping mapping = {}) : m_mapping(std::move(mapping)) {}

    using DatasetReader::read;

    // Reads every record, split at `delimiter` (null: the one detected). Throws Error (not CSV)
    // or Cancelled.
    static Table readTable(QIODevice &device, const QString &fileName,
                           const ImportProgress &progress = {}, QChar delimiter = QChar());
    // The events of a table; the mapping's (or a guessed) one. Throws Error or Cancelled.
    TimelineContent read(const Table &table, const QString &fileName, ImportReport *report,
                         const ImportProgress &progress = {});
    // The values of the date columns, observed: whether they settle the day–month order.
    static DateColumn dateColumn(const Table &table, const CsvMapping &mapping);
    static QList<QStringList> firstRows(const Table &table, int rows = GuessRows);

protected:
    // The whole file first: the date columns' order is decided from all of their values.
    TimelineContent readWhole(QIODevice &device, const QString &fileName, ImportReport *report,
                              const ImportProgress &progress) override;

private:
    DateOrder decideOrder(const Table &table, const QString &fileName) const;
    void readRecord(const CsvReader::Record &record, const QStringList &header);
    bool readDates(const CsvReader::Record &record, const QStringList &header, Event *event);
    void readActors(const CsvReader::Record &record, Event *event);
    void readSources(const CsvReader::Record &record, Event *event);
    void addSource(Source source, Event *event);
    QString uidOf(const QString &id, const QStringList &header) const;
    bool readImportance(const CsvReader::Record &record, const QStringList &header, Event *event);
    QString value(const CsvReader::Record &record, CsvMapping::Field field) const;
    void problem(int line, const QString &column, const QString &message);

    CsvMapping m_mapping;
    DateOrder m_order = DateOrder::Unknown;
    QString m_fileName;
    ImportReport *m_report = nullptr;
    TimelineContent m_content;
    QHash<QString, qint64> m_actorKeys;  // lower-case name → content key
    QHash<QString, qint64> m_sourceKeys; // url, title and outlet → content key
};

} // namespace entente
