// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <atomic>
#include <memory>

struct sqlite3;

namespace entente {

class Error;
class Statement;

// Owns one sqlite3 connection. Errors throw Error with the file name in the message.
class Database final
{
public:
    enum class OpenMode { ReadWriteCreate, ReadWrite, ReadOnly };
    // How long a write waits for another connection's lock before it reports the file in use.
    static constexpr int BusyTimeoutMs = 750;
    // The largest text or blob a value may hold, a file's or a statement's: a hostile file's
    // gigabyte field is an error, not a gigabyte in memory. Id lists travel as JSON text,
    // ~8 bytes an id, so this leaves room for millions.
    static constexpr int MaxValueBytes = 128 * 1024 * 1024;

    // Whether `error` came from another connection's lock (the file in use, said so already).
    static bool isInUse(const Error &error);

    Database(const QString &path, OpenMode mode);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    // A prepared statement kept for the life of the connection, reset and ready to bind.
    Statement &cached(const QString &sql);
    // Runs every statement of a script (e.g. a migration) in order.
    void executeScript(const QString &sql);
    void execute(const QString &sql);
    qint64 pragmaInteger(const QString &name);
    // Sets the journal mode ("wal", "delete") and returns the one the file is in afterwards,
    // in lower case: SQLite keeps the old one when it cannot change (another connection).
    QString journalMode(const QString &mode);
    // Makes `name(text)` callable from SQL on this connection: a deterministic function of
    // its argument's UTF-8 bytes (NULL counts as empty), e.g. a key that C++ computes too.
    using TextToInteger = qint64 (*)(QByteArrayView utf8);
    void addFunction(const char *name, TextToInteger function);
    // The same with two arguments, e.g. a comparison SQLite's own functions do not make.
    using TextsToInteger = qint64 (*)(QByteArrayView utf8, QByteArrayView otherUtf8);
    void addFunction(const char *name, TextsToInteger function);
    // Writes a consistent copy of the whole database to `path` (replacing a file there)
    // through SQLite's backup API; this connection may go on writing meanwhile.
    void backupTo(const QString &path) const;
    // How long a statement waits for another connection's lock (BusyTimeoutMs at first).
    void setBusyTimeout(int ms);
    qint64 lastInsertRowId() const;
    int changes() const;

    // Stops the statement running now on this connection (or, between statements, the next
    // one that runs longer than a moment), from any thread: it fails with an Error that says
    // it was stopped. The progress handler checks every few thousand steps (and an interrupt
    // reaches what runs without them, PRAGMA quick_check); statements after that one run as
    // usual.
    void requestStop();

    sqlite3 *handle() const { return m_db; }
    // Turns the connection's last error into an exception that names the file.
    [[noreturn]] void throwLastError(const QString &context) const;

private:
    void open(const QByteArray &name, int flags);
    void harden();
    static int progress(void *database);
    // Whether the file can be read as opened (false when SQLite cannot make the files it
    // needs beside it).
    bool canRead();

    QString m_path;
    sqlite3 *m_db = nullptr;
    bool m_readOnly = false;
    mutable std::atomic<bool> m_stopRequested = false; // until a statement has stopped
    QHash<QString, std::shared_ptr<Statement>> m_cache;
};

} // namespace entente
