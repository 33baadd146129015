// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace entente {

class StopRequest;

// Upgrades a timeline in an older format to the current one in place, once the user has
// agreed (it is read through a copy until then: EventStore::needsUpgrade). A copy of the
// original is kept beside it until the upgrade has succeeded; a failed upgrade leaves the
// original as it was, and the copy.
class FileUpgrade final
{
    Q_DECLARE_TR_FUNCTIONS(entente::FileUpgrade)

public:
    // Where the original is kept while it is upgraded: "<file>.format-<N>.bak".
    static QString backupPath(const QString &path, int formatVersion);
    // Throws Error naming the file and the copy when the upgrade fails. A `stop` requested
    // (from another thread) before it has finished throws the stopped Error and leaves the
    // file as it was, without the copy.
    static void run(const QString &path, int formatVersion, StopRequest *stop = nullptr);

private:
    static void keepBackup(const QString &path, const QString &backup, StopRequest &stop);
    // Puts the original back from its copy if SQLite left it changed.
    static void restore(const QString &path, const QString &backup);
};

} // namespace entente
