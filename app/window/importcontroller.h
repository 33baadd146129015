// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentimport.h"
#include "importformats.h"
#include "importreport.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QProgressDialog;

namespace entente {

class EditActions;
class MainWindow;

// File ▸ Import… and files of an import format dropped on the window: the file read off the UI
// thread with a progress dialog (a big file a second time, streamed into the store as it is
// read: see read()), a CSV of no known format mapped in CsvMappingDialog, the rows
// that cannot be imported shown (skip them or cancel), events already in the timeline skipped
// or updated as the user chooses, and the content added as one undo step with progress. Cancel
// at any point leaves the timeline as it was.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    // Makes `importAction` (on the File menu) File ▸ Import….
    ImportController(MainWindow *window, EditActions *editing, QAction *importAction);

    QAction *importAction() const { return m_import; }
    // Imports the file, asking what it has to; whether something was imported. Without a
    // format, the file's is detected.
    bool importFile(const QString &path, std::optional<ImportFormat> format = std::nullopt);
    // How long reading or writing runs before the progress dialog shows (tests: 0).
    void setProgressDelay(int milliseconds) { m_progressDelay = milliseconds; }

    // The file dialog's filters: "All supported (…)" first, then one per format (choosing one
    // says which format the file is in), then "All files".
    static QStringList fileFilters();
    // The format a filter says, or none (detect it).
    static std::optional<ImportFormat> formatOfFilter(const QString &filter);
    // Whether a dropped file is one to import: by its extension (not .txt, which is rarely a
    // dataset when dropped).
    static bool isImportable(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What the first pass over a file found, and how to deliver its content to the store.
    struct Plan
    {
        ContentImport::Producer produce;
        qsizetype events = 0;
        qint64 known = 0; // events the timeline has already (by uid)
        QString title;    // the file's, from the first chunk that has one
    };

    void chooseFile();
    std::optional<Plan> read(const QString &path, ImportReport *report,
                             std::optional<ImportFormat> format);
    std::optional<Plan> readAs(ImportFormat format, const QString &path, ImportReport *report);
    std::optional<Plan> readCsv(const QString &path, ImportReport *report);
    // Runs `work` on another thread with a progress dialog; false when the user cancelled.
    // Throws the Error that `work` threw.
    bool withProgress(const QString &label,
                      const std::function<void(const ImportProgress &)> &work);
    std::unique_ptr<QProgressDialog> newProgressDialog(const QString &label) const;
    bool confirmProblems(const ImportReport &report, qsizetype events);
    std::optional<ContentImport::Duplicates> askDuplicates(qint64 known);
    bool write(const Plan &plan, ContentImport::Duplicates duplicates, const QString &path);
    QString droppedFile(const QEvent *event) const;

    MainWindow *m_window;
    EditActions *m_editing;
    QAction *m_import;
    int m_progressDelay = 300;
};

} // namespace entente
