// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace entente {

void JsonWriter::newline()
{
    m_out.write('\n');
    m_out.write(QByteArray(m_empty.size() * 4, ' '));
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.isEmpty()) {
        return;
    }
    if (!m_empty.last()) {
        m_out.write(',');
    }
    m_empty.last() = false;
    newline();
}

void JsonWriter::open(char bracket)
{
    beforeValue();
    m_out.write(bracket);
    m_empty.append(true);
}

void JsonWriter::close(char bracket)
{
    if (!m_empty.takeLast()) {
        newline();
    }
    m_out.write(bracket);
    if (m_empty.isEmpty()) {
        m_out.write('\n'); // the end of the document
    }
}

JsonWriter &JsonWriter::key(const QString &name)
{
    beforeValue();
    m_out.write(quoted(name));
    m_out.write(": ");
    m_afterKey = true;
    return *this;
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    m_out.write(quoted(text));
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out.write(QByteArray::number(number));
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out.write(flag ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
}

void JsonWriter::null()
{
    beforeValue();
    m_out.write(QByteArrayLiteral("null"));
}

void JsonWriter::value(const QStringList &strings)
{
    beginArray();
    for (const QString &text : strings) {
        value(text);
    }
    endArray();
}

void JsonWriter::stringOrNull(const QString &name, const QString &text)
{
    key(name);
    if (text.isEmpty()) {
        null();
    } else {
        value(text);
    }
}

QByteArray JsonWriter::quoted(const QString &text)
{
    // The characters JSON escapes with a letter of their own; other controls take \u00XX.
    static constexpr std::pair<char16_t, char16_t> Short[] = {
        {u'"', u'"'}, {u'\\', u'\\'}, {u'\n', u'n'}, {u'\r', u'r'}, {u'\t', u't'}};
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped.append(u'"');
    for (const QChar c : text) {
        const auto *found = std::find_if(std::begin(Short), std::end(Short),
                                         [&](const auto &pair) { return pair.first == c; });
        if (found != std::end(Short)) {
            escaped.append(u'\\').append(QChar(found->second));
        } else if (c.unicode() < 0x20) {
            escaped.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        } else {
            escaped.append(c);
        }
    }
    escaped.append(u'"');
    return escaped.toUtf8();
}

} // namespace entente
