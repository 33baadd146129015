// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;

namespace entente {

// Bytes to a device through a buffer, so that an export of a million events neither writes
// each piece on its own nor holds the whole file in memory.
class DeviceWriter final
{
    Q_DECLARE_TR_FUNCTIONS(entente::DeviceWriter)

public:
    explicit DeviceWriter(QIODevice *device) : m_device(device) {}
    ~DeviceWriter();
    Q_DISABLE_COPY_MOVE(DeviceWriter)

    void write(const QByteArray &bytes);
    void write(char c);
    // Writes what is buffered to the device; throws Error if the device refuses it.
    void flush();

private:
    void flushWhenFull();

    QIODevice *m_device;
    QByteArray m_buffer;
};

} // namespace entente
