// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace entente {

class EventStore;
struct EventCriteria;

// A whole timeline written to a file in one of the data formats: Entente JSON, CSV,
// TimelineJS3 JSON or iCalendar (docs/FORMAT.md). What the command line's --export and the
// window's File ▸ Export Data… run. The file is replaced only when the export is complete.
class DataExport final
{
    Q_DECLARE_TR_FUNCTIONS(entente::DataExport)

public:
    enum class Format { Json, Csv, TimelineJs, ICalendar };

    // "json", "csv", "timelinejs", "ics", in the order of Format.
    static QStringList formatNames();
    static std::optional<Format> formatNamed(const QString &name);
    // By the file's suffix: .json, .csv, .ics (TimelineJS is JSON too, so it is never guessed).
    static std::optional<Format> formatOfFile(const QString &path);
    // "CSV (*.csv)" and so on, for a file dialog, in the order of Format.
    static QString fileFilter(Format format);

    // Returns how many events the format could not hold (undated events in TimelineJS and
    // iCalendar). Throws Error naming the file when it cannot be written. With criteria, only
    // the events they let through (StoreContent::read).
    static qsizetype write(const EventStore &store, const QString &path, Format format);
    static qsizetype write(const EventStore &store, const QString &path, Format format,
                           const EventCriteria &criteria);
};

} // namespace entente
