// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include "csvmappingdialog.h"
#include "datasetreader.h"
#include "editactions.h"
#include "eventstore.h"
#include "importcontroller.h"
#include "importproblemsdialog.h"
#include "mainwindow.h"
#include "seedloader.h"
#include "testsupport.h"

#include <functional>

using namespace entente;
using Field = CsvMapping::Field;

namespace {

// Answers the modal dialogs of an import as they open, each with the next answer that takes
// it (an answer returns false for a dialog it does not expect, which is then left to others).
class DialogAnswers : public QObject
{
public:
    using Answer = std::function<bool(QWidget *)>;

    explicit DialogAnswers(QList<Answer> answers) : m_answers(std::move(answers))
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogAnswers::answer);
        m_timer.start(20);
    }
    bool allAnswered() const { return m_answers.isEmpty(); }
    QStringList seen;

private:
    void answer()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == m_last || m_answers.isEmpty()) {
            return;
        }
        if (m_answers.first()(modal)) {
            m_last = modal;
            seen.append(QString::fromLatin1(modal->metaObject()->className()));
            m_answers.removeFirst();
        }
    }

    QList<Answer> m_answers;
    QTimer m_timer;
    QPointer<QWidget> m_last;
};

DialogAnswers::Answer acceptMapping()
{
    return [](QWidget *modal) {
        auto *dialog = qobject_cast<CsvMappingDialog *>(modal);
        if (dialog) {
            dialog->accept();
        }
        return dialog != nullptr;
    };
}

DialogAnswers::Answer rejectMapping()
{
    return [](QWidget *modal) {
        auto *dialog = qobject_cast<CsvMappingDialog *>(modal);
        if (dialog) {
            dialog->reject();
        }
        return dialog != nullptr;
    };
}

DialogAnswers::Answer answerProblems(bool skip, QString *listed = nullptr)
{
    return [=](QWidget *modal) {
        auto *dialog = qobject_cast<ImportProblemsDialog *>(modal);
        if (dialog) {
            if (listed) {
                *listed = dialog->list()->toPlainText();
            }
            skip ? dialog->skipButton()->click() : dialog->reject();
        }
        return dialog != nullptr;
    };
}

DialogAnswers::Answer clickInBox(const QString &button, QString *text = nullptr)
{
    return [=](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) {
            return false;
        }
        if (text) {
            *text = box->text();
        }
        for (QAbstractButton *candidate : box->buttons()) {
            if (candidate->text().remove(u'&') == button) {
                candidate->click();
                return true;
            }
        }
        box->reject();
        return true;
    };
}

// Cancels the window's progress dialog of that label as soon as it exists: a zero timer runs
// in every event loop, including the one a modal progress dialog runs in setValue().
std::unique_ptr<QTimer> cancelProgress(QWidget *window, const QString &labelStart)
{
    auto timer = std::make_unique<QTimer>();
    QObject::connect(timer.get(), &QTimer::timeout, window, [=] {
        for (QProgressDialog *progress : window->findChildren<QProgressDialog *>()) {
            if (progress->labelText().startsWith(labelStart) && !progress->wasCanceled()) {
                progress->cancel();
            }
        }
    });
    timer->start(0);
    return timer;
}

QByteArray rows(int count)
{
    QByteArray csv = "Headline,event_date,notes\n";
    for (int i = 0; i < count; ++i) {
        csv += "Talks " + QByteArray::number(i) + ",2015-02-" +
               QByteArray::number(1 + i % 28).rightJustified(2, '0') + ",Round " +
               QByteArray::number(i) + "\n";
    }
    return csv;
}

} // namespace

class TstImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mappingDialogGuesses();
    void mappingDialogRemembersPerHeader();
    void mappingDialogAsksForTheDateOrder();
    void mappingDialogGivesActorColumnsARoleAndKind();
    void mappingDialogReadsAgainAtAnotherDelimiter();
    void mappingDialogReadsAnUnrecognisedDataset();
    void datasetMappedByHandWhenAsked();
    void fileTitleShownAndUndone();
    void timelineKeepsItsOwnTitle();
    void importIsOneUndoStep();
    void cancelInTheMappingChangesNothing();
    void cancelWhileReadingChangesNothing();
    void cancelWhileWritingChangesNothing();
    void badRowsAreListedAndSkipped();
    void badRowsCancelImportsNothing();
    void duplicatesAreSkippedOrUpdated();
    void bigDatasetIsStreamedAsOneUndoStep();
    void droppedCsvIsImported();
    void readOnlyTimelineRefusesImport();

private:
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    QStringList dump() const { return canonicalDump(m_window->store()->database()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TstImportDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EntenteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importdialog"));
    isolateSettings();
}

void TstImportDialog::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("t.entente")));
    SeedLoader::loadBundled(*store);
    m_window = std::make_unique<MainWindow>(std::move(store));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TstImportDialog::cleanup()
{
    m_window.reset();
    m_dir.reset();
    QSettings().clear();
}

QString TstImportDialog::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

void TstImportDialog::mappingDialogGuesses()
{
    MappedCsvReader::Table table{{QStringLiteral("HC_ID"), QStringLiteral("Date"),
                                  QStringLiteral("date"), QStringLiteral("text"),
                                  QStringLiteral("Link"), QStringLiteral("status")},
                                 {},
                                 {},
                                 u','};
    table.records.append({{QStringLiteral("1"), QStringLiteral("05.03.22"),
                           QStringLiteral("2022-03-05"), QStringLiteral("Corridor agreed"),
                           QStringLiteral("https://example.org/1"), QStringLiteral("disputed")},
                          2});
    CsvMappingDialog dialog(table, QStringLiteral("corridors.csv"));
    const auto fieldOf = [&](int column) {
        return Field(dialog.fieldBox(column)->currentData().toInt());
    };
    QCOMPARE(fieldOf(0), Field::Uid);
    QCOMPARE(fieldOf(1), Field::Ignore); // two-digit years: not the date
    QCOMPARE(fieldOf(2), Field::Date);
    QCOMPARE(fieldOf(3), Field::Description);
    QCOMPARE(fieldOf(4), Field::SourceUrl);
    QCOMPARE(fieldOf(5), Field::Ignore);
    QCOMPARE(dialog.preview()->rowCount(), 2);         // the choices, then the row
    QVERIFY(!dialog.orderBox()->isVisibleTo(&dialog)); // ISO dates settle it
}

void TstImportDialog::mappingDialogRemembersPerHeader()
{
    const MappedCsvReader::Table table{
        {QStringLiteral("Headline"), QStringLiteral("When"), QStringLiteral("Fatalities")},
        {{{QStringLiteral("Talks"), QStringLiteral("2015-02-12"), QStringLiteral("0")}, 2}},
        {},
        u','};
    {
        CsvMappingDialog dialog(table, QStringLiteral("a.csv"));
        QCOMPARE(Field(dialog.fieldBox(2)->currentData().toInt()), Field::Ignore);
        dialog.fieldBox(2)->setCurrentIndex(dialog.fieldBox(2)->findData(int(Field::Attribute)));
        dialog.accept();
    }
    CsvMappingDialog again(table, QStringLiteral("b.csv"));
    QCOMPARE(Field(again.fieldBox(2)->currentData().toInt()), Field::Attribute);
    QCOMPARE(Field(again.fieldBox(0)->currentData().toInt()), Field::Title);
    // Another header is guessed afresh.
    const MappedCsvReader::Table other{
        {QStringLiteral("Headline"), QStringLiteral("When"), QStringLiteral("Deaths")},
        table.records,
        {},
        u','};
    CsvMappingDialog fresh(other, QStringLiteral("c.csv"));
    QCOMPARE(Field(fresh.fieldBox(2)->currentData().toInt()), Field::Ignore);
}

