// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QBuffer>

#include "textreader.h"

using namespace entente;

Q_DECLARE_METATYPE(entente::TextReader::Encoding)

namespace {

QStringList readAll(TextReader &reader)
{
    QStringList lines;
    QString line;
    while (reader.readLine(&line)) {
        lines.append(line);
        if (reader.lineNumber() != lines.size()) {
            qWarning("line %d reported as %d", int(lines.size()), reader.lineNumber());
            return {};
        }
    }
    return lines;
}

QStringList readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TextReader reader(&buffer);
    return readAll(reader);
}

} // namespace

class TstTextReader : public QObject
{
    Q_OBJECT

private slots:
    void byteOrderMarks_data();
    void byteOrderMarks();
    void windows1252LinesAmongUtf8();
    void windows1252LinesAreCountedBeyondTheNotedOnes();
    void byteOrderMarkMeansUtf8Throughout();
    void windows1252Table();
    void lineEnds_data();
    void lineEnds();
    void crlfAcrossBlocks();
    void emptyFile();
    void progress();
};

void TstTextReader::byteOrderMarks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextReader::Encoding>("encoding");
    QTest::addColumn<bool>("mark");

    const QString text = QStringLiteral("Київ – Kyiv\r\nMinsk II, 12 лютого 2015\nend");
    using E = TextReader::Encoding;
    QTest::newRow("UTF-8 without a mark") << text.toUtf8() << E::Utf8 << false;
    QTest::newRow("UTF-8") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << E::Utf8 << true;
    QStringEncoder little(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("UTF-16LE") << QByteArray(little.encode(text)) << E::Utf16LE << true;
    QStringEncoder big(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    QTest::newRow("UTF-16BE") << QByteArray(big.encode(text)) << E::Utf16BE << true;
}

void TstTextReader::byteOrderMarks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextReader::Encoding, encoding);
    QFETCH(bool, mark);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    TextReader reader(&buffer);
    const QStringList expected = {QStringLiteral("Київ – Kyiv"),
                                  QStringLiteral("Minsk II, 12 лютого 2015"),
                                  QStringLiteral("end")};
    QCOMPARE(readAll(reader), expected);
    QCOMPARE(reader.encoding(), encoding);
    QCOMPARE(reader.hadByteOrderMark(), mark);
    QCOMPARE(reader.nonUtf8LineCount(), 0);
}

void TstTextReader::windows1252LinesAmongUtf8()
{
    QBuffer buffer;
    buffer.setData(QByteArray("id,place\n"
                              "1,\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2\n" // Київ in UTF-8
                              "2,Caf\xE9 \x80 5 \x93quoted\x94\r\n"  // Windows-1252
                              "3,Lviv\n"
                              "4,na\xEFve\n")); // Windows-1252 again: 0xEF starts no UTF-8 here
    buffer.open(QIODevice::ReadOnly);
    TextReader reader(&buffer);
    const QStringList expected = {QStringLiteral("id,place"), QStringLiteral("1,Київ"),
                                  QStringLiteral("2,Café € 5 “quoted”"), QStringLiteral("3,Lviv"),
                                  QStringLiteral("4,naïve")};
    QCOMPARE(readAll(reader), expected);
    QCOMPARE(reader.nonUtf8Lines(), (QList<int>{3, 5}));
    QCOMPARE(reader.nonUtf8LineCount(), 2);
}

void TstTextReader::windows1252LinesAreCountedBeyondTheNotedOnes()
{
    QByteArray bytes;
    for (int i = 0; i < 150; ++i) {
        bytes += "ok\nbad \xE9\n";
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    TextReader reader(&buffer);
    QCOMPARE(readAll(reader).size(), 300);
    QCOMPARE(reader.nonUtf8LineCount(), 150);
    QCOMPARE(reader.nonUtf8Lines().size(), TextReader::MaxNotedLines);
    QCOMPARE(reader.nonUtf8Lines().first(), 2);
    QCOMPARE(reader.nonUtf8Lines().last(), 200);
}

void TstTextReader::byteOrderMarkMeansUtf8Throughout()
{
    QBuffer buffer;
    buffer.setData(QByteArray("\xEF\xBB\xBF"
                              "caf\xC3\xA9\nbad \xE9\n"));
    buffer.open(QIODevice::ReadOnly);
    TextReader reader(&buffer);
    const QStringList lines = readAll(reader);
    QCOMPARE(lines.first(), QStringLiteral("café"));
    QCOMPARE(lines.last(), QStringLiteral("bad \uFFFD"));
    QCOMPARE(reader.nonUtf8LineCount(), 0);
}

void TstTextReader::windows1252Table()
{
    const QByteArray bytes("\x80\x81\x8A\x9F\xA0\xE9\xFF"
                           "A");
    QCOMPARE(TextReader::fromWindows1252(bytes.constData(), bytes.size()),
             QStringLiteral("€\u0081ŠŸ\u00A0éÿA"));
}

void TstTextReader::lineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("lines");

    const QStringList abc = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("LF") << QByteArray("a\nb\nc\n") << abc;
    QTest::newRow("CRLF") << QByteArray("a\r\nb\r\nc\r\n") << abc;
    QTest::newRow("CR") << QByteArray("a\rb\rc\r") << abc;
    QTest::newRow("mixed") << QByteArray("a\r\nb\rc\n") << abc;
    QTest::newRow("no final line end") << QByteArray("a\nb\nc") << abc;
    QTest::newRow("empty lines kept")
        << QByteArray("a\n\r\n\rb\n")
        << QStringList{QStringLiteral("a"), QString(), QString(), QStringLiteral("b")};
    QTest::newRow("one line end") << QByteArray("\n") << QStringList{QString()};
}

void TstTextReader::lineEnds()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, lines);
    QCOMPARE(readAll(bytes), lines);
}

void TstTextReader::crlfAcrossBlocks()
{
    // The reader takes the device in blocks: a "\r" at the end of one must wait for the next
    // to tell "\r\n" from a lone "\r".
    for (const qsizetype length : {qsizetype(256 * 1024 - 1), qsizetype(256 * 1024 - 2)}) {
        const QByteArray bytes = QByteArray(length, 'x') + "\r\nend\r\n";
        const QStringList lines = readAll(bytes);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first().size(), length);
        QCOMPARE(lines.last(), QStringLiteral("end"));
    }
}

void TstTextReader::emptyFile()
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    TextReader reader(&buffer);
    QString line = QStringLiteral("untouched");
    QVERIFY(!reader.readLine(&line));
    QCOMPARE(reader.lineNumber(), 0);
    QCOMPARE(reader.bytesRead(), 0);
    QCOMPARE(reader.totalBytes(), 0);
    QCOMPARE(reader.nonUtf8LineCount(), 0);
}

void TstTextReader::progress()
{
    const QByteArray bytes("\xEF\xBB\xBF"
                           "first\r\nsecond\n");
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TextReader reader(&buffer);
    QCOMPARE(reader.totalBytes(), bytes.size());
    QString line;
    QVERIFY(reader.readLine(&line));
    QCOMPARE(reader.bytesRead(), 3 + 7);
    QVERIFY(reader.readLine(&line));
    QCOMPARE(reader.bytesRead(), bytes.size());
    QVERIFY(!reader.readLine(&line));
}

QTEST_MAIN(TstTextReader)
#include "tst_textreader.moc"
