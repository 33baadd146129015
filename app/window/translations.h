// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace entente {

// The languages Entente speaks and the one it speaks now: its own texts (compiled in from
// resources/translations), Qt's (the buttons of standard dialogs, where the system has them),
// and the locale that dates, numbers and the axis follow.
class Translations final
{
    Q_DECLARE_TR_FUNCTIONS(entente::Translations)

public:
    // The codes of the languages with a translation, English first: en, de, nl, uk.
    static QStringList languages();
    // The language in its own words ("Deutsch", "Українська"), for a menu.
    static QString nativeName(const QString &language);
    // Which language to speak: `chosen` when it is one of languages(), else the first of the
    // system's preferred languages that is, else English.
    static QString pick(const QString &chosen, const QStringList &systemLanguages);
    // Makes the application speak `language` (one of languages()), replacing the language
    // installed before, and makes its locale the default: the system's own when the system
    // speaks that language (so that a Swiss user keeps Swiss dates), else the language's.
    static void install(const QString &language);
    // The language installed last; "en" before any.
    static QString current();
    // What --language and the Language menu say about the choice: "uk, nl, de or en".
    static QString choices();
};

} // namespace entente
