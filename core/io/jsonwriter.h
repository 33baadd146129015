// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "devicewriter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace entente {

// Writes indented JSON to a device as it goes, with the fields in the order they are written
// (QJsonObject sorts them, and holds the whole document in memory: an export of a million
// events should need neither). The caller keeps the structure well formed.
class JsonWriter final
{
public:
    explicit JsonWriter(QIODevice *device) : m_out(device) {}
    Q_DISABLE_COPY_MOVE(JsonWriter)

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // The name of the next value, inside an object.
    JsonWriter &key(const QString &name);

    void value(const QString &text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void null();
    void value(const QStringList &strings);

    // key(name) then the value.
    template <typename T>
    void field(const QString &name, const T &v)
    {
        key(name).value(v);
    }
    // A string, or null when it is empty.
    void stringOrNull(const QString &name, const QString &text);

    // Writes what is buffered to the device; throws Error if the device refuses it.
    void flush() { m_out.flush(); }

    static QByteArray quoted(const QString &text);

private:
    void open(char bracket);
    void close(char bracket);
    void beforeValue();
    void newline();

    DeviceWriter m_out;
    QList<bool> m_empty; // per open object or array: nothing in it yet
    bool m_afterKey = false;
};

} // namespace entente
