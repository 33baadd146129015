// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementrows.h"

#include "error.h"
#include "eventrows.h"
#include "eventstore.h"
#include "searchindex.h"
#include "validator.h"

#include <QSet>

#include <algorithm>

namespace entente {

namespace {

PartialDate dateIn(const Statement &row, int column)
{
    return row.isNull(column) ? PartialDate() : PartialDate::fromIso(row.text(column));
}

PlainTable<Agreement>::Shape agreementShape()
{
    return {QStringLiteral("agreements"),
            {QStringLiteral("stage"), QStringLiteral("process"), QStringLiteral("end_kind"),
             QStringLiteral("end_event_id")},
            &StoreChange::agreements,
            [](Statement &st, const Agreement &agreement) {
                st.bind(2, Agreement::stageName(agreement.stage)).bind(3, agreement.process);
                st.bind(4, Agreement::endName(agreement.end)).bindId(5, agreement.endEventId);
            },
            [](const Statement &row) {
                Agreement agreement{row.int64(0), Agreement::Stage::None, row.text(2),
                                    Agreement::End::None, row.int64(4)};
                Agreement::stageFromName(row.text(1), &agreement.stage);
                Agreement::endFromName(row.text(3), &agreement.end);
                return agreement;
            }};
}

PlainTable<Provision>::Shape provisionShape()
{
    return {QStringLiteral("provisions"),
            {QStringLiteral("uid"), QStringLiteral("agreement_id"), QStringLiteral("number"),
             QStringLiteral("position"), QStringLiteral("summary"), QStringLiteral("text"),
             QStringLiteral("topic"), QStringLiteral("deadline_date"),
             QStringLiteral("deadline_days"), QStringLiteral("deadline_after_id"),
             QStringLiteral("coded_by"), QStringLiteral("pax_code"), QStringLiteral("pax_value")},
            &StoreChange::provisions,
            [](Statement &st, const Provision &p) {
                st.bind(2, p.uid).bind(3, p.agreementId).bind(4, p.number).bind(5, p.position);
                st.bind(6, p.summary).bind(7, p.text).bind(8, provisionTopicName(p.topic));
                st.bindOptional(9, p.deadline.date.toEdtf());
                if (p.deadline.isRelative()) {
                    st.bind(10, p.deadline.days);
                } else {
                    st.bindNull(10);
                }
                st.bindId(11, p.deadline.afterProvisionId);
                st.bind(12, p.codedBy).bind(13, p.paxCode).bind(14, p.paxValue);
            },
            [](const Statement &row) {
                Provision p;
                p.id = row.int64(0);
                p.uid = row.text(1);
                p.agreementId = row.int64(2);
                p.number = row.text(3);
                p.position = row.integer(4);
                p.summary = row.text(5);
                p.text = row.text(6);
                provisionTopicFromName(row.text(7), &p.topic);
                p.deadline = {dateIn(row, 8), row.isNull(9) ? -1 : row.integer(9), row.int64(10)};
                p.codedBy = row.text(11);
                p.paxCode = row.text(12);
                p.paxValue = row.integer(13);
                return p;
            }};
}

PlainTable<ProvisionLink>::Shape linkShape()
{
    return {QStringLiteral("provision_links"),
            {QStringLiteral("provision_id"), QStringLiteral("event_id"), QStringLiteral("type"),
             QStringLiteral("source_id"), QStringLiteral("note")},
            &StoreChange::provisionLinks,
            [](Statement &st, const ProvisionLink &link) {
                st.bind(2, link.provisionId).bind(3, link.eventId);
                st.bind(4, ProvisionLink::typeName(link.type)).bindId(5, link.sourceId);
                st.bind(6, link.note);
            },
            [](const Statement &row) {
                ProvisionLink link{row.int64(0), row.int64(1), row.int64(2),
                                   {},           row.int64(4), row.text(5)};
                ProvisionLink::typeFromName(row.text(3), &link.type);
                return link;
            }};
}

PlainTable<LevelAssessment>::Shape assessmentShape()
{
    return {QStringLiteral("level_assessments"),
            {QStringLiteral("provision_id"), QStringLiteral("date"), QStringLiteral("date_key"),
             QStringLiteral("level"), QStringLiteral("source_id"), QStringLiteral("note")},
            &StoreChange::assessments,
            [](Statement &st, const LevelAssessment &a) {
                st.bind(2, a.provisionId).bind(3, a.date.toEdtf());
                st.bind(4, a.date.earliestSecond()).bind(5, implementationLevelName(a.level));
                st.bindId(6, a.sourceId).bind(7, a.note);
            },
            [](const Statement &row) {
                LevelAssessment a{row.int64(0), row.int64(1), dateIn(row, 2),
                                  {},           row.int64(5), row.text(6)};
                implementationLevelFromName(row.text(4), &a.level);
                return a;
            }};
}

PlainTable<ActorGroup>::Shape groupShape()
{
    return {
        QStringLiteral("actor_groups"),
        {QStringLiteral("name"), QStringLiteral("color")},
        &StoreChange::actorGroups,
        [](Statement &st, const ActorGroup &group) { st.bind(2, group.name).bind(3, group.color); },
        [](const Statement &row) {
            return ActorGroup{row.int64(0), row.text(1), row.text(2), {}};
        }};
}

// Refuses a value that breaks a rule, naming what it is and the fields.
template <typename T>
void validate(const T &value, const QString &what)
{
    const QList<Validator::Problem> problems = Validator::check(value);
    if (!problems.isEmpty()) {
        throw Error(AgreementRows::tr("%1: %2 Nothing was changed.")
                        .arg(what, Validator::describe(problems).replace(u'\n', u' ')));
    }
}

} // namespace

AgreementRows::AgreementRows(Database &db, WriteBatch &batch, const EventRows &events,
                             SearchIndex &search)
    : m_db(db), m_batch(batch), m_events(events), m_search(search),
      m_agreements(db, batch, agreementShape()), m_provisions(db, batch, provisionShape()),
      m_links(db, batch, linkShape()), m_assessments(db, batch, assessmentShape()),
      m_groups(db, batch, groupShape())
{}

// --- agreements -----------------------------------------------------------------------------

std::optional<Agreement> AgreementRows::agreement(qint64 eventId) const
{
    return m_agreements.find(eventId);
}

QList<Agreement> AgreementRows::agreementsOfProcess(const QString &process) const
{
    return m_agreements.select(QStringLiteral("WHERE process = ?1 ORDER BY id"),
                               [&](Statement &st) { st.bind(1, process); });
}

qint64 AgreementRows::addAgreement(const Agreement &agreement)
{
    validate(agreement, tr("agreement"));
    requireEvent(agreement.id, tr("agreement"));
    if (agreement.endEventId != 0) {
        requireEvent(agreement.endEventId, tr("agreement"));
    }
    touchEvents({agreement.id});
    return m_agreements.insert(agreement, true); // the event's id
}

void AgreementRows::updateAgreement(const Agreement &agreement)
{
    validate(agreement, tr("agreement"));
    if (agreement.endEventId != 0) {
        requireEvent(agreement.endEventId, tr("agreement"));
    }
    touchEvents({agreement.id});
    m_agreements.update(agreement);
}

void AgreementRows::removeAgreement(qint64 eventId)
{
    touchEvents({eventId});
    m_agreements.remove(eventId);
}

// --- provisions -----------------------------------------------------------------------------

template <typename T>
QList<T> AgreementRows::withChildren(QList<T> rows) const
{
    const bool isProvision = std::is_same_v<T, Provision>;
    Statement &children = m_db.cached(
        isProvision ? QStringLiteral("SELECT actor_id FROM provision_parties WHERE provision_id "
                                     "= ?1 ORDER BY position")
                    : QStringLiteral("SELECT actor_id FROM actor_group_members WHERE group_id = "
                                     "?1 ORDER BY position"));
    for (T &row : rows) {
        QList<qint64> &ids = [&row]() -> QList<qint64> & {
            if constexpr (std::is_same_v<T, Provision>) {
                return row.partyIds;
            } else {
                return row.memberIds;
            }
        }();
        ids = children.bind(1, row.id).integers();
    }
    return rows;
}

std::optional<Provision> AgreementRows::provision(qint64 id) const
{
    const QList<Provision> found = withChildren(m_provisions.select(
        QStringLiteral("WHERE id = ?1"), [id](Statement &st) { st.bind(1, id); }));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Provision> AgreementRows::provisionByUid(const QString &uid) const
{
    const QList<Provision> found = withChildren(m_provisions.select(
        QStringLiteral("WHERE uid = ?1"), [&uid](Statement &st) { st.bind(1, uid); }));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<Provision> AgreementRows::provisionsOf(qint64 agreementId) const
{
    return withChildren(
        m_provisions.select(QStringLiteral("WHERE agreement_id = ?1 ORDER BY position"),
                            [agreementId](Statement &st) { st.bind(1, agreementId); }));
}

qint64 AgreementRows::addProvision(const Provision &provision, bool keepId)
{
    Provision row = provision;
    if (row.uid.isEmpty()) {
        row.uid = EventStore::newUid();
    }
    checkProvision(row);
    qint64 id = 0;
    reindexing({row.agreementId}, [&] {
        id = m_provisions.insert(row, keepId);
        row.id = id;
        writeParties(row);
    });
    touchEvents({row.agreementId});
    return id;
}

void AgreementRows::updateProvision(const Provision &provision)
{
    const std::optional<Provision> before = this->provision(provision.id);
    if (!before) {
        throw Error(tr("There is no provision %1 in this timeline. Nothing was changed.")
                        .arg(provision.id));
    }
    checkProvision(provision);
    const QList<qint64> agreements =
        QSet<qint64>{before->agreementId, provision.agreementId}.values();
    reindexing(agreements, [&] {
        m_provisions.update(provision);
        writeParties(provision);
    });
    touchEvents(agreements);
}

void AgreementRows::removeProvision(qint64 id)
{
    const std::optional<Provision> before = provision(id);
    if (!before) {
        return;
    }
    StoreChange cascade; // what goes with it, announced too
    for (const ProvisionLink &link : linksOfProvision(id)) {
        cascade.provisionLinks.removed.append(link.id);
        cascade.events.changed.append(link.eventId);
    }
    for (const LevelAssessment &assessment : assessmentsOf(id)) {
        cascade.assessments.removed.append(assessment.id);
    }
    cascade.provisions.changed =
        m_db.cached(QStringLiteral("SELECT id FROM provisions WHERE deadline_after_id = ?1"))
            .bind(1, id)
            .integers(); // their deadline loses what it followed
    reindexing({before->agreementId}, [&] { m_provisions.remove(id); });
    m_batch.record(cascade);
    touchEvents({before->agreementId});
}

void AgreementRows::writeParties(const Provision &provision)
{
    m_db.cached(QStringLiteral("DELETE FROM provision_parties WHERE provision_id = ?1"))
        .bind(1, provision.id)
        .run();
    Statement &insert = m_db.cached(QStringLiteral(
        "INSERT INTO provision_parties (provision_id, position, actor_id) VALUES (?1, ?2, ?3)"));
    for (qsizetype i = 0; i < provision.partyIds.size(); ++i) {
        insert.bind(1, provision.id).bind(2, qint64(i)).bind(3, provision.partyIds.at(i)).run();
    }
}

void AgreementRows::checkProvision(const Provision &provision) const
{
    const QString what = tr("provision “%1”").arg(provision.summary.left(80));
    validate(provision, what);
    requireEvent(provision.agreementId, what);
    const qint64 after = provision.deadline.afterProvisionId;
    if (after != 0) {
        const std::optional<Provision> other = this->provision(after);
        if (after == provision.id || !other || other->agreementId != provision.agreementId) {
            throw Error(tr("%1: its deadline follows provision %2, which is not another provision "
                           "of the same agreement. Nothing was changed.")
                            .arg(what)
                            .arg(after));
        }
    }
    const QList<Provision> taken = m_provisions.select(
        QStringLiteral("WHERE agreement_id = ?1 AND position = ?2 AND id IS NOT ?3"),
        [&](Statement &st) {
            st.bind(1, provision.agreementId).bind(2, provision.position).bind(3, provision.id);
        });
    if (!taken.isEmpty()) {
        throw Error(tr("%1: the agreement has provision “%2” at position %3 already. Nothing "
                       "was changed.")
                        .arg(what, taken.first().number)
                        .arg(provision.position));
    }
}

// --- links and assessments ------------------------------------------------------------------

std::optional<ProvisionLink> AgreementRows::link(qint64 id) const
{
    return m_links.find(id);
}

QList<ProvisionLink> AgreementRows::linksOfProvision(qint64 provisionId) const
{
    return m_links.select(QStringLiteral("WHERE provision_id = ?1 ORDER BY id"),
                          [provisionId](Statement &st) { st.bind(1, provisionId); });
}

QList<ProvisionLink> AgreementRows::linksOfEvent(qint64 eventId) const
{
    return m_links.select(QStringLiteral("WHERE event_id = ?1 ORDER BY id"),
                          [eventId](Statement &st) { st.bind(1, eventId); });
}

qint64 AgreementRows::addLink(const ProvisionLink &link, bool keepId)
{
    checkLink(link);
    const qint64 id = m_links.insert(link, keepId);
    touchEvents(agreementsOfProvisions({link.provisionId}) + QList<qint64>{link.eventId});
    return id;
}

void AgreementRows::updateLink(const ProvisionLink &link)
{
    const std::optional<ProvisionLink> before = m_links.find(link.id);
    checkLink(link);
    m_links.update(link);
    QList<qint64> events = agreementsOfProvisions({link.provisionId}) << link.eventId;
    if (before) {
        events += agreementsOfProvisions({before->provisionId}) << before->eventId;
    }
    touchEvents(events);
}

void AgreementRows::removeLink(qint64 id)
{
    const std::optional<ProvisionLink> before = m_links.find(id);
    if (!before) {
        return;
    }
    m_links.remove(id);
    touchEvents(agreementsOfProvisions({before->provisionId}) << before->eventId);
}

void AgreementRows::checkLink(const ProvisionLink &link) const
{
    validate(link, tr("provision link"));
    requireProvision(link.provisionId, tr("provision link"));
    requireEvent(link.eventId, tr("provision link"));
}

std::optional<LevelAssessment> AgreementRows::assessment(qint64 id) const
{
    return m_assessments.find(id);
}

QList<LevelAssessment> AgreementRows::assessmentsOf(qint64 provisionId) const
{
    return m_assessments.select(QStringLiteral("WHERE provision_id = ?1 ORDER BY date_key, id"),
                                [provisionId](Statement &st) { st.bind(1, provisionId); });
}

qint64 AgreementRows::addAssessment(const LevelAssessment &assessment, bool keepId)
{
    validate(assessment, tr("assessment"));
    requireProvision(assessment.provisionId, tr("assessment"));
    const qint64 id = m_assessments.insert(assessment, keepId);
    touchEvents(agreementsOfProvisions({assessment.provisionId}));
    return id;
}

void AgreementRows::updateAssessment(const LevelAssessment &assessment)
{
    validate(assessment, tr("assessment"));
    requireProvision(assessment.provisionId, tr("assessment"));
    m_assessments.update(assessment);
    touchEvents(agreementsOfProvisions({assessment.provisionId}));
}

void AgreementRows::removeAssessment(qint64 id)
{
    const std::optional<LevelAssessment> before = m_assessments.find(id);
    if (!before) {
        return;
    }
    m_assessments.remove(id);
    touchEvents(agreementsOfProvisions({before->provisionId}));
}

// --- groups ---------------------------------------------------------------------------------

QList<ActorGroup> AgreementRows::groups() const
{
    return withChildren(
        m_groups.select(QStringLiteral("ORDER BY name COLLATE NOCASE, id"), [](Statement &) {}));
}

std::optional<ActorGroup> AgreementRows::group(qint64 id) const
{
    const QList<ActorGroup> found = withChildren(
        m_groups.select(QStringLiteral("WHERE id = ?1"), [id](Statement &st) { st.bind(1, id); }));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

qint64 AgreementRows::addGroup(const ActorGroup &group, bool keepId)
{
    validate(group, tr("group “%1”").arg(group.name));
    ActorGroup row = group;
    row.id = m_groups.insert(group, keepId);
    writeMembers(row);
    return row.id;
}

void AgreementRows::updateGroup(const ActorGroup &group)
{
    validate(group, tr("group “%1”").arg(group.name));
    m_groups.update(group);
    writeMembers(group);
}

void AgreementRows::removeGroup(qint64 id)
{
    m_groups.remove(id);
}

QList<Provision> AgreementRows::provisionsWithParty(qint64 actorId) const
{
    return withChildren(m_provisions.select(
        QStringLiteral("WHERE id IN (SELECT provision_id FROM provision_parties WHERE actor_id = "
                       "?1) ORDER BY id"),
        [actorId](Statement &st) { st.bind(1, actorId); }));
}

QList<ProvisionLink> AgreementRows::linksCiting(qint64 sourceId) const
{
    return m_links.select(QStringLiteral("WHERE source_id = ?1 ORDER BY id"),
                          [sourceId](Statement &st) { st.bind(1, sourceId); });
}

QList<LevelAssessment> AgreementRows::assessmentsCiting(qint64 sourceId) const
{
    return m_assessments.select(QStringLiteral("WHERE source_id = ?1 ORDER BY id"),
                                [sourceId](Statement &st) { st.bind(1, sourceId); });
}

void AgreementRows::announceActorRemoval(qint64 actorId)
{
    StoreChange change;
    change.actorGroups.changed =
        m_db.cached(QStringLiteral("SELECT DISTINCT group_id FROM actor_group_members WHERE "
                                   "actor_id = ?1 ORDER BY 1"))
            .bind(1, actorId)
            .integers();
    for (const Provision &provision : provisionsWithParty(actorId)) {
        change.provisions.changed.append(provision.id);
    }
    if (!change.isEmpty()) {
        m_batch.record(change);
        touchEvents(agreementsOfProvisions(change.provisions.changed));
    }
}

void AgreementRows::announceSourceRemoval(qint64 sourceId)
{
    StoreChange change;
    QList<qint64> provisions;
    QList<qint64> events;
    for (const ProvisionLink &link : linksCiting(sourceId)) {
        change.provisionLinks.changed.append(link.id);
        provisions.append(link.provisionId);
        events.append(link.eventId);
    }
    for (const LevelAssessment &assessment : assessmentsCiting(sourceId)) {
        change.assessments.changed.append(assessment.id);
        provisions.append(assessment.provisionId);
    }
    if (!change.isEmpty()) {
        m_batch.record(change);
        touchEvents(agreementsOfProvisions(provisions) + events);
    }
}

void AgreementRows::writeMembers(const ActorGroup &group)
{
    m_db.cached(QStringLiteral("DELETE FROM actor_group_members WHERE group_id = ?1"))
        .bind(1, group.id)
        .run();
    Statement &insert = m_db.cached(QStringLiteral(
        "INSERT INTO actor_group_members (group_id, position, actor_id) VALUES (?1, ?2, ?3)"));
    for (qsizetype i = 0; i < group.memberIds.size(); ++i) {
        insert.bind(1, group.id).bind(2, qint64(i)).bind(3, group.memberIds.at(i)).run();
    }
}

// --- removal and undo -----------------------------------------------------------------------

AgreementRecords AgreementRows::recordsOf(const QList<qint64> &eventIds) const
{
    AgreementRecords records;
    if (eventIds.isEmpty()) {
        return records;
    }
    const QString ids = EventRows::idArray(eventIds);
    const auto bindIds = [&ids](Statement &st) { st.bind(1, ids); };
    records.agreements = m_agreements.select(
        QStringLiteral("WHERE id IN (SELECT value FROM json_each(?1)) OR end_event_id IN (SELECT "
                       "value FROM json_each(?1)) ORDER BY id"),
        bindIds);
    records.provisions = withChildren(m_provisions.select(
        QStringLiteral("WHERE agreement_id IN (SELECT value FROM json_each(?1)) ORDER BY id"),
        bindIds));
    const QString ofProvisions =
        QStringLiteral("provision_id IN (SELECT id FROM provisions WHERE agreement_id IN (SELECT "
                       "value FROM json_each(?1)))");
    records.links = m_links.select(
        QStringLiteral("WHERE event_id IN (SELECT value FROM json_each(?1)) OR %1 ORDER BY id")
            .arg(ofProvisions),
        bindIds);
    records.assessments =
        m_assessments.select(QStringLiteral("WHERE %1 ORDER BY id").arg(ofProvisions), bindIds);
    return records;
}

bool AgreementRows::hasAny() const
{
    return m_db.cached(
                   QStringLiteral("SELECT EXISTS (SELECT 1 FROM agreements) OR EXISTS (SELECT 1 "
                                  "FROM provisions) OR EXISTS (SELECT 1 FROM provision_links)"))
               .scalar() != 0;
}

void AgreementRows::restore(const AgreementRecords &records)
{
    for (const Agreement &agreement : records.agreements) {
        if (m_agreements.find(agreement.id)) {
            updateAgreement(agreement); // one the removal left without its end's event
        } else {
            addAgreement(agreement);
        }
    }
    // Their deadlines may follow one another in any order: each is put back without what it
    // follows, and then given it.
    for (Provision provision : records.provisions) {
        provision.deadline.afterProvisionId = 0;
        addProvision(provision, true);
    }
    for (const Provision &provision : records.provisions) {
        if (provision.deadline.afterProvisionId != 0) {
            updateProvision(provision);
        }
    }
    for (const ProvisionLink &link : records.links) {
        addLink(link, true);
    }
    for (const LevelAssessment &assessment : records.assessments) {
        addAssessment(assessment, true);
    }
}

// --- helpers --------------------------------------------------------------------------------

void AgreementRows::requireEvent(qint64 id, const QString &what) const
{
    if (!m_events.exists(id)) {
        throw Error(tr("%1: there is no event %2 in this timeline. Nothing was changed.")
                        .arg(what)
                        .arg(id));
    }
}

void AgreementRows::requireProvision(qint64 id, const QString &what) const
{
    if (!m_provisions.find(id)) {
        throw Error(tr("%1: there is no provision %2 in this timeline. Nothing was changed.")
                        .arg(what)
                        .arg(id));
    }
}

void AgreementRows::touchEvents(const QList<qint64> &eventIds)
{
    StoreChange change;
    for (const qint64 id : eventIds) {
        const std::optional<Event> event = m_events.byId(id);
        if (!event || change.events.changed.contains(id)) {
            continue;
        }
        change.events.changed.append(id);
        if (!event->isUndated()) {
            change.addSpan(event->earliestSecond(), event->latestSecond());
        }
    }
    m_batch.record(change);
}

template <typename F>
void AgreementRows::reindexing(const QList<qint64> &agreementIds, F &&change)
{
    m_search.forget(agreementIds);
    change();
    m_search.index(agreementIds);
}

QList<qint64> AgreementRows::agreementsOfProvisions(const QList<qint64> &provisionIds) const
{
    return m_db
        .cached(QStringLiteral("SELECT DISTINCT agreement_id FROM provisions WHERE id IN (SELECT "
                               "value FROM json_each(?1))"))
        .bind(1, EventRows::idArray(provisionIds))
        .integers();
}

} // namespace entente
