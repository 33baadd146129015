// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileupgrade.h"

#include "error.h"
#include "eventstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace entente {

namespace {
QByteArray digestOf(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result() : QByteArray();
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

QString FileUpgrade::backupPath(const QString &path, int formatVersion)
{
    return QStringLiteral("%1.format-%2.bak").arg(path).arg(formatVersion);
}

void FileUpgrade::run(const QString &path, int formatVersion)
{
    const QString backup = backupPath(path, formatVersion);
    QFile::remove(backup); // a copy left by an upgrade that failed: the original is the same
    if (!QFile::copy(path, backup)) {
        throw Error(tr("Could not upgrade %1: a copy of it could not be kept as %2 first; it "
                       "was not changed.")
                        .arg(native(path), native(backup)));
    }
    try {
        EventStore upgraded(path, EventStore::Access::Upgrade);
    } catch (const Error &error) {
        restore(path, backup);
        throw Error(tr("Could not upgrade %1: %2 The file is as it was, and a copy of it is kept "
                       "as %3.")
                        .arg(native(path), error.message(), native(backup)),
                    error.sqliteCode());
    }
    QFile::remove(backup);
}

void FileUpgrade::restore(const QString &path, const QString &backup)
{
    for (const char *journal : {"-journal", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(journal)); // what SQLite would roll back from
    }
    if (digestOf(path) != digestOf(backup)) {
        QFile::remove(path);
        QFile::copy(backup, path);
    }
}

} // namespace entente
