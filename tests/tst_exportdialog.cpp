// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export Image: what the dialog hands the exporter, and what it refuses.
#include <QTest>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include "dataexportprompt.h"
#include "eventstore.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "partialdate.h"
#include "seedloader.h"
#include "testsupport.h"

#include <functional>
#include <memory>

using namespace entente;

class TstExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsTheViewByDefault();
    void dataExportTakesTheFormatOfTheFilter();
    void exportsATypedRange();
    void refusesWhatItCannotWrite_data();
    void refusesWhatItCannotWrite();
    void windowRemembersTheLastExport();

private:
    static bool okEnabled(const ExportDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
    }
};

void TstExportDialog::initTestCase()
{
    // The main window keeps its settings away from the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("EntenteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
    isolateSettings();
    QSettings().clear();
}

void TstExportDialog::exportsTheViewByDefault()
{
    ExportDialog dialog(1000, 2000, QSize(900, 500));
    QVERIFY(!okEnabled(dialog)); // no file yet
    dialog.setPath(QStringLiteral("/tmp/out.svg"));
    QVERIFY(okEnabled(dialog));
    QVERIFY(dialog.problem().isEmpty());
    const TimelineExporter::Options options = dialog.options();
    QCOMPARE(options.range, std::make_optional(std::make_pair(qint64(1000), qint64(2000))));
    QCOMPARE(options.size, QSize(900, 500));
    QCOMPARE(options.theme, TimelineExporter::Theme::Light);
    QCOMPARE(dialog.rangeText(), std::make_pair(QString(), QString()));
}

void TstExportDialog::exportsATypedRange()
{
    ExportDialog dialog(1000, 2000, QSize(900, 500));
    dialog.setPath(QStringLiteral("/tmp/out.pdf"));
    dialog.setRange(QStringLiteral("2014"), QStringLiteral("2015-06"));
    dialog.setImageSize(QSize(2400, 1200));
    dialog.setTheme(TimelineExporter::Theme::Dark);
    QVERIFY(okEnabled(dialog));
    const TimelineExporter::Options options = dialog.options();
    // The whole of both ends: from 1 January 2014 to the last second of June 2015.
    QCOMPARE(options.range->first, PartialDate::year(2014).earliestSecond());
    QCOMPARE(options.range->second, PartialDate::month(2015, 6).latestSecond());
    QCOMPARE(options.size, QSize(2400, 1200));
    QCOMPARE(options.theme, TimelineExporter::Theme::Dark);
    // Under the timeline's title (the exporter's to find), the range as typed.
    QVERIFY(options.title.isEmpty());
    QVERIFY(options.subtitle.contains(QStringLiteral("2014")));
    QCOMPARE(dialog.rangeText(), std::make_pair(QStringLiteral("2014"), QStringLiteral("2015-06")));
}

void TstExportDialog::refusesWhatItCannotWrite_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("jpg") << "x.jpg"
                         << ""
                         << ""
                         << "x.jpg";
    QTest::newRow("no suffix") << "timeline"
                               << ""
                               << ""
                               << "timeline";
    QTest::newRow("month 13") << "x.png"
                              << "2014-13"
                              << "2015"
                              << "From";
    QTest::newRow("empty end") << "x.png"
                               << "2014"
                               << ""
                               << "To";
    QTest::newRow("backwards") << "x.png"
                               << "2015"
                               << "2014"
                               << "before";
}

void TstExportDialog::refusesWhatItCannotWrite()
{
    QFETCH(QString, path);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, mentions);
    ExportDialog dialog(1000, 2000, QSize(900, 500));
    dialog.setPath(path);
    dialog.setRange(from, to);
    QVERIFY(!okEnabled(dialog));
    QVERIFY2(dialog.problem().contains(mentions), qPrintable(dialog.problem()));
}

void TstExportDialog::windowRemembersTheLastExport()
{
    // File ▸ Export Image twice: the second time the dialog holds what was chosen the first
    // time, size and colours as well as file and range.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = std::make_unique<EventStore>(dir.filePath(QStringLiteral("t.entente")));
    SeedLoader::loadBundled(*store);
    MainWindow window(std::move(store));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *exportImage = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        exportImage =
            action->text().remove(u'&') == QStringLiteral("Export Image…") ? action : exportImage;
    }
    QVERIFY(exportImage);
    const auto withDialog = [&](const std::function<void(ExportDialog &)> &use) {
        bool seen = false;
        QTimer::singleShot(0, &window, [&] {
            if (auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget())) {
                seen = true;
                use(*dialog);
            }
        });
        exportImage->trigger();
        return seen;
    };
    const QString path = dir.filePath(QStringLiteral("out.png"));
    QVERIFY(withDialog([&](ExportDialog &dialog) {
        dialog.setPath(path);
        dialog.setRange(QStringLiteral("2025-02"), QStringLiteral("2025-03"));
        dialog.setImageSize(QSize(640, 480));
        dialog.setTheme(TimelineExporter::Theme::Dark);
        dialog.accept();
    }));
    QVERIFY(QFile::exists(path));
    TimelineExporter::Options again;
    QString pathAgain;
    std::pair<QString, QString> rangeAgain;
    QVERIFY(withDialog([&](ExportDialog &dialog) {
        again = dialog.options();
        pathAgain = dialog.path();
        rangeAgain = dialog.rangeText();
        dialog.reject();
    }));
    QCOMPARE(pathAgain, path);
    QCOMPARE(rangeAgain, std::make_pair(QStringLiteral("2025-02"), QStringLiteral("2025-03")));
    QCOMPARE(again.size, QSize(640, 480));
    QCOMPARE(again.theme, TimelineExporter::Theme::Dark);
}

void TstExportDialog::dataExportTakesTheFormatOfTheFilter()
{
    using F = DataExport::Format;
    // TimelineJS files are .json too: the filter chosen, not the suffix, tells them apart.
    QCOMPARE(DataExportPrompt::formatOfFilter(DataExport::fileFilter(F::TimelineJs)),
             F::TimelineJs);
    QCOMPARE(DataExportPrompt::formatOfFilter(DataExport::fileFilter(F::ICalendar)), F::ICalendar);
    QCOMPARE(DataExportPrompt::withSuffix(QStringLiteral("/t/a"), F::TimelineJs),
             QStringLiteral("/t/a.json"));
    QCOMPARE(DataExportPrompt::withSuffix(QStringLiteral("/t/a"), F::Csv),
             QStringLiteral("/t/a.csv"));
    QCOMPARE(DataExportPrompt::withSuffix(QStringLiteral("/t/a.txt"), F::Csv),
             QStringLiteral("/t/a.txt"));
    QCOMPARE(DataExportPrompt::done(QStringLiteral("/t/a.ics"), 2),
             QStringLiteral("Exported /t/a.ics (2 undated events left out: the format has no "
                            "place for them)"));
}

QTEST_MAIN(TstExportDialog)
#include "tst_exportdialog.moc"
