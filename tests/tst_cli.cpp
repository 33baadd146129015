// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include "testsupport.h"

#include <memory>

// The program is run, not linked: no header of it is included here (testsupport.h leaves out
// its helpers that need one).
namespace entente {}
using namespace entente;

namespace {

struct Run
{
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The records of an RFC 4180 CSV text, each a list of fields.
QList<QStringList> csvRecords(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

QString runText(const Run &run)
{
    return QStringLiteral("exit code %1, stderr: %2")
        .arg(run.exitCode)
        .arg(QString::fromUtf8(run.err));
}

} // namespace

class TstCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exportImage_data();
    void exportImage();
    void exportSvgKeepsLabelsAsText();
    void exportPdfHasTimelineAndSources();
    void exportPdfIsADocument();
    void exportLanesByCategoryOrPacked_data();
    void exportLanesByCategoryOrPacked();
    void darkThemeExportIsDark();
    void exportTable_data();
    void exportTable();
    void exportTableKeepsTheDatesAsked();
    void exportTableOfAProcessTheTimelineLacksFails();
    void exportTableWithABadSuffixSaysSo();
    void firstRunCreatesUserTimeline();
    void fileArgumentIsTheTimeline();
    void fileIsGivenOnce_data();
    void fileIsGivenOnce();
    void listJson();
    void listCsv();
    void listKeepsWhatTheCriteriaAsk_data();
    void listKeepsWhatTheCriteriaAsk();
    void exportKeepsWhatTheCriteriaAsk();
    void unknownActorOrCategoryIsAnError();
    void exportImageDrawsWhatTheCriteriaLeaveOutFaint();
    void exportData_data();
    void exportData();
    void exportFormatIsNamedOrFromTheExtension_data();
    void exportFormatIsNamedOrFromTheExtension();
    void listingAMissingFileCreatesNothing_data();
    void listingAMissingFileCreatesNothing();
    void readingAFileLeavesItAsItWas_data();
    void readingAFileLeavesItAsItWas();
    void helpNamesTheProgram();
    void importTimelineJs();
    void importAgainSkipsOrUpdates();
    void importWithBadRowsImportsNothingUnlessSkipped();
    void importIntoAnOlderFileUpgradesItFirst();
    void importWithABadRowInALateChunkChangesNothing();
    void importIntoTheUserTimeline();
    void importCsvWithMapAndDateOrder();
    void importCsvWhoseDateOrderIsNotSettled();
    void importCsvWithABadMap();
    void importTimelineAndICalendar_data();
    void importTimelineAndICalendar();
    void jsonExportImportsAgain();
    void pathsInCyrillicWork();
    void badUsage_data();
    void badUsage();

private:
    // Runs the program in the temporary folder, with a home and XDG folders of its own.
    Run run(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString dataHome() const { return path(QStringLiteral("data")); }
    QStringList timelinesIn(const QString &dir) const;
    QJsonArray listJsonOf(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCli::init()
{
    QVERIFY(QFileInfo(QStringLiteral(ENTENTE_EXECUTABLE)).isExecutable());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir dir(m_dir->path());
    for (const char *name : {"home", "data", "config", "runtime"}) {
        QVERIFY(dir.mkdir(QLatin1String(name)));
    }
    // Qt wants a runtime folder only its owner can enter.
    QVERIFY(QFile::setPermissions(path(QStringLiteral("runtime")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void TstCli::cleanup()
{
    m_dir.reset();
}

Run TstCli::run(const QStringList &arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
#ifndef Q_OS_LINUX
    // Elsewhere the system, not XDG_DATA_HOME, says where the user's timeline goes.
    environment.insert(QStringLiteral("ENTENTE_DATA_DIR"), dataHome());
#endif
    // The program must choose the offscreen platform for headless commands by itself (and on
    // Windows the fonts it draws with there).
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("QT_QPA_FONTDIR"));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(ENTENTE_EXECUTABLE), arguments);
    Run result;
    result.finished = process.waitForFinished(120000);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList TstCli::timelinesIn(const QString &dir) const
{
    QStringList found;
    QDirIterator it(dir, {QStringLiteral("*.entente")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        found.append(it.next());
    }
    return found;
}

// --- export ----------------------------------------------------------------------------------

void TstCli::exportImage_data()
{
    QTest::addColumn<QStringList>("extra");

    QTest::newRow("everything") << QStringList();
    QTest::newRow("--from --to") << QStringList{QStringLiteral("--from"), QStringLiteral("2025-02"),
                                                QStringLiteral("--to"), QStringLiteral("2025-03")};
}

void TstCli::exportImage()
{
    QFETCH(QStringList, extra);

    const QString out = path(QStringLiteral("out.png"));
    const Run result = run(QStringList{QStringLiteral("--export-image"), QStringLiteral("out.png"),
                                       QStringLiteral("--size"), QStringLiteral("800x500")} +
                           extra);
    QVERIFY(result.finished);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 0, qPrintable(runText(result)));
    QVERIFY(QFileInfo::exists(out));

    QImage image;
    QVERIFY(image.load(out, "PNG"));
    // As wide as asked, and as high or higher: it grows to hold every lane.
    QCOMPARE(image.width(), 800);
    QVERIFY2(image.height() >= 500, qPrintable(QString::number(image.height())));
    const QRgb first = image.pixel(0, 0);
    int differing = 0;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5) {
            differing += image.pixel(x, y) != first;
        }
    }
    QVERIFY2(differing > 100, qPrintable(QString::number(differing)));
}

// The text elements of an SVG file, or an error.
static QStringList svgTexts(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text") {
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    *error = xml.hasError() ? xml.errorString() : QString();
    return texts;
}

void TstCli::exportSvgKeepsLabelsAsText()
{
    const Run result =
        run({QStringLiteral("--export-image"), QStringLiteral("out.svg"), QStringLiteral("--from"),
             QStringLiteral("2014"), QStringLiteral("--to"), QStringLiteral("2015")});
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(runText(result)));
    QString error;
    const QStringList texts = svgTexts(path(QStringLiteral("out.svg")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto has = [&](const QString &label) {
        return std::any_of(texts.begin(), texts.end(),
                           [&](const QString &text) { return text.contains(label); });
    };
    QVERIFY2(has(QStringLiteral("Minsk agreement")), qPrintable(texts.join(u'|')));
    QVERIFY(has(QStringLiteral("Russia seizes and annexes Crimea")));
    QVERIFY(has(QStringLiteral("2014")));    // the axis
    QVERIFY(has(QStringLiteral("Ukraine"))); // a lane
}

void TstCli::exportLanesByCategoryOrPacked_data()
{
    QTest::addColumn<QString>("lanes");
    QTest::addColumn<QStringList>("headers");    // lane headers that must be there
    QTest::addColumn<QStringList>("notHeaders"); // and texts that must not

    QTest::newRow("category") << QStringLiteral("category")
                              << QStringList{QStringLiteral("diplomacy"),
                                             QStringLiteral("military"),
                                             QStringLiteral("statement")}
                              << QStringList{QStringLiteral("All events"), QStringLiteral("NATO")};
    QTest::newRow("packed") << QStringLiteral("packed") << QStringList{QStringLiteral("All events")}
                            << QStringList{QStringLiteral("diplomacy"), QStringLiteral("NATO")};
    QTest::newRow("actor") << QStringLiteral("actor") << QStringList{QStringLiteral("NATO")}
                           << QStringList{QStringLiteral("All events"),
                                          QStringLiteral("diplomacy")};
}

void TstCli::exportLanesByCategoryOrPacked()
{
    QFETCH(QString, lanes);
    QFETCH(QStringList, headers);
    QFETCH(QStringList, notHeaders);
    const Run result =
        run({QStringLiteral("--export-image"), QStringLiteral("out.svg"), QStringLiteral("--lanes"),
             lanes, QStringLiteral("--size"), QStringLiteral("1400x900")});
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(runText(result)));
    QString error;
    const QStringList texts = svgTexts(path(QStringLiteral("out.svg")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Lane headers are whole text elements; event titles never are just a category.
    for (const QString &header : headers) {
        QVERIFY2(texts.contains(header),
                 qPrintable(QString(header + QStringLiteral(": ") + texts.join(u'|'))));
    }
    for (const QString &text : notHeaders) {
        QVERIFY2(!texts.contains(text),
                 qPrintable(QString(text + QStringLiteral(": ") + texts.join(u'|'))));
    }
    // The same events are drawn, whatever the lanes.
    QVERIFY(std::any_of(texts.begin(), texts.end(),
                        [](const QString &text) { return text.contains(u"Minsk"); }));
}

void TstCli::exportPdfHasTimelineAndSources()
{
    const Run result =
        run({QStringLiteral("--export-image"), QStringLiteral("out.pdf"), QStringLiteral("--from"),
             QStringLiteral("2025-02"), QStringLiteral("--to"), QStringLiteral("2025-03")});
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(runText(result)));
    const QByteArray pdf = fileBytes(path(QStringLiteral("out.pdf")));
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    // The timeline's pages (as many as its lanes need), then the key and the sources of the
    // events in view.
    const qsizetype pages =
        pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ");
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
}

void TstCli::exportPdfIsADocument()
{
    // Read back as text, page by page, by poppler's pdftotext where it is installed.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
    const Run result =
        run({QStringLiteral("--export-image"), QStringLiteral("out.pdf"), QStringLiteral("--from"),
             QStringLiteral("2025-01-15"), QStringLiteral("--to"), QStringLiteral("2025-02-28")});
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(runText(result)));
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path(QStringLiteral("out.pdf")),
                              QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast();
    }
    const qsizetype key =
        std::find_if(pages.cbegin(), pages.cend(),
                     [](const QString &page) { return page.trimmed().startsWith(u"Key"); }) -
        pages.cbegin();
    QVERIFY2(key >= 1 && key < pages.size(), qPrintable(pages.join(u"\n----\n")));
    const QStringList timeline = pages.mid(0, key);
    const QString all = timeline.join(u'\n');
    // The timeline's own title (the bundled file's), and the range under it.
    const QStringList lines = timeline.first().trimmed().split(u'\n');
    QCOMPARE(lines.value(0).trimmed(),
             QStringLiteral("US–Russia–Ukraine peace talks, February 2025"));
    QVERIFY2(lines.value(1).trimmed().startsWith(QStringLiteral("15 Jan 2025 – 28 Feb 2025")),
             qPrintable(lines.value(1)));
    // Every lane with events in the range, each at the start of a line of text (its header),
    // and on every page the axis.
    for (const char *lane : {"Russia", "Putin", "Ukraine", "Zelenskyy", "US", "Trump", "Rubio",
                             "Kellogg", "NATO", "Rutte", "EU", "North Korea", "ISW", "Reuters"}) {
        const QRegularExpression header(QStringLiteral("^\\s*%1\\b").arg(QLatin1String(lane)),
                                        QRegularExpression::MultilineOption);
        QVERIFY2(all.contains(header), lane);
    }
    for (const QString &page : timeline) {
        QVERIFY2(page.contains(u"February 2025"), qPrintable(page));
    }
    QVERIFY(!all.contains(u"Germany")); // no events of this range: no lane
    // None of the window's controls.
    QVERIFY(!all.contains(QChar(0x25BE)) && !all.contains(QChar(0x25B8)));
    QVERIFY(!all.contains(u"undated"));
    // The events point to their sources, which are numbered footnotes after the key.
    QVERIFY2(all.contains(QChar(0x00B9)), qPrintable(all));
    const QString sources = pages.mid(key).join(u'\n');
    QVERIFY(sources.contains(u"1. Unattributed news report"));
    // A title that ends a sentence takes no comma after it.
    QVERIFY2(sources.contains(u"Vladimir Putin.” Feb 2025"), qPrintable(sources));
    QVERIFY(!sources.contains(u".”,"));
}

void TstCli::darkThemeExportIsDark()
{
    const auto exported = [&](const QString &theme) {
        const QString name = theme + QStringLiteral(".png");
        const Run result = run({QStringLiteral("--export-image"), name, QStringLiteral("--size"),
                                QStringLiteral("600x400"), QStringLiteral("--theme"), theme});
        QImage image;
        if (result.exitCode == 0) {
            image.load(path(name), "PNG");
        }
        return image;
    };
    const QImage light = exported(QStringLiteral("light")), dark = exported(QStringLiteral("dark"));
    QVERIFY(!light.isNull() && !dark.isNull());
    // The background of the lanes, and the axis.
    const QPoint lanes(590, 390), axis(400, 5);
    QVERIFY(qGray(dark.pixel(lanes)) < 80);
    QVERIFY(qGray(light.pixel(lanes)) > 200);
    QVERIFY(qGray(dark.pixel(axis)) < qGray(light.pixel(axis)));
}

// --- the user's timeline ---------------------------------------------------------------------

// --- the negotiating table --------------------------------------------------------------------

void TstCli::exportTable_data()
{
    QTest::addColumn<QString>("suffix");
    for (const char *suffix : {"png", "svg", "pdf", "csv"}) {
        QTest::newRow(suffix) << QString::fromLatin1(suffix);
    }
}

// Each format as its reader opens it, with the bundled timeline's Minsk II column.
void TstCli::exportTable()
{
    QFETCH(QString, suffix);

    const QString name = QStringLiteral("table.") + suffix;
    const Run result = run({QStringLiteral("--export-table"), name});
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, qPrintable(runText(result)));
    const QString out = path(name);
    if (suffix == u"png") {
        QImage image;
        QVERIFY(image.load(out, "PNG"));
        QVERIFY2(image.width() > 800 && image.height() > 200,
                 qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    } else if (suffix == u"svg") {
        QString error;
        const QStringList texts = svgTexts(out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(texts.contains(QStringLiteral("12 Feb 2015")), qPrintable(texts.join(u'|')));
        // The day only reported: approximate, which a header says as the window does.
        QVERIFY2(texts.contains(QStringLiteral("c. 9 Feb 2025")), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("OSCE"))); // the short name
        QVERIFY(texts.contains(QStringLiteral("Russia")));
    } else if (suffix == u"pdf") {
        QVERIFY(fileBytes(out).startsWith("%PDF-"));
    } else {
        const QList<QStringList> records = csvRecords(QString::fromUtf8(fileBytes(out)));
        QVERIFY(records.size() > 3);
        const QStringList header = records.constFirst();
        QCOMPARE(header.constFirst(), QStringLiteral("Actor"));
        const qsizetype minskII =
            header.indexOf(QStringLiteral("Minsk II (Package of Measures) signed"));
        QVERIFY2(minskII > 0, qPrintable(header.join(u'|')));
        // Its date, as the events' CSV writes it, in the records under the header.
        const auto field = [&](const QString &name) {
            const auto found = std::find_if(records.cbegin(), records.cend(),
                                            [&](const auto &r) { return r.constFirst() == name; });
            return found == records.cend() ? QStringList() : *found;
        };
        QCOMPARE(field(QStringLiteral("uid")).value(minskII),
                 QStringLiteral("article-03-minsk-ii"));
        QCOMPARE(field(QStringLiteral("start")).value(minskII), QStringLiteral("2015-02-12"));
        QCOMPARE(field(QStringLiteral("precision")).value(minskII), QStringLiteral("day"));
        QCOMPARE(field(QStringLiteral("approximate")).value(minskII), QStringLiteral("false"));
        const qsizetype claim =
            header.indexOf(QStringLiteral("Trump says he has spoken on the phone with Putin"));
        QCOMPARE(field(QStringLiteral("start")).value(claim), QStringLiteral("2025-02-09"));
        QCOMPARE(field(QStringLiteral("approximate")).value(claim),
                 QStringLiteral("true")); // "c. 9 Feb 2025"
        const auto osce =
            field(QStringLiteral("Organization for Security and Co-operation in Europe"));
        QCOMPARE(osce.value(1),
                 QStringLiteral("OSCE")); // the full name, then the name the table shows
        // Russia and Ukraine are members of the Normandy format, indented under it.
        const auto rowOf = [&](const QString &name) {
            return std::find_if(records.cbegin(), records.cend(),
                                [&](const auto &r) { return r.constFirst() == name; });
        };
        QVERIFY(rowOf(QStringLiteral("Normandy format (group)")) != records.cend());
        const auto russia = rowOf(QStringLiteral("  Russia"));
        QVERIFY(russia != records.cend());
        QCOMPARE(russia->at(minskII), QStringLiteral("signatory"));
        const qsizetype riyadh = header.indexOf(
            QStringLiteral("US and Russian delegations meet in Riyadh without Ukraine or Europe"));
        QVERIFY2(riyadh > 0, qPrintable(header.join(u'|')));
        QCOMPARE(rowOf(QStringLiteral("  Ukraine"))->at(riyadh), QStringLiteral("excluded"));
    }
}

void TstCli::exportTableKeepsTheDatesAsked()
{
    const Run result = run({QStringLiteral("--export-table"), QStringLiteral("table.csv"),
                            QStringLiteral("--from"), QStringLiteral("2015"),
                            QStringLiteral("--to"), QStringLiteral("2015")});
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(runText(result)));
    const QList<QStringList> records =
        csvRecords(QString::fromUtf8(fileBytes(path(QStringLiteral("table.csv")))));
    QCOMPARE(records.constFirst(),
             (QStringList{QStringLiteral("Actor"), QStringLiteral("Shown as"),
                          QStringLiteral("Minsk II (Package of Measures) signed")}));
}

void TstCli::exportTableOfAProcessTheTimelineLacksFails()
{
    const Run result = run({QStringLiteral("--export-table"), QStringLiteral("table.png"),
                            QStringLiteral("--process"), QStringLiteral("Cyprus")});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 1);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(QStringLiteral("--process")) && err.contains(QStringLiteral("Cyprus")),
             qPrintable(err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("table.png"))));
}

