// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace entente {

class Database;

// Refuses a timeline whose tables, indexes, views and triggers are not exactly those its
// format version is made of: a file that came by mail may carry a trigger that runs on the
// first edit, or a view rewritten to never finish, and neither may run. What a version is
// made of is learnt by running its migration scripts into an empty database in memory, once
// per version and process.
class SchemaCheck final
{
    Q_DECLARE_TR_FUNCTIONS(entente::SchemaCheck)

public:
    // Throws an Error that names the file and the first thing that differs.
    static void verify(Database &db, int version, qint32 applicationId);
};

} // namespace entente
