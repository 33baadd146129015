// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"
#include "plainmessage.h"

#include "cancelled.h"
#include "csvmappingdialog.h"
#include "editactions.h"
#include "error.h"
#include "errorguard.h"
#include "eventstore.h"
#include "importcommand.h"
#include "importproblemsdialog.h"
#include "mainwindow.h"
#include "mappedcsvreader.h"
#include "readahead.h"
#include "timelineview.h"

#include <QAction>
#include <QDir>
#include <QDropEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>

namespace entente {

namespace {

constexpr qsizetype DetectionHead = 8192; // bytes read to tell the format
constexpr int ProgressSteps = 1000;
constexpr int MaxSelected = 1000; // events selected after an import; more would only be slow
// Events of a file kept from the first pass for the import; a bigger file is read again.
constexpr qsizetype KeptEvents = 4 * DatasetReader::ChunkEvents;
const QString FolderKey = QStringLiteral("import/folder");

const QStringList &suffixes()
{
    static const QStringList list = {QStringLiteral("csv"), QStringLiteral("tsv"),
                                     QStringLiteral("json"), QStringLiteral("timeline"),
                                     QStringLiteral("ics")};
    return list;
}

void openFile(QFile &file, const QString &path)
{
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ImportController::tr("%1: cannot read the file: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

} // namespace

ImportController::ImportController(MainWindow *window, EditActions *editing, QAction *importAction)
    : QObject(window), m_window(window), m_editing(editing), m_import(importAction)
{
    connect(m_import, &QAction::triggered, this,
            ErrorGuard::slot(this, &ImportController::chooseFile));
    m_import->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_import->setStatusTip(tr("Add the events of a dataset or timeline file to this timeline"));
    m_editing->addEditingAction(m_import);
    window->installEventFilter(this);
}

namespace {

struct Filter
{
    QString text;
    std::optional<ImportFormat> format; // none: detect it
};

QString filterOf(ImportFormat format, const char *patterns)
{
    return QStringLiteral("%1 (%2)").arg(ImportFormats::label(format), QLatin1StringView(patterns));
}

QList<Filter> filters()
{
    using F = ImportFormat;
    return {
        {ImportController::tr("All supported (*.csv *.tsv *.txt *.json *.timeline *.ics)"), {}},
        {filterOf(F::Acled, "*.csv *.txt"), F::Acled},
        {filterOf(F::Ucdp, "*.csv *.txt"), F::Ucdp},
        {filterOf(F::Pax, "*.csv *.txt"), F::Pax},
        {ImportController::tr("CSV of any columns, mapped by hand (*.csv *.tsv *.txt)"), F::Csv},
        {filterOf(F::Json, "*.json"), F::Json},
        {filterOf(F::TimelineJs, "*.json"), F::TimelineJs},
        {filterOf(F::Timeline, "*.timeline"), F::Timeline},
        {filterOf(F::Ics, "*.ics"), F::Ics},
        {ImportController::tr("All files (*)"), {}},
    };
}

} // namespace

QStringList ImportController::fileFilters()
{
    QStringList texts;
    for (const Filter &filter : filters()) {
        texts.append(filter.text);
    }
    return texts;
}

std::optional<ImportFormat> ImportController::formatOfFilter(const QString &text)
{
    for (const Filter &filter : filters()) {
        if (filter.text == text) {
            return filter.format;
        }
    }
    return std::nullopt;
}

bool ImportController::isImportable(const QString &path)
{
    return suffixes().contains(QFileInfo(path).suffix().toLower());
}

void ImportController::chooseFile()
{
    QSettings settings;
    QString filter;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import"), settings.value(FolderKey).toString(),
                                     fileFilters().join(QStringLiteral(";;")), &filter);
    if (!path.isEmpty()) {
        settings.setValue(FolderKey, QFileInfo(path).absolutePath());
        importFile(path, formatOfFilter(filter));
    }
}

bool ImportController::importFile(const QString &path, std::optional<ImportFormat> format)
{
    if (!m_editing->canEdit()) {
        m_window->statusBar()->showMessage(
            tr("This timeline is read-only: nothing can be imported into it."), 5000);
        return false;
    }
    const QString fileName = QDir::toNativeSeparators(path);
    try {
        ImportReport report;
        const std::optional<Plan> plan = read(path, &report, format);
        if (!plan) {
            return false;
        }
        ContentImport::noteTitle(*m_window->store(), plan->title, fileName, &report);
        if (!confirmProblems(report, plan->events)) {
            return false;
        }
        const std::optional<ContentImport::Duplicates> duplicates = askDuplicates(plan->known);
        return duplicates && write(*plan, *duplicates, fileName);
    } catch (const Cancelled &) {
        return false;
    } catch (const Error &error) {
        PlainMessage::warning(m_window, tr("Import failed"), error.message());
        return false;
    }
}

std::optional<ImportController::Plan> ImportController::read(const QString &path,
                                                             ImportReport *report,
                                                             std::optional<ImportFormat> format)
{
    if (!format) {
        QFile file;
        openFile(file, path);
        format = ImportFormats::detect(path, file.peek(DetectionHead));
    }
    if (*format == ImportFormat::Csv) {
        return readCsv(path, report);
    }
    return readAs(*format, path, report);
}

// The first pass, on a worker thread: what the problems dialog and the duplicates question
// need (the bad rows, how many events, how many the timeline has already, the file's title). A
// file of more than a few chunks is not kept: the import reads it again, storing each chunk as
// it comes, so that a million rows are never held whole (the problems were shown, so the bad
// rows are left out again).
std::optional<ImportController::Plan>
ImportController::readAs(ImportFormat format, const QString &path, ImportReport *report)
{
    const QString fileName = QDir::toNativeSeparators(path);
    const bool collectUids = m_window->store()->eventCount() > 0;
    Plan plan;
    QStringList uids;
    QList<TimelineContent> kept;
    const bool done = withProgress(tr("Reading %1…").arg(fileName), [&](const ImportProgress &p) {
        QFile file;
        openFile(file, path);
        const std::unique_ptr<DatasetReader> reader = ImportFormats::reader(format, fileName);
        reader->stream(
            file, fileName, report,
            [&](TimelineContent chunk) {
                plan.events += chunk.events.size();
                if (plan.title.isEmpty()) {
                    plan.title = chunk.title;
                }
                if (collectUids) {
                    uids += ContentImport::uidsOf(chunk);
                }
                if (plan.events <= KeptEvents) {
                    kept.append(std::move(chunk));
                } else {
                    kept.clear();
                }
            },
            p);
    });
    if (!done) {
        return std::nullopt;
    }
    plan.known = ContentImport::countKnown(*m_window->store(), uids); // on the store's thread
    if (plan.events <= KeptEvents) {
        plan.produce = [kept](const ContentSink &sink) {
            for (const TimelineContent &chunk : kept) {
                sink(chunk);
            }
        };
        return plan;
    }
    plan.produce = [format, path, fileName](const ContentSink &sink) {
        QFile file;
        openFile(file, path);
        ImportReport again; // the same problems as the first pass, which the user has seen
        ReadAhead chunks([&](const ContentSink &ahead) {
            ImportFormats::reader(format)->stream(file, fileName, &again, ahead);
        });
        chunks.forEach(sink);
    };
    return plan;
}

std::optional<ImportController::Plan> ImportController::readCsv(const QString &path,
                                                                ImportReport *report)
{
    const QString fileName = QDir::toNativeSeparators(path);
    MappedCsvReader::Table table;
    const auto readTable = [&](QChar delimiter) {
        MappedCsvReader::Table again;
        const bool done =
            withProgress(tr("Reading %1…").arg(fileName), [&](const ImportProgress &p) {
                QFile file;
                openFile(file, path);
                again = MappedCsvReader::readTable(file, fileName, p, delimiter);
            });
        if (done) {
            table = std::move(again);
        }
        return done;
    };
    if (!readTable(QChar())) {
        return std::nullopt;
    }
    CsvMappingDialog dialog(table, QFileInfo(path).fileName(), m_window);
    dialog.setReread(readTable);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    if (dialog.format() != ImportFormat::Csv) {
        table = {}; // read again by the format's reader
        return readAs(dialog.format(), path, report);
    }
    MappedCsvReader reader(dialog.mapping());
    TimelineContent content;
    const bool done = withProgress(tr("Reading %1…").arg(fileName), [&](const ImportProgress &p) {
        content = reader.read(table, fileName, report, p);
    });
    if (!done) {
        return std::nullopt;
    }
    Plan plan;
    plan.events = content.events.size();
    plan.known = ContentImport::countKnown(*m_window->store(), content);
    plan.title = content.title;
    plan.produce = [content](const ContentSink &sink) { sink(content); };
    return plan;
}

bool ImportController::withProgress(const QString &label,
                                    const std::function<void(const ImportProgress &)> &work)
{
    const std::unique_ptr<QProgressDialog> progressDialog = newProgressDialog(label);
    QProgressDialog &dialog = *progressDialog;
    std::atomic<qint64> done{0}, total{0};
    std::atomic<bool> cancelled{false};
    QString error;
    bool workCancelled = false;
    const ImportProgress progress = [&](qint64 now, qint64 all) {
        done = now;
        total = all;
        return !cancelled.load();
    };
    std::unique_ptr<QThread> thread(QThread::create([&] {
        try {
            work(progress);
        } catch (const Cancelled &) {
            workCancelled = true;
        } catch (const Error &e) {
            error = e.message();
        }
    }));
    QEventLoop loop;
    connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    connect(&tick, &QTimer::timeout, &dialog, ErrorGuard::slot([&] {
        cancelled = dialog.wasCanceled();
        if (total > 0) {
            dialog.setValue(int(done * ProgressSteps / total));
        }
    }));
    tick.start(50);
    thread->start();
    loop.exec();
    thread->wait();
    if (!error.isEmpty()) {
        throw Error(error);
    }
    // A cancel that came as the work finished counts too: the user asked for nothing.
    return !workCancelled && !dialog.wasCanceled();
}

// Shown after the delay, over the window, kept open at 100% until the work says it is done.
std::unique_ptr<QProgressDialog> ImportController::newProgressDialog(const QString &label) const
{
    auto dialog =
        std::make_unique<QProgressDialog>(label, tr("Cancel"), 0, ProgressSteps, m_window);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(m_progressDelay);
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    return dialog;
}

bool ImportController::confirmProblems(const ImportReport &report, qsizetype events)
{
    if (report.problems.isEmpty() && report.warnings.isEmpty()) {
        return true;
    }
    ImportProblemsDialog dialog(report, events, m_window);
    return dialog.exec() == QDialog::Accepted;
}

std::optional<ContentImport::Duplicates> ImportController::askDuplicates(qint64 known)
{
    if (known == 0) {
        return ContentImport::Duplicates::Skip;
    }
    QMessageBox box(QMessageBox::Question, tr("Import"),
                    tr("%n events of the file are already in the timeline.", nullptr, int(known)),
                    QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("Skip them, or update them with what the file says?"));
    QPushButton *skip = box.addButton(tr("&Skip"), QMessageBox::AcceptRole);
    QPushButton *update = box.addButton(tr("&Update"), QMessageBox::AcceptRole);
    box.setDefaultButton(skip);
    box.exec();
    if (box.clickedButton() == skip) {
        return ContentImport::Duplicates::Skip;
    }
    if (box.clickedButton() == update) {
        return ContentImport::Duplicates::Update;
    }
    return std::nullopt;
}

bool ImportController::write(const Plan &plan, ContentImport::Duplicates duplicates,
                             const QString &path)
{
    const bool wasEmpty = m_window->store()->eventCount() == 0;
    const std::unique_ptr<QProgressDialog> progressDialog =
        newProgressDialog(tr("Importing %1…").arg(path));
    QProgressDialog &dialog = *progressDialog;
    // Of the events the first pass counted: a streamed import knows only those it has seen.
    const qint64 total = plan.events;
    ContentImport::Options options{duplicates, [&dialog, total](qint64 done, qint64) {
                                       if (total > 0) {
                                           // Modal: setValue lets Cancel be clicked.
                                           dialog.setValue(
                                               int(std::min(done, total) * ProgressSteps / total));
                                       }
                                       return !dialog.wasCanceled();
                                   }};
    auto *command = new ImportCommand(m_window->store(), plan.produce, plan.events, options, path);
    if (!m_editing->push(command)) {
        return false;
    }
    const ImportOutcome &outcome = command->outcome();
    const int imported = int(outcome.added + outcome.updated);
    m_window->statusBar()->showMessage(
        tr("Imported %n events from %1", nullptr, imported).arg(path), 10000);
    if (wasEmpty) {
        m_window->timelineView()->zoomToFit();
    }
    if (const QList<qint64> ids = outcome.addedEventIds();
        !ids.isEmpty() && ids.size() <= MaxSelected) {
        m_window->selectEvents(ids);
    }
    return true;
}

QString ImportController::droppedFile(const QEvent *event) const
{
    const QMimeData *mime = static_cast<const QDropEvent *>(event)->mimeData();
    if (!mime || !mime->hasUrls() || !m_window->store()) {
        return {};
    }
    for (const QUrl &url : mime->urls()) {
        if (const QString path = url.toLocalFile(); !path.isEmpty() && isImportable(path)) {
            return path;
        }
    }
    return {};
}

bool ImportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window ||
        (event->type() != QEvent::DragEnter && event->type() != QEvent::DragMove &&
         event->type() != QEvent::Drop)) {
        return false;
    }
    const QString path = droppedFile(event);
    if (path.isEmpty()) {
        return false;
    }
    static_cast<QDropEvent *>(event)->acceptProposedAction();
    if (event->type() == QEvent::Drop) {
        // After the drop has finished: the dialogs must not open inside it.
        QTimer::singleShot(0, this, ErrorGuard::slot([this, path] { importFile(path); }));
    }
    return true;
}

} // namespace entente
