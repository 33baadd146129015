// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "errorguard.h"

#include <QMetaObject>

#include <cstdio>
#include <exception>

namespace entente {

Application::Application(int &argc, char **argv) : QApplication(argc, argv)
{
    ErrorGuard::setReporter([this](const QString &message) { report(message); });
}

Application::~Application()
{
    ErrorGuard::setReporter({});
}

bool Application::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (...) {
        // The last resort, and a bug: an entry point into our code that ErrorGuard does not
        // cover. Qt does not support exceptions through its frames (what they hold leaks, and
        // their state may be half changed), but the window is better kept than lost.
        std::fputs("entente: an error reached the event loop (a handler without ErrorGuard)\n",
                   stderr);
        ErrorGuard::report(std::current_exception());
    }
    return false;
}

void Application::report(const QString &message)
{
    std::fprintf(stderr, "entente: %s\n", qUtf8Printable(message));
    QMetaObject::invokeMethod(
        this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
}

} // namespace entente