void TstCli::exportTableWithABadSuffixSaysSo()
{
    const Run result = run({QStringLiteral("--export-table"), QStringLiteral("table.xlsx")});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(QStringLiteral("--export-table")) && err.contains(QStringLiteral(".csv")),
             qPrintable(err));
}

void TstCli::firstRunCreatesUserTimeline()
{
    QVERIFY(timelinesIn(m_dir->path()).isEmpty());

    const QJsonArray events = listJsonOf({QStringLiteral("--list")});
    QCOMPARE(events.size(), 19);

    const QStringList timelines = timelinesIn(dataHome());
    QCOMPARE(timelines.size(), 1);
    QCOMPARE(timelinesIn(m_dir->path()), timelines); // nothing outside XDG_DATA_HOME
    QDirIterator leftovers(dataHome(), {QStringLiteral("*.part")}, QDir::Files,
                           QDirIterator::Subdirectories);
    QVERIFY(!leftovers.hasNext());

    // The file itself holds the bundled events.
    const QJsonArray again =
        listJsonOf({QStringLiteral("--database"), timelines.first(), QStringLiteral("--list")});
    QCOMPARE(again, events);
}

void TstCli::fileArgumentIsTheTimeline()
{
    // `entente FILE`, as a file manager runs it, reads FILE as --database FILE does.
    const QJsonArray events = listJsonOf({QStringLiteral("--list")});
    const QStringList timelines = timelinesIn(dataHome());
    QCOMPARE(timelines.size(), 1);
    const QString copy = path(QStringLiteral("copy.entente"));
    QVERIFY(QFile::copy(timelines.first(), copy));
    QCOMPARE(listJsonOf({copy, QStringLiteral("--list")}), events);
    QCOMPARE(listJsonOf({QStringLiteral("--list"), QStringLiteral("copy.entente")}), events);

    const Run missing = run({QStringLiteral("--list"), QStringLiteral("missing.entente")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("missing.entente: no such timeline file"),
             missing.err.constData());
}

void TstCli::fileIsGivenOnce_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("two files") << QStringList{QStringLiteral("a.entente"),
                                              QStringLiteral("b.entente")}
                               << QStringLiteral("unexpected argument “b.entente”");
    QTest::newRow("file and --database")
        << QStringList{QStringLiteral("a.entente"), QStringLiteral("--database"),
                       QStringLiteral("b.entente")}
        << QStringLiteral("give the timeline once");
}

