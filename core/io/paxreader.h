// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetreader.h"

#include <QCoreApplication>
#include <QStringList>

namespace entente {

// Reads the PA-X Peace Agreements Database's CSV files (https://www.peaceagreements.org), one
// agreement event (category "agreement") per row, as docs/FORMAT.md's import section describes:
// `AgtId` the uid "pax:ID" and the attribute "pax.id"; `Agt` the title on one line and, whole,
// the description's first paragraph; `Dat` the day; `PPName` the peace process, a tag; the
// stage, status and type as "pax.*" attributes; the coding columns that are not 0 named in
// "pax.topics"; `Part` and `ThrdPart` actors ("party", "third party") where they can be told
// apart reliably, and always quoted in the description.
class PaxReader final : public DatasetReader
{
    Q_DECLARE_TR_FUNCTIONS(entente::PaxReader)

public:
    void stream(QIODevice &device, const QString &fileName, ImportReport *report,
                const ContentSink &sink, const ImportProgress &progress = {}) override;

    // The names in a `Part` or `ThrdPart` field when it lists them so that they can be told
    // apart without reading prose: separated by ";", or a single short name on one line with no
    // comma, colon or "and". Empty otherwise (signature blocks, sentences), so that no actor is
    // made of a fragment.
    static QStringList namesIn(QStringView field);
};

} // namespace entente
