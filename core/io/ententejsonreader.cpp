// SPDX-License-Identifier: GPL-3.0-or-later
#include "ententejsonreader.h"

#include "ententejson.h"
#include "error.h"
#include "validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace entente {

using namespace Qt::StringLiterals;

namespace {

QByteArray quotedKey(const QString &field)
{
    return '"' + field.toUtf8() + '"';
}

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return EntenteJsonReader::tr("true or false");
    case QJsonValue::Double:
        return EntenteJsonReader::tr("a number");
    case QJsonValue::String:
        return EntenteJsonReader::tr("text");
    case QJsonValue::Array:
        return EntenteJsonReader::tr("a list");
    case QJsonValue::Object:
        return EntenteJsonReader::tr("an object");
    default:
        return EntenteJsonReader::tr("null");
    }
}

bool isAbsent(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined();
}

// Where element `index` of the top-level array `section` starts in the text, or -1: a scan
// that follows strings and nesting, as the parser did.
qsizetype elementOffsetIn(const QByteArray &json, const QByteArray &section, int index)
{
    int depth = 0, element = -1;
    bool inString = false, armed = false, inArray = false, expecting = false;
    qsizetype stringStart = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
                armed = depth == 1 && !inArray && json.mid(stringStart, i - stringStart) == section;
            }
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ':') {
            continue;
        }
        if (inArray && depth == 2 && expecting && c != ',' && c != ']') {
            expecting = false;
            if (++element == index) {
                return i;
            }
        }
        if (armed && depth == 1 && c == '[') {
            inArray = expecting = true;
        }
        armed = false;
        if (c == '"') {
            inString = true;
            stringStart = i + 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 1 && inArray) {
                return -1;
            }
        } else if (c == ',' && inArray && depth == 2) {
            expecting = true;
        }
    }
    return -1;
}

} // namespace

EntenteJsonReader::EntenteJsonReader(const QByteArray &json, const QString &fileName)
    : m_json(json), m_fileName(fileName)
{}

TimelineContent EntenteJsonReader::read()
{
    const QJsonObject root = parse();
    readVersion(root);
    m_content.title = string(root, QStringLiteral("title"));
    m_content.categoriesComplete = true; // a category not listed is automatic
    for (const QString &type : Relation::builtInTypes()) {
        m_relationTypes.insert(type);
    }
    readCategories(array(root, QStringLiteral("categories")));
    readRelationTypes(array(root, QStringLiteral("relationTypes")));
    readEras(array(root, QStringLiteral("eras")));
    const QJsonArray actors = array(root, QStringLiteral("actors"));
    readActors(actors);
    readAffiliations(actors);
    if (m_version == 1) {
        readDocuments(root.value(u"documents").toObject());
    } else {
        readSources(array(root, QStringLiteral("sources")));
    }
    readEvents(array(root, QStringLiteral("events")));
    readRelations(array(root, QStringLiteral("relations")));
    readSavedViews(array(root, QStringLiteral("savedViews")));
    readRoles(array(root, QStringLiteral("roles")));
    readGroups(array(root, QStringLiteral("groups")));
    readAgreements(array(root, QStringLiteral("agreements")));
    const QJsonArray provisions = array(root, QStringLiteral("provisions"));
    readProvisionUids(provisions);
    readProvisions(provisions);
    readProvisionLinks(array(root, QStringLiteral("provisionLinks")));
    readAssessments(array(root, QStringLiteral("assessments")));
    return m_content;
}

QJsonObject EntenteJsonReader::parse() const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = m_json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - before.lastIndexOf('\n'));
        throw Error(tr("%1:%2:%3: not valid JSON: %4")
                        .arg(m_fileName)
                        .arg(line)
                        .arg(column)
                        .arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        throw Error(tr("%1:1: not an Entente timeline (expected an object with \"format\": "
                       "\"entente-timeline\")")
                        .arg(m_fileName));
    }
    return document.object();
}