void TstImportDialog::mappingDialogAsksForTheDateOrder()
{
    const MappedCsvReader::Table table{{QStringLiteral("title"), QStringLiteral("date")},
                                       {{{QStringLiteral("A"), QStringLiteral("05/02/2025")}, 2},
                                        {{QStringLiteral("B"), QStringLiteral("06/02/2025")}, 3}},
                                       {},
                                       u','};
    CsvMappingDialog dialog(table, QStringLiteral("a.csv"));
    QVERIFY(dialog.orderBox()->isVisibleTo(&dialog));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.orderBox()->setCurrentIndex(dialog.orderBox()->findData(int(DateOrder::MonthFirst)));
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.mapping().dateOrder, DateOrder::MonthFirst);
}

// An actor column has a role and a kind, remembered with the rest for the next file of the
// same header; other columns show neither.
void TstImportDialog::mappingDialogGivesActorColumnsARoleAndKind()
{
    const MappedCsvReader::Table table{
        {QStringLiteral("Headline"), QStringLiteral("When"), QStringLiteral("Envoy")},
        {{{QStringLiteral("Talks"), QStringLiteral("2015-02-12"), QStringLiteral("Tagliavini")},
          2}},
        {},
        u','};
    {
        CsvMappingDialog dialog(table, QStringLiteral("a.csv"));
        dialog.show();
        QVERIFY(!dialog.roleBox(0)->isVisible());
        QVERIFY(!dialog.kindBox(2)->isVisible());
        dialog.fieldBox(2)->setCurrentIndex(dialog.fieldBox(2)->findData(int(Field::Actor)));
        QVERIFY(dialog.roleBox(2)->isVisible());
        QCOMPARE(dialog.roleBox(2)->currentText(), QStringLiteral("party"));
        QCOMPARE(Actor::Type(dialog.kindBox(2)->currentData().toInt()), Actor::Type::Organisation);
        dialog.roleBox(2)->setFocus();
        dialog.roleBox(2)->lineEdit()->selectAll();
        QTest::keyClicks(dialog.roleBox(2), QStringLiteral("mediator"));
        dialog.kindBox(2)->setCurrentIndex(dialog.kindBox(2)->findData(int(Actor::Type::Person)));
        const CsvMapping::Column envoy = dialog.mapping().column(2);
        QCOMPARE(envoy.role, QStringLiteral("mediator"));
        QCOMPARE(envoy.kind, Actor::Type::Person);
        dialog.accept();
    }
    CsvMappingDialog again(table, QStringLiteral("b.csv"));
    QCOMPARE(Field(again.fieldBox(2)->currentData().toInt()), Field::Actor);
    QCOMPARE(again.roleBox(2)->currentText(), QStringLiteral("mediator"));
    QCOMPARE(Actor::Type(again.kindBox(2)->currentData().toInt()), Actor::Type::Person);
}

// Another delimiter reads the file again: new columns, guessed afresh.
void TstImportDialog::mappingDialogReadsAgainAtAnotherDelimiter()
{
    const QByteArray bytes = "Title;Date|Place\nTalks;2015-02-12|Minsk\n";
    const auto readAt = [&](QChar delimiter) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return MappedCsvReader::readTable(buffer, QStringLiteral("a.csv"), {}, delimiter);
    };
    MappedCsvReader::Table table = readAt(u';');
    CsvMappingDialog dialog(table, QStringLiteral("a.csv"));
    QList<QChar> asked;
    dialog.setReread([&](QChar delimiter) {
        asked.append(delimiter);
        table = readAt(delimiter);
        return true;
    });
    dialog.show();
    QCOMPARE(dialog.delimiterBox()->currentText(), QStringLiteral("Semicolon"));
    QCOMPARE(dialog.preview()->columnCount(), 2);
    QVERIFY(!dialog.otherDelimiter()->isVisible());

    dialog.delimiterBox()->setCurrentIndex(3); // Other:
    emit dialog.delimiterBox()->activated(3);
    QVERIFY(dialog.otherDelimiter()->isVisible());
    QVERIFY(asked.isEmpty()); // nothing to read at yet
    dialog.otherDelimiter()->setFocus();
    QTest::keyClicks(dialog.otherDelimiter(), QStringLiteral("|"));
    QCOMPARE(asked, QList<QChar>{u'|'});
    QCOMPARE(dialog.preview()->columnCount(), 2);
    QCOMPARE(dialog.preview()->horizontalHeaderItem(1)->text(), QStringLiteral("Place"));
    QCOMPARE(Field(dialog.fieldBox(1)->currentData().toInt()), Field::Location);
    QCOMPARE(dialog.preview()->item(1, 1)->text(), QStringLiteral("Minsk"));
}

