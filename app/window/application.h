// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>

namespace entente {

// The program's QApplication: the last line of defence for errors. A store call that throws
// inside an event handler, a slot or a paint would otherwise unwind through the event loop and
// end the program, losing the window; here it is caught and reported through failed(), queued,
// so that the message is shown outside the handler that failed (never inside a paint).
class Application final : public QApplication
{
    Q_OBJECT

public:
    Application(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

signals:
    // What went wrong, in words for the user.
    void failed(const QString &message);

private:
    void report(const QString &message);
};

} // namespace entente
