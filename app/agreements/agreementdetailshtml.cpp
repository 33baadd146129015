// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementdetailshtml.h"

#include "agreementlabels.h"
#include "eventstore.h"
#include "levelcolours.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <limits>

namespace entente {

namespace {

const QString Scheme = QStringLiteral("entente");

// The translator's context of this file's texts: lupdate reads it here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(entente::AgreementDetailsHtml)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString pathOf(AgreementDetailsHtml::Target::Kind kind)
{
    switch (kind) {
    case AgreementDetailsHtml::Target::Kind::Event:
        return QStringLiteral("event");
    case AgreementDetailsHtml::Target::Kind::ProvisionEvents:
        return QStringLiteral("provision-events");
    case AgreementDetailsHtml::Target::Kind::AgreementEvents:
        return QStringLiteral("agreement-events");
    }
    return {};
}

QString chip(ImplementationLevel level)
{
    return QStringLiteral("<span style='background-color: %1; color: %2'>&nbsp;%3&nbsp;</span>")
        .arg(LevelColours::of(level).name(), LevelColours::textOn(level).name(),
             escaped(implementationLevelLabel(level)));
}

QString linkTypeLabel(ProvisionLink::Type type)
{
    switch (type) {
    case ProvisionLink::Type::Implements:
        return Texts::tr("Implements");
    case ProvisionLink::Type::Violates:
        return Texts::tr("Violates");
    case ProvisionLink::Type::RefersTo:
        break;
    }
    return Texts::tr("Refers to");
}

// A line of evidence, and where it goes when they are listed latest first.
struct Evidence
{
    qint64 second;
    QString html;
};

} // namespace

std::optional<AgreementDetailsHtml::Target> AgreementDetailsHtml::target(const QUrl &url)
{
    if (url.scheme() != Scheme) {
        return std::nullopt;
    }
    const QStringList parts = url.path().split(QLatin1Char('/'));
    bool ok = false;
    const qint64 id = parts.value(1).toLongLong(&ok);
    for (const Target::Kind kind :
         {Target::Kind::Event, Target::Kind::ProvisionEvents, Target::Kind::AgreementEvents}) {
        if (ok && parts.size() == 2 && parts.first() == pathOf(kind)) {
            return Target{kind, id};
        }
    }
    return std::nullopt;
}

QString AgreementDetailsHtml::href(Target::Kind kind, qint64 id)
{
    return QStringLiteral("%1:%2/%3").arg(Scheme, pathOf(kind)).arg(id);
}

QString AgreementDetailsHtml::ofAgreement(const Event &event) const
{
    QString html = agreementFacts(event.id);
    const AgreementSummary summary = AgreementSummary::read(m_store, event.id);
    if (summary.isEmpty()) {
        return html;
    }
    const AgreementTracks tracks = summary.tracks(m_now);
    html += QStringLiteral("<p><b>%1</b> — %2<br><a href=\"%3\">%4</a></p>")
                .arg(Texts::tr("Provisions"),
                     escaped(LevelColours::inWords(AgreementTally(tracks, m_now).summary())),
                     href(Target::Kind::AgreementEvents, event.id),
                     Texts::tr("Show all their events on the timeline"));
    for (const AgreementSummary::Record &record : summary.records()) {
        if (const AgreementTracks::Entry *entry = tracks.entry(record.provision.id)) {
            html += provisionHtml(record, *entry);
            QStringList facts{escaped(provisionTopicLabel(record.provision.topic)),
                              deadlineText(summary, *entry), levelReason(*entry)};
            facts.removeAll(QString());
            html += QStringLiteral("<p style='margin-left: 12px; color: gray'>%1</p>")
                        .arg(facts.join(QStringLiteral(" · ")));
            html += evidenceHtml(record);
        }
    }
    return html;
}

QString AgreementDetailsHtml::agreementFacts(qint64 agreementId) const
{
    const std::optional<Agreement> row = m_store.agreement(agreementId);
    if (!row) {
        return {};
    }
    QStringList facts;
    if (row->stage != Agreement::Stage::None) {
        facts.append(Texts::tr("Stage: %1").arg(escaped(AgreementLabels::stage(row->stage))));
    }
    if (!row->process.isEmpty()) {
        facts.append(Texts::tr("Process: %1").arg(escaped(row->process)));
    }
    if (row->end != Agreement::End::None) {
        const std::optional<Event> by =
            row->endEventId != 0 ? m_store.event(row->endEventId) : std::nullopt;
        const QString end = escaped(Agreement::endName(row->end));
        facts.append(by ? Texts::tr("Ended: %1 by %2").arg(end, eventLink(by->id, by->title))
                        : Texts::tr("Ended: %1").arg(end));
    }
    return facts.isEmpty() ? QString()
                           : QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br>")));
}

QString AgreementDetailsHtml::provisionHtml(const AgreementSummary::Record &record,
                                            const AgreementTracks::Entry &entry) const
{
    const Provision &provision = record.provision;
    const QString number =
        provision.number.isEmpty() ? QString() : escaped(provision.number) + QStringLiteral(". ");
    // The provision itself is the link that rings its events on the timeline.
    return QStringLiteral("<p style='margin-top: 8px'><a href=\"%1\" title=\"%2\"><b>%3</b>%4</a>"
                          "&nbsp;&nbsp;%5</p>")
        .arg(href(Target::Kind::ProvisionEvents, provision.id),
             Texts::tr("Show this provision's events on the timeline"), number,
             escaped(provision.summary), chip(entry.track.levelAt(m_now)));
}

QString AgreementDetailsHtml::levelReason(const AgreementTracks::Entry &entry) const
{
    const ImplementationTrack::Step *now = nullptr;
    for (const ImplementationTrack::Step &step : entry.track.steps()) {
        if (step.from <= m_now) {
            now = &step;
        }
    }
    if (!now || now->from == ImplementationTrack::Always) {
        return {};
    }
    switch (now->origin) {
    case ImplementationTrack::Origin::Start:
        return {};
    case ImplementationTrack::Origin::Assessed:
        return Texts::tr("assessed from %1").arg(dayOf(now->from));
    case ImplementationTrack::Origin::Proposed:
        return Texts::tr("from its linked events since %1").arg(dayOf(now->from));
    case ImplementationTrack::Origin::Violation:
        return Texts::tr("violated since %1").arg(dayOf(now->from));
    case ImplementationTrack::Origin::Deadline:
        return Texts::tr("lapsed since %1").arg(dayOf(now->from));
    }
    return {};
}

QString AgreementDetailsHtml::deadlineText(const AgreementSummary &summary,
                                           const AgreementTracks::Entry &entry) const
{
    const Provision::Deadline &deadline = entry.provision.deadline;
    if (deadline.isNone()) {
        return {};
    }
    if (!deadline.isRelative()) {
        return Texts::tr("due by %1").arg(escaped(deadline.date.toDisplayString()));
    }
    QString text = Texts::tr("due %n days after the agreement", nullptr, deadline.days);
    for (const AgreementSummary::Record &other : summary.records()) {
        if (deadline.afterProvisionId != 0 && other.provision.id == deadline.afterProvisionId) {
            text = Texts::tr("due %n days after point %1 is carried out", nullptr, deadline.days)
                       .arg(escaped(other.provision.number));
        }
    }
    return entry.deadline ? Texts::tr("%1 (%2)").arg(text, dayOf(*entry.deadline)) : text;
}

QString AgreementDetailsHtml::evidenceHtml(const AgreementSummary::Record &record) const
{
    QList<Evidence> evidence;
    for (const AgreementSummary::LinkedEvent &linked : record.links) {
        const Event &event = linked.event;
        const qint64 source =
            linked.link.sourceId != 0 ? linked.link.sourceId : event.sourceIds.value(0, 0);
        QStringList parts{QStringLiteral("%1 %2").arg(linkTypeLabel(linked.link.type),
                                                      eventLink(event.id, event.title)),
                          escaped(event.start.toDisplayString()), sourceText(source),
                          linked.link.note.isEmpty()
                              ? QString()
                              : QStringLiteral("<i>%1</i>").arg(escaped(linked.link.note))};
        parts.removeAll(QString());
        evidence.append(
            {event.isUndated() ? std::numeric_limits<qint64>::min() : event.earliestSecond(),
             parts.join(QStringLiteral(" — "))});
    }
    for (const LevelAssessment &assessment : record.assessments) {
        QStringList parts{
            Texts::tr("Assessed %1").arg(chip(assessment.level)),
            escaped(assessment.date.toDisplayString()), sourceText(assessment.sourceId),
            assessment.note.isEmpty() ? QString()
                                      : QStringLiteral("<i>%1</i>").arg(escaped(assessment.note))};
        parts.removeAll(QString());
        evidence.append({assessment.date.isNull() ? std::numeric_limits<qint64>::min()
                                                  : assessment.date.earliestSecond(),
                         parts.join(QStringLiteral(" — "))});
    }
    if (evidence.isEmpty()) {
        return QStringLiteral("<p style='margin-left: 12px; color: gray'><i>%1</i></p>")
            .arg(Texts::tr("No evidence yet."));
    }
    std::stable_sort(evidence.begin(), evidence.end(),
                     [](const Evidence &a, const Evidence &b) { return a.second > b.second; });
    QStringList lines;
    for (const Evidence &item : evidence) {
        lines.append(item.html);
    }
    return QStringLiteral("<p style='margin-left: 12px'>%1</p>")
        .arg(lines.join(QStringLiteral("<br>")));
}

QString AgreementDetailsHtml::ofLinkedEvent(qint64 eventId) const
{
    QStringList lines;
    for (const ProvisionLink &link : m_store.linksOfEvent(eventId)) {
        const std::optional<Provision> provision = m_store.provision(link.provisionId);
        const std::optional<Event> agreement =
            provision ? m_store.event(provision->agreementId) : std::nullopt;
        if (!agreement) {
            continue;
        }
        QString line =
            Texts::tr("%1: %2, point %3")
                .arg(linkTypeLabel(link.type), eventLink(agreement->id, agreement->title),
                     escaped(provision->number));
        line += QStringLiteral(" (%1)").arg(escaped(provision->summary));
        if (!link.note.isEmpty()) {
            line += QStringLiteral(" — <i>%1</i>").arg(escaped(link.note));
        }
        lines.append(line);
    }
    return lines.isEmpty() ? QString()
                           : QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

QString AgreementDetailsHtml::eventLink(qint64 eventId, const QString &title) const
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(href(Target::Kind::Event, eventId), escaped(title));
}

QString AgreementDetailsHtml::sourceText(qint64 sourceId) const
{
    const std::optional<Source> source = sourceId != 0 ? m_store.source(sourceId) : std::nullopt;
    if (!source) {
        return {};
    }
    return escaped(source->title.isEmpty()
                       ? source->outlet
                       : Texts::tr("%1, %2").arg(source->outlet, source->title));
}

QString AgreementDetailsHtml::dayOf(qint64 second) const
{
    const QDate date = QDateTime::fromSecsSinceEpoch(second, Qt::UTC).date();
    return escaped(PartialDate::day(date.year(), date.month(), date.day()).toDisplayString());
}

} // namespace entente
