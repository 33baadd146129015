// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

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

void JsonWriter::beginObject()
{
    beforeValue();
    m_out.write('{');
    m_empty.append(true);
}

void JsonWriter::endObject()
{
    const bool empty = m_empty.takeLast();
    if (!empty) {
        newline();
    }
    m_out.write(m_empty.isEmpty() ? QByteArrayLiteral("}\n") : QByteArrayLiteral("}"));
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out.write('[');
    m_empty.append(true);
}

void JsonWriter::endArray()
{
    const bool empty = m_empty.takeLast();
    if (!empty) {
        newline();
    }
    m_out.write(QByteArrayLiteral("]"));
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
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped.append(u'"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            escaped.append(u"\\\"");
            break;
        case u'\\':
            escaped.append(u"\\\\");
            break;
        case u'\n':
            escaped.append(u"\\n");
            break;
        case u'\r':
            escaped.append(u"\\r");
            break;
        case u'\t':
            escaped.append(u"\\t");
            break;
        default:
            if (c.unicode() < 0x20) {
                escaped.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            } else {
                escaped.append(c);
            }
        }
    }
    escaped.append(u'"');
    return escaped.toUtf8();
}

} // namespace entente
