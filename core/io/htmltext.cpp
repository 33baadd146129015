// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace entente {

QString HtmlText::toPlainText(const QString &html)
{
    static const QRegularExpression breaks(
        QStringLiteral("<\\s*(br|/?p|/?div|/?li|/?h[1-6])\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\f\\v]+"));
    QString text = html;
    text.replace(u'\n', u' '); // in HTML a line break in the source is a space
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    text = decodeEntities(text);
    text.replace(QChar(0xa0), u' ');
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString clean = QString(line).replace(spaces, QStringLiteral(" ")).trimmed();
        if (!clean.isEmpty()) {
            lines.append(clean);
        }
    }
    return lines.join(u'\n');
}

QString HtmlText::decodeEntities(const QString &text)
{
    static const QRegularExpression reference(
        QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    QString result;
    qsizetype last = 0;
    auto it = reference.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        QString decoded;
        if (name.startsWith(u'#')) {
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            bool ok = false;
            const uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            if (ok && code > 0 && code <= 0x10ffff) {
                const char32_t c = code;
                decoded = QString::fromUcs4(&c, 1);
            }
        } else {
            decoded = entity(name);
        }
        result += decoded.isEmpty() ? match.captured(0) : decoded;
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

// The named references timeline texts use; HTML has some two thousand, these cover them.
QString HtmlText::entity(const QString &name)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral("\u00a0")},
        {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("hellip"), QStringLiteral("…")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")},
        {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("ldquo"), QStringLiteral("“")},
        {QStringLiteral("rdquo"), QStringLiteral("”")},
        {QStringLiteral("laquo"), QStringLiteral("«")},
        {QStringLiteral("raquo"), QStringLiteral("»")},
        {QStringLiteral("copy"), QStringLiteral("©")},
        {QStringLiteral("eacute"), QStringLiteral("é")},
        {QStringLiteral("egrave"), QStringLiteral("è")},
        {QStringLiteral("uuml"), QStringLiteral("ü")},
        {QStringLiteral("ouml"), QStringLiteral("ö")},
        {QStringLiteral("auml"), QStringLiteral("ä")},
        {QStringLiteral("szlig"), QStringLiteral("ß")},
        {QStringLiteral("deg"), QStringLiteral("°")},
        {QStringLiteral("middot"), QStringLiteral("·")},
        {QStringLiteral("bull"), QStringLiteral("•")},
        {QStringLiteral("times"), QStringLiteral("×")},
    };
    return names.value(name);
}

} // namespace entente
