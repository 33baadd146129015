// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace entente {

// FNV-1a over bytes: the same value on every run, platform and Qt version, unlike qHash, so it
// may be stored in files (category lane keys) and decide colours that users remember.
constexpr quint64 stableHash(QByteArrayView bytes)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char byte : bytes) {
        hash = (hash ^ quint8(byte)) * 1099511628211ULL;
    }
    return hash;
}

} // namespace entente
