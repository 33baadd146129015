// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataexport.h"

#include "csvexport.h"
#include "ententejson.h"
#include "error.h"
#include "icalendarexport.h"
#include "storecontent.h"
#include "timelinejsexport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace entente {

QStringList DataExport::formatNames()
{
    return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("timelinejs"),
            QStringLiteral("ics")};
}

std::optional<DataExport::Format> DataExport::formatNamed(const QString &name)
{
    const qsizetype index = formatNames().indexOf(name.toLower());
    return index < 0 ? std::nullopt : std::optional<Format>(Format(index));
}

std::optional<DataExport::Format> DataExport::formatOfFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json") {
        return Format::Json;
    }
    if (suffix == u"csv") {
        return Format::Csv;
    }
    if (suffix == u"ics") {
        return Format::ICalendar;
    }
    return std::nullopt;
}

QString DataExport::fileFilter(Format format)
{
    switch (format) {
    case Format::Json:
        return tr("Entente JSON (*.json)");
    case Format::Csv:
        return tr("CSV, one row per event (*.csv)");
    case Format::TimelineJs:
        return tr("TimelineJS3 JSON (*.json)");
    case Format::ICalendar:
        return tr("iCalendar (*.ics)");
    }
    return {};
}

qsizetype DataExport::write(const EventStore &store, const QString &path, Format format)
{
    return write(store, path, format, EventCriteria());
}

qsizetype DataExport::write(const EventStore &store, const QString &path, Format format,
                            const EventCriteria &criteria)
{
    const TimelineContent content = StoreContent::read(store, criteria);
    QSaveFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw Error(tr("%1: cannot write: %2").arg(name, file.errorString()));
    }
    qsizetype leftOut = 0;
    try {
        switch (format) {
        case Format::Json:
            EntenteJson::write(content, &file);
            break;
        case Format::Csv:
            CsvExport::write(content, &file);
            break;
        case Format::TimelineJs:
            leftOut = TimelineJsExport::write(content, &file);
            break;
        case Format::ICalendar:
            leftOut = ICalendarExport::write(content, &file);
            break;
        }
    } catch (const Error &error) {
        throw Error(tr("%1: %2").arg(name, error.message()));
    }
    if (!file.commit()) {
        throw Error(tr("%1: cannot write: %2").arg(name, file.errorString()));
    }
    return leftOut;
}

} // namespace entente
