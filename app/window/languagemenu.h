// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace entente {

// View ▸ Language: the system's language or one of Entente's, remembered in the settings
// and spoken from the next start (--language still wins for one run). The open window keeps
// its language: every widget would have to be built again to change it.
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    // The settings key of the choice: a code of Translations::languages(), or none for the
    // system's language.
    static constexpr const char *SettingsKey = "language";

    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    // What the choice does, for the status bar: a box would stop the user for no question.
    void noted(const QString &note);

private:
    void choose(const QString &language);
};

} // namespace entente
