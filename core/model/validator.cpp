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
    if (!actor.color.isEmpty() && !isColour(actor.color)) {
        problems.append({QStringLiteral("color"), tr("A colour is written #rrggbb.")});
    }
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
    if (!era.color.isEmpty() && !isColour(era.color)) {
        problems.append({QStringLiteral("color"), tr("A colour is written #rrggbb.")});
    }
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
