// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "error.h"
#include "foldtokenizer.h"
#include "statement.h"
#include "stoprequest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <filesystem>
#include <system_error>

namespace entente {

namespace {
// NULL counts as empty.
QByteArrayView textArgument(sqlite3_value *argument)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argument));
    return text ? QByteArrayView(text, sqlite3_value_bytes(argument)) : QByteArrayView("", 0);
}

void callTextToInteger(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto function = reinterpret_cast<Database::TextToInteger>(sqlite3_user_data(context));
    sqlite3_result_int64(context, function(textArgument(arguments[0])));
}

void callTextsToInteger(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto function = reinterpret_cast<Database::TextsToInteger>(sqlite3_user_data(context));
    sqlite3_result_int64(context, function(textArgument(arguments[0]), textArgument(arguments[1])));
}

// Whether SQLite refused it.
bool createFunction(sqlite3 *db, const char *name, int arguments, void *function,
                    void (*call)(sqlite3_context *, int, sqlite3_value **))
{
    // Innocuous: with trusted_schema off, only such functions may run from a file's schema.
    return sqlite3_create_function_v2(db, name, arguments,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      function, call, nullptr, nullptr, nullptr) != SQLITE_OK;
}

int openFlags(Database::OpenMode mode)
{
    switch (mode) {
    case Database::OpenMode::ReadWriteCreate:
        return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    case Database::OpenMode::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case Database::OpenMode::ReadOnly:
        return SQLITE_OPEN_READONLY;
    }
    return SQLITE_OPEN_READONLY;
}
} // namespace

Database::Database(const QString &path, OpenMode mode)
    : m_path(path), m_readOnly(mode == OpenMode::ReadOnly)
{
    open(QDir::toNativeSeparators(path).toUtf8(), openFlags(mode));
    if (mode != OpenMode::ReadWriteCreate && !canRead()) {
        // A timeline in WAL mode is read through a shared-memory file beside it, which cannot
        // be made in a folder that cannot be written (a read-only medium, a shared folder):
        // read it as it is instead, as a file nobody changes.
        sqlite3_close(m_db);
        m_db = nullptr;
        const QByteArray uri =
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
        open(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
        m_readOnly = true;
    }
    // SQLite falls back to read-only for a write-protected file without failing the open.
    m_readOnly = m_readOnly || sqlite3_db_readonly(m_db, "main") == 1;
    // Another window or process may be writing (WAL): retry for a moment rather than fail at
    // once, but never long enough to freeze the window that asked.
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
}

void Database::open(const QByteArray &name, int flags)
{
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(QCoreApplication::translate("entente::Database", "%1: cannot open: %2")
                        .arg(QDir::toNativeSeparators(m_path), reason),
                    rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
    harden();
    // Every connection, the readers' too: an FTS table using "fold" cannot even be read
    // (nor dropped) on a connection that lacks it.
    try {
        FoldTokenizer::registerOn(m_db, m_path);
    } catch (...) {
        sqlite3_close(m_db); // the constructor throws, so no destructor will
        m_db = nullptr;
        throw;
    }
}

// Timelines come by mail and from shared drives: a file may be hostile. No statement may
// change the schema behind SQLite's back or load code, functions and virtual tables run from
// a file's schema only when they are harmless, and a file's values have bounds.
void Database::harden()
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, MaxValueBytes);
    sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
    sqlite3_limit(m_db, SQLITE_LIMIT_EXPR_DEPTH, 200);
    sqlite3_limit(m_db, SQLITE_LIMIT_COMPOUND_SELECT, 50);
    sqlite3_limit(m_db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000);
    sqlite3_limit(m_db, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
    // A callback every few thousand virtual machine steps costs nothing measurable and is
    // what lets another thread stop a statement that would otherwise run on.
    sqlite3_progress_handler(m_db, 4096, &Database::progress, this);
}

int Database::progress(void *database)
{
    auto *self = static_cast<Database *>(database);
    return self->m_stopRequested.exchange(false) ? 1 : 0;
}

void Database::requestStop()
{
    m_stopRequested = true;
    // PRAGMA quick_check reads the whole file in one step of the virtual machine, between
    // which the progress handler runs; an interrupt is checked inside it.
    sqlite3_interrupt(m_db);
}

bool Database::canRead()
{
    // Only "cannot make the files beside it" counts; any other failure (not a database, a
    // damaged one) is for the reader to report with its own words.
    const int rc =
        sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    const int primary = rc & 0xff;
    return primary != SQLITE_CANTOPEN && primary != SQLITE_READONLY;
}

Database::~Database()
{
    m_cache.clear(); // statements must be finalized before the connection closes
    sqlite3_close(m_db);
}

Statement &Database::cached(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        it = m_cache.insert(sql, std::make_shared<Statement>(*this, sql));
    }
    it.value()->reset();
    return *it.value();
}

