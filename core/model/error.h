// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace entente {

// Thrown by the store, its database layer and the file readers. The message is meant for the user:
// it says what went wrong and with which file, and the operation that threw has changed nothing.
class Error : public std::exception
{
public:
    explicit Error(QString message, int sqliteCode = 0)
        : m_message(std::move(message)), m_utf8(m_message.toUtf8()), m_sqliteCode(sqliteCode)
    {}

    const QString &message() const { return m_message; }
    int sqliteCode() const { return m_sqliteCode; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
    int m_sqliteCode;
};

} // namespace entente