void EntenteJsonReader::readVersion(const QJsonObject &root)
{
    if (root.value(u"format") != QLatin1String(EntenteJson::Format)) {
        fail(QStringLiteral("format"),
             tr("not an Entente timeline (expected \"format\": \"entente-timeline\")"));
    }
    const QJsonValue version = root.value(u"version");
    m_version = version.toInt(0);
    if (!version.isDouble() || m_version < 1 || m_version != version.toDouble()) {
        fail(QStringLiteral("version"),
             tr("expected a version number, not %1").arg(version.toVariant().toString()));
    }
    if (m_version > EntenteJson::Version) {
        fail(QStringLiteral("version"),
             tr("this timeline is of version %1, written by a newer Entente; this one reads "
                "versions 1 to %2")
                 .arg(m_version)
                 .arg(EntenteJson::Version));
    }
}

void EntenteJsonReader::readCategories(const QJsonArray &list)
{
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = element(list, i, QStringLiteral("categories"), u"name"_s);
        m_content.categories.append(
            {required(object, QStringLiteral("name")), string(object, QStringLiteral("color"))});
    }
}

void EntenteJsonReader::readRelationTypes(const QJsonArray &list)
{
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = element(list, i, QStringLiteral("relationTypes"), u"name"_s);
        RelationType type{required(object, QStringLiteral("name")),
                          string(object, QStringLiteral("label")),
                          string(object, QStringLiteral("color")), 0};
        m_relationTypes.insert(type.name);
        m_content.relationTypes.append(type);
    }
}

void EntenteJsonReader::readEras(const QJsonArray &list)
{
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = element(list, i, QStringLiteral("eras"), u"name"_s);
        Era era;
        era.name = required(object, QStringLiteral("name"));
        era.start = date(object, QStringLiteral("start"));
        era.end = date(object, QStringLiteral("end"));
        era.color = string(object, QStringLiteral("color"));
        validate(era);
        m_content.eras.append(era);
    }
}

void EntenteJsonReader::readActors(const QJsonArray &list)
{
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = element(list, i, QStringLiteral("actors"), u"key"_s);
        const QString key = required(object, QStringLiteral("key"));
        if (m_actorKeys.contains(key)) {
            fail(QStringLiteral("key"), tr("“%1” is used twice").arg(key));
        }
        Actor actor;
        actor.id = i + 1;
        actor.name = required(object, QStringLiteral("name"));
        actor.shortName = string(object, QStringLiteral("shortName"));
        const QString type = string(object, QStringLiteral("type"));
        if (!Actor::typeFromName(type, &actor.type)) {
            fail(QStringLiteral("type"),
                 tr("“%1” is not one of state, organisation, person, group").arg(type));
        }
        actor.color = string(object, QStringLiteral("color"));
        actor.aliases = strings(object, QStringLiteral("aliases"));
        validate(actor);
        m_actorKeys.insert(key, actor.id);
        m_content.actors.append(actor);
    }
}

// Affiliations may point forward in the list, so they are read once every key is known.
void EntenteJsonReader::readAffiliations(const QJsonArray &list)
{
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = element(list, i, QStringLiteral("actors"), u"key"_s);
        const QString parent = string(object, QStringLiteral("affiliation"));
        if (parent.isEmpty()) {
            continue;
        }
        if (!m_actorKeys.contains(parent)) {
            fail(QStringLiteral("affiliation"), tr("no actor has the key “%1”").arg(parent));
        }
        m_content.actors[i].affiliationId = m_actorKeys.value(parent);
    }
}

void EntenteJsonReader::readSources(const QJsonArray &list)
{
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = element(list, i, QStringLiteral("sources"), u"key"_s);
        const QString key = required(object, QStringLiteral("key"));
        if (m_sourceKeys.contains(key)) {
            fail(QStringLiteral("key"), tr("“%1” is used twice").arg(key));
        }
        m_sourceKeys.insert(key, addCitation(object));
    }
}

// Version 1 names documents by key and cites them from each event with a quote of its own:
// each citation is a source.
void EntenteJsonReader::readDocuments(const QJsonObject &documents)
{
    for (auto it = documents.begin(); it != documents.end(); ++it) {
        m_documents.insert(it.key(), it.value().toObject());
    }
}

qint64 EntenteJsonReader::addCitation(const QJsonObject &object)
{
    Source source;
    source.id = m_content.sources.size() + 1;
    source.outlet = string(object, QStringLiteral("outlet"));
    source.title = string(object, QStringLiteral("title"));
    source.url = string(object, QStringLiteral("url"));
    source.published = date(object, QStringLiteral("published"));
    source.quote = string(object, QStringLiteral("quote"));
    validate(source);
    m_content.sources.append(source);
    return source.id;
}

