// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappedcsvreader.h"

#include "cancelled.h"
#include "error.h"
#include "stablehash.h"
#include "textreader.h"
#include "validator.h"

#include <QRegularExpression>

namespace entente {

namespace {

using Field = CsvMapping::Field;

constexpr int ProgressEvery = 256;
constexpr int MaxTitle = 100;

void step(const ImportProgress &progress, qint64 done, qint64 total)
{
    Cancelled::unlessGoingOn(progress, done, total);
}

QString firstLine(const QString &text)
{
    const QString line = text.section(u'\n', 0, 0).trimmed();
    return line.size() > MaxTitle ? line.left(MaxTitle - 1) + QStringLiteral("…") : line;
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*[;|]\\s*"));
    QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (QString &part : parts) {
        part = part.trimmed();
    }
    parts.removeAll(QString());
    return parts;
}

QString columnName(const QStringList &header, qsizetype index)
{
    return header.value(index);
}

void warnNonUtf8(const TextReader &text, const QString &fileName, QList<ImportProblem> *warnings)
{
    if (text.nonUtf8LineCount() == 0) {
        return;
    }
    QStringList lines;
    for (int line : text.nonUtf8Lines()) {
        lines.append(QString::number(line));
    }
    const int more = text.nonUtf8LineCount() - int(lines.size());
    QString message =
        MappedCsvReader::tr("lines read as Windows-1252 because they are not UTF-8: %1")
            .arg(lines.join(QStringLiteral(", ")));
    if (more > 0) {
        message += MappedCsvReader::tr(" and %n more", nullptr, more);
    }
    warnings->append({fileName, 0, QString(), message});
}

} // namespace

TimelineContent MappedCsvReader::readWhole(QIODevice &device, const QString &fileName,
                                           ImportReport *report, const ImportProgress &progress)
{
    return read(readTable(device, fileName, progress), fileName, report, progress);
}

MappedCsvReader::Table MappedCsvReader::readTable(QIODevice &device, const QString &fileName,
                                                  const ImportProgress &progress, QChar delimiter)
{
    TextReader text(&device);
    CsvReader csv(text, delimiter, fileName);
    Table table{csv.header().fields, {}, {}, csv.delimiter()};
    CsvReader::Record record;
    while (csv.next(&record)) {
        table.records.append(record);
        if (table.records.size() % ProgressEvery == 0) {
            step(progress, csv.bytesRead(), csv.totalBytes());
        }
    }
    warnNonUtf8(text, fileName, &table.warnings);
    return table;
}

QList<QStringList> MappedCsvReader::firstRows(const Table &table, int rows)
{
    QList<QStringList> first;
    for (qsizetype i = 0; i < table.records.size() && i < rows; ++i) {
        first.append(table.records.at(i).fields);
    }
    return first;
}

DateColumn MappedCsvReader::dateColumn(const Table &table, const CsvMapping &mapping)
{
    DateColumn column;
    const QList<qsizetype> indexes =
        mapping.indexesOf(Field::Date) + mapping.indexesOf(Field::EndDate);
    for (const CsvReader::Record &record : table.records) {
        for (qsizetype index : indexes) {
            column.observe(record.fields.value(index).trimmed());
        }
    }
    return column;
}

TimelineContent MappedCsvReader::read(const Table &table, const QString &fileName,
                                      ImportReport *report, const ImportProgress &progress)
{
    if (m_mapping.isEmpty()) {
        const DateOrder order = m_mapping.dateOrder; // told, with the columns left to guess
        m_mapping = CsvMapping::guess(table.header, firstRows(table));
        m_mapping.dateOrder = order;
    }
    if (m_mapping.size() != table.header.size()) {
        throw Error(tr("%1:1: the column mapping is for %n columns, the file has %2", nullptr,
                       int(m_mapping.size()))
                        .arg(fileName)
                        .arg(table.header.size()));
    }
    if (const QString missing = m_mapping.missing(); !missing.isEmpty()) {
        throw Error(tr("%1:1: %2").arg(fileName, missing));
    }
    m_fileName = fileName;
    m_report = report;
    m_content = {};
    m_actorKeys.clear();
    m_sourceKeys.clear();
    m_order = decideOrder(table, fileName);
    if (report) {
        report->warnings += table.warnings;
    }
    for (qsizetype i = 0; i < table.records.size(); ++i) {
        readRecord(table.records.at(i), table.header);
        if ((i + 1) % ProgressEvery == 0) {
            step(progress, i + 1, table.records.size());
        }
    }
    return std::move(m_content);
}

DateOrder MappedCsvReader::decideOrder(const Table &table, const QString &fileName) const
{
    if (m_mapping.dateOrder != DateOrder::Unknown) {
        return m_mapping.dateOrder;
    }
    const DateColumn column = dateColumn(table, m_mapping);
    if (column.hasConflict()) {
        throw Error(tr("%1: %2 Say which order the dates are in (day first or month first).")
                        .arg(fileName, column.conflict()));
    }
    if (column.order() == DateOrder::Unknown && column.needsOrder()) {
        throw Error(tr("%1: dates such as “%2” can be read day first or month first, and no date "
                       "in the file settles which. Say which order the dates are in.")
                        .arg(fileName, column.ambiguousExample()));
    }
    return column.order();
}

void MappedCsvReader::readRecord(const CsvReader::Record &record, const QStringList &header)
{
    Event event;
    event.title = value(record, Field::Title);
    event.description = value(record, Field::Description);
    if (event.title.isEmpty()) {
        event.title = firstLine(event.description);
    }
    bool good = readDates(record, header, &event) && readImportance(record, header, &event);
    event.category = value(record, Field::Category);
    event.location = value(record, Field::Location);
    event.tags = splitList(value(record, Field::Tags));
    for (qsizetype index : m_mapping.indexesOf(Field::Attribute)) {
        if (const QString text = record.fields.value(index).trimmed(); !text.isEmpty()) {
            event.attributes.insert(CsvMapping::attributeName(header.at(index)), text);
        }
    }
    event.uid = uidOf(value(record, Field::Uid), header);
    if (event.uid.isEmpty()) {
        const QByteArray identity = (event.start.toIso() + u'\n' + event.title).toUtf8();
        event.uid = QStringLiteral("csv:%1").arg(stableHash(identity), 16, 16, QLatin1Char('0'));
    }
    for (const Validator::Problem &problem : Validator::check(event)) {
        if (good) { // a date that could not be read already said what is wrong
            this->problem(record.line, problem.field, problem.message);
        }
        good = false;
    }
    if (good) {
        readActors(record, &event);
        readSources(record, &event);
        m_content.events.append(event);
    }
}

bool MappedCsvReader::readDates(const CsvReader::Record &record, const QStringList &header,
                                Event *event)
{
    const qsizetype startColumn = m_mapping.indexOf(Field::Date);
    const qsizetype endColumn = m_mapping.indexOf(Field::EndDate);
    QString error;
    event->start = DateColumn::parse(record.fields.value(startColumn).trimmed(), m_order, &error);
    if (!error.isEmpty()) {
        problem(record.line, columnName(header, startColumn), error);
        return false;
    }
    const PartialDate end =
        DateColumn::parse(record.fields.value(endColumn).trimmed(), m_order, &error);
    if (!error.isEmpty()) {
        problem(record.line, columnName(header, endColumn), error);
        return false;
    }
    if (!end.isNull() && end != event->start) {
        event->kind = Event::Kind::Period;
        event->end = end;
    }
    return true;
}

bool MappedCsvReader::readImportance(const CsvReader::Record &record, const QStringList &header,
                                     Event *event)
{
    const QString text = value(record, Field::Importance);
    if (text.isEmpty()) {
        return true;
    }
    bool isNumber = false;
    const int importance = text.toInt(&isNumber);
    if (!isNumber || importance < 1 || importance > 5) {
        problem(record.line, columnName(header, m_mapping.indexOf(Field::Importance)),
                tr("“%1” is no importance: write a number from 1 (minor) to 5 (major).").arg(text));
        return false;
    }
    event->importance = importance;
    return true;
}

void MappedCsvReader::readActors(const CsvReader::Record &record, Event *event)
{
    for (qsizetype index : m_mapping.indexesOf(Field::Actor)) {
        const QString role = m_mapping.column(index).role;
        const Actor::Type kind = m_mapping.column(index).kind;
        for (const QString &name : splitList(record.fields.value(index))) {
            qint64 &key = m_actorKeys[name.toLower()];
            if (key == 0) {
                key = m_content.actors.size() + 1;
                Actor actor;
                actor.id = key;
                actor.name = name;
                actor.type = kind;
                m_content.actors.append(actor);
            }
            event->actors.append({key, role.isEmpty() ? QStringLiteral("party") : role});
        }
    }
}

// A cell of several links (datasets separate them with spaces, ";" or "|") gives a source each.
void MappedCsvReader::readSources(const CsvReader::Record &record, Event *event)
{
    static const QRegularExpression separators(QStringLiteral("[\\s;|]+"));
    const QString title = value(record, Field::SourceTitle);
    const QString outlet = value(record, Field::SourceOutlet);
    const QStringList urls = value(record, Field::SourceUrl).split(separators, Qt::SkipEmptyParts);
    if (urls.isEmpty() && (!title.isEmpty() || !outlet.isEmpty())) {
        addSource({0, outlet, title, QString(), {}, {}}, event);
    }
    for (const QString &url : urls) {
        Source source{0, outlet, title, url, {}, {}};
        if (!Validator::check(source).isEmpty()) {
            // A link that is not one is kept in the title rather than refusing the row.
            source.title = title.isEmpty() ? url : title + u' ' + url;
            source.url.clear();
        }
        addSource(source, event);
    }
}

void MappedCsvReader::addSource(Source source, Event *event)
{
    qint64 &key = m_sourceKeys[source.url + u'\n' + source.title + u'\n' + source.outlet];
    if (key == 0) {
        key = m_content.sources.size() + 1;
        source.id = key;
        m_content.sources.append(source);
    }
    if (!event->sourceIds.contains(key)) {
        event->sourceIds.append(key);
    }
}

// A short id without a scheme ("1", "A-17") is this file's row number in disguise, which another
// file uses for other events: it is qualified by its column's name, so that it identifies the
// event only among files of the same kind. Longer ids (UUIDs, "acled:UKR123") are kept as written.
QString MappedCsvReader::uidOf(const QString &id, const QStringList &header) const
{
    constexpr int UniqueLength = 16;
    if (id.isEmpty() || id.contains(u':') || id.size() >= UniqueLength) {
        return id;
    }
    return QStringLiteral("csv:%1:%2")
        .arg(CsvMapping::attributeName(header.at(m_mapping.indexOf(Field::Uid))), id);
}

QString MappedCsvReader::value(const CsvReader::Record &record, Field field) const
{
    const qsizetype index = m_mapping.indexOf(field);
    return index < 0 ? QString() : record.fields.value(index).trimmed();
}

void MappedCsvReader::problem(int line, const QString &column, const QString &message)
{
    if (m_report) {
        m_report->problem(m_fileName, line, column, message);
    }
}

} // namespace entente