void TstCli::fileIsGivenOnce()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments + QStringList{QStringLiteral("--list")});
    QCOMPARE(result.exitCode, 2); // a usage error, found before any file is read
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
}

QJsonArray TstCli::listJsonOf(const QStringList &arguments)
{
    const Run result = run(arguments);
    [&] {
        QVERIFY(result.finished);
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QVERIFY2(result.exitCode == 0, qPrintable(runText(result)));
    }();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        qWarning("not a JSON array: %s", qPrintable(error.errorString()));
        return {};
    }
    return document.array();
}

void TstCli::listJson()
{
    const QJsonArray events =
        listJsonOf({QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(events.size(), 19);

    const QStringList keys = {
        QStringLiteral("id"),        QStringLiteral("uid"),         QStringLiteral("title"),
        QStringLiteral("kind"),      QStringLiteral("start"),       QStringLiteral("end"),
        QStringLiteral("precision"), QStringLiteral("approximate"), QStringLiteral("ongoing"),
        QStringLiteral("category"),  QStringLiteral("actors"),      QStringLiteral("sources")};
    const QStringList sourceKeys = {QStringLiteral("outlet"), QStringLiteral("title"),
                                    QStringLiteral("url"), QStringLiteral("published"),
                                    QStringLiteral("quote")};
    QJsonObject minsk, undated;
    for (const QJsonValue &value : events) {
        QVERIFY(value.isObject());
        const QJsonObject event = value.toObject();
        const QString uid = event.value(QStringLiteral("uid")).toString();
        for (const QString &key : keys) {
            QVERIFY2(event.contains(key), qPrintable(QStringLiteral("%1 has no %2").arg(uid, key)));
        }
        QVERIFY2(event.value(QStringLiteral("actors")).isArray(), qPrintable(uid));
        for (const QJsonValue &actor : event.value(QStringLiteral("actors")).toArray()) {
            QVERIFY2(actor.toObject().value(QStringLiteral("name")).isString(), qPrintable(uid));
            QVERIFY2(actor.toObject().value(QStringLiteral("role")).isString(), qPrintable(uid));
        }
        const QJsonArray sources = event.value(QStringLiteral("sources")).toArray();
        QVERIFY2(event.value(QStringLiteral("sources")).isArray() && !sources.isEmpty(),
                 qPrintable(uid));
        for (const QJsonValue &source : sources) {
            QVERIFY2(source.isObject(), qPrintable(uid));
            for (const QString &key : sourceKeys) {
                QVERIFY2(source.toObject().contains(key),
                         qPrintable(QStringLiteral("a source of %1 has no %2").arg(uid, key)));
            }
        }
        if (uid == QLatin1String("article-02-minsk-protocol")) {
            minsk = event;
        } else if (uid == QLatin1String("article-07-china-iran-involvement")) {
            undated = event;
        }
    }

    QVERIFY(!minsk.isEmpty());
    QCOMPARE(minsk.value(QStringLiteral("start")).toString(), QStringLiteral("2014-09-05"));
    QCOMPARE(minsk.value(QStringLiteral("precision")).toString(), QStringLiteral("day"));
    QCOMPARE(minsk.value(QStringLiteral("approximate")), QJsonValue(false));
    QCOMPARE(minsk.value(QStringLiteral("kind")).toString(), QStringLiteral("point"));
    QCOMPARE(minsk.value(QStringLiteral("actors")).toArray().size(), 3);

    QVERIFY(!undated.isEmpty());
    QVERIFY(undated.value(QStringLiteral("start")).isNull());
    QCOMPARE(undated.value(QStringLiteral("ongoing")), QJsonValue(true));
}

void TstCli::listCsv()
{
    const Run result =
        run({QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(result.finished);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 0, qPrintable(runText(result)));

    const QString text = QString::fromUtf8(result.out);
    QCOMPARE(text.count(QLatin1Char('\n')), 20);
    const QList<QStringList> records = csvRecords(text);
    QCOMPARE(records.size(), 20);
    const QStringList header = records.first();
    QCOMPARE(header.first(), QStringLiteral("id"));
    for (const char *column : {"uid", "title", "start", "precision", "actors", "sources"}) {
        QVERIFY2(header.contains(QLatin1String(column)), column);
    }
    const int uidColumn = int(header.indexOf(QStringLiteral("uid")));
    const int startColumn = int(header.indexOf(QStringLiteral("start")));
    bool sawMinsk = false;
    for (const QStringList &record : records) {
        QCOMPARE(record.size(), header.size());
        if (record.at(uidColumn) == QLatin1String("article-02-minsk-protocol")) {
            sawMinsk = true;
            QCOMPARE(record.at(startColumn), QStringLiteral("2014-09-05"));
        }
    }
    QVERIFY(sawMinsk);
}

// --- data export -----------------------------------------------------------------------------

void TstCli::listKeepsWhatTheCriteriaAsk_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("uids"); // in the order listed, "article-" left out

    const auto args = [](const char *text) {
        return QString::fromUtf8(text).split(QLatin1Char('|'));
    };
    QTest::newRow("a word, in quotes and titles")
        << args("--query|minsk")
        << args("01-crimea|02-minsk-protocol|03-minsk-ii|documented-recognition-dpr-lpr|"
                "05-full-scale-invasion");
    QTest::newRow("a field") << args("--query|title:minsk")
                             << args("02-minsk-protocol|03-minsk-ii");
    QTest::newRow("excluding, undated last")
        << args("--query|-minsk")
        << args("06-north-korean-troops|08-zelenskyy-open-to-talks|09-zelenskyy-wants-europe|"
                "10-rubio-strong-treaty|14-isw-russia-expands-forces|"
                "15-reuters-security-guarantees|16-trump-peace-plan|"
                "17-zelenskyy-warns-exclusion|18-kellogg-ukrainian-elections|11-rutte-buitenhof|"
                "12-trump-putin-call-claim|13-trump-putin-call-confirmed|"
                "documented-riyadh-talks|07-china-iran-involvement");
    QTest::newRow("an actor by another case")
        << args("--actor|zelenskyy")
        << args(
               "08-zelenskyy-open-to-talks|09-zelenskyy-wants-europe|17-zelenskyy-warns-exclusion");
    QTest::newRow("two actors: either")
        << args("--actor|Rubio|--actor|Kellogg")
        << args("10-rubio-strong-treaty|18-kellogg-ukrainian-elections|documented-riyadh-talks");
    QTest::newRow("a month overlaps a day in it")
        << args("--actor|Rubio|--from|2025-02-14")
        << args("10-rubio-strong-treaty|documented-riyadh-talks");
    QTest::newRow("a category and a date")
        << args("--category|Agreement|--from|2015") << args("03-minsk-ii");
    QTest::newRow("a search within an actor's events")
        << args("--actor|Zelenskyy|--query|exclusion") << args("17-zelenskyy-warns-exclusion");
    QTest::newRow("nothing matches") << args("--query|Debaltseve") << QStringList();
}

void TstCli::listKeepsWhatTheCriteriaAsk()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, uids);

    const QJsonArray events = listJsonOf(QStringList{QStringLiteral("--list")} + arguments);
    QVERIFY(!QTest::currentTestFailed());
    QStringList listed;
    for (const QJsonValue &event : events) {
        const QString uid = event.toObject().value(QStringLiteral("uid")).toString();
        listed.append(uid.startsWith(QStringLiteral("article-")) ? uid.mid(8) : uid);
    }
    QCOMPARE(listed, uids);
}

