// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecopy.h"

#include "stoprequest.h"

#include <QFile>

namespace entente {

namespace {
// Large enough that the calls cost nothing next to the disk, small enough that a stop is
// seen within a few milliseconds.
constexpr qint64 PieceBytes = 4 * 1024 * 1024;
} // namespace

bool FileCopy::copy(const QString &from, const QString &to, StopRequest &stop)
{
    QFile::remove(to);
    bool copied = false;
    try {
        copied = copyPieces(from, to, stop);
    } catch (...) {
        QFile::remove(to);
        throw;
    }
    if (!copied || !QFile::setPermissions(to, QFile::permissions(from))) {
        QFile::remove(to);
        return false;
    }
    return true;
}

bool FileCopy::copyPieces(const QString &from, const QString &to, StopRequest &stop)
{
    QFile source(from), target(to);
    if (!source.open(QIODevice::ReadOnly) ||
        !target.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return false;
    }
    QByteArray piece(PieceBytes, Qt::Uninitialized);
    for (;;) {
        stop.throwIfRequested(from);
        const qint64 read = source.read(piece.data(), PieceBytes);
        if (read <= 0) {
            return read == 0 && target.flush();
        }
        if (target.write(piece.constData(), read) != read) {
            return false;
        }
        stop.addBytesDone(read);
    }
}

} // namespace entente
