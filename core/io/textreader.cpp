// SPDX-License-Identifier: GPL-3.0-or-later
#include "textreader.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace entente {

namespace {

constexpr qint64 BlockSize = 256 * 1024;

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. The five bytes it leaves undefined map
// to the C1 controls of the same value, as browsers do. Our own table: QStringDecoder has no
// Windows-1252 on builds of Qt without ICU (Windows, macOS).
constexpr char16_t Windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Where `c` first stands in [from, to), or -1: memchr for bytes, which is vectorised.
qsizetype find(const QByteArray &bytes, char c, qsizetype from, qsizetype to)
{
    const auto *found = static_cast<const char *>(memchr(bytes.constData() + from, c, to - from));
    return found ? found - bytes.constData() : -1;
}

qsizetype find(const QString &text, char c, qsizetype from, qsizetype to)
{
    const qsizetype found = QStringView(text).sliced(from, to - from).indexOf(QLatin1Char(c));
    return found < 0 ? -1 : from + found;
}

// Where the line that starts at `pos` ends (*end) and the next begins (*next). False when the
// buffer holds no line end yet and more may come; at the end, what is left is the last line.
template <typename Buffer>
bool splitLine(const Buffer &buffer, qsizetype pos, bool atEnd, qsizetype *end, qsizetype *next)
{
    const qsizetype size = buffer.size();
    const qsizetype lf = find(buffer, '\n', pos, size);
    const qsizetype cr = find(buffer, '\r', pos, lf < 0 ? size : lf);
    const qsizetype at = cr >= 0 ? cr : lf;
    if (at < 0 || (at == cr && at + 1 == size && !atEnd)) {
        *end = *next = size; // a "\r" last may be followed by "\n" in the next block
        return at < 0 && atEnd && pos < size;
    }
    *end = at;
    *next = at == cr && at + 1 < size && buffer[at + 1] == u'\n' ? at + 2 : at + 1;
    return true;
}

// Widens the bytes into *text, reusing its buffer; false if one is not ASCII.
bool widenAscii(const char *bytes, qsizetype size, QString *text)
{
    text->resize(size);
    char16_t *out = reinterpret_cast<char16_t *>(text->data());
    uchar all = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const uchar byte = uchar(bytes[i]);
        all |= byte;
        out[i] = byte;
    }
    return all < 0x80;
}

} // namespace

TextReader::TextReader(QIODevice *device) : m_device(device)
{
    detectByteOrderMark();
}

void TextReader::detectByteOrderMark()
{
    fill();
    const auto startsWith = [&](const char *mark) { return m_bytes.startsWith(mark); };
    if (startsWith("\xEF\xBB\xBF")) {
        m_bytePos = 3;
        m_hadByteOrderMark = true;
    } else if (startsWith("\xFF\xFE") || startsWith("\xFE\xFF")) {
        m_encoding = startsWith("\xFF\xFE") ? Encoding::Utf16LE : Encoding::Utf16BE;
        m_hadByteOrderMark = true;
        m_utf16Decoder = QStringDecoder(m_encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                                        : QStringConverter::Utf16BE,
                                        QStringConverter::Flag::ConvertInitialBom);
        m_chars = m_utf16Decoder.decode(QByteArrayView(m_bytes).sliced(2));
        m_bytes.clear();
    }
    m_bytesConsumed = m_hadByteOrderMark ? (m_encoding == Encoding::Utf8 ? 3 : 2) : 0;
}

// Appends a block from the device (decoded, for UTF-16); false at the end of the device.
bool TextReader::fill()
{
    if (m_atEnd) {
        return false;
    }
    m_bytes.remove(0, m_bytePos);
    m_bytePos = 0;
    const qsizetype old = m_bytes.size();
    m_bytes.resize(old + BlockSize);
    const qint64 got = std::max<qint64>(m_device->read(m_bytes.data() + old, BlockSize), 0);
    m_bytes.resize(old + got);
    m_atEnd = got == 0;
    if (m_encoding != Encoding::Utf8) {
        m_chars.remove(0, m_charPos);
        m_charPos = 0;
        m_chars += m_utf16Decoder.decode(m_bytes);
        m_bytes.clear();
    }
    return !m_atEnd;
}

// The next line's span in `buffer` (m_bytes or m_chars, from `pos`), filled as needed.
template <typename Buffer>
bool TextReader::takeLine(const Buffer &buffer, qsizetype &pos, qsizetype *start, qsizetype *end)
{
    qsizetype next = 0;
    while (!splitLine(buffer, pos, m_atEnd, end, &next)) {
        if (!fill() && pos >= buffer.size()) {
            return false;
        }
    }
    ++m_lineNumber;
    *start = pos;
    m_bytesConsumed += (next - pos) * qsizetype(sizeof(typename Buffer::value_type));
    pos = next;
    return true;
}

bool TextReader::readLine(QString *line)
{
    qsizetype start = 0, end = 0;
    if (m_encoding == Encoding::Utf8) {
        if (!takeLine(m_bytes, m_bytePos, &start, &end)) {
            return false;
        }
        decodeBytes(m_bytes.constData() + start, end - start, line);
    } else {
        if (!takeLine(m_chars, m_charPos, &start, &end)) {
            return false;
        }
        *line = m_chars.sliced(start, end - start);
    }
    return true;
}

// Into *line, whose buffer is reused: most lines are ASCII, and then this allocates nothing.
void TextReader::decodeBytes(const char *bytes, qsizetype size, QString *line)
{
    if (widenAscii(bytes, size, line)) {
        return;
    }
    if (m_hadByteOrderMark || isValidUtf8(bytes, size)) {
        *line = QString::fromUtf8(bytes, size);
        return;
    }
    if (m_nonUtf8Lines.size() < MaxNotedLines) {
        m_nonUtf8Lines.append(m_lineNumber);
    }
    ++m_nonUtf8LineCount;
    *line = fromWindows1252(bytes, size);
}

qint64 TextReader::bytesRead() const
{
    return m_bytesConsumed;
}

qint64 TextReader::totalBytes() const
{
    return m_device->isSequential() ? 0 : m_device->size();
}

QString TextReader::fromWindows1252(const char *bytes, qsizetype size)
{
    QString text(size, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < size; ++i) {
        const uchar byte = uchar(bytes[i]);
        out[i] = byte >= 0x80 && byte < 0xA0 ? Windows1252High[byte - 0x80] : char16_t(byte);
    }
    return text;
}

// Strict: no overlong forms, no surrogates, nothing above U+10FFFF.
bool TextReader::isValidUtf8(const char *bytes, qsizetype size)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes);
    const auto *end = p + size;
    while (p < end) {
        const uchar lead = *p++;
        if (lead < 0x80) {
            continue;
        }
        int more = 0;
        uint min = 0, code = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            more = 1, min = 0x80, code = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            more = 2, min = 0x800, code = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            more = 3, min = 0x10000, code = lead & 0x07;
        } else {
            return false;
        }
        if (end - p < more) {
            return false;
        }
        for (int i = 0; i < more; ++i, ++p) {
            if ((*p & 0xC0) != 0x80) {
                return false;
            }
            code = (code << 6) | (*p & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            return false;
        }
    }
    return true;
}

} // namespace entente
