// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendarline.h"

#include "error.h"
#include "textreader.h"

namespace entente {

namespace {

struct FoldedLine
{
    QByteArray bytes;
    int line = 0;
};

// Lines that begin with a space or a tab continue the line before (RFC 5545 3.1).
QList<FoldedLine> unfolded(const QByteArray &bytes)
{
    QList<FoldedLine> lines;
    int number = 0;
    for (QByteArray physical : bytes.split('\n')) {
        ++number;
        if (physical.endsWith('\r')) {
            physical.chop(1);
        }
        const bool continues = !physical.isEmpty() && (physical[0] == ' ' || physical[0] == '\t');
        if (continues && !lines.isEmpty()) {
            lines.last().bytes.append(physical.mid(1));
        } else if (!physical.trimmed().isEmpty()) {
            lines.append({physical, number});
        }
    }
    return lines;
}

// A parameter value from `pos`: quoted ("Europe/Kyiv; with colon:") or up to , ; or :.
QString parameterValue(const QString &text, qsizetype &pos)
{
    if (pos < text.size() && text.at(pos) == u'"') {
        const qsizetype close = text.indexOf(u'"', pos + 1);
        const qsizetype end = close < 0 ? text.size() : close;
        const QString value = text.mid(pos + 1, end - pos - 1);
        pos = close < 0 ? text.size() : close + 1;
        return value;
    }
    const qsizetype start = pos;
    while (pos < text.size() && !QStringView(u",;:").contains(text.at(pos))) {
        ++pos;
    }
    return text.mid(start, pos - start);
}

} // namespace

QList<ICalendarLine> ICalendarLine::readAll(const QByteArray &bytes, const QString &fileName,
                                            QList<int> *nonUtf8Lines)
{
    QList<ICalendarLine> lines;
    for (const FoldedLine &folded : unfolded(bytes)) {
        const QByteArray &raw = folded.bytes;
        QString text;
        if (TextReader::isValidUtf8(raw.constData(), raw.size())) {
            text = QString::fromUtf8(raw);
        } else {
            text = TextReader::fromWindows1252(raw.constData(), raw.size());
            nonUtf8Lines->append(folded.line);
        }
        lines.append(parse(text, folded.line, fileName));
    }
    return lines;
}

ICalendarLine ICalendarLine::parse(const QString &text, int line, const QString &fileName)
{
    ICalendarLine result;
    result.line = line;
    qsizetype pos = 0;
    while (pos < text.size() && text.at(pos) != u';' && text.at(pos) != u':') {
        ++pos;
    }
    result.name = text.left(pos).trimmed().toUpper();
    while (pos < text.size() && text.at(pos) == u';') {
        const qsizetype equals = text.indexOf(u'=', pos);
        if (equals < 0) {
            break;
        }
        const QString parameter = text.mid(pos + 1, equals - pos - 1).trimmed().toUpper();
        pos = equals + 1;
        QStringList values{parameterValue(text, pos)};
        while (pos < text.size() && text.at(pos) == u',') {
            ++pos;
            values.append(parameterValue(text, pos));
        }
        result.parameters.insert(parameter, values.join(u','));
    }
    if (pos >= text.size() || text.at(pos) != u':' || result.name.isEmpty()) {
        constexpr int Shown = 40;
        throw Error(tr("%1:%2: “%3” is not an iCalendar line (NAME:value)")
                        .arg(fileName)
                        .arg(line)
                        .arg(text.size() > Shown ? text.left(Shown) + QStringLiteral("…") : text));
    }
    result.value = text.mid(pos + 1);
    return result;
}

QString ICalendarLine::unescaped(QStringView text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 == text.size()) {
            plain.append(c);
            continue;
        }
        const QChar next = text.at(++i);
        plain.append(next == u'n' || next == u'N' ? QChar(u'\n') : next);
    }
    return plain;
}

QStringList ICalendarLine::unescapedList(QStringView text)
{
    QStringList items;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i + 1 < text.size() && text.at(i) == u'\\') {
            ++i; // an escaped character, a comma perhaps
            continue;
        }
        if (i == text.size() || text.at(i) == u',') {
            const QString item = unescaped(text.mid(start, i - start)).trimmed();
            if (!item.isEmpty()) {
                items.append(item);
            }
            start = i + 1;
        }
    }
    return items;
}

} // namespace entente
