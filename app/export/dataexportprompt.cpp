// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataexportprompt.h"

#include "eventcriteria.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace entente {

namespace {

const auto LastDirectoryKey = QStringLiteral("files/lastDirectory"); // shared with Open, Save As
const auto LastFilterKey = QStringLiteral("export/dataFilter");

constexpr DataExport::Format Formats[] = {DataExport::Format::Json, DataExport::Format::Csv,
                                          DataExport::Format::TimelineJs,
                                          DataExport::Format::ICalendar};

} // namespace

DataExport::Format DataExportPrompt::formatOfFilter(const QString &filter)
{
    for (DataExport::Format format : Formats) {
        if (DataExport::fileFilter(format) == filter) {
            return format;
        }
    }
    return DataExport::Format::Json;
}

QString DataExportPrompt::withSuffix(const QString &path, DataExport::Format format)
{
    if (!QFileInfo(path).suffix().isEmpty()) {
        return path;
    }
    const QString suffix = format == DataExport::Format::Csv         ? QStringLiteral(".csv")
                           : format == DataExport::Format::ICalendar ? QStringLiteral(".ics")
                                                                     : QStringLiteral(".json");
    return path + suffix;
}

QString DataExportPrompt::done(const QString &path, qsizetype leftOut)
{
    const QString exported = tr("Exported %1").arg(QDir::toNativeSeparators(path));
    if (leftOut == 0) {
        return exported;
    }
    return exported + u' ' +
           tr("(%n undated events left out: the format has no place for them)", nullptr,
              int(leftOut));
}

QString DataExportPrompt::run(QWidget *parent, const EventStore &store)
{
    return run(parent, store, EventCriteria());
}

QString DataExportPrompt::run(QWidget *parent, const EventStore &store,
                              const EventCriteria &criteria)
{
    QSettings settings;
    QStringList filters;
    for (DataExport::Format format : Formats) {
        filters.append(DataExport::fileFilter(format));
    }
    QString filter = settings.value(LastFilterKey, filters.constFirst()).toString();
    const QString chosen = QFileDialog::getSaveFileName(
        parent,
        criteria.isEmpty() ? tr("Export Data")
                           : tr("Export Data: the Events the Search and Filters Show"),
        settings.value(LastDirectoryKey).toString(), filters.join(QStringLiteral(";;")), &filter);
    if (chosen.isEmpty()) {
        return {};
    }
    const DataExport::Format format = formatOfFilter(filter);
    const QString path = withSuffix(chosen, format);
    settings.setValue(LastDirectoryKey, QFileInfo(path).absolutePath());
    settings.setValue(LastFilterKey, filter);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    qsizetype leftOut = 0;
    try {
        leftOut = DataExport::write(store, path, format, criteria);
    } catch (...) {
        QApplication::restoreOverrideCursor();
        throw;
    }
    QApplication::restoreOverrideCursor();
    return done(path, leftOut);
}

} // namespace entente
