// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QApplication>
#include <QClipboard>
#include <QCursor>
#include <QMenu>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include "eventclipboard.h"
#include "eventstore.h"
#include "seedloader.h"
#include "testsupport.h"
#include "timelineeditor.h"
#include "timelinerenderer.h"
#include "timelineview.h"

#include <memory>

using namespace entente;

namespace {

// 105 days over the 1050 px of time in a 1200 px view: 10 px a day.
constexpr int ViewWidth = 1200;
constexpr int DaysInView = 105;

Event pointEvent(const QString &title, const PartialDate &date, qint64 actorId)
{
    Event event;
    event.title = title;
    event.start = date;
    event.actors = {EventActor{actorId, QStringLiteral("party")}};
    return event;
}

} // namespace

class TstTimelineEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void dragMovesADayEventByWholeDays();
    void dragMovesAMonthEventByMonths();
    void minuteEventMovesByMinutesOrWholeDays();
    void dragShowsTheEventWhereItWillLand();
    void resizeChangesOnlyTheEnd();
    void moveKeepsAPeriodsLength();
    void escapeCancelsADrag();
    void oneDragIsOneUndoStep();
    void dragOfASelectedEventMovesTheSelection();
    void clickWithoutMovementSelectsAndDoesNotWrite();
    void deleteTakesRelationsAlong();
    void ctrlDDuplicatesTheSelection();
    void insertAddsAnEventInTheLaneUnderTheCursor();
    void ctrlDoubleClickAddsAnEventInACategoryLane();
    void altDragCreatesARelation();
    void copyAndPasteBetweenTimelines();
    void pastedAgreementBringsItsProvisions();
    void readOnlyStoreCannotBeDragged();

private:
    std::unique_ptr<TimelineView> openView(EventStore *store);
    // The first 10 px a day window, from 1 January 2015.
    void showDays() { showRange(utc(2015, 1, 1), utc(2015, 1, 1) + DaysInView * 86400LL); }
    void showRange(qint64 from, qint64 to);
    QPoint centreOf(qint64 id);
    // Press at `from`, move there in a few steps, release.
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {});
    Event stored(qint64 id) const { return m_store->event(id).value_or(Event{}); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<TimelineView> m_view;
    qint64 m_alpha = 0, m_beta = 0;
    qint64 m_day = 0, m_month = 0, m_period = 0, m_target = 0, m_relation = 0;
};

void TstTimelineEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("t.entente")));
    m_store->batch([&] {
        m_alpha = m_store->addActor({0, QStringLiteral("Alpha"), QStringLiteral("A"),
                                     Actor::Type::State, 0, QStringLiteral("#aa0000")});
        m_beta = m_store->addActor({0, QStringLiteral("Beta"), QStringLiteral("B"),
                                    Actor::Type::State, 0, QStringLiteral("#0000aa")});
        const qint64 gamma =
            m_store->addActor({0, QStringLiteral("Gamma"), {}, Actor::Type::Organisation, 0, {}});
        m_day = m_store->addEvent(
            pointEvent(QStringLiteral("Day event"), PartialDate::day(2015, 2, 12), m_alpha));
        m_month = m_store->addEvent(
            pointEvent(QStringLiteral("Month event"), PartialDate::month(2015, 6, true), m_beta));
        Event period = pointEvent(QStringLiteral("Period"), PartialDate::day(2015, 2, 1), gamma);
        period.kind = Event::Kind::Period;
        period.end = PartialDate::day(2015, 2, 20);
        m_period = m_store->addEvent(period);
        m_target = m_store->addEvent(
            pointEvent(QStringLiteral("Target"), PartialDate::day(2015, 3, 20), m_beta));
        Relation relation;
        relation.fromEventId = m_day;
        relation.toEventId = m_target;
        relation.type = Relation::LedTo;
        m_relation = m_store->addRelation(relation);
    });
    m_undo = std::make_unique<QUndoStack>();
    m_view = openView(m_store.get());
}