void TstCli::exportKeepsWhatTheCriteriaAsk()
{
    QVERIFY(run({QStringLiteral("--list")}).exitCode == 0); // makes the user's timeline
    const Run result = run({QStringLiteral("--export"), QStringLiteral("out.json"),
                            QStringLiteral("--query"), QStringLiteral("title:minsk")});
    QVERIFY2(result.exitCode == 0, qPrintable(runText(result)));
    const QJsonObject document =
        QJsonDocument::fromJson(fileBytes(path(QStringLiteral("out.json")))).object();
    QStringList titles, actors;
    for (const QJsonValue &event : document.value(QStringLiteral("events")).toArray()) {
        titles.append(event.toObject().value(QStringLiteral("title")).toString());
    }
    for (const QJsonValue &actor : document.value(QStringLiteral("actors")).toArray()) {
        actors.append(actor.toObject().value(QStringLiteral("name")).toString());
    }
    QCOMPARE(titles, QStringList({QStringLiteral("Minsk agreement (Minsk Protocol) signed"),
                                  QStringLiteral("Minsk II (Package of Measures) signed")}));
    // Only the actors these events name: no Trump, no Zelenskyy.
    QVERIFY2(actors.contains(QStringLiteral("Russia")) && actors.contains(QStringLiteral("France")),
             qPrintable(actors.join(u", ")));
    QVERIFY2(!actors.contains(QStringLiteral("Donald Trump")), qPrintable(actors.join(u", ")));
}

