// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>

namespace entente {

// The program's QApplication: where errors go to be shown. Handlers, slots, models and undo
// actions catch what they throw with ErrorGuard, which hands the message to report(); it is
// emitted through failed(), queued, so that the message is shown outside the handler that
// failed (never inside a paint). notify() is the last resort for an exception that escaped
// ErrorGuard: reaching it is a bug (the exception has unwound through Qt's frames).
class Application final : public QApplication
{
    Q_OBJECT

public:
    Application(int &argc, char **argv);
    ~Application() override;

    bool notify(QObject *receiver, QEvent *event) override;

    // Shows `message` (what went wrong, in words for the user) once the event loop is back.
    void report(const QString &message);

signals:
    // What went wrong, in words for the user.
    void failed(const QString &message);
    // A timeline the system asks to open: on macOS a file double-clicked in Finder or dropped
    // on the Dock icon arrives this way, not on the command line.
    void openRequested(const QString &file);

protected:
    bool event(QEvent *event) override;
};

} // namespace entente