std::unique_ptr<TimelineView> TstTimelineEditor::openView(EventStore *store)
{
    auto view = std::make_unique<TimelineView>();
    view->setFetchMode(TileCache::Mode::Immediate);
    view->setStore(store);
    view->editor()->setPush([undo = m_undo.get()](QUndoCommand *command) {
        undo->push(command);
        return true;
    });
    view->resize(ViewWidth, 600);
    view->show();
    view->activateWindow();
    if (!QTest::qWaitForWindowExposed(view.get())) {
        return nullptr;
    }
    return view;
}

void TstTimelineEditor::cleanup()
{
    m_view.reset();
    m_undo.reset();
    m_store.reset();
    m_dir.reset();
}

void TstTimelineEditor::showRange(qint64 from, qint64 to)
{
    m_view->setVisibleRange(from, to);
    QVERIFY(m_view->waitForData());
}

QPoint TstTimelineEditor::centreOf(qint64 id)
{
    m_view->waitForData();
    const QRectF rect = m_view->eventRect(id);
    return rect.isEmpty() ? QPoint() : rect.center().toPoint();
}

void TstTimelineEditor::drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers)
{
    QTest::mousePress(m_view.get(), Qt::LeftButton, modifiers, from);
    for (int step = 1; step <= 4; ++step) {
        QTest::mouseMove(m_view.get(), from + (to - from) * step / 4);
    }
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, modifiers, to);
}

// --- moving and resizing ---------------------------------------------------------------------

void TstTimelineEditor::dragMovesADayEventByWholeDays()
{
    showDays();
    QCOMPARE(m_view->scale().secondsPerPixel(), 8640.0); // 10 px a day
    const QPoint centre = centreOf(m_day);
    QVERIFY(!centre.isNull());
    // 52 px is 5.2 days: 5 whole days later, still a day, not approximate.
    drag(centre, centre + QPoint(52, 0));
    QCOMPARE(stored(m_day).start, PartialDate::day(2015, 2, 17));
    // And back 38 px (3.8 days): 4 days earlier.
    const QPoint moved = centreOf(m_day);
    drag(moved, moved - QPoint(38, 0));
    QCOMPARE(stored(m_day).start, PartialDate::day(2015, 2, 13));
    QCOMPARE(m_view->selectedEventId(), m_day); // the dragged event is selected
}

void TstTimelineEditor::dragMovesAMonthEventByMonths()
{
    showRange(utc(2015, 1, 1), utc(2016, 1, 1)); // a month is about 86 px
    const QPoint centre = centreOf(m_month);
    QVERIFY(!centre.isNull());
    drag(centre, centre + QPoint(200, 0));                              // 2.3 months
    QCOMPARE(stored(m_month).start, PartialDate::month(2015, 8, true)); // still "c. Aug 2015"
    drag(centreOf(m_month), centreOf(m_month) - QPoint(30, 0));         // a third of a month: stays
    QCOMPARE(stored(m_month).start, PartialDate::month(2015, 8, true));
    QCOMPARE(m_undo->count(), 1); // the drag that changed nothing wrote nothing
}

void TstTimelineEditor::minuteEventMovesByMinutesOrWholeDays()
{
    const qint64 call = m_store->addEvent(
        pointEvent(QStringLiteral("Call"), PartialDate::minute(2015, 2, 5, 10, 30), m_alpha));
    // 6 s a pixel: a minute is 10 px, so it moves by minutes.
    showRange(utc(2015, 2, 5, 10), utc(2015, 2, 5, 10) + 1050 * 6);
    drag(centreOf(call), centreOf(call) + QPoint(52, 0));
    QCOMPARE(stored(call).start, PartialDate::minute(2015, 2, 5, 10, 35));
    // At 10 px a day a minute cannot be aimed at: whole days, keeping the time of day.
    showDays();
    drag(centreOf(call), centreOf(call) + QPoint(52, 0));
    QCOMPARE(stored(call).start, PartialDate::minute(2015, 2, 10, 10, 35));
}

