// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace entente {

// The first 100 bytes of a file, read before SQLite opens it: a file that is plainly not a
// timeline this version reads (not SQLite's, another program's, a newer Entente's, cut short)
// is refused without SQLite ever touching it, so nothing is made beside it. SQLite's own checks
// (SchemaMigrator, SchemaCheck) still follow for what the header cannot tell.
class TimelineFileHeader final
{
    Q_DECLARE_TR_FUNCTIONS(entente::TimelineFileHeader)

public:
    static constexpr int Size = 100;

    // Throws an Error naming the file when it cannot be read.
    static TimelineFileHeader read(const QString &path);

    // Throws an Error that names the file and says why it is refused.
    void verify(qint32 applicationId, int latestVersion) const;

    // Counts the file's changes; SQLite bumps it on every commit in rollback mode.
    quint32 changeCounter() const { return bigEndian(24); }
    // Whether the file is in WAL mode (its read and write versions are 2): a read-only
    // connection leaves a log and an index beside such a file.
    bool isWal() const { return m_bytes.at(18) == 2 || m_bytes.at(19) == 2; }

    // The refusals SQLite's side (SchemaMigrator) words the same way.
    static QString anotherProgram(const QString &file);
    static QString foreignDatabase(const QString &file);
    static QString newerVersion(const QString &file, int version, int latestVersion);

private:
    TimelineFileHeader(const QString &path, const QByteArray &bytes, qint64 fileSize);

    quint32 bigEndian(int offset) const;
    bool isSqlite() const;
    // The page count times the page size, or -1 when the header cannot vouch for it: an
    // SQLite before 3.7.0 wrote the file last, or a log beside it holds pages it lacks.
    qint64 declaredSize() const;
    bool hasLog() const;
    QString file() const;

    QString m_path;
    QByteArray m_bytes;
    qint64 m_fileSize = 0;
};

} // namespace entente