void Database::executeScript(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    const char *tail = utf8.constData();
    while (tail && *tail) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, tail, -1, &stmt, &tail) != SQLITE_OK) {
            throwLastError(QCoreApplication::translate("entente::Database", "script"));
        }
        if (!stmt) {
            continue; // whitespace or a comment
        }
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE) {
            throwLastError(QCoreApplication::translate("entente::Database", "script"));
        }
    }
}

void Database::execute(const QString &sql)
{
    Statement statement(*this, sql);
    while (statement.step()) {
    }
}

qint64 Database::pragmaInteger(const QString &name)
{
    Statement statement(*this, QStringLiteral("PRAGMA %1").arg(name));
    return statement.step() ? statement.int64(0) : 0;
}

QString Database::journalMode(const QString &mode)
{
    Statement statement(*this, QStringLiteral("PRAGMA journal_mode = %1").arg(mode));
    return statement.step() ? statement.text(0).toLower() : QString();
}

void Database::addFunction(const char *name, TextToInteger function)
{
    if (createFunction(m_db, name, 1, reinterpret_cast<void *>(function), callTextToInteger)) {
        throwLastError(QString::fromLatin1(name));
    }
}

void Database::addFunction(const char *name, TextsToInteger function)
{
    if (createFunction(m_db, name, 2, reinterpret_cast<void *>(function), callTextsToInteger)) {
        throwLastError(QString::fromLatin1(name));
    }
}

void Database::setBusyTimeout(int ms)
{
    sqlite3_busy_timeout(m_db, ms);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::backupTo(const QString &path) const
{
    // Into a file beside the target, renamed over it once complete: a copy cut short (a full
    // disk) never leaves a half-written timeline under the name the user chose.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    {
        Database target(partial, OpenMode::ReadWriteCreate);
        sqlite3_backup *backup = sqlite3_backup_init(target.m_db, "main", m_db, "main");
        if (!backup) {
            target.throwLastError(QStringLiteral("backup"));
        }
        // All pages in one step: one read transaction, so the copy is one consistent state
        // even while this connection goes on writing afterwards.
        const int stepped = sqlite3_backup_step(backup, -1);
        const int finished = sqlite3_backup_finish(backup);
        if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
            const QString reason =
                QString::fromUtf8(sqlite3_errstr(finished != SQLITE_OK ? finished : stepped));
            throw Error(
                QCoreApplication::translate("entente::Database", "%1: cannot save a copy: %2")
                    .arg(QDir::toNativeSeparators(path), reason),
                stepped);
        }
        // The copy is in WAL mode when its original is; fold its log in before it is renamed,
        // and leave it in rollback mode, as files at rest are.
        target.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        target.journalMode(QStringLiteral("delete"));
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    // A log left beside the old file would be read as the new file's.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    // Renamed over the old file in one step (POSIX rename, MoveFileEx on Windows): a crash at
    // any moment leaves the old copy or the new one under the name, never neither.
    std::error_code error;
    std::filesystem::rename(QFileInfo(partial).filesystemFilePath(),
                            QFileInfo(path).filesystemFilePath(), error);
    if (error) {
        QFile::remove(partial);
        throw Error(QCoreApplication::translate(
                        "entente::Database", "%1: cannot save a copy: the file cannot be replaced")
                        .arg(QDir::toNativeSeparators(path)));
    }
}

namespace {

// Another connection's lock, waited for as long as the busy timeout allows.
bool isLockCode(int code)
{
    return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
}

} // namespace

bool Database::isInUse(const Error &error)
{
    return isLockCode(error.sqliteCode());
}

void Database::throwLastError(const QString &context) const
{
    const int code = sqlite3_extended_errcode(m_db);
    if (isLockCode(code)) {
        throw Error(QCoreApplication::translate(
                        "entente::Database", "%1: the file is in use by another window or "
                                             "program; nothing was changed. Try again in a moment.")
                        .arg(QDir::toNativeSeparators(m_path)),
                    code);
    }
    if ((code & 0xff) == SQLITE_INTERRUPT) {
        m_stopRequested = false; // stopped by the interrupt: the next statement runs
        StopRequest::throwStopped(m_path);
    }
    if ((code & 0xff) == SQLITE_TOOBIG) {
        // Without the statement: what the user can act on is the file, not our SQL.
        throw Error(QCoreApplication::translate("entente::Database",
                                                "%1: a value is larger than %2 MB, more than a "
                                                "timeline holds; it was not read or written")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(MaxValueBytes / (1024 * 1024)),
                    code);
    }
    throw Error(QCoreApplication::translate("entente::Database", "%1: %2 (%3)")
                    .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(sqlite3_errmsg(m_db)),
                         context),
                code);
}

} // namespace entente
