// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>

class QIODevice;

namespace entente {

// Reads a device as text, one line at a time, without holding more of it than a block: the
// files that importers read reach hundreds of megabytes. A byte-order mark decides the encoding
// (UTF-8, UTF-16LE, UTF-16BE); without one, each line is read as UTF-8 when it is valid UTF-8
// and as Windows-1252 otherwise, because exports from spreadsheets mix the two, and the lines
// read as Windows-1252 are noted so that the user can be told. Lines end at "\n", "\r\n" or a
// lone "\r"; the line end is not part of the line.
class TextReader final
{
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE };
    static constexpr int MaxNotedLines = 100;

    explicit TextReader(QIODevice *device);

    // The next line into *line, whose buffer is reused when not shared; false at the end.
    bool readLine(QString *line);
    // 1-based number of the line readLine gave last (0 before the first).
    int lineNumber() const { return m_lineNumber; }

    Encoding encoding() const { return m_encoding; }
    bool hadByteOrderMark() const { return m_hadByteOrderMark; }
    // The first MaxNotedLines line numbers read as Windows-1252, and how many there were.
    const QList<int> &nonUtf8Lines() const { return m_nonUtf8Lines; }
    int nonUtf8LineCount() const { return m_nonUtf8LineCount; }

    // For progress: the bytes taken from the device so far, and its size (0 when unknown).
    qint64 bytesRead() const;
    qint64 totalBytes() const;

    static QString fromWindows1252(const char *bytes, qsizetype size);
    static bool isValidUtf8(const char *bytes, qsizetype size);

private:
    void detectByteOrderMark();
    bool fill();
    template <typename Buffer>
    bool takeLine(const Buffer &buffer, qsizetype &pos, qsizetype *start, qsizetype *end);
    void decodeBytes(const char *bytes, qsizetype size, QString *line);

    QIODevice *m_device;
    Encoding m_encoding = Encoding::Utf8;
    bool m_hadByteOrderMark = false;
    bool m_atEnd = false;
    QByteArray m_bytes; // what has been read and not yet returned, from m_bytePos
    qsizetype m_bytePos = 0;
    QStringDecoder m_utf16Decoder;
    QString m_chars; // UTF-16 files: decoded and not yet returned, from m_charPos
    qsizetype m_charPos = 0;
    qint64 m_bytesConsumed = 0;
    int m_lineNumber = 0;
    QList<int> m_nonUtf8Lines;
    int m_nonUtf8LineCount = 0;
};

} // namespace entente
