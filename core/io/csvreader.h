// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace entente {

class TextReader;

// Reads CSV as datasets write it (RFC 4180) from a TextReader, record by record: quoted fields
// may span lines ("\n" inside the field then, whatever the file's line ends) and write a quote
// as "", and what real exports get wrong is tolerated: a quote inside an unquoted field is
// text, blank lines between records are skipped. Only a quoted field that the end of the file
// leaves open is an error, since everything after its quote would be one field. Fields are
// kept as written, without their quotes: trimming is the importer's choice.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(entente::CsvReader)

public:
    struct Record
    {
        QStringList fields;
        int line = 0; // where the record begins, 1-based
    };
    // Lines looked at to detect the delimiter.
    static constexpr int SampleLines = 50;
    // The longest record read: a quoted field that runs on past this is an error (a quote
    // left open in a large file), not the rest of the file in memory.
    static constexpr qsizetype MaxRecordChars = 16 * 1024 * 1024;

    // Reads the header. With a null `delimiter`, detects it from the first lines, and takes a
    // comma when none splits them evenly. `fileName` is for messages. Throws Error.
    explicit CsvReader(TextReader &text, QChar delimiter = QChar(), QString fileName = QString());

    QChar delimiter() const { return m_delimiter; }
    // The first record: the column names (no fields for an empty file).
    const Record &header() const { return m_header; }
    // The next record after the header into *record; false at the end. Throws Error.
    bool next(Record *record);
    // The same as views of the fields into the reader's buffer, valid until the next read: for
    // a reader that only looks at the fields, without a string of each.
    bool next(QList<QStringView> *fields, int *line);

    qint64 bytesRead() const;
    qint64 totalBytes() const;

    // The candidate among , ; TAB | that splits the lines' records into the same number of
    // fields (more than one; the most, if several do), outside quotes; null when none does.
    static QChar detectDelimiter(const QStringList &lines);

    // A record's fields, kept from record to record so that reading one costs no string of its
    // own: an unquoted field is where it is in the record's text, quoted ones are gathered with
    // their quotes undone.
    struct Fields
    {
        struct Span
        {
            qsizetype begin;
            qsizetype end;
            bool quoted; // in `quoted`, else in `text`
        };
        QString text; // the record's lines, one after another
        QString quoted;
        QList<Span> spans;

        qsizetype count() const { return spans.size(); }
        QStringView at(qsizetype index) const
        {
            const Span &span = spans.at(index);
            return QStringView(span.quoted ? quoted : text)
                .sliced(span.begin, span.end - span.begin);
        }
    };

private:
    bool nextLine(QString *line, int *number);
    bool readFields(int *line);

    TextReader &m_text;
    QString m_fileName;
    QChar m_delimiter;
    QStringList m_sample; // the first lines, read for detection and not yet parsed
    qsizetype m_sampleNext = 0;
    Record m_header;
    Fields m_fields; // of the record read last
};

} // namespace entente
