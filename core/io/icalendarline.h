// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace entente {

// One content line of an iCalendar file (RFC 5545 3.1): `NAME;PARAM=value:value`, unfolded,
// with the line of the file it starts on. Names of the property and its parameters are upper
// case; parameter values are unquoted; the value is as written (escaped: see unescaped()).
struct ICalendarLine
{
    Q_DECLARE_TR_FUNCTIONS(entente::ICalendarLine)

public:
    QString name;
    QMap<QString, QString> parameters;
    QString value;
    int line = 0;

    // The content lines of a whole file: folded lines joined again before decoding, so that a
    // UTF-8 character split across a fold stays whole; each line decoded as UTF-8 or, where it
    // is not valid UTF-8, as Windows-1252 (its number goes into *nonUtf8Lines). Empty lines are
    // left out. Throws Error "file:line: …" for a line that is not NAME:value.
    static QList<ICalendarLine> readAll(const QByteArray &bytes, const QString &fileName,
                                        QList<int> *nonUtf8Lines);

    // A TEXT value with its escapes (\\ \; \, \n \N) undone.
    static QString unescaped(QStringView text);
    // A list value (CATEGORIES) split at the commas that are not escaped, each unescaped.
    static QStringList unescapedList(QStringView text);

private:
    static ICalendarLine parse(const QString &text, int line, const QString &fileName);
};

} // namespace entente
