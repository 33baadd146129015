// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeopening.h"

#include "error.h"
#include "eventstore.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace entente {

namespace {
// Often enough that a copy's bar moves smoothly, rarely enough to cost nothing.
constexpr int PollMs = 100;
// The bar's steps for a copy of known size.
constexpr int Steps = 1000;
} // namespace

StoreOpening::StoreOpening(QWidget *window, const QString &path)
    : m_path(path), m_progress(std::make_unique<QProgressDialog>(window))
{
    m_progress->setWindowTitle(tr("Opening Timeline"));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(MinimumDurationMs);
    m_progress->setAutoReset(false); // a finished copy is not the end of the open
    m_progress->setAutoClose(false);
    m_progress->setRange(0, 0);
    m_progress->setLabelText(label(StopRequest::Stage::Opening));
    // Its Cancel button, or Esc, which rejects the dialog without a word to canceled().
    QObject::connect(m_progress.get(), &QProgressDialog::canceled, m_progress.get(),
                     [this] { m_stop.request(); });
    QObject::connect(m_progress.get(), &QProgressDialog::rejected, m_progress.get(),
                     [this] { m_stop.request(); });
}

StoreOpening::~StoreOpening() = default;

void StoreOpening::setOnStarted(std::function<void(StoreOpening &)> onStarted)
{
    m_onStarted = std::move(onStarted);
}

std::unique_ptr<EventStore> StoreOpening::run(const Make &make)
{
    QThread *const here = QThread::currentThread();
    std::unique_ptr<EventStore> store;
    // The store is made on the thread, parts and connection alike (the connection is opened
    // without SQLite's mutex, SQLITE_OPEN_NOMUTEX, so it may change threads when no two use it
    // at once), and handed to this thread before the thread ends, so that its signals and
    // events are this thread's. EventStore owns no other QObject that would stay behind.
    std::unique_ptr<QThread> thread(QThread::create([&] {
        try {
            store = make(m_stop);
            store->moveToThread(here);
        } catch (const Error &error) {
            store.reset();
            m_error = error.message();
        }
    }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(PollMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [this] { showProgress(); });
    thread->start();
    m_progress->setValue(0); // starts the wait of minimumDuration before it shows
    poll.start();
    if (m_onStarted) {
        m_onStarted(*this);
    }
    loop.exec();
    thread->wait();
    m_progress->reset();
    m_progress->hide();
    return store;
}

void StoreOpening::showProgress()
{
    if (m_stop.isRequested()) {
        return; // the dialog has gone; the work stops at its next step
    }
    const StopRequest::Stage stage = m_stop.stage();
    const qint64 total = m_stop.bytesTotal();
    m_progress->setLabelText(label(stage));
    if (total <= 0) {
        m_progress->setRange(0, 0); // SQLite says nothing of how far a statement has got
        return;
    }
    m_progress->setRange(0, Steps);
    // Never the maximum, which would look finished while the open goes on.
    m_progress->setValue(int(std::min<qint64>(m_stop.bytesDone() * Steps / total, Steps - 1)));
}

QString StoreOpening::label(StopRequest::Stage stage) const
{
    const QString file = QFileInfo(m_path).fileName();
    switch (stage) {
    case StopRequest::Stage::Opening:
        return tr("Opening %1…").arg(file);
    case StopRequest::Stage::CheckingPages:
        return tr("Checking every page of %1 before opening it: Entente did not save it last.")
            .arg(file);
    case StopRequest::Stage::CopyingToRead:
        return tr("Making a copy of %1 to read it from, so that reading it leaves it "
                  "unchanged: it is in an older format, or was not closed properly.")
            .arg(file);
    case StopRequest::Stage::UpgradingCopy:
        return tr("Upgrading the copy of %1 to this version's format to read it.").arg(file);
    case StopRequest::Stage::KeepingBackup:
        return tr("Keeping a copy of %1 as it is before upgrading it.").arg(file);
    case StopRequest::Stage::Upgrading:
        return tr("Upgrading %1 to this version's format.").arg(file);
    }
    return {};
}

} // namespace entente