void TstCli::exportImageDrawsWhatTheCriteriaLeaveOutFaint()
{
    const auto meanLightness = [](const QImage &image) {
        double sum = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                sum += QColor(image.pixel(x, y)).lightnessF();
            }
        }
        return sum / ((image.width() / 2) * (image.height() / 2));
    };
    for (const QStringList &extra :
         {QStringList(), QStringList{QStringLiteral("--query"), QStringLiteral("title:minsk")}}) {
        const Run result = run(
            QStringList{QStringLiteral("--export-image"),
                        extra.isEmpty() ? QStringLiteral("all.png") : QStringLiteral("minsk.png"),
                        QStringLiteral("--size"), QStringLiteral("800x500")} +
            extra);
        QVERIFY2(result.exitCode == 0, qPrintable(runText(result)));
    }
    const QImage all(path(QStringLiteral("all.png"))), minsk(path(QStringLiteral("minsk.png")));
    QCOMPARE(minsk.size(), all.size()); // the same lanes, the others faint
    QVERIFY2(
        meanLightness(minsk) > meanLightness(all) + 0.005,
        qPrintable(
            QStringLiteral("%1 against %2").arg(meanLightness(minsk)).arg(meanLightness(all))));
}

void TstCli::unknownActorOrCategoryIsAnError()
{
    QVERIFY(run({QStringLiteral("--list")}).exitCode == 0); // makes the user's timeline
    Run result =
        run({QStringLiteral("--list"), QStringLiteral("--actor"), QStringLiteral("Nobody")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("has no actor named “Nobody”"), result.err.constData());
    QVERIFY(result.out.isEmpty());
    result = run({QStringLiteral("--export"), QStringLiteral("x.json"),
                  QStringLiteral("--category"), QStringLiteral("Weather")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("has no category “Weather”"), result.err.constData());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.json"))));
}

void TstCli::exportData_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("marker"); // once per exported event
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("err");

    QTest::newRow("json") << QStringList{QStringLiteral("--export"), QStringLiteral("out.json")}
                          << QByteArray("{\n    \"format\": \"entente-timeline\",\n")
                          << QByteArray("\"uid\": ") << 19 + 13
                          << QByteArray(); // + Minsk II's points
    QTest::newRow("csv") << QStringList{QStringLiteral("--export"), QStringLiteral("out.csv")}
                         << QByteArray("\xEF\xBB\xBFuid,title,start,") << QByteArray("\r\n")
                         << 19 + 1 << QByteArray(); // and the header
    // The bundled timeline has one undated event, which TimelineJS and calendars cannot show.
    QTest::newRow("timelinejs") << QStringList{QStringLiteral("--export"), QStringLiteral("out.js"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("TimelineJS")}
                                << QByteArray("{\n    \"title\": {") << QByteArray("\"unique_id\"")
                                << 18
                                << QByteArray("entente: events left out, undated (the format has "
                                              "no place for them): 1\n");
    QTest::newRow("ics") << QStringList{QStringLiteral("--export"), QStringLiteral("out.ics")}
                         << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                         << QByteArray("BEGIN:VEVENT") << 18
                         << QByteArray("entente: events left out, undated (the format has "
                                       "no place for them): 1\n");
}

void TstCli::exportData()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, marker);
    QFETCH(int, count);
    QFETCH(QByteArray, err);

    QVERIFY(run({QStringLiteral("--list")}).exitCode == 0); // makes the user's timeline
    const QStringList timelines = timelinesIn(dataHome());
    QCOMPARE(timelines.size(), 1);
    const QString copy = path(QStringLiteral("copy.entente"));
    QVERIFY(QFile::copy(timelines.first(), copy));
    const QByteArray before = fileBytes(copy);

    const Run result = run(QStringList{QStringLiteral("--database"), copy} + arguments);
    QVERIFY(result.finished);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 0, qPrintable(runText(result)));
    QCOMPARE(result.err, err);
    QVERIFY(result.out.isEmpty());
    const QByteArray written = fileBytes(path(arguments.at(1)));
    QVERIFY2(written.startsWith(start), written.left(200).constData());
    QCOMPARE(written.count(marker), count);
    QCOMPARE(fileBytes(copy), before); // read only: not even upgraded
}

void TstCli::exportFormatIsNamedOrFromTheExtension_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("err");

    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("--export"), QStringLiteral("x.json"),
                       QStringLiteral("--format"), QStringLiteral("xml")}
        << QStringLiteral("entente: --format: “xml” is not json or csv or timelinejs or ics");
    QTest::newRow("unknown extension")
        << QStringList{QStringLiteral("--export"), QStringLiteral("x.xml")}
        << QStringLiteral("entente: --export: cannot tell the format of “x.xml”; use .json, "
                          ".csv or .ics, or --format timelinejs");
}

void TstCli::exportFormatIsNamedOrFromTheExtension()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, err);
    const Run result = run(arguments);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(QString::fromUtf8(result.err).trimmed(), err);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
    QVERIFY(timelinesIn(dataHome()).isEmpty());
}

void TstCli::listingAMissingFileCreatesNothing_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("list") << QStringList{QStringLiteral("--list")};
    QTest::newRow("export-image") << QStringList{QStringLiteral("--export-image"),
                                                 QStringLiteral("out.png")};
    QTest::newRow("export") << QStringList{QStringLiteral("--export"), QStringLiteral("out.json")};
}

void TstCli::listingAMissingFileCreatesNothing()
{
    QFETCH(QStringList, command);
    const QString file = path(QStringLiteral("new.entente"));
    QVERIFY(!QFileInfo::exists(file));

    const Run result =
        run(QStringList{QStringLiteral("--database"), QStringLiteral("new.entente")} + command);
    QVERIFY(result.finished);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("new.entente: no such timeline file"), result.err.constData());
    QVERIFY(result.out.isEmpty());
    // Reading never writes: no timeline, no journal, no image, and the user's timeline was not
    // made either.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
    QVERIFY(timelinesIn(dataHome()).isEmpty());
}

