// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importproblem.h"

#include <QList>

namespace entente {

// What a reader found wrong while reading a file it could read: rows it left out (problems)
// and things the user should know although nothing was left out (warnings, e.g. lines that
// were not UTF-8). The caller decides what problems mean: skip the bad rows and show the
// report, or import nothing.
struct ImportReport
{
    QList<ImportProblem> problems;
    QList<ImportProblem> warnings;

    bool hasProblems() const { return !problems.isEmpty(); }
    void problem(const QString &file, int line, const QString &column, const QString &message)
    {
        problems.append({file, line, column, message});
    }
    void warning(const QString &file, int line, const QString &column, const QString &message)
    {
        warnings.append({file, line, column, message});
    }
};

} // namespace entente
