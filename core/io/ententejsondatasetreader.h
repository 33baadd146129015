// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wholefilereader.h"

#include <QCoreApplication>

namespace entente {

// Entente JSON (EntenteJson, docs/FORMAT.md) as an import format, so that what Entente exports
// imports again. The format has no rows to skip: a file reads whole, or throws the Error of
// EntenteJson::read ("file:line: event 3 (uid), field “start”: what is wrong").
class EntenteJsonDatasetReader final : public WholeFileReader
{
    Q_DECLARE_TR_FUNCTIONS(entente::EntenteJsonDatasetReader)

protected:
    TimelineContent readWhole(QIODevice &device, const QString &fileName, ImportReport *report,
                              const ImportProgress &progress) override;
};

} // namespace entente
