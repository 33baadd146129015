// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataexport.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace entente {

class EventStore;
struct EventCriteria;

// File ▸ Export Data…: a file dialog with the four data formats as filters, in the folder of
// the last file the user chose, with the last format chosen; then the export (DataExport).
class DataExportPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(entente::DataExportPrompt)

public:
    // What to tell the user when done (the file, and what the format left out); empty when
    // the user cancelled. Throws Error when the file cannot be written.
    static QString run(QWidget *parent, const EventStore &store);
    // Only the events the criteria (the window's search and filters) let through, when any.
    static QString run(QWidget *parent, const EventStore &store, const EventCriteria &criteria);

    // The format a filter of the dialog stands for (Entente JSON when none does).
    static DataExport::Format formatOfFilter(const QString &filter);
    // The path with the format's suffix added when it has none.
    static QString withSuffix(const QString &path, DataExport::Format format);
    static QString done(const QString &path, qsizetype leftOut);
};

} // namespace entente
