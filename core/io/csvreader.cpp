// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "error.h"
#include "textreader.h"

#include <algorithm>

namespace entente {

namespace {

enum class Status { Record, End, Unclosed };

// The rest of a quoted field whose opening quote is at *pos, into *value, across as many lines
// as it takes; *pos ends after the closing quote. False when the lines end first.
template <typename NextLine>
bool readQuoted(NextLine &nextLine, QString *line, int *number, qsizetype *pos, QString *value)
{
    value->resize(0); // keeps the buffer
    qsizetype from = *pos + 1;
    for (;;) {
        const qsizetype quote = line->indexOf(u'"', from);
        if (quote < 0) {
            value->append(QStringView(*line).sliced(from)).append(u'\n');
            if (!nextLine(line, number)) {
                return false;
            }
            from = 0;
            continue;
        }
        value->append(QStringView(*line).sliced(from, quote - from));
        if (quote + 1 < line->size() && line->at(quote + 1) == u'"') {
            value->append(u'"');
            from = quote + 2;
            continue;
        }
        *pos = quote + 1;
        return true;
    }
}

// Field `index` of *fields set to `value`, in the string already there when neither it nor the
// list is shared: a record then costs no allocation once the first has been read.
void setField(QStringList *fields, qsizetype index, QStringView value)
{
    if (index == fields->size()) {
        fields->append(value.toString());
        return;
    }
    QString &field = (*fields)[index];
    field.resize(value.size());
    std::copy(value.begin(), value.end(), field.begin());
}

// One record from the lines `nextLine` (bool(QString *line, int *number)) gives, into *fields;
// *line is where it begins or, for Status::Unclosed, where the open quoted field begins. `text`
// and `quoted` hold the line being read and a quoted field being gathered: kept from record to
// record, their buffers are allocated once.
template <typename NextLine>
Status readFields(NextLine &&nextLine, QChar delimiter, QString &text, QString &quoted,
                  QStringList *fields, int *line)
{
    int number = 0;
    do {
        if (!nextLine(&text, &number)) {
            return Status::End;
        }
    } while (text.isEmpty());
    *line = number;
    qsizetype count = 0;
    qsizetype pos = 0;
    for (;;) {
        const bool isQuoted = pos < text.size() && text.at(pos) == u'"';
        const int quoteLine = number;
        if (isQuoted && !readQuoted(nextLine, &text, &number, &pos, &quoted)) {
            *line = quoteLine;
            return Status::Unclosed;
        }
        // Unquoted, or what follows a closing quote before the delimiter: kept as text.
        const qsizetype found = text.indexOf(delimiter, pos);
        const QStringView rest =
            QStringView(text).sliced(pos, (found < 0 ? text.size() : found) - pos);
        setField(fields, count++, isQuoted ? QStringView(quoted.append(rest)) : rest);
        if (found < 0) {
            fields->resize(count);
            return Status::Record;
        }
        pos = found + 1;
    }
}

// How many fields each record of `lines` has when `delimiter` splits them; 0 if they differ.
// A record that the sample's end cuts short is left out.
qsizetype consistentFieldCount(const QStringList &lines, QChar delimiter)
{
    qsizetype next = 0;
    const auto nextLine = [&](QString *line, int *number) {
        if (next >= lines.size()) {
            return false;
        }
        *line = lines.at(next++);
        *number = int(next);
        return true;
    };
    QString text, quoted;
    QStringList fields;
    int line = 0;
    qsizetype count = -1;
    while (readFields(nextLine, delimiter, text, quoted, &fields, &line) == Status::Record) {
        if (count >= 0 && fields.size() != count) {
            return 0;
        }
        count = fields.size();
    }
    return std::max<qsizetype>(count, 0);
}

} // namespace

CsvReader::CsvReader(TextReader &text, QChar delimiter, QString fileName)
    : m_text(text), m_fileName(std::move(fileName)), m_delimiter(delimiter)
{
    if (m_delimiter.isNull()) {
        QString line;
        while (m_sample.size() < SampleLines && m_text.readLine(&line)) {
            m_sample.append(line);
        }
        m_delimiter = detectDelimiter(m_sample);
        if (m_delimiter.isNull()) {
            m_delimiter = u',';
        }
    }
    readRecord(&m_header);
}

bool CsvReader::next(Record *record)
{
    return readRecord(record);
}

bool CsvReader::nextLine(QString *line, int *number)
{
    if (m_sampleNext < m_sample.size()) {
        *line = std::move(m_sample[m_sampleNext++]);
        *number = int(m_sampleNext);
        return true;
    }
    if (!m_text.readLine(line)) {
        return false;
    }
    *number = m_text.lineNumber();
    return true;
}

bool CsvReader::readRecord(Record *record)
{
    const auto nextLine = [this](QString *line, int *number) {
        return this->nextLine(line, number);
    };
    switch (readFields(nextLine, m_delimiter, m_line, m_quoted, &record->fields, &record->line)) {
    case Status::Record:
        return true;
    case Status::End:
        record->fields.clear();
        return false;
    case Status::Unclosed:
        break;
    }
    const QString problem =
        tr("the quoted field that begins on this line is not closed by the end of the file");
    throw Error(m_fileName.isEmpty()
                    ? tr("line %1: %2").arg(record->line).arg(problem)
                    : tr("%1:%2: %3").arg(m_fileName).arg(record->line).arg(problem));
}

qint64 CsvReader::bytesRead() const
{
    return m_text.bytesRead();
}

qint64 CsvReader::totalBytes() const
{
    return m_text.totalBytes();
}

QChar CsvReader::detectDelimiter(const QStringList &lines)
{
    QChar best;
    qsizetype bestCount = 1;
    for (const char16_t candidate : {u',', u';', u'\t', u'|'}) {
        const qsizetype count = consistentFieldCount(lines, candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

} // namespace entente