void TstCli::readingAFileLeavesItAsItWas_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<bool>("older");
    const QStringList list{QStringLiteral("--list")};
    const QStringList image{QStringLiteral("--export-image"), QStringLiteral("out/out.png")};
    const QStringList data{QStringLiteral("--export"), QStringLiteral("out/out.json")};
    QTest::newRow("list, current") << list << false;
    QTest::newRow("list, older") << list << true;
    QTest::newRow("export-image, current") << image << false;
    QTest::newRow("export-image, older") << image << true;
    QTest::newRow("export, current") << data << false;
    QTest::newRow("export, older") << data << true;
}

// Listing and exporting never write the timeline, whatever its format: it is byte for byte as
// it was, and nothing is left beside it (no journal, no -wal or -shm). An older file is read as
// upgraded (through a copy elsewhere), and not upgraded.
void TstCli::readingAFileLeavesItAsItWas()
{
    QFETCH(QStringList, command);
    QFETCH(bool, older);
    const QString folder = path(QStringLiteral("timelines"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QDir().mkpath(path(QStringLiteral("out"))));
    const QString file = folder + QStringLiteral("/t.entente");
    if (older) {
        QVERIFY(QFile::copy(QStringLiteral(ENTENTE_TEST_DATA_DIR "/schema6.entente"), file));
    } else {
        QVERIFY(run({QStringLiteral("--list")}).exitCode == 0); // makes the user's timeline
        QVERIFY(QFile::copy(timelinesIn(dataHome()).constFirst(), file));
    }
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray before = fileBytes(file);

    const Run result = run(QStringList{QStringLiteral("--database"), file} + command);
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, qPrintable(runText(result)));
    QVERIFY(result.out.size() > 1000 || !fileBytes(path(command.value(1))).isEmpty());
    QCOMPARE(fileBytes(file), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("t.entente")});
}

void TstCli::helpNamesTheProgram()
{
    const Run result = run({QStringLiteral("--help")});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    const QString firstLine = QString::fromUtf8(result.out).section(QLatin1Char('\n'), 0, 0);
    // As the program was started, the way QCommandLineParser names it.
    QCOMPARE(firstLine,
             QStringLiteral("Usage: %1 [options] [FILE]").arg(QStringLiteral(ENTENTE_EXECUTABLE)));
    QVERIFY(result.out.contains("--export-image <FILE>"));
    QVERIFY(result.out.contains("The timeline to open"));
}

// --- import ----------------------------------------------------------------------------------

namespace {

const QString TimelineJs3 = QStringLiteral(ENTENTE_TEST_DATA_DIR "/timelinejs3.json");
const QString TimelineJs2 = QStringLiteral(ENTENTE_TEST_DATA_DIR "/timelinejs2.json");

QStringList titlesOf(const QJsonArray &events)
{
    QStringList titles;
    for (const QJsonValue &event : events) {
        titles.append(event.toObject().value(QStringLiteral("title")).toString());
    }
    titles.sort();
    return titles;
}

} // namespace

void TstCli::importTimelineJs()
{
    const QString db = path(QStringLiteral("new.entente"));
    const Run result = run({QStringLiteral("--import"), TimelineJs3, QStringLiteral("--database"),
                            db, QStringLiteral("--skip-bad-rows")});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QString::fromUtf8(result.out),
             QStringLiteral("Imported 3 events (0 updated, 0 skipped) from %1\n").arg(TimelineJs3));
    const QStringList err = QString::fromUtf8(result.err).trimmed().split(u'\n');
    QCOMPARE(err,
             (QStringList{
                 QStringLiteral("warning: %1:28: media.url: “<blockquote>embedded</blockquote>” "
                                "is not a web address; the media is left out")
                     .arg(TimelineJs3),
                 QStringLiteral("%1:24: start_date: the year -44 is before 1 AD, which Entente "
                                "cannot hold yet")
                     .arg(TimelineJs3)}));
    const QJsonArray events =
        listJsonOf({QStringLiteral("--database"), db, QStringLiteral("--list")});
    QCOMPARE(titlesOf(events), (QStringList{QStringLiteral("Debaltseve"), QStringLiteral("Embed"),
                                            QStringLiteral("Minsk Protocol & ceasefire")}));
    QVERIFY(timelinesIn(dataHome()).isEmpty()); // --database, not the user's timeline

    // The title slide is the timeline's title now, which another file's does not replace.
    const QString exported = path(QStringLiteral("new.json"));
    QCOMPARE(run({QStringLiteral("--export"), exported, QStringLiteral("--database"), db}).exitCode,
             0);
    QCOMPARE(QJsonDocument::fromJson(fileBytes(exported)).object().value(u"title").toString(),
             QStringLiteral("Minsk talks"));
    const Run other = run({QStringLiteral("--import"), TimelineJs2, QStringLiteral("--database"),
                           db, QStringLiteral("--skip-bad-rows")});
    QCOMPARE(other.exitCode, 0);
    QVERIFY2(QString::fromUtf8(other.err).contains(
                 QStringLiteral("warning: %1: the file's title, “Old style”, was not taken: the "
                                "timeline keeps its own, “Minsk talks”")
                     .arg(TimelineJs2)),
             other.err.constData());
}

void TstCli::importAgainSkipsOrUpdates()
{
    const QString db = path(QStringLiteral("again.entente"));
    const QStringList import = {QStringLiteral("--import"),       TimelineJs2,
                                QStringLiteral("--database"),     db,
                                QStringLiteral("--format"),       QStringLiteral("timelinejs"),
                                QStringLiteral("--skip-bad-rows")};
    QCOMPARE(run(import).out, QByteArray("Imported 2 events (0 updated, 0 skipped) from ") +
                                  TimelineJs2.toUtf8() + '\n');
    const QByteArray once = fileBytes(db);
    Run again = run(import);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QByteArray("Imported 0 events (0 updated, 2 skipped) from ") +
                            TimelineJs2.toUtf8() + '\n');
    again = run(import + QStringList{QStringLiteral("--duplicates"), QStringLiteral("update")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QByteArray("Imported 2 events (2 updated, 0 skipped) from ") +
                            TimelineJs2.toUtf8() + '\n');
    QCOMPARE(listJsonOf({QStringLiteral("--database"), db, QStringLiteral("--list")}).size(), 2);
    QVERIFY(!once.isEmpty());
}

// An import is an edit the user asked for: an older file is upgraded first, saying so, and the
// copy of the original kept meanwhile is gone afterwards.
void TstCli::importIntoAnOlderFileUpgradesItFirst()
{
    const QString folder = path(QStringLiteral("timelines"));
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/t.entente");
    QVERIFY(QFile::copy(QStringLiteral(ENTENTE_TEST_DATA_DIR "/schema6.entente"), db));
    QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
    const qsizetype before =
        listJsonOf({QStringLiteral("--database"), db, QStringLiteral("--list")}).size();
    const Run result = run({QStringLiteral("--import"), TimelineJs3, QStringLiteral("--database"),
                            db, QStringLiteral("--skip-bad-rows")});
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, qPrintable(runText(result)));
    QVERIFY2(result.err.contains("t.entente was upgraded from timeline format 6 to "),
             result.err.constData());
    QCOMPARE(listJsonOf({QStringLiteral("--database"), db, QStringLiteral("--list")}).size(),
             before + 3);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("t.entente")});
}