// A UCDP file without the columns detection looks for is read as UCDP when the user says so.
void TstImportDialog::mappingDialogReadsAnUnrecognisedDataset()
{
    const QString path =
        writeFile(QStringLiteral("ged.csv"), "id,date_start,date_end,side_a,side_b\n"
                                             "7,2014-08-13,2014-08-13,Government of Ukraine,DPR\n");
    bool columnsMapped = true;
    DialogAnswers answers({[&](QWidget *modal) {
        auto *dialog = qobject_cast<CsvMappingDialog *>(modal);
        if (dialog) {
            dialog->formatBox()->setCurrentIndex(
                dialog->formatBox()->findData(int(ImportFormat::Ucdp)));
            columnsMapped = dialog->preview()->isEnabled(); // the dataset's columns are its own
            dialog->accept();
        }
        return dialog != nullptr;
    }});
    QVERIFY(m_window->importing()->importFile(path));
    QVERIFY(answers.allAnswered());
    QVERIFY(!columnsMapped);
    const std::optional<Event> event = m_window->store()->eventByUid(QStringLiteral("ucdp:7"));
    QVERIFY(event);
    QCOMPARE(m_window->store()->actor(event->actors.first().actorId)->type, Actor::Type::State);
}

// A file detected as ACLED is mapped by hand when the user chose that format to open it.
void TstImportDialog::datasetMappedByHandWhenAsked()
{
    const QString path =
        writeFile(QStringLiteral("acled.csv"), "event_id_cnty,event_date,event_type,notes\n"
                                               "UKR1,2025-02-05,Battles,Forces clashed\n");
    QCOMPARE(ImportController::fileFilters().at(1), QStringLiteral("ACLED CSV (*.csv *.txt)"));
    QCOMPARE(ImportController::formatOfFilter(ImportController::fileFilters().at(1)),
             std::optional(ImportFormat::Acled));
    QCOMPARE(ImportController::formatOfFilter(ImportController::fileFilters().at(4)),
             std::optional(ImportFormat::Csv));
    QCOMPARE(ImportController::formatOfFilter(ImportController::fileFilters().first()),
             std::nullopt);
    DialogAnswers answers({acceptMapping()});
    QVERIFY(m_window->importing()->importFile(path, ImportFormat::Csv));
    QVERIFY(answers.allAnswered());
    QVERIFY(!m_window->store()->eventByUid(QStringLiteral("acled:UKR1")));
}

