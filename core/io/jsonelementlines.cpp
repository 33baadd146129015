// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonelementlines.h"

#include <algorithm>

namespace entente {

namespace {

// One open object or array: the key it has in its parent ("" in an array or at the root).
struct Open
{
    bool array = false;
    QByteArray key;
};

// The end of the string starting at json[start] (a '"'): the index of its closing quote.
qsizetype stringEnd(const QByteArray &json, qsizetype start)
{
    qsizetype i = start + 1;
    while (i < json.size() && json.at(i) != '"') {
        i += json.at(i) == '\\' ? 2 : 1;
    }
    return i;
}

bool isTarget(const QList<Open> &open, const QList<QByteArray> &path)
{
    // The root object, then one object per key but the last, then the array itself.
    if (open.size() != path.size() + 1 || !open.last().array) {
        return false;
    }
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (open.at(i + 1).key != path.at(i)) {
            return false;
        }
    }
    return true;
}

} // namespace

QList<int> JsonElementLines::of(const QByteArray &json, const QStringList &path)
{
    QList<QByteArray> keys;
    for (const QString &key : path) {
        keys.append(key.toUtf8());
    }
    QList<int> lines;
    QList<Open> open;
    QByteArray key;          // the last key read in the innermost object
    bool elementDue = false; // in the target array, before its next element
    int line = 1;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == ':') {
            continue;
        }
        if (elementDue && c != ']') {
            lines.append(line);
            elementDue = false;
        }
        if (c == '"') {
            const qsizetype end = stringEnd(json, i);
            const QByteArray text = json.mid(i + 1, end - i - 1);
            line += int(text.count('\n'));
            if (!open.isEmpty() && !open.last().array) {
                key = text; // a key or a value: a key is always read before its value
            }
            i = end;
        } else if (c == '{' || c == '[') {
            const bool inArray = open.isEmpty() || open.last().array;
            open.append({c == '[', inArray ? QByteArray() : key});
            elementDue = isTarget(open, keys);
        } else if (c == '}' || c == ']') {
            open.removeLast();
        } else if (c == ',') {
            elementDue = isTarget(open, keys);
        }
    }
    return lines;
}

int JsonElementLines::lineAt(const QByteArray &json, qsizetype offset)
{
    return 1 + int(QByteArrayView(json)
                       .first(std::clamp<qsizetype>(offset, 0, json.size()))
                       .count('\n'));
}

} // namespace entente
