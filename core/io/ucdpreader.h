// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetreader.h"

#include <QCoreApplication>

namespace entente {

// Reads the UCDP Georeferenced Event Dataset's CSV files (https://ucdp.uu.se), one event per
// row, as docs/FORMAT.md's import section describes: `id` the uid "ucdp:ID"; `date_start` and
// `date_end`, the earliest and the latest day the event may have been on, a day when they are
// the same, a month or a year when they span exactly one, and otherwise a period between them
// with both ends approximate; `side_a`/`side_b` actors (states when they are a government,
// else groups); `type_of_violence` the category and `conflict_name` a tag; `source_article` one
// source per article; `best`/`low`/`high` and the place kept.
class UcdpReader final : public DatasetReader
{
    Q_DECLARE_TR_FUNCTIONS(entente::UcdpReader)

public:
    void stream(QIODevice &device, const QString &fileName, ImportReport *report,
                const ContentSink &sink, const ImportProgress &progress = {}) override;

    // The event's dates for UCDP's window from `earliest` to `latest` (days; `latest` may be
    // null for "the same day").
    static void setDates(Event *event, const PartialDate &earliest, const PartialDate &latest);
    // The sources in a `source_article` field: "\"Outlet,YYYY-MM-DD,Headline\";\"…\"".
    static QList<Source> sourcesOf(QStringView field);
    // State for a side named "Government of …", else Group.
    static Actor::Type kindOfSide(QStringView name);
};

} // namespace entente