// A TimelineJS file's title is the timeline's, in the window's title, until the import is undone.
void TstImportDialog::fileTitleShownAndUndone()
{
    m_window->store()->setTitle(QString()); // the bundled timeline's own title taken away
    QCOMPARE(m_window->windowTitle(), QStringLiteral("t.entente — Entente"));
    DialogAnswers answers({answerProblems(true)});
    QVERIFY(m_window->importing()->importFile(
        QStringLiteral(ENTENTE_TEST_DATA_DIR "/timelinejs3.json")));
    QCOMPARE(m_window->store()->title(), QStringLiteral("Minsk talks"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Minsk talks (t.entente) — Entente"));
    m_window->editing()->undoStack()->undo();
    QCOMPARE(m_window->windowTitle(), QStringLiteral("t.entente — Entente"));
    m_window->editing()->undoStack()->redo();
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Minsk talks (t.entente) — Entente"));
}

void TstImportDialog::timelineKeepsItsOwnTitle()
{
    m_window->store()->setTitle(QStringLiteral("Peace talks"));
    QString listed;
    DialogAnswers answers({answerProblems(true, &listed)});
    QVERIFY(m_window->importing()->importFile(
        QStringLiteral(ENTENTE_TEST_DATA_DIR "/timelinejs3.json")));
    QVERIFY2(listed.contains(QStringLiteral("warning: ") +
                             QDir::toNativeSeparators(
                                 QStringLiteral(ENTENTE_TEST_DATA_DIR "/timelinejs3.json")) +
                             QStringLiteral(": the file's title, “Minsk talks”, was not taken: "
                                            "the timeline keeps its own, “Peace talks”")),
             qPrintable(listed));
    QCOMPARE(m_window->store()->title(), QStringLiteral("Peace talks"));
}

void TstImportDialog::importIsOneUndoStep()
{
    const QString path = writeFile(QStringLiteral("talks.csv"), rows(3));
    const QStringList before = dump();
    const qint64 events = m_window->store()->eventCount();
    DialogAnswers answers({acceptMapping()});
    QVERIFY(m_window->importing()->importFile(path));
    QVERIFY(answers.allAnswered());
    QCOMPARE(m_window->store()->eventCount(), events + 3);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Imported 3 events from %1").arg(QDir::toNativeSeparators(path)));
    QUndoStack *undo = m_window->editing()->undoStack();
    QCOMPARE(undo->count(), 1);
    undo->undo();
    QCOMPARE(dump(), before);
}

void TstImportDialog::cancelInTheMappingChangesNothing()
{
    const QString path = writeFile(QStringLiteral("talks.csv"), rows(3));
    const QStringList before = dump();
    DialogAnswers answers({rejectMapping()});
    QVERIFY(!m_window->importing()->importFile(path));
    QVERIFY(answers.allAnswered());
    QCOMPARE(dump(), before);
    QCOMPARE(m_window->editing()->undoStack()->count(), 0);
}

void TstImportDialog::cancelWhileReadingChangesNothing()
{
    const QString path = writeFile(QStringLiteral("talks.csv"), rows(5000));
    const QStringList before = dump();
    m_window->importing()->setProgressDelay(0);
    const auto canceller = cancelProgress(m_window.get(), QStringLiteral("Reading"));
    // Should the file be read before the cancel comes, the mapping is not what this tests.
    DialogAnswers answers({rejectMapping()});
    QVERIFY(!m_window->importing()->importFile(path));
    QVERIFY(!answers.allAnswered());
    QCOMPARE(dump(), before);
}

void TstImportDialog::cancelWhileWritingChangesNothing()
{
    const QString path = writeFile(QStringLiteral("talks.csv"), rows(3000));
    const QStringList before = dump();
    m_window->importing()->setProgressDelay(0);
    const auto canceller = cancelProgress(m_window.get(), QStringLiteral("Importing"));
    DialogAnswers answers({acceptMapping()});
    QVERIFY(!m_window->importing()->importFile(path));
    QVERIFY(answers.allAnswered());
    QCOMPARE(dump(), before);
    QCOMPARE(m_window->editing()->undoStack()->count(), 0);
}

void TstImportDialog::badRowsAreListedAndSkipped()
{
    const QString path = writeFile(QStringLiteral("talks.csv"),
                                   "title,date\nGood,2015-02-12\nBad,2015-02-30\nAlso good,2015\n");
    const qint64 events = m_window->store()->eventCount();
    QString listed;
    DialogAnswers answers({acceptMapping(), answerProblems(true, &listed)});
    QVERIFY(m_window->importing()->importFile(path));
    QVERIFY(answers.allAnswered());
    QVERIFY2(listed.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(":3: date: ")),
             qPrintable(listed));
    QCOMPARE(m_window->store()->eventCount(), events + 2);
}

void TstImportDialog::badRowsCancelImportsNothing()
{
    const QString path = writeFile(QStringLiteral("talks.csv"),
                                   "title,date\nGood,2015-02-12\nBad,2015-02-30\nGood,2015\n");
    const QStringList before = dump();
    DialogAnswers answers({acceptMapping(), answerProblems(false)});
    QVERIFY(!m_window->importing()->importFile(path));
    QVERIFY(answers.allAnswered());
    QCOMPARE(dump(), before);
}

void TstImportDialog::duplicatesAreSkippedOrUpdated()
{
    const QString path = writeFile(QStringLiteral("talks.csv"), rows(2));
    {
        DialogAnswers answers({acceptMapping()});
        QVERIFY(m_window->importing()->importFile(path));
    }
    const qint64 events = m_window->store()->eventCount();
    QString question;
    {
        DialogAnswers answers({acceptMapping(), clickInBox(QStringLiteral("Skip"), &question)});
        QVERIFY(m_window->importing()->importFile(path));
        QVERIFY(answers.allAnswered());
    }
    QCOMPARE(question, QStringLiteral("2 events of the file are already in the timeline."));
    QCOMPARE(m_window->store()->eventCount(), events);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Imported 0 events from %1").arg(QDir::toNativeSeparators(path)));
    DialogAnswers answers({acceptMapping(), clickInBox(QStringLiteral("Update"))});
    QVERIFY(m_window->importing()->importFile(path));
    QCOMPARE(m_window->store()->eventCount(), events);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Imported 2 events from %1").arg(QDir::toNativeSeparators(path)));
}

// More events than the first pass keeps: the file is read again, chunk by chunk, into the
// store; the bad row the user chose to skip stays out, and undo and redo are exact.
void TstImportDialog::bigDatasetIsStreamedAsOneUndoStep()
{
    constexpr int Rows = 4 * int(DatasetReader::ChunkEvents) + 1000;
    QByteArray bytes = "event_id_cnty,event_date,event_type,actor1\n";
    for (int i = 1; i <= Rows; ++i) {
        bytes += "UKR" + QByteArray::number(i) + (i == Rows - 10 ? ",2025-02-30" : ",2025-02-05") +
                 ",Battles,Actor " + QByteArray::number(i % 7) + "\n";
    }
    const QString path = writeFile(QStringLiteral("acled.csv"), bytes);
    const QStringList before = dump();
    const qint64 events = m_window->store()->eventCount();
    QString listed;
    DialogAnswers answers({answerProblems(true, &listed)});
    QVERIFY(m_window->importing()->importFile(path));
    QVERIFY(answers.allAnswered());
    QVERIFY2(
        listed.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(":%1: ").arg(Rows - 9)),
        qPrintable(listed));
    QCOMPARE(m_window->store()->eventCount(), events + Rows - 1);
    QVERIFY(!m_window->store()->eventByUid(QStringLiteral("acled:UKR%1").arg(Rows - 10)));
    const QStringList after = dump();
    QUndoStack *undo = m_window->editing()->undoStack();
    QCOMPARE(undo->count(), 1);
    undo->undo();
    QCOMPARE(dump(), before);
    undo->redo();
    QCOMPARE(dump(), after);
}

void TstImportDialog::droppedCsvIsImported()
{
    const QString path = writeFile(QStringLiteral("talks.csv"), rows(2));
    const qint64 events = m_window->store()->eventCount();
    DialogAnswers answers({acceptMapping()});
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(m_window->store()->eventCount(), events + 2);
    QVERIFY(answers.allAnswered());
}

void TstImportDialog::readOnlyTimelineRefusesImport()
{
    const QString path = m_window->store()->path();
    m_window->setStore(std::make_unique<EventStore>(path, EventStore::Access::ReadOnly));
    QVERIFY(!m_window->importing()->importAction()->isEnabled());
    const QString csv = writeFile(QStringLiteral("talks.csv"), rows(2));
    const QStringList before = dump();
    QVERIFY(!m_window->importing()->importFile(csv));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("This timeline is read-only: nothing can be imported into it."));
    QCOMPARE(dump(), before);
}

QTEST_MAIN(TstImportDialog)
#include "tst_importdialog.moc"