void EntenteJsonReader::readEvents(const QJsonArray &list)
{
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = element(list, i, QStringLiteral("events"), u"uid"_s);
        const Event event = readEvent(object);
        if (!event.uid.isEmpty()) {
            if (m_eventUids.contains(event.uid)) {
                fail(QStringLiteral("uid"), tr("“%1” is used twice").arg(event.uid));
            }
            m_eventUids.insert(event.uid, i);
        }
        m_content.events.append(event);
    }
}

Event EntenteJsonReader::readEvent(const QJsonObject &object)
{
    Event event;
    event.uid = string(object, QStringLiteral("uid"));
    event.title = string(object, QStringLiteral("title"));
    event.description = string(object, QStringLiteral("description"));
    const QString kind = string(object, QStringLiteral("kind"));
    if (!Event::kindFromName(kind, &event.kind)) {
        fail(QStringLiteral("kind"), tr("expected \"point\" or \"period\", not “%1”").arg(kind));
    }
    event.start = date(object, QStringLiteral("start"));
    event.end = date(object, QStringLiteral("end"));
    event.ongoing = boolean(object, QStringLiteral("ongoing"));
    event.category = string(object, QStringLiteral("category"));
    event.importance = integer(object, QStringLiteral("importance"), 3);
    event.location = string(object, QStringLiteral("location"));
    event.tags = strings(object, QStringLiteral("tags"));
    event.actors = readEventActors(object);
    event.sourceIds = readEventSources(object);
    event.attributes = readAttributes(object);
    validate(event);
    return event;
}

QList<EventActor> EntenteJsonReader::readEventActors(const QJsonObject &object)
{
    QList<EventActor> actors;
    for (const QJsonValue &value : list(object, QStringLiteral("actors"))) {
        const QJsonValue key = value.toObject().value(u"actor");
        if (!key.isString() || !m_actorKeys.contains(key.toString())) {
            fail(QStringLiteral("actors"),
                 tr("no actor has the key “%1”").arg(key.toVariant().toString()));
        }
        const QJsonValue role = value.toObject().value(u"role");
        if (!isAbsent(role) && !role.isString()) {
            fail(QStringLiteral("actors"), tr("a role is text, not %1").arg(typeOf(role)));
        }
        actors.append({m_actorKeys.value(key.toString()), role.toString()});
    }
    return actors;
}

QList<qint64> EntenteJsonReader::readEventSources(const QJsonObject &object)
{
    QList<qint64> ids;
    for (const QJsonValue &value : list(object, QStringLiteral("sources"))) {
        ids.append(sourceOf(value, QStringLiteral("sources")));
    }
    return ids;
}

// A key of "sources" (version 2), or a citation: {"document": key, "quote": …} of version 1,
// or a source written out where it is cited.
qint64 EntenteJsonReader::sourceOf(const QJsonValue &value, const QString &field)
{
    if (value.isString()) {
        if (!m_sourceKeys.contains(value.toString())) {
            fail(field, tr("no source has the key “%1”").arg(value.toString()));
        }
        return m_sourceKeys.value(value.toString());
    }
    if (!value.isObject()) {
        fail(field, tr("expected a source key, not %1").arg(typeOf(value)));
    }
    QJsonObject citation = value.toObject();
    if (const QString document = citation.value(u"document").toString(); !document.isEmpty()) {
        if (!m_documents.contains(document)) {
            fail(field, tr("no document has the key “%1”").arg(document));
        }
        const QJsonObject cited = m_documents.value(document);
        for (auto it = cited.begin(); it != cited.end(); ++it) {
            citation.insert(it.key(), it.value());
        }
    }
    return addCitation(citation);
}

Attributes EntenteJsonReader::readAttributes(const QJsonObject &object)
{
    Attributes attributes;
    const QJsonValue value = object.value(u"attributes");
    if (!isAbsent(value) && !value.isObject()) {
        fail(QStringLiteral("attributes"), tr("expected an object, not %1").arg(typeOf(value)));
    }
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString()) {
            fail(QStringLiteral("attributes"),
                 tr("“%1” is %2, not text").arg(it.key(), typeOf(it.value())));
        }
        attributes.insert(it.key(), it.value().toString());
    }
    return attributes;
}