void TstCli::importWithBadRowsImportsNothingUnlessSkipped()
{
    const QString db = path(QStringLiteral("kept.entente"));
    QVERIFY(run({QStringLiteral("--list")}).exitCode == 0); // makes the user's timeline
    QVERIFY(QFile::copy(timelinesIn(dataHome()).constFirst(), db));
    // Current: an import into an older file would upgrade it first.
    const int before =
        int(listJsonOf({QStringLiteral("--database"), db, QStringLiteral("--list")}).size());
    const QByteArray bytes = fileBytes(db);
    const Run result =
        run({QStringLiteral("--import"), TimelineJs2, QStringLiteral("--database"), db});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
    const QStringList err = QString::fromUtf8(result.err).trimmed().split(u'\n');
    QCOMPARE(err.size(), 2);
    QVERIFY2(err.at(0).startsWith(TimelineJs2 + QStringLiteral(":9: start_date: ")),
             qPrintable(err.at(0)));
    QCOMPARE(err.at(1), QStringLiteral("entente: a row with problems; nothing was imported "
                                       "(--skip-bad-rows imports the other rows)"));
    QCOMPARE(fileBytes(db), bytes);
    QCOMPARE(listJsonOf({QStringLiteral("--database"), db, QStringLiteral("--list")}).size(),
             before);
}

void TstCli::importIntoTheUserTimeline()
{
    const Run result =
        run({QStringLiteral("--import"), TimelineJs2, QStringLiteral("--skip-bad-rows")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(timelinesIn(dataHome()).size(), 1);
    // The bundled timeline, and what was imported into it.
    QCOMPARE(listJsonOf({QStringLiteral("--list")}).size(), 19 + 2);
}

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

void TstCli::importCsvWithMapAndDateOrder()
{
    const QString csv = path(QStringLiteral("talks.csv"));
    writeBytes(csv, "Headline;Day;Envoy;Remarks\n"
                    "Minsk II;12/02/2015;OSCE;signed at night\n"
                    "Normandy call;01/03/2015;France;\n");
    const QString db = path(QStringLiteral("talks.entente"));
    const Run result = run(
        {QStringLiteral("--import"), csv, QStringLiteral("--database"), db, QStringLiteral("--map"),
         QStringLiteral("title=Headline,date=2,actor:mediator=envoy,description=Remarks"),
         QStringLiteral("--date-order"), QStringLiteral("dmy")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QString::fromUtf8(result.out),
             QStringLiteral("Imported 2 events (0 updated, 0 skipped) from %1\n").arg(csv));
    const QJsonArray events =
        listJsonOf({QStringLiteral("--database"), db, QStringLiteral("--list")});
    QCOMPARE(events.size(), 2);
    const QJsonObject first = events.at(0).toObject();
    QCOMPARE(first.value(u"title").toString(), QStringLiteral("Minsk II"));
    QCOMPARE(first.value(u"start").toString(), QStringLiteral("2015-02-12"));
    QCOMPARE(first.value(u"description").toString(), QStringLiteral("signed at night"));
    const QJsonObject actor = first.value(u"actors").toArray().at(0).toObject();
    QCOMPARE(actor.value(u"name").toString(), QStringLiteral("OSCE"));
    QCOMPARE(actor.value(u"role").toString(), QStringLiteral("mediator"));
    QCOMPARE(events.at(1).toObject().value(u"start").toString(), QStringLiteral("2015-03-01"));
}

// A file bigger than a chunk, whose first chunk is stored before the bad row is read: the
// transaction is rolled back, an existing timeline is byte for byte as it was and a new one is
// not left behind; with --skip-bad-rows every other row is imported.
void TstCli::importWithABadRowInALateChunkChangesNothing()
{
    QByteArray bytes = "event_id_cnty,event_date,event_type,actor1\n";
    for (int i = 1; i <= 12000; ++i) {
        bytes += "UKR" + QByteArray::number(i) + (i == 11000 ? ",31/02/2025" : ",2025-02-05") +
                 ",Battles,Actor " + QByteArray::number(i % 7) + "\n";
    }
    const QString csv = path(QStringLiteral("acled.csv"));
    writeBytes(csv, bytes);
    const QString fresh = path(QStringLiteral("new.entente"));
    const QStringList import = {QStringLiteral("--import"), csv, QStringLiteral("--format"),
                                QStringLiteral("acled"), QStringLiteral("--database")};
    Run result = run(import + QStringList{fresh});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(QString::fromUtf8(result.err).startsWith(csv + QStringLiteral(":11001: event_date: ")));
    QVERIFY(!QFileInfo::exists(fresh));

    const QString kept = path(QStringLiteral("kept.entente"));
    QCOMPARE(run({QStringLiteral("--import"), TimelineJs2, QStringLiteral("--database"), kept,
                  QStringLiteral("--skip-bad-rows")})
                 .exitCode,
             0);
    const QByteArray before = fileBytes(kept);
    result = run(import + QStringList{kept});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(fileBytes(kept), before);

    result = run(import + QStringList{kept, QStringLiteral("--skip-bad-rows")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QString::fromUtf8(result.out),
             QStringLiteral("Imported 11999 events (0 updated, 0 skipped) from %1\n").arg(csv));
}

void TstCli::importCsvWhoseDateOrderIsNotSettled()
{
    const QString csv = path(QStringLiteral("talks.csv"));
    writeBytes(csv, "title,date\nMinsk II,12/02/2015\nCall,01/03/2015\n");
    const QString db = path(QStringLiteral("talks.entente"));
    const Run result = run({QStringLiteral("--import"), csv, QStringLiteral("--database"), db});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(QString::fromUtf8(result.err),
             QStringLiteral("entente: %1: dates such as “12/02/2015” can be read day first or "
                            "month first, and no date in the file settles which. Say which "
                            "order the dates are in.\n")
                 .arg(csv));
    QVERIFY(!QFileInfo::exists(db));
    const Run monthFirst = run({QStringLiteral("--import"), csv, QStringLiteral("--database"), db,
                                QStringLiteral("--date-order"), QStringLiteral("mdy")});
    QCOMPARE(monthFirst.exitCode, 0);
    const QJsonArray events =
        listJsonOf({QStringLiteral("--database"), db, QStringLiteral("--list")});
    QCOMPARE(events.at(0).toObject().value(u"start").toString(), QStringLiteral("2015-01-03"));
}

void TstCli::importCsvWithABadMap()
{
    const QString csv = path(QStringLiteral("talks.csv"));
    writeBytes(csv, "title,date\nMinsk II,2015-02-12\n");
    const QString db = path(QStringLiteral("talks.entente"));
    const Run result = run({QStringLiteral("--import"), csv, QStringLiteral("--database"), db,
                            QStringLiteral("--map"), QStringLiteral("title=Headline")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(QString::fromUtf8(result.err),
             QStringLiteral("entente: column mapping: the file has no column “Headline”; its "
                            "columns are title, date\n"));
    QVERIFY(!QFileInfo::exists(db));
}

void TstCli::importTimelineAndICalendar_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("timeline")
        << "war.timeline"
        << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<timeline>\n"
                      "  <version>2.6.0</version>\n  <timetype>gregoriantime</timetype>\n"
                      "  <categories></categories>\n  <events>\n    <event>\n"
                      "      <start>2014-09-05 14:30:00</start>\n"
                      "      <end>2014-09-05 14:30:00</end>\n      <text>Minsk Protocol</text>\n"
                      "    </event>\n    <event>\n      <start>2015-02-11 00:00:00</start>\n"
                      "      <end>2015-02-12 00:00:00</end>\n      <text>Minsk II</text>\n"
                      "    </event>\n  </events>\n  <view></view>\n</timeline>\n")
        << QStringList{QStringLiteral("Minsk II"), QStringLiteral("Minsk Protocol")};
    QTest::newRow("ics") << "cal.ics"
                         << fileBytes(QStringLiteral(ENTENTE_TEST_DATA_DIR "/python-icalendar.ics"))
                         << QStringList{QStringLiteral("Call"), QStringLiteral("Geneva statement"),
                                        QStringLiteral("Зустріч у нормандському форматі, Берлін; "
                                                       "друга сесія переговорів міністрів")};
}

void TstCli::importTimelineAndICalendar()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, titles);
    const QString file = path(name);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }
    const QString db = path(QStringLiteral("new.entente"));
    const Run result = run({QStringLiteral("--import"), file, QStringLiteral("--database"), db});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QString::fromUtf8(result.out),
             QStringLiteral("Imported %1 events (0 updated, 0 skipped) from %2\n")
                 .arg(titles.size())
                 .arg(file));
    QCOMPARE(titlesOf(listJsonOf({QStringLiteral("--database"), db, QStringLiteral("--list")})),
             titles);
}

