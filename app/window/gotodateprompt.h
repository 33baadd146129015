// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partialdate.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace entente {

// View > Go to Date: asks for a date until one reads (PartialDate::fromText: ISO or written
// out), saying why after each that does not; the next time starts from the last one read.
class GoToDatePrompt final
{
    Q_DECLARE_TR_FUNCTIONS(entente::GoToDatePrompt)

public:
    // A null date when the user cancels.
    PartialDate ask(QWidget *parent);

private:
    QString m_last;
};

} // namespace entente