void EntenteJsonReader::readRelations(const QJsonArray &list)
{
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = element(list, i, QStringLiteral("relations"), QString());
        Relation relation;
        relation.fromEventId = eventPlaceholder(object, QStringLiteral("from"));
        relation.toEventId = eventPlaceholder(object, QStringLiteral("to"));
        relation.type = required(object, QStringLiteral("type"));
        if (!m_relationTypes.contains(relation.type)) {
            fail(QStringLiteral("type"), tr("“%1” is not a relation type").arg(relation.type));
        }
        relation.note = string(object, QStringLiteral("note"));
        m_content.relations.append(relation);
    }
}

void EntenteJsonReader::readSavedViews(const QJsonArray &list)
{
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = element(list, i, QStringLiteral("savedViews"), u"name"_s);
        QString problem;
        const SavedView view = SavedView::fromJson(withActorIds(object), &problem);
        if (!problem.isEmpty()) {
            fail(QString(), problem);
        }
        const QString folded = view.name.trimmed().toCaseFolded();
        if (m_savedViewNames.contains(folded)) {
            fail(QStringLiteral("name"), tr("“%1” is used twice").arg(view.name));
        }
        m_savedViewNames.insert(folded);
        m_content.savedViews.append(view);
    }
}

// The view with the actors of its criteria as the ids the content gives them: a key as its
// actor's, null (an actor the timeline no longer had) as 0, which matches nothing.
QJsonObject EntenteJsonReader::withActorIds(const QJsonObject &view)
{
    QJsonObject criteria = view.value(u"criteria").toObject();
    if (!criteria.value(u"actors").isArray()) {
        return view; // SavedView::fromJson says what is wrong, if anything
    }
    QJsonArray ids;
    for (const QJsonValue &key : criteria.value(u"actors").toArray()) {
        if (!key.isNull() && !m_actorKeys.contains(key.toString())) {
            fail(QStringLiteral("criteria"),
                 tr("no actor has the key “%1”").arg(key.toVariant().toString()));
        }
        ids.append(double(m_actorKeys.value(key.toString())));
    }
    criteria.insert(u"actors"_s, ids);
    QJsonObject mapped = view;
    mapped.insert(u"criteria"_s, criteria);
    return mapped;
}

// An event's uid, or its index in "events" (what the writer uses for events without a uid).
qint64 EntenteJsonReader::eventPlaceholder(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    qsizetype index = -1;
    if (value.isString()) {
        index = m_eventUids.value(value.toString(), -1);
    } else if (value.isDouble() && value.toDouble() == value.toInteger()) {
        index = value.toInteger();
    }
    if (index < 0 || index >= m_content.events.size()) {
        fail(field, tr("no event has the uid or index “%1”").arg(value.toVariant().toString()));
    }
    return TimelineContent::placeholderOf(index);
}

// An enum by its stored name; what else it could be is listed when it is none of them.
template <typename Enum>
Enum EntenteJsonReader::named(const QJsonObject &object, const QString &field,
                              bool (*fromName)(const QString &, Enum *), QString (*nameOf)(Enum),
                              int count) const
{
    const QString name = string(object, field);
    Enum value{};
    if (!fromName(name, &value)) {
        QStringList names;
        for (int i = 0; i < count; ++i) {
            if (const QString known = nameOf(Enum(i)); !known.isEmpty()) {
                names.append(known);
            }
        }
        fail(field, tr("“%1” is not one of %2").arg(name, names.join(QStringLiteral(", "))));
    }
    return value;
}

void EntenteJsonReader::readRoles(const QJsonArray &list)
{
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = element(list, i, QStringLiteral("roles"), u"name"_s);
        ActorRole role{required(object, QStringLiteral("name")),
                       string(object, QStringLiteral("label")),
                       string(object, QStringLiteral("color")), ActorRole::Seat::None};
        role.seat = named(object, QStringLiteral("seat"), &ActorRole::seatFromName,
                          &ActorRole::seatName, 3);
        validate(role);
        m_content.actorRoles.append(role);
    }
}

