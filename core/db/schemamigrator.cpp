// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamigrator.h"

#include "checkedfile.h"
#include "database.h"
#include "error.h"
#include "schemacheck.h"
#include "statement.h"
#include "timelinefileheader.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace entente {

int SchemaMigrator::readVersion(qint32 applicationId)
{
    const QString file = QDir::toNativeSeparators(m_db.path());
    qint64 foundId = 0, version = 0, tables = 0;
    try {
        foundId = m_db.pragmaInteger(QStringLiteral("application_id"));
        version = m_db.pragmaInteger(QStringLiteral("user_version"));
        // Bumped by every CREATE: zero only for a file without any table.
        tables = m_db.pragmaInteger(QStringLiteral("schema_version"));
    } catch (const Error &error) {
        if (Database::isInUse(error)) {
            throw; // another program is writing it: it may well be a timeline
        }
        throw Error(SchemaMigrator::tr("%1 is not an Entente timeline, or it is damaged (%2)")
                        .arg(file, error.message().section(QStringLiteral(": "), 1)),
                    error.sqliteCode());
    }
    if (foundId != 0 && foundId != applicationId) {
        throw Error(TimelineFileHeader::anotherProgram(file));
    }
    if (foundId == 0 && tables != 0) {
        throw Error(TimelineFileHeader::foreignDatabase(file));
    }
    return int(version);
}

int SchemaMigrator::bringUpToDate(int latestVersion, qint32 applicationId,
                                  const std::function<void(int)> &finish)
{
    const QString file = QDir::toNativeSeparators(m_db.path());
    const int version = readVersion(applicationId);
    if (version > latestVersion) {
        throw Error(TimelineFileHeader::newerVersion(file, version, latestVersion));
    }
    if (version > 0) { // before anything of the file runs, or anything is written to it
        SchemaCheck::verify(m_db, version, applicationId);
    }
    if (version < latestVersion && m_db.isReadOnly()) {
        throw Error(
            SchemaMigrator::tr("%1 is read-only and in an older timeline format (%2) that needs "
                               "upgrading; copy it somewhere writable")
                .arg(file)
                .arg(version));
    }
    if (m_checked) { // before anything is written to it
        m_checked->verify(m_db);
    }
    // Off while the scripts run, as SQLite advises for a table made anew (schema 6): dropping
    // the old table must not cascade, and a table's references are checked before commit. The
    // pragma is a no-op inside a transaction, so it is set around them.
    m_db.execute(QStringLiteral("PRAGMA foreign_keys = OFF"));
    for (int next = version + 1; next <= latestVersion; ++next) {
        apply(next, applicationId, [&] {
            if (next == latestVersion && finish) {
                finish(version);
            }
        });
    }
    m_db.execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    return version;
}

void SchemaMigrator::checkForeignKeys(int version)
{
    Statement check(m_db, QStringLiteral("PRAGMA foreign_key_check"));
    if (check.step()) {
        throw Error(SchemaMigrator::tr("%1: upgrading to timeline format %2 would leave a row of "
                                       "“%3” referring to nothing; it was not changed")
                        .arg(QDir::toNativeSeparators(m_db.path()))
                        .arg(version)
                        .arg(check.text(0)));
    }
}

void SchemaMigrator::apply(int version, qint32 applicationId,
                           const std::function<void()> &beforeCommit)
{
    const QDir dir(QStringLiteral(":/entente/schema"));
    const QStringList matches =
        dir.entryList({QStringLiteral("%1_*.sql").arg(version, 4, 10, QLatin1Char('0'))});
    QFile script(matches.isEmpty() ? QString() : dir.filePath(matches.first()));
    if (!script.open(QIODevice::ReadOnly)) {
        throw Error(SchemaMigrator::tr("schema script %1 is missing from this build").arg(version));
    }
    Transaction transaction(m_db);
    m_db.executeScript(QString::fromUtf8(script.readAll()));
    m_db.execute(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
    m_db.execute(QStringLiteral("PRAGMA user_version = %1").arg(version));
    checkForeignKeys(version);
    beforeCommit();
    transaction.commit();
}

} // namespace entente
