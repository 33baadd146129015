// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "error.h"
#include "textreader.h"

#include <algorithm>

namespace entente {

namespace {

enum class Status { Record, End, Unclosed, TooLong };

// The rest of a quoted field whose opening quote is at *pos in *text, appended to *value, across
// as many lines as it takes (appended to *text, so that the fields before stay where they are);
// *pos ends after the closing quote. Unclosed when the lines end first, TooLong when the
// record grows past CsvReader::MaxRecordChars: a quote never closed in a large file would
// otherwise take the rest of it into memory before the end says so.
template <typename NextLine>
Status readQuoted(NextLine &nextLine, QString *text, int *number, qsizetype *pos, QString *value)
{
    qsizetype from = *pos + 1;
    QString next;
    for (;;) {
        const qsizetype quote = text->indexOf(u'"', from);
        if (quote < 0) {
            value->append(QStringView(*text).sliced(from)).append(u'\n');
            if (!nextLine(&next, number)) {
                return Status::Unclosed;
            }
            if (text->size() + next.size() > CsvReader::MaxRecordChars) {
                return Status::TooLong;
            }
            from = text->size();
            text->append(next);
            continue;
        }
        value->append(QStringView(*text).sliced(from, quote - from));
        if (quote + 1 < text->size() && text->at(quote + 1) == u'"') {
            value->append(u'"');
            from = quote + 2;
            continue;
        }
        *pos = quote + 1;
        return Status::Record;
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

// One record from the lines `nextLine` (bool(QString *line, int *number)) gives, into *fields
// (kept from record to record: their buffers are allocated once); *line is where it begins or,
// for Status::Unclosed, where the open quoted field begins.
template <typename NextLine>
Status readFields(NextLine &&nextLine, QChar delimiter, CsvReader::Fields *fields, int *line)
{
    QString &text = fields->text;
    int number = 0;
    do {
        if (!nextLine(&text, &number)) {
            return Status::End;
        }
    } while (text.isEmpty());
    *line = number;
    fields->quoted.resize(0);
    fields->spans.resize(0);
    qsizetype pos = 0;
    for (;;) {
        const bool isQuoted = pos < text.size() && text.at(pos) == u'"';
        const int quoteLine = number;
        const qsizetype quotedBegin = fields->quoted.size();
        if (isQuoted) {
            if (const Status status = readQuoted(nextLine, &text, &number, &pos, &fields->quoted);
                status != Status::Record) {
                *line = quoteLine;
                return status;
            }
        }
        // Unquoted, or what follows a closing quote before the delimiter: kept as text.
        const qsizetype found = text.indexOf(delimiter, pos);
        const qsizetype end = found < 0 ? text.size() : found;
        if (isQuoted) {
            fields->quoted.append(QStringView(text).sliced(pos, end - pos));
            fields->spans.append({quotedBegin, fields->quoted.size(), true});
        } else {
            fields->spans.append({pos, end, false});
        }
        if (found < 0) {
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
    CsvReader::Fields fields;
    int line = 0;
    qsizetype count = -1;
    while (readFields(nextLine, delimiter, &fields, &line) == Status::Record) {
        if (count >= 0 && fields.count() != count) {
            return 0;
        }
        count = fields.count();
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
    next(&m_header);
}

bool CsvReader::next(Record *record)
{
    if (!readFields(&record->line)) {
        record->fields.clear();
        return false;
    }
    for (qsizetype i = 0; i < m_fields.count(); ++i) {
        setField(&record->fields, i, m_fields.at(i));
    }
    record->fields.resize(m_fields.count());
    return true;
}

bool CsvReader::next(QList<QStringView> *fields, int *line)
{
    if (!readFields(line)) {
        fields->clear();
        return false;
    }
    fields->resize(m_fields.count());
    QStringView *views = fields->data();
    for (qsizetype i = 0; i < m_fields.count(); ++i) {
        views[i] = m_fields.at(i);
    }
    return true;
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

bool CsvReader::readFields(int *line)
{
    const auto nextLine = [this](QString *text, int *number) {
        return this->nextLine(text, number);
    };
    QString problem;
    switch (entente::readFields(nextLine, m_delimiter, &m_fields, line)) {
    case Status::Record:
        return true;
    case Status::End:
        return false;
    case Status::Unclosed:
        problem =
            tr("the quoted field that begins on this line is not closed by the end of the file");
        break;
    case Status::TooLong:
        problem = tr("the quoted field that begins on this line goes on for more than %L1 "
                     "characters; is a quote not closed?")
                      .arg(MaxRecordChars);
        break;
    }
    throw Error(m_fileName.isEmpty() ? tr("line %1: %2").arg(*line).arg(problem)
                                     : tr("%1:%2: %3").arg(m_fileName).arg(*line).arg(problem));
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
