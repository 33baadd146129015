// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace entente {

// How far a provision of an agreement has been carried out. The first four are the scale of the
// Peace Accords Matrix (Kroc Institute), which researchers already code with; the last two are
// marks that scale lacks and diplomacy needs: an event broke the provision, or its deadline
// passed unmet.
enum class ImplementationLevel {
    NotInitiated = 0,
    Minimal = 1,
    Intermediate = 2,
    Full = 3,
    Violated,
    Lapsed,
    // Nothing is known: no evidence and no judgment yet. Computed, never stored or set by hand:
    // the start of every provision's track, since "not initiated" (0) is itself a finding.
    NotAssessed,
};

// The stable names under which levels are stored and exchanged: "not-initiated", "minimal",
// "intermediate", "full", "violated", "lapsed"; NotAssessed is "not-assessed", which no name
// is read back as (it is never stored).
QString implementationLevelName(ImplementationLevel level);
bool implementationLevelFromName(const QString &name, ImplementationLevel *level);
// What a user reads, translated: "Not initiated", "Minimal", "Intermediate", "Full",
// "Violated", "Lapsed", "Not assessed".
QString implementationLevelLabel(ImplementationLevel level);

} // namespace entente
