// SPDX-License-Identifier: GPL-3.0-or-later
#include "validator.h"

#include <QUrl>

#include <algorithm>
#include <cctype>

namespace entente {

namespace {

void checkLength(QList<Validator::Problem> *problems, const QString &field, const QString &text,
                 qsizetype max)
{
    if (text.size() > max) {
        problems->append(
            {field,
             Validator::tr("At most %L1 characters; this one has %L2.").arg(max).arg(text.size())});
    }
}

void checkCount(QList<Validator::Problem> *problems, const QString &field, qsizetype count)
{
    if (count > Validator::MaxListLength) {
        problems->append({field, Validator::tr("At most %L1 entries; this one has %L2.")
                                     .arg(Validator::MaxListLength)
                                     .arg(count)});
    }
}

void checkNames(QList<Validator::Problem> *problems, const QString &field, const QStringList &names)
{
    checkCount(problems, field, names.size());
    for (const QString &name : names) {
        checkLength(problems, field, name, Validator::MaxNameLength);
    }
}

void checkEventSizes(QList<Validator::Problem> *problems, const Event &event)
{
    checkLength(problems, QStringLiteral("title"), event.title, Validator::MaxNameLength);
    checkLength(problems, QStringLiteral("description"), event.description,
                Validator::MaxTextLength);
    checkLength(problems, QStringLiteral("category"), event.category, Validator::MaxNameLength);
    checkLength(problems, QStringLiteral("location"), event.location, Validator::MaxNameLength);
    checkNames(problems, QStringLiteral("tags"), event.tags);
    checkCount(problems, QStringLiteral("actors"), event.actors.size());
    for (const EventActor &actor : event.actors) {
        checkLength(problems, QStringLiteral("actors"), actor.role, Validator::MaxNameLength);
    }
    checkCount(problems, QStringLiteral("sources"), event.sourceIds.size());
}

} // namespace

QList<Validator::Problem> Validator::check(const Event &event)
{
    QList<Problem> problems;
    checkEventSizes(&problems, event);
    if (event.title.trimmed().isEmpty()) {
        problems.append({QStringLiteral("title"), tr("An event needs a title.")});
    }
    if (event.importance < 1 || event.importance > 5) {
        problems.append(
            {QStringLiteral("importance"), tr("Importance goes from 1 (minor) to 5 (major).")});
    }
    problems.append(checkAttributes(event.attributes));
    if (event.kind == Event::Kind::Point) {
        if (!event.end.isNull() || event.ongoing) {
            problems.append({QStringLiteral("end"),
                             tr("A single moment has no end; make it a period to give one.")});
        }
        return problems;
    }
    // An undated period may still be known to go on ("the war has become a geopolitical
    // conflict"), but an end is only ever after a start.
    if (event.start.isNull() && !event.end.isNull()) {
        problems.append({QStringLiteral("start"), tr("A period with an end needs a start.")});
    } else if (!event.start.isNull() && event.end.isNull() && !event.ongoing) {
        problems.append(
            {QStringLiteral("end"), tr("A period needs an end, or to be marked as ongoing.")});
    } else if (!event.end.isNull() && event.ongoing) {
        problems.append(
            {QStringLiteral("end"), tr("An ongoing period has no end yet; clear one of them.")});
    } else if (!event.end.isNull() && event.end.latestSecond() < event.start.earliestSecond()) {
        problems.append({QStringLiteral("end"),
                         tr("The end (%1) is before the start (%2).")
                             .arg(event.end.toDisplayString(), event.start.toDisplayString())});
    }
    return problems;
}

QList<Validator::Problem> Validator::checkAttributes(const Attributes &attributes)
{
    for (const auto &[key, value] : attributes) {
        if (QStringView(key).trimmed().isEmpty()) {
            return {{QStringLiteral("attributes"), tr("An attribute needs a name.")}};
        }
        if (key.size() > MaxAttributeNameLength) {
            return {{QStringLiteral("attributes"),
                     tr("The attribute name “%1…” is longer than %2 characters.")
                         .arg(key.left(20))
                         .arg(MaxAttributeNameLength)}};
        }
        if (value.size() > MaxAttributeValueLength) {
            return {{QStringLiteral("attributes"),
                     tr("The attribute “%1” is longer than %2 characters.")
                         .arg(key)
                         .arg(MaxAttributeValueLength)}};
        }
    }
    return {};
}

QList<Validator::Problem> Validator::check(const Source &source)
{
    QList<Problem> problems;
    checkLength(&problems, QStringLiteral("outlet"), source.outlet, MaxNameLength);
    checkLength(&problems, QStringLiteral("title"), source.title, MaxNameLength);
    checkLength(&problems, QStringLiteral("url"), source.url, MaxUrlLength);
    checkLength(&problems, QStringLiteral("quote"), source.quote, MaxTextLength);
    if (!source.url.isEmpty()) {
        const QUrl url(source.url, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
            problems.append({QStringLiteral("url"),
                             tr("The address must be a web address starting with http:// or "
                                "https://.")});
        }
    }
    return problems;
}

QList<Validator::Problem> Validator::check(const Actor &actor)
{
    QList<Problem> problems;
    if (actor.name.trimmed().isEmpty()) {
        problems.append({QStringLiteral("name"), tr("An actor needs a name.")});
    }
    checkLength(&problems, QStringLiteral("name"), actor.name, MaxNameLength);
    checkLength(&problems, QStringLiteral("shortName"), actor.shortName, MaxNameLength);
    checkNames(&problems, QStringLiteral("aliases"), actor.aliases);
    if (actor.id != 0 && actor.affiliationId == actor.id) {
        problems.append({QStringLiteral("affiliation"), tr("An actor cannot belong to itself.")});
    }
    checkColour(&problems, actor.color);
    return problems;
}

QList<Validator::Problem> Validator::check(const Era &era)
{
    QList<Problem> problems;
    if (era.name.trimmed().isEmpty()) {
        problems.append({QStringLiteral("name"), tr("An era needs a name.")});
    }
    checkLength(&problems, QStringLiteral("name"), era.name, MaxNameLength);
    if (era.start.isNull()) {
        problems.append({QStringLiteral("start"), tr("An era needs a start.")});
    }
    if (era.end.isNull()) {
        problems.append({QStringLiteral("end"), tr("An era needs an end.")});
    } else if (!era.start.isNull() && era.end.latestSecond() < era.start.earliestSecond()) {
        problems.append({QStringLiteral("end"),
                         tr("The end (%1) is before the start (%2).")
                             .arg(era.end.toDisplayString(), era.start.toDisplayString())});
    }
    checkColour(&problems, era.color);
    return problems;
}

QList<Validator::Problem> Validator::check(const Relation &relation)
{
    QList<Problem> problems;
    if (relation.fromEventId == 0 || relation.toEventId == 0) {
        problems.append({QStringLiteral("event"), tr("A relation links two events.")});
    } else if (relation.fromEventId == relation.toEventId) {
        problems.append({QStringLiteral("event"), tr("An event cannot be related to itself.")});
    }
    if (relation.type.trimmed().isEmpty()) {
        problems.append({QStringLiteral("type"), tr("A relation needs a type.")});
    }
    checkLength(&problems, QStringLiteral("type"), relation.type, MaxNameLength);
    checkLength(&problems, QStringLiteral("note"), relation.note, MaxTextLength);
    return problems;
}

QList<Validator::Problem> Validator::check(const Provision &provision)
{
    QList<Problem> problems;
    if (provision.agreementId == 0) {
        problems.append({QStringLiteral("agreement"), tr("A provision belongs to an agreement.")});
    }
    if (provision.summary.trimmed().isEmpty()) {
        problems.append({QStringLiteral("summary"), tr("A provision needs a summary.")});
    }
    checkLength(&problems, QStringLiteral("summary"), provision.summary, MaxNameLength);
    checkLength(&problems, QStringLiteral("number"), provision.number, MaxNameLength);
    checkLength(&problems, QStringLiteral("text"), provision.text, MaxTextLength);
    checkCount(&problems, QStringLiteral("parties"), provision.partyIds.size());
    checkLength(&problems, QStringLiteral("codedBy"), provision.codedBy, MaxNameLength);
    // PA-X codes some agreements in a hundred columns of one topic.
    checkLength(&problems, QStringLiteral("paxCode"), provision.paxCode, MaxTextLength);
    if (provision.position < 0) {
        problems.append({QStringLiteral("position"), tr("A position counts from 0.")});
    }
    checkDeadline(&problems, provision.deadline);
    return problems;
}

void Validator::checkDeadline(QList<Problem> *problems, const Provision::Deadline &deadline)
{
    if (!deadline.date.isNull() && deadline.isRelative()) {
        problems->append({QStringLiteral("deadline"),
                          tr("A deadline is a date or a number of days after something, not "
                             "both.")});
    }
    if (!deadline.isRelative() && deadline.afterProvisionId != 0) {
        problems->append({QStringLiteral("deadline"),
                          tr("A deadline after another provision needs its number of days.")});
    }
}

QList<Validator::Problem> Validator::check(const ProvisionLink &link)
{
    QList<Problem> problems;
    if (link.provisionId == 0 || link.eventId == 0) {
        problems.append({QStringLiteral("event"), tr("A link joins an event and a provision.")});
    }
    checkLength(&problems, QStringLiteral("note"), link.note, MaxTextLength);
    return problems;
}

QList<Validator::Problem> Validator::check(const LevelAssessment &assessment)
{
    QList<Problem> problems;
    if (assessment.provisionId == 0) {
        problems.append({QStringLiteral("provision"), tr("An assessment is of a provision.")});
    }
    if (assessment.date.isNull()) {
        problems.append({QStringLiteral("date"), tr("An assessment needs a date.")});
    }
    if (assessment.level == ImplementationLevel::NotAssessed) {
        problems.append({QStringLiteral("level"),
                         tr("“Not assessed” is what a provision is before any assessment.")});
    }
    checkLength(&problems, QStringLiteral("note"), assessment.note, MaxTextLength);
    return problems;
}

QList<Validator::Problem> Validator::check(const Agreement &agreement)
{
    QList<Problem> problems;
    checkLength(&problems, QStringLiteral("process"), agreement.process, MaxNameLength);
    if (agreement.endEventId != 0 && agreement.endEventId == agreement.id) {
        problems.append({QStringLiteral("end"), tr("An agreement cannot end itself.")});
    }
    return problems;
}

QList<Validator::Problem> Validator::check(const ActorRole &role)
{
    QList<Problem> problems;
    if (role.name.trimmed().isEmpty()) {
        problems.append({QStringLiteral("name"), tr("A role needs a name.")});
    }
    checkLength(&problems, QStringLiteral("name"), role.name, MaxNameLength);
    checkLength(&problems, QStringLiteral("label"), role.label, MaxNameLength);
    checkColour(&problems, role.color);
    return problems;
}

QList<Validator::Problem> Validator::check(const ActorGroup &group)
{
    QList<Problem> problems;
    if (group.name.trimmed().isEmpty()) {
        problems.append({QStringLiteral("name"), tr("A group needs a name.")});
    }
    checkLength(&problems, QStringLiteral("name"), group.name, MaxNameLength);
    checkCount(&problems, QStringLiteral("members"), group.memberIds.size());
    checkColour(&problems, group.color);
    return problems;
}

QList<Validator::Problem> Validator::checkDateText(const QString &field, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return {};
    }
    QString error;
    if (PartialDate::fromText(text, &error).isNull()) {
        return {{field, error}};
    }
    return {};
}

bool Validator::isOpenableUrl(const QString &url)
{
    const QString scheme = QUrl(url).scheme().toLower();
    return scheme == u"http" || scheme == u"https" || scheme == u"mailto";
}

void Validator::checkColour(QList<Problem> *problems, const QString &colour)
{
    if (!colour.isEmpty() && !isColour(colour)) {
        problems->append({QStringLiteral("color"), tr("A colour is written #rrggbb.")});
    }
}

bool Validator::isColour(const QString &colour)
{
    if (colour.size() != 7 || colour.front() != u'#') {
        return false;
    }
    return std::all_of(colour.begin() + 1, colour.end(),
                       [](QChar c) { return isxdigit(c.unicode()) && c.unicode() < 128; });
}

QString Validator::describe(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &problem : problems) {
        lines.append(tr("field “%1”: %2").arg(problem.field, problem.message));
    }
    return lines.join(u'\n');
}

} // namespace entente
