// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <exception>
#include <functional>
#include <utility>

namespace entente {

// Where Qt calls our code and our code can throw (a slot, an event handler, a model's data(),
// an undo action), the call goes through ErrorGuard: an exception must never unwind into Qt's
// frames, which do not support it (what they hold is never freed, and their state is left half
// changed). An Error (its message names the file), std::bad_alloc or another std::exception
// becomes a message for the user, handed to the reporter the program installed (Application,
// which shows it once the handler has returned); without one it goes to stderr.
class ErrorGuard final
{
    Q_DECLARE_TR_FUNCTIONS(entente::ErrorGuard)

public:
    using Reporter = std::function<void(const QString &message)>;
    static void setReporter(Reporter reporter);

    // Runs `call`; whether it finished without an exception (one is reported).
    template <typename Call>
    static bool run(Call &&call) noexcept
    {
        try {
            std::forward<Call>(call)();
            return true;
        } catch (...) {
            report(std::current_exception());
            return false;
        }
    }

    // What `call` returns, or `fallback` when it throws (the exception is reported).
    template <typename Value, typename Call>
    static Value value(Value fallback, Call &&call) noexcept
    {
        try {
            return std::forward<Call>(call)();
        } catch (...) {
            report(std::current_exception());
            return fallback;
        }
    }

    // `call` as a slot for QObject::connect, guarded: ErrorGuard::slot([this] { … }) or
    // ErrorGuard::slot(this, &Class::method). It takes as many of the signal's arguments as
    // `call` does, as a plain slot would.
    template <typename Call>
    static auto slot(Call call)
    {
        return Guarded<Call>{std::move(call)};
    }
    template <typename Object, typename Method>
    static auto slot(Object *object, Method method)
    {
        return slot([object, method](auto &&...arguments)
                        -> decltype(std::invoke(method, object,
                                                std::forward<decltype(arguments)>(arguments)...),
                                    void()) {
            std::invoke(method, object, std::forward<decltype(arguments)>(arguments)...);
        });
    }

    // What an exception says to the user.
    static QString messageOf(const std::exception_ptr &exception);
    // Gives the message of `exception` to the reporter.
    static void report(const std::exception_ptr &exception) noexcept;

private:
    template <typename Call>
    struct Guarded
    {
        Call call;
        // Only for the arguments `call` takes, so that Qt passes it as many as it takes.
        template <typename... Arguments>
        auto operator()(Arguments &&...arguments)
            -> decltype(call(std::forward<Arguments>(arguments)...), void())
        {
            run([&] { call(std::forward<Arguments>(arguments)...); });
        }
    };
};

} // namespace entente
