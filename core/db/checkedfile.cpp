// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkedfile.h"

#include "database.h"
#include "filefingerprints.h"
#include "integritycheck.h"
#include "stoprequest.h"
#include "timelinefileheader.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace entente {

namespace {
struct Openings
{
    int stores = 0;
    bool written = false; // one of them could write the file
};

QMutex openMutex;
QHash<QString, Openings> openHere; // by canonical path; the store threads share it

bool hasLog(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}
} // namespace

CheckedFile::CheckedFile(const QString &path, qint32 applicationId, int latestVersion,
                         StopRequest *stop)
    : m_stop(stop)
{
    if (!QFileInfo::exists(path)) {
        m_isNew = true;
        return;
    }
    TimelineFileHeader::read(path).verify(applicationId, latestVersion);
    m_path = QFileInfo(path).canonicalFilePath();
    // A log beside the file holds what the fingerprint does not cover.
    if (!hasLog(m_path)) {
        m_fingerprint = FileFingerprints::of(m_path);
    }
}

CheckedFile::~CheckedFile()
{
    if (!m_held) {
        return;
    }
    const QMutexLocker lock(&openMutex);
    Openings &openings = openHere[m_path];
    if (--openings.stores > 0) {
        return;
    }
    const bool written = openings.written;
    openHere.remove(m_path);
    if (written && !hasLog(m_path)) {
        FileFingerprints::remember(FileFingerprints::of(m_path));
    }
}

void CheckedFile::verify(Database &db)
{
    if (m_held) {
        return;
    }
    // Held by the file SQLite reads: an older file's upgraded copy (ReadingCopy), which the
    // store's readers open too, or the file itself.
    const QString opened = QFileInfo(db.path()).canonicalFilePath();
    if (m_isNew) { // made by this store just now: nothing of anyone else's to check
        m_path = opened;
    } else if (!isOpenHere(opened) && !FileFingerprints::contains(m_fingerprint)) {
        checkPages(db, m_stop);
        FileFingerprints::remember(m_fingerprint);
    }
    m_stop = nullptr; // used once: the request may be gone before this file
    if (!opened.isEmpty()) {
        const bool writable = !db.isReadOnly() && opened == m_path; // not a copy's writes
        m_path = opened;
        holdOpen(writable);
    }
}

bool CheckedFile::checkAhead(const QString &path, qint32 applicationId, int latestVersion,
                             StopRequest &stop)
{
    if (!QFileInfo::exists(path)) {
        return false;
    }
    const TimelineFileHeader header = TimelineFileHeader::read(path);
    header.verify(applicationId, latestVersion);
    const QString canonical = QFileInfo(path).canonicalFilePath();
    // A file in WAL mode is read through a copy (ReadingCopy), which the store checks.
    if (header.isWal() || hasLog(canonical) || isOpenHere(canonical)) {
        return false;
    }
    const QString fingerprint = FileFingerprints::of(canonical);
    if (FileFingerprints::contains(fingerprint)) {
        return false;
    }
    Database db(canonical, Database::OpenMode::ReadOnly);
    checkPages(db, &stop);
    FileFingerprints::remember(fingerprint);
    return true;
}

void CheckedFile::checkPages(Database &db, StopRequest *stop)
{
    if (!stop) {
        IntegrityCheck::verify(db);
        return;
    }
    // The check comes in the middle of what the open does (after the schema is known sound,
    // before an upgrade), which goes on once it has passed.
    const StopRequest::Stage around = stop->stage();
    stop->setStage(StopRequest::Stage::CheckingPages);
    {
        const StopRequest::Watching watching(*stop, db);
        IntegrityCheck::verify(db);
    }
    stop->setStage(around);
}

bool CheckedFile::isOpenHere(const QString &path)
{
    const QMutexLocker lock(&openMutex);
    return openHere.contains(path);
}

void CheckedFile::holdOpen(bool writable)
{
    const QMutexLocker lock(&openMutex);
    Openings &openings = openHere[m_path];
    ++openings.stores;
    openings.written = openings.written || writable;
    m_held = true;
}

} // namespace entente
