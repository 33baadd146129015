// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicewriter.h"

#include "error.h"

#include <QIODevice>

namespace entente {

namespace {

constexpr qsizetype FlushSize = 1 << 16;

} // namespace

DeviceWriter::~DeviceWriter()
{
    try {
        flush();
    } catch (const Error &) {
        // Whoever needs to know calls flush() first; a destructor must not throw.
    }
}

void DeviceWriter::write(const QByteArray &bytes)
{
    m_buffer.append(bytes);
    flushWhenFull();
}

void DeviceWriter::write(char c)
{
    m_buffer.append(c);
    flushWhenFull();
}

void DeviceWriter::flushWhenFull()
{
    if (m_buffer.size() >= FlushSize) {
        flush();
    }
}

void DeviceWriter::flush()
{
    if (m_buffer.isEmpty()) {
        return;
    }
    const bool written = m_device->write(m_buffer) == m_buffer.size();
    m_buffer.clear();
    if (!written) {
        throw Error(tr("cannot write: %1").arg(m_device->errorString()));
    }
}

} // namespace entente
