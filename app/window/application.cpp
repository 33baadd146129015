// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "error.h"

#include <QMetaObject>

#include <cstdio>
#include <exception>

namespace entente {

Application::Application(int &argc, char **argv) : QApplication(argc, argv) {}

bool Application::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const Error &error) {
        report(error.message());
    } catch (const std::bad_alloc &) {
        report(tr("Entente ran out of memory; the last action was not completed."));
    } catch (const std::exception &error) {
        report(tr("Unexpected error: %1").arg(QString::fromLocal8Bit(error.what())));
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
