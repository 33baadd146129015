// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <mutex>

namespace entente {

class Database;

// The one way to stop a long open of a timeline from another thread (the window's Cancel):
// the copy of a file read through a copy, the page check, the upgrade. The work checks it
// between its steps and lets it reach the statement running on the Database it watches; a
// stopped step throws the Error a stopped statement does, and leaves nothing half-made.
//
// It also says what the work is doing (stage(), and bytes while a file is copied), since the
// one who may stop it needs to know what it would stop; the window polls them for its dialog.
class StopRequest final
{
public:
    enum class Stage {
        Opening,       // reading the file's schema, or nothing said yet
        CheckingPages, // reading every page (IntegrityCheck) of a file from elsewhere
        CopyingToRead, // a file in an older format, or left in WAL mode, copied to read it
        UpgradingCopy, // that copy upgraded to the current format
        KeepingBackup, // the original copied beside itself before it is upgraded in place
        Upgrading,     // the file upgraded in place
    };

    StopRequest() = default;
    Q_DISABLE_COPY_MOVE(StopRequest)

    // From any thread: stops the statement the watched Database runs now, and every later
    // step that checks.
    void request();
    bool isRequested() const { return m_requested; }
    // Throws the Error of a stopped step, naming the file, if a stop was requested.
    void throwIfRequested(const QString &path) const;
    [[noreturn]] static void throwStopped(const QString &path);

    // What the work does now; a new stage starts with no bytes done of `bytesTotal`.
    void setStage(Stage stage, qint64 bytesTotal = 0);
    void addBytesDone(qint64 bytes);
    Stage stage() const { return m_stage; }
    qint64 bytesDone() const { return m_bytesDone; }
    qint64 bytesTotal() const { return m_bytesTotal; }

    // For tests: called on the working thread when a stage starts and after each piece of a
    // copy, to request the stop at a known point.
    void setOnProgress(std::function<void(StopRequest &)> onProgress)
    {
        m_onProgress = std::move(onProgress);
    }

    // While it lives, a request stops the statement running on `db` (at once, if one came
    // before); then the Database watched before it, if any, again.
    class Watching final
    {
    public:
        Watching(StopRequest &stop, Database &db);
        ~Watching();
        Q_DISABLE_COPY_MOVE(Watching)

    private:
        StopRequest &m_stop;
        Database *m_before;
    };

private:
    // Returns the one watched until now.
    Database *watch(Database *db);

    std::mutex m_mutex; // guards m_watched, which request() reaches from another thread
    Database *m_watched = nullptr;
    std::atomic<bool> m_requested = false;
    std::atomic<Stage> m_stage = Stage::Opening;
    std::atomic<qint64> m_bytesDone = 0;
    std::atomic<qint64> m_bytesTotal = 0;
    std::function<void(StopRequest &)> m_onProgress;
};

} // namespace entente
