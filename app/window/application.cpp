// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "errorguard.h"

#include <QFileOpenEvent>
#include <QIcon>
#include <QMetaObject>

#include <cstdio>
#include <exception>

namespace entente {

namespace {

// Every window's icon, drawn at each size from resources/icons/entente.svg: compiled in, so
// that an installed program finds it wherever it is.
QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/entente/icons/entente-%1.png").arg(size));
    }
    return icon;
}

} // namespace

Application::Application(int &argc, char **argv) : QApplication(argc, argv)
{
    ErrorGuard::setReporter([this](const QString &message) { report(message); });
    setWindowIcon(applicationIcon());
    // On Wayland the compositor finds the icon and the name in the desktop file of this id.
    setDesktopFileName(QStringLiteral("org.entente.Entente"));
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

bool Application::event(QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        emit openRequested(static_cast<QFileOpenEvent *>(event)->file());
        return true;
    }
    return QApplication::event(event);
}

void Application::report(const QString &message)
{
    std::fprintf(stderr, "entente: %s\n", qUtf8Printable(message));
    QMetaObject::invokeMethod(
        this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
}

} // namespace entente