void TstTimelineEditor::dragShowsTheEventWhereItWillLand()
{
    showDays();
    const QPoint centre = centreOf(m_day);
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, centre);
    QTest::mouseMove(m_view.get(), centre + QPoint(30, 0));
    QTest::mouseMove(m_view.get(), centre + QPoint(61, 0)); // 6.1 days
    // Drawn six days (60 px) later while nothing is written yet.
    QCOMPARE(centreOf(m_day), centre + QPoint(60, 0));
    QCOMPARE(stored(m_day).start, PartialDate::day(2015, 2, 12));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, centre + QPoint(61, 0));
    QCOMPARE(stored(m_day).start, PartialDate::day(2015, 2, 18));
    QCOMPARE(centreOf(m_day), centre + QPoint(60, 0));
}

void TstTimelineEditor::resizeChangesOnlyTheEnd()
{
    showDays();
    const QRectF bar = m_view->eventRect(m_period);
    QVERIFY(!bar.isEmpty());
    const QPoint edge(int(bar.right()) - 1, int(bar.center().y()));
    QTest::mouseMove(m_view.get(), edge); // hovering over the end
    QCOMPARE(m_view->cursor().shape(), Qt::SizeHorCursor);
    drag(edge, edge + QPoint(31, 0)); // 3.1 days
    const Event period = stored(m_period);
    QCOMPARE(period.start, PartialDate::day(2015, 2, 1));
    QCOMPARE(period.end, PartialDate::day(2015, 2, 23));
    // The end never goes before the start: dragged far left, it stops at the start.
    const QRectF longer = m_view->eventRect(m_period);
    const QPoint end(int(longer.right()) - 1, int(longer.center().y()));
    drag(end, end - QPoint(400, 0));
    QCOMPARE(stored(m_period).start, PartialDate::day(2015, 2, 1));
    QVERIFY(stored(m_period).end >= PartialDate::day(2015, 2, 1));
}

void TstTimelineEditor::moveKeepsAPeriodsLength()
{
    showDays();
    const QRectF bar = m_view->eventRect(m_period);
    const QPoint middle(int(bar.left()) + 20, int(bar.center().y()));
    drag(middle, middle + QPoint(-29, 0)); // 2.9 days earlier
    QCOMPARE(stored(m_period).start, PartialDate::day(2015, 1, 29));
    QCOMPARE(stored(m_period).end, PartialDate::day(2015, 2, 17));
}

void TstTimelineEditor::escapeCancelsADrag()
{
    showDays();
    m_view->setSelectedEventId(m_target);
    const QPoint centre = centreOf(m_day);
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, centre);
    QTest::mouseMove(m_view.get(), centre + QPoint(40, 0));
    QTest::mouseMove(m_view.get(), centre + QPoint(80, 0));
    QCOMPARE(centreOf(m_day), centre + QPoint(80, 0));
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QCOMPARE(centreOf(m_day), centre); // back where it was at once
    QTest::mouseMove(m_view.get(), centre + QPoint(120, 0));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, centre + QPoint(120, 0));
    QCOMPARE(stored(m_day).start, PartialDate::day(2015, 2, 12));
    QCOMPARE(m_undo->count(), 0);
    QVERIFY(m_undo->isClean());
    QCOMPARE(m_view->selectedEventId(), m_target); // Esc ended the drag, not the selection
    QCOMPARE(centreOf(m_day), centre);
}

