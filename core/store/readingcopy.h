// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace entente {

class StopRequest;

// A timeline read through a copy of it in a temporary folder, so that reading never writes
// the original: an older format is upgraded in the copy, and a file a previous Entente left in
// WAL mode is read without the -wal and -shm files SQLite would leave beside it. The copy is
// made with plain file copies (the file and its log), so SQLite never opens the original.
class ReadingCopy final
{
    Q_DECLARE_TR_FUNCTIONS(entente::ReadingCopy)

public:
    // Whether a timeline at path must be read through a copy: its format is older than
    // latestVersion, or (for reading only) it is in WAL mode and no other connection has it
    // open. Both come from the file's header; a file without SQLite's header is opened as it
    // is, to be refused.
    static bool isNeeded(const QString &path, int latestVersion, bool readOnly);

    // Copies the timeline; throws Error when it cannot, or when `stop` is requested (then the
    // partial copy is gone).
    explicit ReadingCopy(const QString &original, StopRequest *stop = nullptr);
    ~ReadingCopy();
    Q_DISABLE_COPY_MOVE(ReadingCopy)

    const QString &original() const { return m_original; }
    const QString &path() const { return m_path; }
    // The message, naming the original where it named the copy.
    QString inOriginalsName(const QString &message) const;

private:
    bool copyFiles(StopRequest &stop);

    QString m_original;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

} // namespace entente
