// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardtext.h"

#include "partialdate.h"
#include "scorecarddata.h"

#include <QDateTime>
#include <QStringList>

namespace entente {

QString ScorecardText::link(ProvisionLink::Type type)
{
    switch (type) {
    case ProvisionLink::Type::Implements:
        return tr("implements");
    case ProvisionLink::Type::Violates:
        return tr("violates");
    case ProvisionLink::Type::RefersTo:
        return tr("refers to");
    }
    return {};
}

QString ScorecardText::provision(const Provision &provision)
{
    return provision.number.isEmpty() ? provision.summary
                                      : tr("%1. %2").arg(provision.number, provision.summary);
}

QString ScorecardText::summary(const ScorecardLayout::Row &row)
{
    return row.kind == ScorecardLayout::Row::Kind::AllSummary
               ? tr("All provisions")
               : tr("All of %1").arg(provisionTopicLabel(row.topic));
}

QString ScorecardText::date(qint64 second)
{
    const QDate day = QDateTime::fromSecsSinceEpoch(second, Qt::UTC).date();
    return PartialDate::day(day.year(), day.month(), day.day()).toDisplayString();
}

QString ScorecardText::markTip(const ScorecardData &data, const ScorecardLayout::Mark &mark)
{
    const Event event = data.events.value(mark.eventId);
    return tr("%1\n%2 — %3 this provision")
        .arg(event.title, event.start.toDisplayString(), link(mark.type));
}

QString ScorecardText::segmentTip(const ScorecardData &data,
                                  const ScorecardLayout::Segment &segment)
{
    return tr("%1 from %2\n%3")
        .arg(implementationLevelLabel(segment.level), date(segment.from), origin(data, segment));
}

QString ScorecardText::origin(const ScorecardData &data, const ScorecardLayout::Segment &segment)
{
    switch (segment.origin) {
    case ImplementationTrack::Origin::Start:
        return tr("Since the agreement was signed: no event linked, no level set by hand");
    case ImplementationTrack::Origin::Assessed: {
        const QString note = data.assessments.value(segment.originId).note;
        return note.isEmpty() ? tr("Assessed by hand") : tr("Assessed by hand: %1").arg(note);
    }
    case ImplementationTrack::Origin::Proposed:
        return tr("Proposed by: %1").arg(data.events.value(segment.originId).title);
    case ImplementationTrack::Origin::Violation:
        return tr("Violated by: %1").arg(data.events.value(segment.originId).title);
    case ImplementationTrack::Origin::Deadline:
        return tr("The deadline passed unmet");
    }
    return {};
}

QString ScorecardText::shareTip(const ScorecardLayout::Row &row,
                                const ScorecardLayout::Share &share)
{
    QStringList lines{tr("%1 from %2").arg(summary(row), date(share.from))};
    for (int index = 0; index <= int(ImplementationLevel::NotAssessed); ++index) {
        const auto value = ImplementationLevel(index);
        if (const int count = share.counts.count(value)) {
            lines.append(tr("%1: %2 of %3 (%4%)")
                             .arg(implementationLevelLabel(value))
                             .arg(count)
                             .arg(share.counts.total)
                             .arg(qRound(share.counts.share(value) * 100)));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString ScorecardText::headerTip(const ScorecardLayout::Row &row)
{
    if (row.kind != ScorecardLayout::Row::Kind::Provision) {
        return row.kind == ScorecardLayout::Row::Kind::TopicHeader ? provisionTopicLabel(row.topic)
                                                                   : summary(row);
    }
    QString tip = provision(row.provision);
    if (!row.provision.text.isEmpty()) {
        tip += QStringLiteral("\n\n") + row.provision.text;
    }
    if (row.deadline) {
        tip += QLatin1Char('\n') + tr("Due by %1").arg(date(*row.deadline));
    }
    return tip;
}

} // namespace entente
