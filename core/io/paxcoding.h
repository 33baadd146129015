// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement.h"
#include "provision.h"
#include "provisiontopic.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace entente {

// PA-X's coding of an agreement read in Entente's terms (docs/research/minsk-ii-sources.md, §3):
// its topic columns become provisions without text, one per Entente topic, and its stage an
// Agreement::Stage. One per topic, not one per column: PA-X's parent and leaf columns count the
// same passage twice (Ce and CeProv), several columns name one topic, and PA-X does not say
// which sentence a code covers, so finer rows would carry nothing more. The columns and their
// values stay on the provision, so that nothing read is lost. A value is what PA-X coded (how
// much the text says, 1–3), never a level of implementation.
class PaxCoding final
{
    Q_DECLARE_TR_FUNCTIONS(entente::PaxCoding)

public:
    struct Code
    {
        QString column;
        int value = 1;
    };

    // None for the columns that say who signed (ImUN, ImOth) rather than what was agreed;
    // a column the mapping does not name is Other.
    static std::optional<ProvisionTopic> topicOf(QStringView column);
    // `Stage` and `StageSub` as PA-X codes them ("Imp", "ExtSub"); None for "Oth" or unknown.
    static Agreement::Stage stageOf(QStringView stage, QStringView subStage);
    // The provisions of the agreement whose uid is `agreementUid`, in topic order (positions from
    // 0), each with the uid "<agreementUid>:<topic name>" so that importing the file again finds
    // them; codedBy "pax", paxCode its columns joined by "," in the file's order, paxValue the
    // highest value, and a summary that names the topic and the codes.
    static QList<Provision> provisionsOf(const QString &agreementUid, const QList<Code> &codes);
};

} // namespace entente
