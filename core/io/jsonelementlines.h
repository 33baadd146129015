// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace entente {

// Where things are in a JSON text, which QJsonDocument does not say: so that a reader can
// report a bad element of an array with the line it starts on.
class JsonElementLines final
{
public:
    // The 1-based line on which each element of the array reached from the root object by
    // the keys `path` ({"events"}, {"timeline", "date"}) starts, in order; empty if there is
    // no such array. The text is assumed to be valid JSON (parse it first).
    static QList<int> of(const QByteArray &json, const QStringList &path);
    // The 1-based line of a byte offset (what QJsonParseError gives).
    static int lineAt(const QByteArray &json, qsizetype offset);
};

} // namespace entente