void EntenteJsonReader::readGroups(const QJsonArray &list)
{
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = element(list, i, QStringLiteral("groups"), u"name"_s);
        const ActorGroup group{0, required(object, QStringLiteral("name")),
                               string(object, QStringLiteral("color")),
                               actorIds(object, QStringLiteral("members"))};
        validate(group);
        m_content.actorGroups.append(group);
    }
}

void EntenteJsonReader::readAgreements(const QJsonArray &list)
{
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = element(list, i, QStringLiteral("agreements"), u"event"_s);
        Agreement agreement;
        agreement.id = eventPlaceholder(object, QStringLiteral("event"));
        agreement.stage = named(object, QStringLiteral("stage"), &Agreement::stageFromName,
                                &Agreement::stageName, 6);
        agreement.process = string(object, QStringLiteral("process"));
        agreement.end =
            named(object, QStringLiteral("end"), &Agreement::endFromName, &Agreement::endName, 4);
        if (!isAbsent(object.value(u"endEvent"))) {
            agreement.endEventId = eventPlaceholder(object, QStringLiteral("endEvent"));
        }
        validate(agreement);
        m_content.agreements.append(agreement);
    }
}

// Deadlines, links and assessments name provisions by uid: known before any is read.
void EntenteJsonReader::readProvisionUids(const QJsonArray &list)
{
    m_provisionCount = list.size();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = element(list, i, QStringLiteral("provisions"), u"uid"_s);
        const QString uid = string(object, QStringLiteral("uid"));
        if (uid.isEmpty()) {
            continue;
        }
        if (m_provisionUids.contains(uid)) {
            fail(QStringLiteral("uid"), tr("“%1” is used twice").arg(uid));
        }
        m_provisionUids.insert(uid, i + 1);
    }
}

void EntenteJsonReader::readProvisions(const QJsonArray &list)
{
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = element(list, i, QStringLiteral("provisions"), u"uid"_s);
        Provision provision;
        provision.id = i + 1;
        provision.uid = string(object, QStringLiteral("uid"));
        provision.agreementId = eventPlaceholder(object, QStringLiteral("agreement"));
        provision.number = string(object, QStringLiteral("number"));
        provision.position = integer(object, QStringLiteral("position"), i);
        provision.summary = string(object, QStringLiteral("summary"));
        provision.text = string(object, QStringLiteral("text"));
        provision.topic = named(object, QStringLiteral("topic"), &provisionTopicFromName,
                                &provisionTopicName, int(ProvisionTopic::Other) + 1);
        provision.partyIds = actorIds(object, QStringLiteral("parties"));
        provision.deadline = readDeadline(object);
        provision.codedBy = string(object, QStringLiteral("codedBy"));
        provision.paxCode = string(object, QStringLiteral("paxCode"));
        provision.paxValue = integer(object, QStringLiteral("paxValue"), 0);
        // Agreement ids are placeholders here; the rules of values hold all the same.
        validate(provision);
        m_content.provisions.append(provision);
    }
}

Provision::Deadline EntenteJsonReader::readDeadline(const QJsonObject &object)
{
    const QJsonValue value = object.value(u"deadline");
    if (isAbsent(value)) {
        return {};
    }
    if (!value.isObject()) {
        fail(QStringLiteral("deadline"), tr("expected an object, not %1").arg(typeOf(value)));
    }
    const QJsonObject deadline = value.toObject();
    if (isAbsent(deadline.value(u"days"))) {
        return {date(deadline, QStringLiteral("date")), -1, 0};
    }
    const int days = integer(deadline, QStringLiteral("days"), -1);
    if (days < 0) {
        fail(QStringLiteral("days"), tr("a number of days is 0 or more"));
    }
    const qint64 after =
        isAbsent(deadline.value(u"after")) ? 0 : provisionId(deadline, QStringLiteral("after"));
    return {{}, days, after};
}

