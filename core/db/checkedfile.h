// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace entente {

class Database;
class StopRequest;

// A store's file, looked at before SQLite opens it and read through once it has: made first
// and destroyed last by the store, so that it sees the file as SQLite leaves it on closing.
// Reading every page (IntegrityCheck) takes seconds on a large file, so it is skipped for a
// file that another store of this process has open already (checked then), and for one that
// is as Entente left it: the fingerprint (FileFingerprints) kept on closing it after writing,
// or after a check it passed.
class CheckedFile final
{
public:
    // Throws an Error when the header alone shows that the file is no timeline this version
    // reads (TimelineFileHeader). A missing file is a new one: nothing to look at. The page
    // check of verify() says so to `stop`, which can stop it; it must outlive that call.
    CheckedFile(const QString &path, qint32 applicationId, int latestVersion,
                StopRequest *stop = nullptr);
    // Remembers the fingerprint when the last store of this process that had the file open
    // closes, if one of them could write it.
    ~CheckedFile();
    Q_DISABLE_COPY_MOVE(CheckedFile)

    // Reads every page unless that can be skipped; throws an Error naming the first problems.
    void verify(Database &db);

    // The same check ahead of opening, for a window that shows it with a way to stop it:
    // when a store opening the file would read every page, reads them now over a read-only
    // connection of its own and remembers that the file passed, so the store skips it.
    // Whether there was a check; throws the Error verify() would (a stopped check says so).
    static bool checkAhead(const QString &path, qint32 applicationId, int latestVersion,
                           StopRequest &stop);

private:
    // Whether a store of this process has the file open, checked.
    static bool isOpenHere(const QString &path);
    void holdOpen(bool writable);

    // Reads every page of the file db has open; stoppable through `stop`.
    static void checkPages(Database &db, StopRequest *stop);

    QString m_path;
    StopRequest *m_stop;
    QString m_fingerprint; // as the file was before SQLite opened it
    bool m_isNew = false;
    bool m_held = false;
};

} // namespace entente
