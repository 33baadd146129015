// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreementtally.h"
#include "agreementtracks.h"
#include "implementationtrack.h"
#include "partialdate.h"
#include "provision.h"
#include "provisiontopic.h"

#include <QList>

#include <optional>

namespace entente {

// What the agreement scorecard shows, without a window: provisions as rows, time as columns.
// Rows, in this order: for each topic that has provisions (ProvisionTopic's order) a header,
// its provisions (by position), then the topic's summary; last, the summary of all provisions.
// A provision's row is its band (its level over time, clipped to the range), the events
// linked to it (marks) and its deadline; a summary row is the count of its provisions at each
// level over time, as steps (shares as the Kroc Institute's barometers report them).
class ScorecardLayout final
{
public:
    struct Input
    {
        AgreementTracks::Input tracks; // its evidence: every link, refers-to included
        std::optional<qint64> from;    // none: the agreement's earliest second
        std::optional<qint64> to;      // none: `end`, or else tracks.now
        std::optional<qint64> end;     // when the agreement ended (the event that ended it)

        // The range a user chose: from the first second of `from` to the last of `to` ("2016"
        // runs through 31 December 2016); a null date leaves that end to the agreement's span.
        void setRange(const PartialDate &fromDate, const PartialDate &toDate);
    };

    struct Segment
    {
        qint64 from = 0;
        qint64 to = 0;
        ImplementationLevel level = ImplementationLevel::NotInitiated;
        ImplementationTrack::Origin origin = ImplementationTrack::Origin::Start;
        qint64 originId = 0; // as ImplementationTrack::Step says
        friend bool operator==(const Segment &, const Segment &) = default;
    };

    struct Mark
    {
        qint64 eventId = 0;
        qint64 second = 0;
        ProvisionLink::Type type = ProvisionLink::Type::RefersTo;
        friend bool operator==(const Mark &, const Mark &) = default;
    };

    struct Share
    {
        qint64 from = 0;
        qint64 to = 0;
        AgreementTally::Counts counts;
    };

    struct Row
    {
        enum class Kind { TopicHeader, Provision, TopicSummary, AllSummary };
        Kind kind = Kind::Provision;
        ProvisionTopic topic = ProvisionTopic::Other; // none for AllSummary
        Provision provision;                          // Provision rows only
        QList<Segment> segments;                      // Provision rows: in time order
        QList<Mark> marks;                            // Provision rows: in time order
        std::optional<qint64> deadline;               // Provision rows: its latest second
        QList<Share> shares;                          // summary rows: in time order
    };

    // Time columns: whole years, or months when the range is short.
    struct Column
    {
        enum class Unit { Year, Month };
        Unit unit = Unit::Year;
        int year = 0;
        int month = 0; // 1-12 for months, 0 for years
        qint64 from = 0;
        qint64 to = 0; // the column's last second + 1, clipped to the range
    };

    explicit ScorecardLayout(const Input &input);

    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    const QList<Row> &rows() const { return m_rows; }
    const QList<Column> &columns() const { return m_columns; }
    const AgreementTracks &tracks() const { return m_tracks; }

    // Ranges up to this many years get month columns.
    static constexpr int MonthColumnsUpToYears = 3;

private:
    void addTopic(ProvisionTopic topic, const QList<const AgreementTracks::Entry *> &entries,
                  const Input &input);
    Row provisionRow(const AgreementTracks::Entry &entry, const Input &input) const;
    QList<Segment> segments(const ImplementationTrack &track) const;
    QList<Share> shares(const QList<const AgreementTracks::Entry *> &entries) const;
    void addColumns();

    AgreementTracks m_tracks;
    qint64 m_from = 0;
    qint64 m_to = 0;
    QList<Row> m_rows;
    QList<Column> m_columns;
};

} // namespace entente