void EntenteJsonReader::readProvisionLinks(const QJsonArray &list)
{
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = element(list, i, QStringLiteral("provisionLinks"), QString());
        ProvisionLink link;
        link.provisionId = provisionId(object, QStringLiteral("provision"));
        link.eventId = eventPlaceholder(object, QStringLiteral("event"));
        link.type = named(object, QStringLiteral("type"), &ProvisionLink::typeFromName,
                          &ProvisionLink::typeName, 3);
        link.sourceId = sourceId(object, QStringLiteral("source"));
        link.note = string(object, QStringLiteral("note"));
        validate(link);
        m_content.provisionLinks.append(link);
    }
}

void EntenteJsonReader::readAssessments(const QJsonArray &list)
{
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = element(list, i, QStringLiteral("assessments"), QString());
        LevelAssessment assessment;
        assessment.provisionId = provisionId(object, QStringLiteral("provision"));
        assessment.date = date(object, QStringLiteral("date"));
        assessment.level = named(object, QStringLiteral("level"), &implementationLevelFromName,
                                 &implementationLevelName, int(ImplementationLevel::Lapsed) + 1);
        assessment.sourceId = sourceId(object, QStringLiteral("source"));
        assessment.note = string(object, QStringLiteral("note"));
        validate(assessment);
        m_content.assessments.append(assessment);
    }
}

// A provision's uid, or its index in "provisions", as the id the content gives it.
qint64 EntenteJsonReader::provisionId(const QJsonObject &object, const QString &field) const
{
    const QJsonValue value = object.value(field);
    qint64 id = 0;
    if (value.isString()) {
        id = m_provisionUids.value(value.toString(), 0);
    } else if (value.isDouble() && value.toDouble() == value.toInteger() &&
               value.toInteger() >= 0) {
        id = value.toInteger() + 1;
    }
    if (id <= 0 || id > m_provisionCount) {
        fail(field, tr("no provision has the uid or index “%1”").arg(value.toVariant().toString()));
    }
    return id;
}

// A link's or an assessment's source: as an event cites one (sourceOf); none when absent or "".
qint64 EntenteJsonReader::sourceId(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    if (isAbsent(value) || (value.isString() && value.toString().isEmpty())) {
        return 0;
    }
    return sourceOf(value, field);
}

QList<qint64> EntenteJsonReader::actorIds(const QJsonObject &object, const QString &field) const
{
    QList<qint64> ids;
    for (const QString &key : strings(object, field)) {
        if (!m_actorKeys.contains(key)) {
            fail(field, tr("no actor has the key “%1”").arg(key));
        }
        ids.append(m_actorKeys.value(key));
    }
    return ids;
}

QJsonArray EntenteJsonReader::array(const QJsonObject &root, const QString &section)
{
    m_place = {}; // a member of the top level
    return list(root, section);
}

QJsonObject EntenteJsonReader::element(const QJsonArray &list, int index, const QString &section,
                                       const QString &keyField)
{
    m_place = {section, index, QString()};
    if (!list.at(index).isObject()) {
        fail(QString(), tr("expected an object, not %1").arg(typeOf(list.at(index))));
    }
    const QJsonObject object = list.at(index).toObject();
    m_place.label = keyField.isEmpty() ? QString() : object.value(keyField).toString();
    return object;
}

QString EntenteJsonReader::string(const QJsonObject &object, const QString &field) const
{
    const QJsonValue value = object.value(field);
    if (!isAbsent(value) && !value.isString()) {
        fail(field, tr("expected text, not %1").arg(typeOf(value)));
    }
    return value.toString();
}

QString EntenteJsonReader::required(const QJsonObject &object, const QString &field) const
{
    const QString text = string(object, field);
    if (text.isEmpty()) {
        fail(field, tr("is missing"));
    }
    return text;
}

bool EntenteJsonReader::boolean(const QJsonObject &object, const QString &field) const
{
    const QJsonValue value = object.value(field);
    if (!isAbsent(value) && !value.isBool()) {
        fail(field, tr("expected true or false, not %1").arg(typeOf(value)));
    }
    return value.toBool();
}

int EntenteJsonReader::integer(const QJsonObject &object, const QString &field, int fallback) const
{
    const QJsonValue value = object.value(field);
    if (isAbsent(value)) {
        return fallback;
    }
    if (!value.isDouble() || value.toDouble() != value.toInt()) {
        fail(field, tr("expected a whole number, not %1").arg(value.toVariant().toString()));
    }
    return value.toInt();
}

