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
    // Imports the file, asking what it has to; whether something was imported.
    bool importFile(const QString &path);
    // How long reading or writing runs before the progress dialog shows (tests: 0).
    void setProgressDelay(int milliseconds) { m_progressDelay = milliseconds; }

    // The file dialog's filters: "All supported (…)" first.
    static QStringList fileFilters();
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
        QStringList uids; // of its events, when the timeline has events they may already be
    };

    void chooseFile();
    std::optional<Plan> read(const QString &path, ImportReport *report);
    std::optional<Plan> readCsv(const QString &path, ImportReport *report);
    static QStringList uidsOf(const TimelineContent &content);
    // Runs `work` on another thread with a progress dialog; false when the user cancelled.
    // Throws the Error that `work` threw.
    bool withProgress(const QString &label,
                      const std::function<void(const ImportProgress &)> &work);
    std::unique_ptr<QProgressDialog> newProgressDialog(const QString &label) const;
    bool confirmProblems(const ImportReport &report, qsizetype events);
    std::optional<ContentImport::Duplicates> askDuplicates(const QStringList &uids);
    bool write(const Plan &plan, ContentImport::Duplicates duplicates, const QString &path);
    QString droppedFile(const QEvent *event) const;

    MainWindow *m_window;
    EditActions *m_editing;
    QAction *m_import;
    int m_progressDelay = 300;
};

} // namespace entente
