// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreementtracks.h"
#include "provision.h"

#include <QList>

namespace entente {

// What becomes of the deadlines that follow a provision ("14 days after point 2") when that
// provision is removed. The removal should not change what they mean, and the schema alone
// would (it makes them "14 days after the agreement"). So:
// - a follower whose deadline resolves (AgreementTracks: the first second point 2 is `full`,
//   which only a hand assessment makes it, plus N days) keeps that day as a date, at the
//   precision of that assessment's date and approximate if it was: "full in March 2015, due
//   30 days after" stays due in March 2015 (a date passes at its latest second);
// - one that does not resolve (point 2 never reached `full`, or the chain is a cycle) has no
//   day to keep: it stays N days, now after the agreement, and the removal says so
//   (countsFromAgreement).
class FollowerDeadlines final
{
public:
    struct Follower
    {
        Provision before;
        Provision after;
        bool countsFromAgreement = false; // no date to keep: the meaning changed
    };

    // `input` is the agreement as it is before the removal of `removedId`.
    FollowerDeadlines(const AgreementTracks::Input &input, qint64 removedId);

    // In the agreement's order.
    const QList<Follower> &followers() const { return m_followers; }

private:
    static std::optional<PartialDate> keptDate(const AgreementTracks &tracks,
                                               const AgreementTracks::Input &input,
                                               const Provision &follower);

    QList<Follower> m_followers;
};

} // namespace entente
