// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace entente {

namespace {
const auto RecentKey = QStringLiteral("files/recent");
} // namespace

QStringList RecentFiles::paths()
{
    return QSettings().value(RecentKey).toStringList().mid(0, Limit);
}

void RecentFiles::add(const QString &path)
{
    // One spelling per file, so that a file opened by two names is listed once.
    const QFileInfo file(path);
    const QString canonical = file.canonicalFilePath();
    const QString absolute = canonical.isEmpty() ? file.absoluteFilePath() : canonical;
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    QSettings().setValue(RecentKey, list.mid(0, Limit));
}

void RecentFiles::clear()
{
    QSettings().remove(RecentKey);
}

bool RecentFiles::exists(const QString &path)
{
    return QFileInfo(path).isFile();
}

QString RecentFiles::label(const QString &path, const QStringList &among)
{
    const QFileInfo file(path);
    const QString name = file.fileName();
    const bool shared = std::count_if(among.cbegin(), among.cend(), [&](const QString &other) {
                            return QFileInfo(other).fileName() == name;
                        }) > 1;
    const QString text =
        shared ? tr("%1 (%2)").arg(name, QDir::toNativeSeparators(file.absolutePath())) : name;
    return QString(text).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString RecentFiles::goneText(const QString &path)
{
    return tr("%1 is gone: there is no file there any more").arg(QDir::toNativeSeparators(path));
}

} // namespace entente
