// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace entente {

namespace {

// The translators installed now, owned here so that a second install() replaces them.
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

void add(const QString &name, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>();
    // A missing file is not an error: English needs only its plural forms, and Qt's own
    // translations are a separate package on some systems.
    if (translator->load(name, folder) && QCoreApplication::installTranslator(translator.get())) {
        installed().push_back(std::move(translator));
    }
}

// "uk" from "uk-UA", "de" from "de_CH"
QString languageOf(const QString &name)
{
    return name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

} // namespace

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("nl"), QStringLiteral("uk")};
}

QString Translations::nativeName(const QString &language)
{
    if (language == u"en") {
        return QStringLiteral("English"); // not "American English": the texts are British
    }
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = locale.toUpper(name.left(1))[0]; // "українська" heads a menu item capitalised
    }
    return name;
}

QString Translations::pick(const QString &chosen, const QStringList &systemLanguages)
{
    if (languages().contains(chosen)) {
        return chosen;
    }
    for (const QString &name : systemLanguages) {
        if (const QString language = languageOf(name); languages().contains(language)) {
            return language;
        }
    }
    return QStringLiteral("en");
}

void Translations::install(const QString &language)
{
    for (const std::unique_ptr<QTranslator> &translator : installed()) {
        QCoreApplication::removeTranslator(translator.get());
    }
    installed().clear();
    add(QStringLiteral("entente_%1").arg(language), QStringLiteral(":/i18n"));
    add(QStringLiteral("qtbase_%1").arg(language),
        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QLocale system = QLocale::system();
    QLocale::setDefault(languageOf(system.name()) == language ? system : QLocale(language));
    currentLanguage() = language;
}

QString Translations::current()
{
    return currentLanguage();
}

QString Translations::choices()
{
    QStringList codes = languages();
    const QString last = codes.takeLast();
    return tr("%1 or %2", "a list of language codes: “en, de, nl or uk”")
        .arg(codes.join(QStringLiteral(", ")), last);
}

} // namespace entente