// Dragging one of several selected events moves all of them by the same stretch of time, each
// in its own precision's steps, as one undo step; an unselected event moves alone.
void TstTimelineEditor::dragOfASelectedEventMovesTheSelection()
{
    showDays();
    m_view->setSelection({m_day, m_target, m_period}, m_day);
    const QPoint centre = centreOf(m_day);
    drag(centre, centre + QPoint(52, 0)); // 5 days
    QCOMPARE(stored(m_day).start, PartialDate::day(2015, 2, 17));
    QCOMPARE(stored(m_target).start, PartialDate::day(2015, 3, 25));
    QCOMPARE(stored(m_period).start, PartialDate::day(2015, 2, 6));
    QCOMPARE(stored(m_period).end, PartialDate::day(2015, 2, 25));      // its length kept
    QCOMPARE(stored(m_month).start, PartialDate::month(2015, 6, true)); // not selected
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QCOMPARE(stored(m_day).start, PartialDate::day(2015, 2, 12));
    QCOMPARE(stored(m_target).start, PartialDate::day(2015, 3, 20));
    QCOMPARE(stored(m_period).start, PartialDate::day(2015, 2, 1));

    m_view->setSelection({m_target}, m_target);
    drag(centreOf(m_day), centreOf(m_day) + QPoint(52, 0)); // not in the selection: alone
    QCOMPARE(stored(m_day).start, PartialDate::day(2015, 2, 17));
    QCOMPARE(stored(m_target).start, PartialDate::day(2015, 3, 20));
}

void TstTimelineEditor::oneDragIsOneUndoStep()
{
    showDays();
    const QPoint centre = centreOf(m_day);
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, centre);
    for (int dx = 5; dx <= 100; dx += 5) {
        QTest::mouseMove(m_view.get(), centre + QPoint(dx, 0));
    }
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, centre + QPoint(100, 0));
    QCOMPARE(stored(m_day).start, PartialDate::day(2015, 2, 22));
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QCOMPARE(stored(m_day).start, PartialDate::day(2015, 2, 12));
    m_undo->redo();
    QCOMPARE(stored(m_day).start, PartialDate::day(2015, 2, 22));
}

void TstTimelineEditor::clickWithoutMovementSelectsAndDoesNotWrite()
{
    showDays();
    const QPoint centre = centreOf(m_day);
    const qint64 from = m_view->scale().visibleFrom();
    // A tremble short of the drag distance is still a click.
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, centre);
    QTest::mouseMove(m_view.get(), centre + QPoint(2, 1));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, centre + QPoint(2, 1));
    QCOMPARE(m_view->selectedEventId(), m_day);
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(stored(m_day).start, PartialDate::day(2015, 2, 12));
    QCOMPARE(m_view->scale().visibleFrom(), from); // and it did not pan either
}

// --- keys ------------------------------------------------------------------------------------

void TstTimelineEditor::deleteTakesRelationsAlong()
{
    showDays();
    m_view->setSelectedEventId(m_day);
    const Relation relation = *m_store->relation(m_relation);
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    QVERIFY(!m_store->event(m_day));
    QVERIFY(!m_store->relation(m_relation));
    QCOMPARE(m_view->selectedEventId(), 0);
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QCOMPARE(m_store->event(m_day)->title, QStringLiteral("Day event"));
    QCOMPARE(m_store->relation(m_relation), std::optional<Relation>(relation));
}

