// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingcopy.h"

#include "error.h"
#include "filecopy.h"
#include "stoprequest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

namespace entente {

namespace {
// What SQLite's file header says (https://www.sqlite.org/fileformat.html#the_database_header).
constexpr int HeaderBytes = 100;
constexpr int WriteVersionOffset = 18; // 2: WAL mode
constexpr int UserVersionOffset = 60;
const QByteArray SqliteMagic("SQLite format 3\0", 16);

QByteArray headerOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray header = file.read(HeaderBytes);
    return header.size() == HeaderBytes && header.startsWith(SqliteMagic) ? header : QByteArray();
}
} // namespace

bool ReadingCopy::isNeeded(const QString &path, int latestVersion, bool readOnly)
{
    const QByteArray header = headerOf(path);
    if (header.isEmpty()) {
        return false;
    }
    const bool wal = header.at(WriteVersionOffset) == 2;
    const qint32 version = qFromBigEndian<qint32>(header.constData() + UserVersionOffset);
    // Read-only, SQLite would leave the -wal and -shm files it makes to read a file in WAL mode.
    // With a -wal there, another connection has the file open (the window whose readers these
    // are): they read with it, as it is, and it cleans up.
    const bool walLeftBehind = wal && readOnly && !QFile::exists(path + QStringLiteral("-wal"));
    return version < latestVersion || walLeftBehind;
}

ReadingCopy::ReadingCopy(const QString &original, StopRequest *stop)
    : m_original(original), m_dir(std::make_unique<QTemporaryDir>())
{
    m_path = m_dir->filePath(QStringLiteral("timeline.entente"));
    StopRequest unwatched;
    if (!m_dir->isValid() || !copyFiles(stop ? *stop : unwatched)) {
        throw Error(
            tr("%1: cannot make a temporary copy to read it from (%2)")
                .arg(QDir::toNativeSeparators(original), QDir::toNativeSeparators(m_dir->path())));
    }
}

bool ReadingCopy::copyFiles(StopRequest &stop)
{
    const QString log = m_original + QStringLiteral("-wal");
    const bool hasLog = QFile::exists(log);
    stop.setStage(StopRequest::Stage::CopyingToRead,
                  QFileInfo(m_original).size() + (hasLog ? QFileInfo(log).size() : 0));
    if (!FileCopy::copy(m_original, m_path, stop) ||
        (hasLog && !FileCopy::copy(log, m_path + QStringLiteral("-wal"), stop))) {
        return false;
    }
    // A copy inherits the original's permissions: a write-protected original would make a
    // copy that cannot be upgraded.
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(m_path + QStringLiteral("-wal"), QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

ReadingCopy::~ReadingCopy() = default;

QString ReadingCopy::inOriginalsName(const QString &message) const
{
    return QString(message).replace(QDir::toNativeSeparators(m_path),
                                    QDir::toNativeSeparators(m_original));
}

} // namespace entente