// --export of the bundled timeline, --import of that file into a new timeline and --export
// of that one: the same file, every event, actor, source and relation.
void TstCli::jsonExportImportsAgain()
{
    const QString first = path(QStringLiteral("x.json")), second = path(QStringLiteral("y.json"));
    QCOMPARE(run({QStringLiteral("--export"), first}).exitCode, 0);
    const QString db = path(QStringLiteral("new.entente"));
    const Run imported = run({QStringLiteral("--import"), first, QStringLiteral("--database"), db});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(QString::fromUtf8(imported.out),
             QStringLiteral("Imported 19 events (0 updated, 0 skipped) from %1\n").arg(first));
    QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("--export"), second}).exitCode,
             0);
    QVERIFY(!fileBytes(first).isEmpty());
    QCOMPARE(fileBytes(second), fileBytes(first));
}

// Paths as users name them: a folder and files in Ukrainian, through import, list, export and
// the image export (the image through the GUI application's arguments).
void TstCli::pathsInCyrillicWork()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("Київ")));
    const QString json = path(QStringLiteral("Київ/Мінськ II.json"));
    const QString db = path(QStringLiteral("Київ/переговори.entente"));
    QCOMPARE(run({QStringLiteral("--export"), json}).exitCode, 0);
    QVERIFY(QFileInfo::exists(json));
    const Run imported = run({QStringLiteral("--import"), json, QStringLiteral("--database"), db});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(QString::fromUtf8(imported.out).contains(json), imported.out.constData());
    const Run listed =
        run({db, QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(csvRecords(QString::fromUtf8(listed.out)).size(), 1 + 19);
    const QString image = path(QStringLiteral("Київ/зображення.png"));
    QCOMPARE(run({db, QStringLiteral("--export-image"), image}).exitCode, 0);
    QVERIFY(!QImage(image).isNull());
}

// --- errors ----------------------------------------------------------------------------------

void TstCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("garbage"); // "garbage.entente" holds "hello"

    const auto args = [](const char *text) {
        return QString::fromLatin1(text).split(QLatin1Char(' '));
    };
    QTest::newRow("unknown option") << args("--bogus") << false;
    QTest::newRow("size without height") << args("--size 12") << false;
    QTest::newRow("month 13") << args("--from 2014-13") << false;
    QTest::newRow("to before from") << args("--from 2025-03 --to 2025-02") << false;
    QTest::newRow("format xml") << args("--list --format xml") << false;
    QTest::newRow("list and export") << args("--list --export-image x.png") << false;
    QTest::newRow("export format jpg") << args("--export-image x.jpg") << false;
    QTest::newRow("theme neon") << args("--export-image x.png --theme neon") << false;
    QTest::newRow("lanes nested") << args("--export-image x.png --lanes nested") << false;
    QTest::newRow("garbage file argument") << args("garbage.entente --list") << true;
    QTest::newRow("import and list") << args("--import x.json --list") << false;
    QTest::newRow("duplicates without import") << args("--duplicates skip") << false;
    QTest::newRow("duplicates maybe") << args("--import x.json --duplicates maybe") << false;
    QTest::newRow("import format xlsx") << args("--import x.json --format xlsx") << false;
    QTest::newRow("map without import") << args("--map title=1") << false;
    QTest::newRow("date order ymd") << args("--import x.csv --date-order ymd") << false;
    QTest::newRow("import missing file") << args("--import missing.json") << false;
    QTest::newRow("import garbage timeline")
        << args("--import garbage.entente --format timelinejs") << true;
    QTest::newRow("missing folder")
        << args("--database /nonexistent-dir/x.entente --list") << false;
    QTest::newRow("garbage file, list") << args("--database garbage.entente --list") << true;
    QTest::newRow("export and list") << args("--list --export x.json") << false;
    QTest::newRow("query without a command") << args("--query minsk") << false;
    QTest::newRow("actor without a command") << args("--actor Putin") << false;
    QTest::newRow("garbage file, data export")
        << args("--database garbage.entente --export x.json") << true;
    QTest::newRow("export table jpg") << args("--export-table x.jpg") << false;
    QTest::newRow("export table and image")
        << args("--export-table x.png --export-image y.png") << false;
    QTest::newRow("process without export table") << args("--process Minsk") << false;
    QTest::newRow("export table, month 13") << args("--export-table x.png --to 2015-13") << false;
    QTest::newRow("garbage file, export")
        << args("--database garbage.entente --export-image x.png --size 400x300") << true;
}

void TstCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, garbage);

    const QString garbageFile = path(QStringLiteral("garbage.entente"));
    {
        QFile file(garbageFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("hello"), qint64(5));
    }

    const Run result = run(arguments);
    QVERIFY(result.finished);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode != 0, qPrintable(runText(result)));
    const QString err = QString::fromUtf8(result.err).trimmed();
    const QStringList lines = err.split(QLatin1Char('\n'));
    QVERIFY2(lines.size() == 1, qPrintable(err));
    QVERIFY2(err.startsWith(QLatin1String("entente:")), qPrintable(err));
    QVERIFY2(err.size() > 10, qPrintable(err)); // says something after the name
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.png"))));

    QCOMPARE(fileBytes(garbageFile), QByteArray("hello"));
    if (garbage) {
        for (const char *suffix : {"-wal", "-shm", "-journal"}) {
            QVERIFY2(!QFileInfo::exists(garbageFile + QLatin1String(suffix)), suffix);
        }
    }
    QVERIFY(timelinesIn(dataHome()).isEmpty()); // no user timeline was made on the way
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
