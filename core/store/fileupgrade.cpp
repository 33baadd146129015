// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileupgrade.h"

#include "error.h"
#include "eventstore.h"
#include "filecopy.h"
#include "stoprequest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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

void FileUpgrade::run(const QString &path, int formatVersion, StopRequest *stop)
{
    const QString backup = backupPath(path, formatVersion);
    StopRequest unwatched;
    StopRequest &stopRequest = stop ? *stop : unwatched;
    keepBackup(path, backup, stopRequest);
    try {
        stopRequest.setStage(StopRequest::Stage::Upgrading);
        EventStore upgraded(path, EventStore::Access::Upgrade, &stopRequest);
    } catch (const Error &error) {
        restore(path, backup);
        if (stopRequest.isRequested()) { // as it was: the copy is not needed
            QFile::remove(backup);
            throw;
        }
        throw Error(tr("Could not upgrade %1: %2 The file is as it was, and a copy of it is kept "
                       "as %3.")
                        .arg(native(path), error.message(), native(backup)),
                    error.sqliteCode());
    }
    QFile::remove(backup);
}

void FileUpgrade::keepBackup(const QString &path, const QString &backup, StopRequest &stop)
{
    // A copy left by an upgrade that failed is replaced: the original is the same.
    stop.setStage(StopRequest::Stage::KeepingBackup, QFileInfo(path).size());
    if (!FileCopy::copy(path, backup, stop)) {
        throw Error(tr("Could not upgrade %1: a copy of it could not be kept as %2 first; it "
                       "was not changed.")
                        .arg(native(path), native(backup)));
    }
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
