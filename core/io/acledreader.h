// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetreader.h"

#include <QCoreApplication>

#include <optional>

namespace entente {

class ContentBuilder;
class DatasetTable;

// Reads ACLED's CSV exports (https://acleddata.com), one event per row, as docs/FORMAT.md's
// import section describes: `event_id_cnty` the uid "acled:ID"; `event_date` (ISO,
// dd/mm/YYYY HH:MM:SS or "05 February 2025", the day–month order decided for the column, day
// first when nothing settles it) at the precision `time_precision` gives (1 the day, 2 the day
// approximately, 3 the month); `event_type` the category and `sub_event_type` a tag; the actors
// and associated actors, of the kind `inter1`/`inter2` give (kindOfInteraction; associated
// actors, whose kind ACLED does not give, are groups); the location, notes, sources (one per
// outlet) and fatalities.
class AcledReader final : public DatasetReader
{
    Q_DECLARE_TR_FUNCTIONS(entente::AcledReader)

public:
    void stream(QIODevice &device, const QString &fileName, ImportReport *report,
                const ContentSink &sink, const ImportProgress &progress = {}) override;

    // The precision ACLED's `time_precision` code gives `date` (a day): null for an unknown code.
    static PartialDate withTimePrecision(const PartialDate &date, QStringView code);
    // The kind of actor ACLED's `inter1`/`inter2` says (1–8, or their names: state forces,
    // rebel group, …) of the actor it names: state forces a State, external/other forces an
    // Organisation unless named as a state's forces are ("Military Forces of …", "Police Forces
    // of …": a State), the others a Group; none for a value it does not know.
    static std::optional<Actor::Type> kindOfInteraction(QStringView code, QStringView name);
};

} // namespace entente
