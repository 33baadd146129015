// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementparts.h"

#include "agreementlabels.h"
#include "agreementsummary.h"

#include <QCoreApplication>
#include <QLocale>

namespace entente {

namespace {

// The translator's context of this file's texts: lupdate reads it here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(entente::AgreementParts)
};

QString titleOf(const EventStore &s, qint64 eventId)
{
    const std::optional<Event> event = s.event(eventId);
    return event ? event->title : QString();
}

// "point 3 of Minsk II"
QString provisionOf(const EventStore &s, qint64 provisionId)
{
    const std::optional<Provision> provision = s.provision(provisionId);
    if (!provision) {
        return Texts::tr("a provision");
    }
    return Texts::tr("%1 of %2")
        .arg(AgreementLabels::provisionName(*provision), titleOf(s, provision->agreementId));
}

} // namespace

AgreementRecords AgreementParts<Provision>::recordsOf(const EventStore &s, const Provision &p)
{
    return {{}, {p}, s.linksOfProvision(p.id), s.assessmentsOf(p.id)};
}

QList<FollowerDeadlines::Follower> AgreementParts<Provision>::followers(const EventStore &s,
                                                                        const Provision &p)
{
    const AgreementSummary agreement = AgreementSummary::read(s, p.agreementId);
    return FollowerDeadlines(agreement.tracksInput(AgreementSummary::currentSecond()), p.id)
        .followers();
}

QString AgreementParts<Provision>::addText(const EventStore &s, const Provision &p)
{
    return Texts::tr("Add %1 to %2")
        .arg(AgreementLabels::provisionName(p), titleOf(s, p.agreementId));
}

QString AgreementParts<Provision>::editText(const EventStore &s, const Provision &p)
{
    return Texts::tr("Edit %1 of %2")
        .arg(AgreementLabels::provisionName(p), titleOf(s, p.agreementId));
}

QString AgreementParts<Provision>::removeText(const EventStore &s, const Provision &p)
{
    const QString text = Texts::tr("Delete %1 of %2")
                             .arg(AgreementLabels::provisionName(p), titleOf(s, p.agreementId));
    QStringList counting; // those whose deadline changes meaning: the undo history says so
    for (const FollowerDeadlines::Follower &follower : followers(s, p)) {
        if (follower.countsFromAgreement) {
            counting.append(AgreementLabels::provisionName(follower.before));
        }
    }
    if (counting.isEmpty()) {
        return text;
    }
    return Texts::tr("%1 (deadline of %2 now counted from the agreement)")
        .arg(text, QLocale().createSeparatedList(counting));
}

QString AgreementParts<Provision>::removalNote(const Provision &p,
                                               const QList<FollowerDeadlines::Follower> &changed)
{
    QStringList sentences;
    for (const FollowerDeadlines::Follower &follower : changed) {
        const QString was = Texts::tr("The deadline of %1 followed %2")
                                .arg(AgreementLabels::provisionName(follower.before),
                                     AgreementLabels::provisionName(p));
        sentences.append(
            follower.countsFromAgreement
                ? Texts::tr("%1 and had no date yet: it now counts from the agreement.").arg(was)
                : Texts::tr("%1: it is now %2, the date it fell on.")
                      .arg(was, follower.after.deadline.date.toDisplayString()));
    }
    return sentences.join(u' ');
}

QString AgreementParts<ProvisionLink>::addText(const EventStore &s, const ProvisionLink &l)
{
    return Texts::tr("Link “%1” to %2 (%3)")
        .arg(titleOf(s, l.eventId), provisionOf(s, l.provisionId),
             AgreementLabels::linkType(l.type));
}

QString AgreementParts<ProvisionLink>::editText(const EventStore &s, const ProvisionLink &l)
{
    return Texts::tr("Edit the link of “%1” to %2")
        .arg(titleOf(s, l.eventId), provisionOf(s, l.provisionId));
}

QString AgreementParts<ProvisionLink>::removeText(const EventStore &s, const ProvisionLink &l)
{
    return Texts::tr("Unlink “%1” from %2")
        .arg(titleOf(s, l.eventId), provisionOf(s, l.provisionId));
}

QString AgreementParts<LevelAssessment>::addText(const EventStore &s, const LevelAssessment &a)
{
    return Texts::tr("Assess %1 as “%2” on %3")
        .arg(provisionOf(s, a.provisionId), implementationLevelLabel(a.level),
             a.date.toDisplayString());
}

QString AgreementParts<LevelAssessment>::editText(const EventStore &s, const LevelAssessment &a)
{
    return Texts::tr("Edit the assessment of %1 on %2")
        .arg(provisionOf(s, a.provisionId), a.date.toDisplayString());
}

QString AgreementParts<LevelAssessment>::removeText(const EventStore &s, const LevelAssessment &a)
{
    return Texts::tr("Delete the assessment of %1 on %2")
        .arg(provisionOf(s, a.provisionId), a.date.toDisplayString());
}

} // namespace entente
