// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace entente {

class Database;

// Brings a timeline file to the current schema with the numbered SQL scripts in
// :/entente/schema (0001_initial.sql, ...), one transaction each, the version kept in
// PRAGMA user_version. Files that are not timelines, or come from a newer Entente, are refused
// before anything is written.
class SchemaMigrator final
{
    Q_DECLARE_TR_FUNCTIONS(entente::SchemaMigrator)

public:
    explicit SchemaMigrator(Database &db) : m_db(db) {}

    // Returns the version the file had before.
    int bringUpToDate(int latestVersion, qint32 applicationId);

private:
    int readVersion(qint32 applicationId);
    void apply(int version, qint32 applicationId);

    Database &m_db;
};

} // namespace entente
