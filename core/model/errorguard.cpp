// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorguard.h"

#include "error.h"

#include <cstdio>
#include <new>

namespace entente {

namespace {

ErrorGuard::Reporter &installedReporter()
{
    static ErrorGuard::Reporter reporter;
    return reporter;
}

} // namespace

void ErrorGuard::setReporter(Reporter reporter)
{
    installedReporter() = std::move(reporter);
}

QString ErrorGuard::messageOf(const std::exception_ptr &exception)
{
    try {
        std::rethrow_exception(exception);
    } catch (const Error &error) {
        return error.message();
    } catch (const std::bad_alloc &) {
        return tr("Entente ran out of memory; the last action was not completed.");
    } catch (const std::exception &error) {
        return tr("Unexpected error: %1").arg(QString::fromLocal8Bit(error.what()));
    } catch (...) {
        return tr("Unexpected error of an unknown kind.");
    }
}

void ErrorGuard::report(const std::exception_ptr &exception) noexcept
{
    try {
        const QString message = messageOf(exception);
        if (const Reporter &reporter = installedReporter()) {
            reporter(message);
        } else {
            std::fprintf(stderr, "entente: %s\n", qUtf8Printable(message));
        }
    } catch (...) {
        // Out of memory even for the message: the handler has stopped, which is what matters.
        std::fputs("entente: an error could not be reported\n", stderr);
    }
}

} // namespace entente