QJsonArray EntenteJsonReader::list(const QJsonObject &object, const QString &field) const
{
    const QJsonValue value = object.value(field);
    if (!isAbsent(value) && !value.isArray()) {
        fail(field, tr("expected a list, not %1").arg(typeOf(value)));
    }
    return value.toArray();
}

QStringList EntenteJsonReader::strings(const QJsonObject &object, const QString &field) const
{
    QStringList texts;
    for (const QJsonValue &item : list(object, field)) {
        if (!item.isString()) {
            fail(field, tr("expected a list of text, with %1 in it").arg(typeOf(item)));
        }
        texts.append(item.toString());
    }
    return texts;
}

PartialDate EntenteJsonReader::date(const QJsonObject &object, const QString &field) const
{
    const QString text = string(object, field);
    if (text.isEmpty()) {
        return {};
    }
    QString error;
    const PartialDate date = PartialDate::fromIso(text, &error);
    if (date.isNull()) {
        fail(field, tr("“%1”: %2").arg(text, error));
    }
    return date;
}

template <typename Value>
void EntenteJsonReader::validate(const Value &value) const
{
    // The rules every editor and importer follows; the file's own shape is checked above.
    const QList<Validator::Problem> problems = Validator::check(value);
    if (!problems.isEmpty()) {
        fail(problems.constFirst().field, problems.constFirst().message);
    }
}

QString EntenteJsonReader::describePlace(const QString &field) const
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("categories"), QT_TR_NOOP("category")},
        {QStringLiteral("relationTypes"), QT_TR_NOOP("relation type")},
        {QStringLiteral("eras"), QT_TR_NOOP("era")},
        {QStringLiteral("actors"), QT_TR_NOOP("actor")},
        {QStringLiteral("sources"), QT_TR_NOOP("source")},
        {QStringLiteral("events"), QT_TR_NOOP("event")},
        {QStringLiteral("relations"), QT_TR_NOOP("relation")},
        {QStringLiteral("savedViews"), QT_TR_NOOP("saved view")},
        {QStringLiteral("roles"), QT_TR_NOOP("role")},
        {QStringLiteral("groups"), QT_TR_NOOP("group")},
        {QStringLiteral("agreements"), QT_TR_NOOP("agreement")},
        {QStringLiteral("provisions"), QT_TR_NOOP("provision")},
        {QStringLiteral("provisionLinks"), QT_TR_NOOP("provision link")},
        {QStringLiteral("assessments"), QT_TR_NOOP("assessment")}};
    QStringList parts;
    if (!m_place.section.isEmpty()) {
        QString element =
            tr(names.value(m_place.section)) + u' ' + QString::number(m_place.index + 1);
        if (!m_place.label.isEmpty()) {
            element += QStringLiteral(" (%1)").arg(m_place.label);
        }
        parts.append(element);
    }
    if (!field.isEmpty()) {
        parts.append(tr("field “%1”").arg(field));
    }
    return parts.join(QStringLiteral(", "));
}

void EntenteJsonReader::fail(const QString &field, const QString &problem) const
{
    const int line = lineOf(field);
    const QString where = line > 0 ? m_fileName + u':' + QString::number(line) : m_fileName;
    throw Error(tr("%1: %2: %3").arg(where, describePlace(field), problem));
}

qsizetype EntenteJsonReader::elementOffset() const
{
    return elementOffsetIn(m_json, m_place.section.toUtf8(), m_place.index);
}

int EntenteJsonReader::lineOf(const QString &field) const
{
    qsizetype at = 0;
    if (!m_place.section.isEmpty()) {
        at = elementOffset();
        if (at < 0) {
            return 0;
        }
        const qsizetype next = elementOffsetIn(m_json, m_place.section.toUtf8(), m_place.index + 1);
        const qsizetype fieldAt = field.isEmpty() ? -1 : m_json.indexOf(quotedKey(field), at);
        if (fieldAt >= 0 && (next < 0 || fieldAt < next)) {
            at = fieldAt;
        }
    } else if (!field.isEmpty()) {
        at = std::max<qsizetype>(0, m_json.indexOf(quotedKey(field)));
    }
    return int(m_json.left(at).count('\n')) + 1;
}

} // namespace entente