void TstTimelineEditor::ctrlDDuplicatesTheSelection()
{
    showDays();
    m_view->setSelection({m_day, m_target}, m_day);
    const qint64 before = m_store->eventCount();
    QTest::keyClick(m_view.get(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_store->eventCount(), before + 2);
    const QList<qint64> copies = m_view->selectedEventIds();
    QCOMPARE(copies.size(), 2);
    QVERIFY(!copies.contains(m_day) && !copies.contains(m_target));
    const Event copy = stored(m_view->selectedEventId());
    QCOMPARE(copy.title, QStringLiteral("Day event"));
    QCOMPARE(copy.start, stored(m_day).start);
    QCOMPARE(copy.actors, stored(m_day).actors);
    QVERIFY(copy.uid != stored(m_day).uid);
    // The relation between the two came along, between the copies.
    const QList<Relation> relations = m_store->relationsOf({copy.id});
    QCOMPARE(relations.size(), 1);
    QVERIFY(copies.contains(relations.first().toEventId));
    m_undo->undo();
    QCOMPARE(m_store->eventCount(), before);
}

void TstTimelineEditor::insertAddsAnEventInTheLaneUnderTheCursor()
{
    showDays();
    // The target's lane is Beta's; 33 days after 1 January, a day wide at this zoom.
    const int y = centreOf(m_target).y();
    const QPoint pos(TimelineRenderer::HeaderWidth + 33 * 10 + 5, y);
    QVERIFY(m_view->eventAtGlobal(m_view->mapToGlobal(pos)) == 0);
    QCursor::setPos(m_view->mapToGlobal(pos));
    QCOMPARE(m_view->mapFromGlobal(QCursor::pos()), pos);
    QTest::keyClick(m_view.get(), Qt::Key_Insert);
    QCOMPARE(m_undo->count(), 1);
    const Event added = stored(m_view->selectedEventId());
    QCOMPARE(added.title, QStringLiteral("New event"));
    QCOMPARE(added.start, PartialDate::day(2015, 2, 3));
    QCOMPARE(added.actors, (QList<EventActor>{{m_beta, QString()}}));
    // Zoomed out to decades, a new event is a year.
    showRange(utc(1990, 1, 1), utc(2040, 1, 1));
    QCursor::setPos(m_view->mapToGlobal(QPoint(TimelineRenderer::HeaderWidth + 525, 300)));
    m_view->editor()->insertEventAtCursor();
    QCOMPARE(stored(m_view->selectedEventId()).start.precision(), PartialDate::Precision::Year);
}

void TstTimelineEditor::ctrlDoubleClickAddsAnEventInACategoryLane()
{
    Event event = stored(m_target);
    event.category = QStringLiteral("diplomacy");
    m_store->updateEvent(event);
    m_view->setLaneMode(LaneModel::Mode::Category);
    showDays();
    const int y = centreOf(m_target).y();
    const QPoint pos(TimelineRenderer::HeaderWidth + 70 * 10 + 5, y); // 12 March
    QTest::mouseDClick(m_view.get(), Qt::LeftButton, Qt::ControlModifier, pos);
    const Event added = stored(m_view->selectedEventId());
    QCOMPARE(added.title, QStringLiteral("New event"));
    QCOMPARE(added.category, QStringLiteral("diplomacy"));
    QCOMPARE(added.start, PartialDate::day(2015, 3, 12));
    QVERIFY(added.actors.isEmpty());
}

// --- relations -------------------------------------------------------------------------------

void TstTimelineEditor::altDragCreatesARelation()
{
    showDays();
    const QPoint from = centreOf(m_period);
    const QPoint to = centreOf(m_target);
    QVERIFY(m_store->relationsOf({m_period}).isEmpty());
    // The kinds are the timeline's, with the labels it gives them.
    m_store->setRelationType({Relation::Related, QStringLiteral("linked with"), {}, 0});
    m_store->setRelationType(
        {QStringLiteral("escalated"), QStringLiteral("escalated into"), {}, 0});
    // The menu of kinds opens on release: "led to" is picked by keys.
    bool menuShown = false;
    QString opensAt;
    QStringList offered;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            return;
        }
        menuShown = true;
        for (const QAction *action : menu->actions()) {
            offered.append(action->text());
        }
        // A heading and a line, then the kinds: "related to" (where the menu opens), "led to", …
        opensAt = menu->activeAction() ? menu->activeAction()->text() : QString();
        menu->setActiveAction(menu->actions().at(3));
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::AltModifier, from);
    QTest::mouseMove(m_view.get(), (from + to) / 2);
    QTest::mouseMove(m_view.get(), to);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::AltModifier, to);
    QVERIFY(menuShown);
    QCOMPARE(opensAt, QStringLiteral("linked with"));
    QCOMPARE(offered.mid(2),
             (QStringList{QStringLiteral("linked with"), QStringLiteral("led to"),
                          QStringLiteral("response to"), QStringLiteral("violates"),
                          QStringLiteral("confirms"), QStringLiteral("escalated into")}));
    const QList<Relation> relations = m_store->relationsOf({m_period});
    QCOMPARE(relations.size(), 1);
    QCOMPARE(relations.first().fromEventId, m_period);
    QCOMPARE(relations.first().toEventId, m_target);
    QCOMPARE(relations.first().type, Relation::LedTo);
    QCOMPARE(stored(m_period).start, PartialDate::day(2015, 2, 1)); // not moved
    QCOMPARE(m_undo->count(), 1);
}

