// SPDX-License-Identifier: GPL-3.0-or-later
#include "importformats.h"

#include "acledreader.h"
#include "ententejson.h"
#include "ententejsondatasetreader.h"
#include "error.h"
#include "icalendarreader.h"
#include "mappedcsvreader.h"
#include "paxreader.h"
#include "timelinejsreader.h"
#include "timelinexmlreader.h"
#include "ucdpreader.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace entente {

namespace {

struct Named
{
    ImportFormat format;
    const char *name;
    const char *label;
};

constexpr Named Names[] = {
    {ImportFormat::Json, "json", QT_TRANSLATE_NOOP("entente::ImportFormats", "Entente JSON")},
    {ImportFormat::TimelineJs, "timelinejs",
     QT_TRANSLATE_NOOP("entente::ImportFormats", "TimelineJS")},
    {ImportFormat::Acled, "acled", QT_TRANSLATE_NOOP("entente::ImportFormats", "ACLED CSV")},
    {ImportFormat::Ucdp, "ucdp", QT_TRANSLATE_NOOP("entente::ImportFormats", "UCDP GED CSV")},
    {ImportFormat::Pax, "pax", QT_TRANSLATE_NOOP("entente::ImportFormats", "PA-X CSV")},
    {ImportFormat::Timeline, "timeline", QT_TRANSLATE_NOOP("entente::ImportFormats", "Timeline")},
    {ImportFormat::Ics, "ics", QT_TRANSLATE_NOOP("entente::ImportFormats", "iCalendar")},
    {ImportFormat::Csv, "csv", QT_TRANSLATE_NOOP("entente::ImportFormats", "CSV")},
};

// The head without a UTF-8 BOM and leading white space.
QByteArray trimmedHead(const QByteArray &head)
{
    QByteArray text = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
    return text.trimmed();
}

// The column names of a header line, unquoted, whatever the separator.
QList<QByteArray> headerColumns(const QByteArray &line)
{
    QByteArray cleaned = line;
    for (char separator : {'\t', ';'}) {
        cleaned.replace(separator, ',');
    }
    QList<QByteArray> columns = cleaned.split(',');
    for (QByteArray &column : columns) {
        column = column.trimmed();
        if (column.size() >= 2 && column.startsWith('"') && column.endsWith('"')) {
            column = column.mid(1, column.size() - 2);
        }
    }
    return columns;
}

} // namespace

QString ImportFormats::name(ImportFormat format)
{
    for (const Named &named : Names) {
        if (named.format == format) {
            return QString::fromLatin1(named.name);
        }
    }
    return {};
}

std::optional<ImportFormat> ImportFormats::fromName(const QString &name)
{
    for (const Named &named : Names) {
        if (name.compare(QLatin1StringView(named.name), Qt::CaseInsensitive) == 0) {
            return named.format;
        }
    }
    return std::nullopt;
}

QStringList ImportFormats::names()
{
    QStringList names;
    for (const Named &named : Names) {
        names.append(QString::fromLatin1(named.name));
    }
    return names;
}

QString ImportFormats::label(ImportFormat format)
{
    for (const Named &named : Names) {
        if (named.format == format) {
            return tr(named.label);
        }
    }
    return {};
}

ImportFormat ImportFormats::detect(const QString &path, const QByteArray &head)
{
    const QByteArray text = trimmedHead(head);
    if (text.startsWith('{') || text.startsWith('[')) {
        return detectJson(text);
    }
    if (text.startsWith("BEGIN:VCALENDAR")) {
        return ImportFormat::Ics;
    }
    if (text.startsWith("# Written by Timeline")) { // its text format, refused by the reader
        return ImportFormat::Timeline;
    }
    if (text.startsWith("<?xml") || text.startsWith("<timeline")) {
        return text.contains("<timeline") ? ImportFormat::Timeline : fromExtension(path);
    }
    const ImportFormat byExtension = fromExtension(path);
    const qsizetype end = text.indexOf('\n');
    const ImportFormat byHeader = detectCsv(text.left(end < 0 ? text.size() : end));
    if (byHeader != ImportFormat::Unknown) {
        return byHeader;
    }
    return byExtension;
}

ImportFormat ImportFormats::detectJson(const QByteArray &head)
{
    static const QRegularExpression entente(
        QStringLiteral("\"format\"\\s*:\\s*\"%1\"").arg(QLatin1StringView(EntenteJson::Format)));
    if (entente.match(QString::fromUtf8(head)).hasMatch()) {
        return ImportFormat::Json;
    }
    // TimelineJS 3 has slides with "start_date", TimelineJS 2 "startDate" under "timeline".
    if (head.contains("\"start_date\"") || head.contains("\"startDate\"") ||
        (head.contains("\"timeline\"") && head.contains("\"date\""))) {
        return ImportFormat::TimelineJs;
    }
    return ImportFormat::Json;
}

ImportFormat ImportFormats::detectCsv(const QByteArray &headerLine)
{
    const QList<QByteArray> columns = headerColumns(headerLine);
    const auto has = [&](const char *column) { return columns.contains(QByteArray(column)); };
    if (has("event_id_cnty")) {
        return ImportFormat::Acled;
    }
    if (has("side_a") && has("side_b") && (has("date_prec") || has("conflict_name"))) {
        return ImportFormat::Ucdp;
    }
    if (has("AgtId") || (has("Agt") && has("PPName"))) {
        return ImportFormat::Pax;
    }
    return ImportFormat::Unknown;
}

ImportFormat ImportFormats::fromExtension(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json") {
        return ImportFormat::Json;
    }
    if (suffix == u"timeline") {
        return ImportFormat::Timeline;
    }
    if (suffix == u"ics" || suffix == u"ical") {
        return ImportFormat::Ics;
    }
    if (suffix == u"csv" || suffix == u"tsv" || suffix == u"txt") {
        return ImportFormat::Csv;
    }
    return ImportFormat::Unknown;
}

std::unique_ptr<DatasetReader> ImportFormats::reader(ImportFormat format, const QString &fileName)
{
    switch (format) {
    case ImportFormat::Json:
        return std::make_unique<EntenteJsonDatasetReader>();
    case ImportFormat::TimelineJs:
        return std::make_unique<TimelineJsReader>();
    case ImportFormat::Csv:
        return std::make_unique<MappedCsvReader>(); // its columns guessed
    case ImportFormat::Acled:
        return std::make_unique<AcledReader>();
    case ImportFormat::Ucdp:
        return std::make_unique<UcdpReader>();
    case ImportFormat::Pax:
        return std::make_unique<PaxReader>();
    case ImportFormat::Timeline:
        return std::make_unique<TimelineXmlReader>();
    case ImportFormat::Ics:
        return std::make_unique<ICalendarReader>();
    case ImportFormat::Unknown: {
        const QString choose = names().join(QStringLiteral(", "));
        if (fileName.isEmpty()) {
            throw Error(tr("Entente cannot tell which format the file is in; choose one of %1.")
                            .arg(choose));
        }
        throw Error(tr("%1: Entente cannot tell which format this file is in; choose one of %2.")
                        .arg(fileName, choose));
    }
    default:
        throw Error(tr("Importing %1 files is not supported yet.").arg(name(format)));
    }
}

} // namespace entente
