// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace entente {

// The kinds of file Entente imports.
enum class ImportFormat {
    Unknown,
    Json,       // Entente JSON (the clipboard's and the export's dialect)
    TimelineJs, // TimelineJS 3 JSON, or the older TimelineJS 2 JSON
    Acled,      // ACLED CSV
    Ucdp,       // UCDP GED CSV
    Pax,        // PA-X peace agreements CSV
    Timeline,   // Timeline XML (.timeline, Rickard Lindberg's program)
    Ics,        // iCalendar
    Csv,        // any other CSV, TSV or ;-separated file, with a column mapping
};

// Names, detection and readers of the import formats: the one place a new format is
// registered (a reader here, its name, and how to recognise it).
class ImportFormats final
{
    Q_DECLARE_TR_FUNCTIONS(entente::ImportFormats)

public:
    // "json", "timelinejs", "acled", "ucdp", "pax", "timeline", "ics", "csv"; "" for Unknown.
    static QString name(ImportFormat format);
    static std::optional<ImportFormat> fromName(const QString &name);
    static QStringList names(); // all of them, in the order above
    // What a user knows the format as: "ACLED CSV", "TimelineJS", …
    static QString label(ImportFormat format);

    // The format of the file at `path` whose first bytes are `head` (a few kilobytes are
    // plenty): from the content first (JSON keys, an XML root, BEGIN:VCALENDAR, a CSV header
    // line naming a dataset's columns), then from the extension. Unknown if neither tells.
    static ImportFormat detect(const QString &path, const QByteArray &head);

    // A reader of that format. Throws Error for a format that is recognised but not supported
    // yet, and for Unknown; the message names the file when it is given.
    static std::unique_ptr<DatasetReader> reader(ImportFormat format, const QString &fileName = {});

private:
    static ImportFormat detectJson(const QByteArray &head);
    static ImportFormat detectCsv(const QByteArray &headerLine);
    static ImportFormat fromExtension(const QString &path);
};

} // namespace entente
