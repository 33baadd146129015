// SPDX-License-Identifier: GPL-3.0-or-later
#include "filefingerprints.h"

#include "error.h"
#include "timelinefileheader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QMutex>
#include <QSettings>

#include <memory>

namespace entente {

namespace {
const QString Key = QStringLiteral("checkedFiles/fingerprints");
const QChar Separator = u'\n';

QMutex &settingsMutex()
{
    static QMutex mutex;
    return mutex;
}

QString &settingsFile()
{
    static QString file;
    return file;
}

// The application's settings exist only while the application does: a store closed after it
// (a static one, at exit) neither reads nor keeps fingerprints.
bool hasSettings()
{
    return !settingsFile().isEmpty() || QCoreApplication::instance() != nullptr;
}

std::unique_ptr<QSettings> openSettings()
{
    if (settingsFile().isEmpty()) {
        return std::make_unique<QSettings>();
    }
    return std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
}

QString pathOf(const QString &fingerprint)
{
    return fingerprint.section(Separator, 0, 0);
}
} // namespace

QString FileFingerprints::of(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isFile()) {
        return {};
    }
    try {
        const quint32 counter = TimelineFileHeader::read(path).changeCounter();
        return QStringList{file.canonicalFilePath(), QString::number(file.size()),
                           QString::number(file.lastModified().toMSecsSinceEpoch()),
                           QString::number(counter)}
            .join(Separator);
    } catch (const Error &) {
        return {};
    }
}

bool FileFingerprints::contains(const QString &fingerprint)
{
    if (fingerprint.isEmpty() || !hasSettings()) {
        return false;
    }
    const QMutexLocker lock(&settingsMutex());
    return openSettings()->value(Key).toStringList().contains(fingerprint);
}

void FileFingerprints::remember(const QString &fingerprint)
{
    if (fingerprint.isEmpty() || !hasSettings()) {
        return;
    }
    const QMutexLocker lock(&settingsMutex());
    const std::unique_ptr<QSettings> settings = openSettings();
    QStringList kept = settings->value(Key).toStringList();
    kept.removeIf([&](const QString &old) { return pathOf(old) == pathOf(fingerprint); });
    kept.prepend(fingerprint);
    settings->setValue(Key, kept.mid(0, Kept));
}

void FileFingerprints::useSettingsFile(const QString &file)
{
    const QMutexLocker lock(&settingsMutex());
    settingsFile() = file;
}

} // namespace entente
