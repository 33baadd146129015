// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace entente {

// The timelines opened last, newest first, kept in the settings: what File ▸ Open Recent and
// the start page offer. A file that has gone since stays listed (it may be on a disk that is
// not mounted now) but cannot be chosen.
class RecentFiles final
{
    Q_DECLARE_TR_FUNCTIONS(entente::RecentFiles)

public:
    static constexpr int Limit = 10;

    static QStringList paths();
    // Puts the file first (once), dropping the oldest beyond Limit.
    static void add(const QString &path);
    static void clear();
    // Whether the file is there to open.
    static bool exists(const QString &path);
    // What a menu or button shows for the file: its name, and the folder when two share it, an
    // & doubled so that it is not taken for a shortcut mark.
    static QString label(const QString &path, const QStringList &among);
    // Why a file cannot be chosen, for its tooltip.
    static QString goneText(const QString &path);
};

} // namespace entente
