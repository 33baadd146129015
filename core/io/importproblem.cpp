// SPDX-License-Identifier: GPL-3.0-or-later
#include "importproblem.h"

namespace entente {

QString ImportProblem::toString() const
{
    QString text = file;
    if (line > 0) {
        text += QLatin1Char(':') + QString::number(line);
    }
    if (!column.isEmpty()) {
        text += QStringLiteral(": ") + column;
    }
    return text + QStringLiteral(": ") + message;
}

} // namespace entente
