// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace entente {

class CheckedFile;
class Database;

// Brings a timeline file to the current schema with the numbered SQL scripts in
// :/entente/schema (0001_initial.sql, ...), one transaction each, the version kept in
// PRAGMA user_version. Files that are not timelines, or come from a newer Entente, are refused
// before anything is written.
class SchemaMigrator final
{
    Q_DECLARE_TR_FUNCTIONS(entente::SchemaMigrator)

public:
    // With `checked`, the file is read through (CheckedFile::verify) once its schema is known
    // sound and before anything is written to it.
    explicit SchemaMigrator(Database &db, CheckedFile *checked = nullptr)
        : m_db(db), m_checked(checked)
    {}

    // Returns the version the file had before. If any migration runs, finish(that version)
    // runs inside the last one's transaction: what the scripts leave for code to fill in then
    // commits with them or not at all, and an upgrade cut short leaves no half-done file.
    int bringUpToDate(int latestVersion, qint32 applicationId,
                      const std::function<void(int foundVersion)> &finish = {});

private:
    int readVersion(qint32 applicationId);
    // Throws unless every reference in the file points at a row (the scripts run with foreign
    // keys off).
    void checkForeignKeys(int version);
    void apply(int version, qint32 applicationId, const std::function<void()> &beforeCommit);

    Database &m_db;
    CheckedFile *m_checked;
};

} // namespace entente
