// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QBuffer>
#include <QTemporaryDir>

#include "cancelled.h"
#include "contentimport.h"
#include "dataexport.h"
#include "ententejsondatasetreader.h"
#include "eventstore.h"
#include "importformats.h"
#include "seedloader.h"
#include "storecontent.h"
#include "testsupport.h"

#include <memory>

using namespace entente;

namespace {

TimelineContent readBytes(const QByteArray &bytes, const ImportProgress &progress = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportReport report;
    TimelineContent content =
        EntenteJsonDatasetReader().read(buffer, QStringLiteral("x.json"), &report, progress);
    // The format has no rows to leave out: whole or an Error.
    if (report.hasProblems() || !report.warnings.isEmpty()) {
        qWarning("the reader reported something");
        return {};
    }
    return content;
}

// What --import does: the format from the head, its reader, ContentImport.
void importFile(EventStore &store, const QString &path)
{
    const QByteArray bytes = fileBytes(path);
    const ImportFormat format = ImportFormats::detect(path, bytes.left(4096));
    QCOMPARE(format, ImportFormat::Json);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportReport report;
    const TimelineContent content = ImportFormats::reader(format)->read(buffer, path, &report);
    QVERIFY(!report.hasProblems());
    ContentImport::run(store, content);
}

} // namespace

class TstEntenteJsonDatasetReader : public QObject
{
    Q_OBJECT

private slots:
    void exportImportsAgainIdentically();
    void detectedApartFromTimelineJs_data();
    void detectedApartFromTimelineJs();
    void badFileThrowsWithLineAndField();
    void byteOrderMarkIsSkipped();
    void cancelThrows();
};

// --export of the bundled timeline, then --import of that file into an empty timeline: the
// content SeedLoader made, every citation included (the ids follow the export's time order,
// not the bundled file's order); and the same rows again, ids included, on the next round.
void TstEntenteJsonDatasetReader::exportImportsAgainIdentically()
{
    QTemporaryDir dir;
    EventStore original(dir.filePath(QStringLiteral("original.entente")));
    SeedLoader::loadBundled(original);
    const QString exported = dir.filePath(QStringLiteral("x.json"));
    DataExport::write(original, exported, DataExport::Format::Json);

    EventStore imported(dir.filePath(QStringLiteral("imported.entente")));
    importFile(imported, exported);
    const QString again = dir.filePath(QStringLiteral("y.json"));
    DataExport::write(imported, again, DataExport::Format::Json);
    QCOMPARE(fileBytes(again), fileBytes(exported));
    QCOMPARE(imported.sources().size(), original.sources().size());
    QCOMPARE(StoreContent::read(imported).events.size(), 19);

    EventStore twice(dir.filePath(QStringLiteral("twice.entente")));
    importFile(twice, again);
    QCOMPARE(canonicalDump(twice.database()), canonicalDump(imported.database()));
}

void TstEntenteJsonDatasetReader::detectedApartFromTimelineJs_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("format");
    QTest::newRow("entente") << QByteArray(
                                    "{\n  \"format\": \"entente-timeline\",\n  \"version\": 2")
                             << "json";
    // Attributes kept from a TimelineJS import have keys that look like TimelineJS.
    QTest::newRow("entente with timelinejs-like keys")
        << QByteArray("{\"format\":\"entente-timeline\",\"events\":[{\"attributes\": "
                      "{\"start_date\": \"x\", \"timeline\": \"y\", \"date\": \"z\"}}]}")
        << "json";
    QTest::newRow("timelinejs 3") << QByteArray(
                                         "{\"title\": {}, \"events\": [{\"start_date\": {}}]}")
                                  << "timelinejs";
    QTest::newRow("timelinejs 2") << QByteArray("{\"timeline\": {\"date\": []}}") << "timelinejs";
}

void TstEntenteJsonDatasetReader::detectedApartFromTimelineJs()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, format);
    QCOMPARE(ImportFormats::name(ImportFormats::detect(QStringLiteral("a.json"), head)), format);
}

void TstEntenteJsonDatasetReader::badFileThrowsWithLineAndField()
{
    const QByteArray json =
        "{\n  \"format\": \"entente-timeline\",\n  \"version\": 2,\n"
        "  \"events\": [\n    {\"uid\": \"a\", \"title\": \"A\", \"kind\": \"point\", \"start\": "
        "\"2014-13\"}\n  ]\n}\n";
    const std::optional<QString> error = errorOf([&] { readBytes(json); });
    QVERIFY(error);
    QVERIFY2(error->startsWith(QStringLiteral("x.json:5: ")), qPrintable(*error));
    QVERIFY2(error->contains(QStringLiteral("start")), qPrintable(*error));
}

void TstEntenteJsonDatasetReader::byteOrderMarkIsSkipped()
{
    const TimelineContent content = readBytes(
        "\xEF\xBB\xBF{\"format\": \"entente-timeline\", \"version\": 2, \"events\": "
        "[{\"uid\": \"a\", \"title\": \"A\", \"kind\": \"point\", \"start\": \"2014-09\"}]}");
    QCOMPARE(content.events.size(), 1);
    QCOMPARE(content.events.first().start, PartialDate::month(2014, 9));
}

void TstEntenteJsonDatasetReader::cancelThrows()
{
    const QByteArray json = "{\"format\": \"entente-timeline\", \"version\": 2, \"events\": []}";
    bool cancelled = false;
    try {
        readBytes(json, [](qint64, qint64) { return false; });
    } catch (const Cancelled &) {
        cancelled = true;
    }
    QVERIFY(cancelled);
}

QTEST_GUILESS_MAIN(TstEntenteJsonDatasetReader)
#include "tst_ententejsondatasetreader.moc"
