// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace entente {

// One thing wrong (or worth a warning) in a file being imported, where it is: the file, the
// line (1-based; 0 when the whole file is meant) and the column or field ("start_date",
// "event_date"; empty when the whole row is meant).
struct ImportProblem
{
    QString file;
    int line = 0;
    QString column;
    QString message;

    // "file:line: column: message", leaving out what is not known: what the command line
    // prints and the import dialog lists.
    QString toString() const;

    friend bool operator==(const ImportProblem &, const ImportProblem &) = default;
};

} // namespace entente