// --- clipboard -------------------------------------------------------------------------------

void TstTimelineEditor::copyAndPasteBetweenTimelines()
{
    showDays();
    Source source;
    source.outlet = QStringLiteral("Wire");
    source.title = QStringLiteral("Report");
    source.quote = QStringLiteral("It happened.");
    Event day = stored(m_day);
    day.sourceIds = {m_store->addSource(source)};
    m_store->updateEvent(day);
    // A relation of a type of this timeline's own, which the other lacks.
    const RelationType escalated{QStringLiteral("escalated"), QStringLiteral("escalated into"),
                                 QStringLiteral("#aa3300"), 0};
    m_store->setRelationType(escalated);
    Relation relation = *m_store->relation(m_relation);
    relation.type = escalated.name;
    m_store->updateRelation(relation);
    m_view->setSelection({m_day, m_target}, m_day);
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(
        QString::fromLatin1(EventClipboard::MimeType)));
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("Day event")));

    // Another timeline, which has Beta already (under another id) but not Alpha.
    EventStore other(m_dir->filePath(QStringLiteral("other.entente")));
    other.addActor({0, QStringLiteral("Zeta"), {}, Actor::Type::State, 0, {}});
    const qint64 beta = other.addActor({0, QStringLiteral("Beta"), {}, Actor::Type::State, 0, {}});
    // An event of its own: the store keeps the name of a category lane once it has had one
    // (category_lanes), even after its last event is gone, so an empty file would not compare.
    other.addEvent(pointEvent(QStringLiteral("Own"), PartialDate::year(2000), beta));
    std::unique_ptr<TimelineView> view = openView(&other);
    QVERIFY(view);
    const QStringList before = canonicalDump(other.database());
    QTest::keyClick(view.get(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(other.eventCount(), 3);
    QCOMPARE(view->selectedEventIds().size(), 2);
    const Event pasted = other.event(view->selectedEventId()).value();
    QCOMPARE(pasted.title, QStringLiteral("Day event"));
    QCOMPARE(pasted.start, PartialDate::day(2015, 2, 12));
    const Actor alpha = other.actor(pasted.actors.first().actorId).value();
    QCOMPARE(alpha.name, QStringLiteral("Alpha"));
    QCOMPARE(alpha.color, QStringLiteral("#aa0000"));
    QCOMPARE(pasted.sourceIds.size(), 1);
    QCOMPARE(other.source(pasted.sourceIds.first())->quote, QStringLiteral("It happened."));
    const QList<Relation> relations = other.relationsOf({pasted.id});
    QCOMPARE(relations.size(), 1);
    QCOMPARE(relations.first().type, escalated.name);
    QCOMPARE(other.relationTypes().constLast(),
             (RelationType{escalated.name, escalated.label, escalated.color, 1}));
    const Event target = other.event(relations.first().toEventId).value();
    QCOMPARE(target.actors.first().actorId, beta); // matched by name
    QCOMPARE(other.actors().size(), 3);
    // One undo step takes it all back.
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QCOMPARE(canonicalDump(other.database()), before);

    // Pasted into the timeline it came from: new events, the same actors and source.
    const qint64 sources = m_store->sources().size();
    QTest::keyClick(m_view.get(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_store->eventCount(), 6);
    QCOMPARE(m_store->sources().size(), sources);
    QCOMPARE(m_store->actors().size(), 3);
}

// Minsk II and the invasion, copied from the bundled timeline and pasted into another: the
// agreement keeps its stage and its points, and the invasion still violates point 1, citing
// the same words; one undo takes it all back.
void TstTimelineEditor::pastedAgreementBringsItsProvisions()
{
    EventStore bundled(m_dir->filePath(QStringLiteral("bundled.entente")));
    SeedLoader::loadBundled(bundled);
    const qint64 minsk = bundled.eventByUid(QStringLiteral("article-03-minsk-ii"))->id;
    const qint64 invasion =
        bundled.eventByUid(QStringLiteral("article-05-full-scale-invasion"))->id;
    std::unique_ptr<TimelineView> from = openView(&bundled);
    QVERIFY(from);
    from->setSelection({minsk, invasion}, minsk);
    QTest::keyClick(from.get(), Qt::Key_C, Qt::ControlModifier);

    EventStore other(m_dir->filePath(QStringLiteral("other.entente")));
    const qint64 own = other.addActor({0, QStringLiteral("Own"), {}, Actor::Type::State, 0, {}});
    other.addEvent(pointEvent(QStringLiteral("Own"), PartialDate::year(2000), own));
    std::unique_ptr<TimelineView> view = openView(&other);
    QVERIFY(view);
    const QStringList before = canonicalDump(other.database());
    QTest::keyClick(view.get(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(other.eventCount(), 3);
    qint64 pastedMinsk = 0, pastedInvasion = 0;
    for (qint64 id : view->selectedEventIds()) {
        (other.event(id)->title == bundled.event(minsk)->title ? pastedMinsk : pastedInvasion) = id;
    }
    QVERIFY(pastedMinsk != 0 && pastedInvasion != 0);
    QCOMPARE(other.agreement(pastedMinsk)->stage, bundled.agreement(minsk)->stage);
    const QList<Provision> provisions = other.provisionsOf(pastedMinsk);
    QCOMPARE(provisions.size(), bundled.provisionsOf(minsk).size());
    QCOMPARE(provisions.first().summary, bundled.provisionsOf(minsk).first().summary);
    const QList<ProvisionLink> links = other.linksOfProvision(provisions.first().id);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().eventId, pastedInvasion);
    QCOMPARE(links.first().type, ProvisionLink::Type::Violates);
    const ProvisionLink original =
        bundled.linksOfProvision(bundled.provisionsOf(minsk).first().id).first();
    QCOMPARE(other.source(links.first().sourceId)->quote, bundled.source(original.sourceId)->quote);
    m_undo->undo();
    QCOMPARE(canonicalDump(other.database()), before);
}

void TstTimelineEditor::readOnlyStoreCannotBeDragged()
{
    const QString path = m_store->path();
    m_view.reset();
    m_store.reset();
    m_store = std::make_unique<EventStore>(path, EventStore::Access::ReadOnly);
    QVERIFY(m_store->isReadOnly());
    m_view = openView(m_store.get());
    QVERIFY(m_view);
    showDays();
    const QRectF bar = m_view->eventRect(m_period);
    const QPoint edge(int(bar.right()) - 1, int(bar.center().y()));
    QTest::mouseMove(m_view.get(), edge);
    QVERIFY(m_view->cursor().shape() != Qt::SizeHorCursor);
    const QPoint centre = centreOf(m_day);
    drag(centre, centre + QPoint(50, 0));
    QCOMPARE(stored(m_day).start, PartialDate::day(2015, 2, 12));
    QCOMPARE(m_undo->count(), 0);
    m_view->setSelectedEventId(m_day);
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    QVERIFY(m_store->event(m_day));
}

QTEST_MAIN(TstTimelineEditor)
#include "tst_timelineeditor.moc"
