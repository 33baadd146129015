// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinefileheader.h"

#include "error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace entente {

namespace {
constexpr QByteArrayView SqliteMagic("SQLite format 3\0", 16);
constexpr int PageSizeOffset = 16;
constexpr int ChangeCounterOffset = 24;
constexpr int PageCountOffset = 28;
constexpr int SchemaCookieOffset = 40;
constexpr int UserVersionOffset = 60;
constexpr int ApplicationIdOffset = 68;
constexpr int VersionValidForOffset = 92;
} // namespace

TimelineFileHeader::TimelineFileHeader(const QString &path, const QByteArray &bytes,
                                       qint64 fileSize)
    : m_path(path), m_bytes(bytes), m_fileSize(fileSize)
{}

TimelineFileHeader TimelineFileHeader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(
            tr("%1: cannot open: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return TimelineFileHeader(path, file.read(Size), file.size());
}

QString TimelineFileHeader::file() const
{
    return QDir::toNativeSeparators(m_path);
}

quint32 TimelineFileHeader::bigEndian(int offset) const
{
    if (m_bytes.size() < offset + 4) {
        return 0;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(m_bytes.constData() + offset);
    return quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8 | bytes[3];
}

bool TimelineFileHeader::isSqlite() const
{
    return m_bytes.size() == Size && QByteArrayView(m_bytes).startsWith(SqliteMagic);
}

bool TimelineFileHeader::hasLog() const
{
    // An empty log is what SQLite leaves while a reader has the file open: nothing in it.
    return QFileInfo(m_path + QStringLiteral("-wal")).size() > 0;
}

qint64 TimelineFileHeader::declaredSize() const
{
    if (bigEndian(VersionValidForOffset) != changeCounter() || hasLog()) {
        return -1;
    }
    const quint32 stored = bigEndian(PageSizeOffset) >> 16;
    const qint64 pageSize = stored == 1 ? 65536 : stored;
    return pageSize * bigEndian(PageCountOffset);
}

void TimelineFileHeader::verify(qint32 applicationId, int latestVersion) const
{
    if (m_fileSize == 0) {
        throw Error(
            tr("%1 is not an Entente timeline (an empty file); it was not changed").arg(file()));
    }
    if (!isSqlite()) {
        throw Error(tr("%1 is not an Entente timeline (not an SQLite database); it was not "
                       "changed")
                        .arg(file()));
    }
    if (hasLog()) {
        return; // the log may hold a newer first page: SQLite's side reads that one
    }
    const auto foundId = qint32(bigEndian(ApplicationIdOffset));
    if (foundId != 0 && foundId != applicationId) {
        throw Error(anotherProgram(file()));
    }
    if (foundId == 0 && bigEndian(SchemaCookieOffset) != 0) {
        throw Error(foreignDatabase(file()));
    }
    if (const auto version = qint32(bigEndian(UserVersionOffset)); version > latestVersion) {
        throw Error(newerVersion(file(), version, latestVersion));
    }
    if (const qint64 size = declaredSize(); size > m_fileSize) {
        throw Error(tr("%1 is damaged: it is truncated (%2 of %3 bytes); it was not changed")
                        .arg(file())
                        .arg(m_fileSize)
                        .arg(size));
    }
}

QString TimelineFileHeader::anotherProgram(const QString &file)
{
    return tr("%1 is an SQLite database of another program, not an Entente timeline; it was not "
              "changed")
        .arg(file);
}

QString TimelineFileHeader::foreignDatabase(const QString &file)
{
    return tr("%1 is an SQLite database but not an Entente timeline; it was not changed").arg(file);
}

QString TimelineFileHeader::newerVersion(const QString &file, int version, int latestVersion)
{
    return tr("%1 was written by a newer version of Entente (timeline format %2; this version "
              "reads up to %3); it was not changed")
        .arg(file)
        .arg(version)
        .arg(latestVersion);
}

} // namespace entente
