// SPDX-License-Identifier: GPL-3.0-or-later
#include "followerdeadlines.h"

#include "calendar.h"

#include <QDate>

#include <algorithm>

namespace entente {

namespace {

// The date of this precision that holds the second.
PartialDate dateHolding(qint64 second, PartialDate::Precision precision, bool approximate)
{
    const qint64 day = second / SecondsPerDay - (second % SecondsPerDay < 0 ? 1 : 0);
    const qint64 inDay = second - day * SecondsPerDay;
    const QDate date = QDate::fromJulianDay(UnixEpochJulianDay + day);
    switch (precision) {
    case PartialDate::Precision::Year:
        return PartialDate::year(date.year(), approximate);
    case PartialDate::Precision::Month:
        return PartialDate::month(date.year(), date.month(), approximate);
    case PartialDate::Precision::Day:
        break;
    case PartialDate::Precision::Minute:
        return PartialDate::minute(date.year(), date.month(), date.day(), int(inDay / 3600),
                                   int(inDay % 3600 / 60), approximate);
    }
    return PartialDate::day(date.year(), date.month(), date.day(), approximate);
}

// The hand assessment that first made the provision `full`: only one can (ImplementationTrack).
std::optional<LevelAssessment> madeFull(const AgreementTracks &tracks,
                                        const AgreementTracks::Input &input, qint64 provisionId)
{
    const AgreementTracks::Entry *entry = tracks.entry(provisionId);
    if (!entry) {
        return std::nullopt;
    }
    const QList<ImplementationTrack::Step> &steps = entry->track.steps();
    const auto full = std::find_if(steps.cbegin(), steps.cend(), [](const auto &step) {
        return step.level == ImplementationLevel::Full;
    });
    if (full == steps.cend() || full->origin != ImplementationTrack::Origin::Assessed) {
        return std::nullopt;
    }
    for (const LevelAssessment &assessment : input.assessments.value(provisionId)) {
        if (assessment.id == full->originId) {
            return assessment;
        }
    }
    return std::nullopt;
}

} // namespace

FollowerDeadlines::FollowerDeadlines(const AgreementTracks::Input &input, qint64 removedId)
{
    const AgreementTracks tracks(input);
    for (const AgreementTracks::Entry &entry : tracks.entries()) {
        const Provision &provision = entry.provision;
        if (provision.id == removedId || !provision.deadline.isRelative() ||
            provision.deadline.afterProvisionId != removedId) {
            continue;
        }
        Follower follower{provision, provision, false};
        if (const std::optional<PartialDate> date = keptDate(tracks, input, provision)) {
            follower.after.deadline = {*date, -1, 0};
        } else {
            follower.after.deadline.afterProvisionId = 0;
            follower.countsFromAgreement = true;
        }
        m_followers.append(follower);
    }
}

std::optional<PartialDate> FollowerDeadlines::keptDate(const AgreementTracks &tracks,
                                                       const AgreementTracks::Input &input,
                                                       const Provision &follower)
{
    const AgreementTracks::Entry *entry = tracks.entry(follower.id);
    if (!entry || !entry->deadline) {
        return std::nullopt;
    }
    const std::optional<LevelAssessment> full =
        madeFull(tracks, input, follower.deadline.afterProvisionId);
    if (!full) {
        return dateHolding(*entry->deadline, PartialDate::Precision::Day, false);
    }
    return dateHolding(*entry->deadline, full->date.precision(), full->date.isApproximate());
}

} // namespace entente
