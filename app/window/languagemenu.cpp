// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "errorguard.h"
#include "translations.h"

#include <QActionGroup>
#include <QLocale>
#include <QSettings>

namespace entente {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("Lang&uage"), parent)
{
    const QString saved = QSettings().value(QLatin1String(SettingsKey)).toString();
    auto *group = new QActionGroup(this);
    const auto addChoice = [&](const QString &text, const QString &language) {
        QAction *action =
            addAction(text, this, ErrorGuard::slot([this, language] { choose(language); }));
        action->setCheckable(true);
        action->setChecked(saved == language);
        action->setData(language);
        group->addAction(action);
    };
    const QString system = Translations::pick(QString(), QLocale::system().uiLanguages());
    addChoice(tr("Same as the &System (%1)").arg(Translations::nativeName(system)), QString());
    addSeparator();
    for (const QString &language : Translations::languages()) {
        addChoice(Translations::nativeName(language), language);
    }
}

void LanguageMenu::choose(const QString &language)
{
    QSettings settings;
    if (language.isEmpty()) {
        settings.remove(QLatin1String(SettingsKey));
    } else {
        settings.setValue(QLatin1String(SettingsKey), language);
    }
    const QString spoken = Translations::pick(language, QLocale::system().uiLanguages());
    if (spoken == Translations::current()) {
        return;
    }
    emit noted(
        tr("Entente will use %1 from its next start.").arg(Translations::nativeName(spoken)));
}

} // namespace entente
