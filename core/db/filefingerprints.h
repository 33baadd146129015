// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace entente {

// The files Entente last left as they are: for each, its canonical path, size, time of last
// change and the change counter in its header, kept in the settings for the last Kept files.
// A file found as it was left need not be read through again when it opens (CheckedFile).
class FileFingerprints final
{
public:
    static constexpr int Kept = 100;

    // The file as it is now; empty when there is no such file or it cannot be read.
    static QString of(const QString &path);
    static bool contains(const QString &fingerprint);
    // Replaces what was kept for the same file; the oldest beyond Kept are forgotten.
    static void remember(const QString &fingerprint);
    // Keeps the list in this INI file instead of the application's settings (tests); empty
    // goes back to the application's.
    static void useSettingsFile(const QString &file);
};

} // namespace entente
