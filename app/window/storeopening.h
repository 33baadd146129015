// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stoprequest.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace entente {

class EventStore;

// Makes a store on a thread of its own behind a window-modal progress dialog with Cancel:
// a copy, a check of every page or an upgrade takes seconds to minutes on a large file, which
// must not freeze the window without a way out. The dialog shows only after 400 ms, says in
// words what is being done (StopRequest::stage()), with how far a copy has got, and Cancel
// requests the stop.
class StoreOpening final
{
    Q_DECLARE_TR_FUNCTIONS(entente::StoreOpening)

public:
    // Before the dialog shows: a small file opens without it.
    static constexpr int MinimumDurationMs = 400;

    using Make = std::function<std::unique_ptr<EventStore>(StopRequest &stop)>;

    // For the file at path, whose name the dialog gives.
    StoreOpening(QWidget *window, const QString &path);
    ~StoreOpening();
    Q_DISABLE_COPY_MOVE(StoreOpening)

    // Runs make on the thread and waits, the window's events going on meanwhile; returns its
    // store, living on this thread, or nullptr when it threw (error()) or was stopped.
    std::unique_ptr<EventStore> run(const Make &make);
    bool wasCancelled() const { return m_stop.isRequested(); }
    const QString &error() const { return m_error; }
    // For tests: the dialog, and the stop its Cancel requests.
    QProgressDialog *dialog() const { return m_progress.get(); }
    StopRequest &stopRequest() { return m_stop; }
    // For tests: called on this thread once the thread has started, before the wait.
    void setOnStarted(std::function<void(StoreOpening &)> onStarted);

private:
    // What the dialog says for the stage the work is in.
    QString label(StopRequest::Stage stage) const;
    void showProgress();

    QString m_path;
    std::unique_ptr<QProgressDialog> m_progress;
    StopRequest m_stop;
    QString m_error;
    std::function<void(StoreOpening &)> m_onStarted;
};

} // namespace entente
