// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "actorfiltertree.h"
#include "checklist.h"
#include "filterpanel.h"
#include "partialdateedit.h"
#include "searchtimeline.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace entente;

Q_DECLARE_METATYPE(entente::EventCriteria)

namespace {

Actor actor(const QString &name, const QString &shortName, Actor::Type type)
{
    Actor actor;
    actor.name = name;
    actor.shortName = shortName;
    actor.type = type;
    return actor;
}

} // namespace

class TstFilterPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void peopleAreUnderTheirStateOrOrganisation();
    void tickingAnActorAsksForItsEvents();
    void tickingAStateLeavesItsPeopleAlone();
    void findFieldNarrowsTheTree();
    void tickingAValueAsksForIt_data();
    void tickingAValueAsksForIt();
    void typedDatesAskForTheirRange();
    void clearButtonDropsADate();
    void importanceAsksForAtLeast();
    void flagsAskForRelationsAndApproximateDates();
    void setCriteriaShowsThemWithoutEmitting();
    void countsAppearBesideTheActors();
    void clearAllKeepsTheSearch();
    void newTagsAndActorsAreListed();
    void tabGoesDownThePanel();

private:
    QTreeWidgetItem *actorItem(qint64 id) const;
    CheckList *list(const QString &name) const;
    // Ticks the row as a user does: the row made current, then Space.
    void tick(CheckList *list, const QString &text);
    void tick(QTreeWidgetItem *item);
    void typeDate(const QString &name, const QString &text);
    EventCriteria lastEmitted() const;

    std::unique_ptr<SearchTimeline> m_timeline;
    std::unique_ptr<FilterPanel> m_panel;
    std::unique_ptr<QSignalSpy> m_spy;
    qint64 m_ukraine = 0, m_nato = 0;
};

void TstFilterPanel::init()
{
    m_timeline = std::make_unique<SearchTimeline>();
    EventStore &store = m_timeline->store;
    m_ukraine = store.addActor(actor(u"Ukraine"_s, QString(), Actor::Type::State));
    m_nato = store.addActor(
        actor(u"North Atlantic Treaty Organization"_s, u"NATO"_s, Actor::Type::Organisation));
    Actor zelenskyy = *store.actor(m_timeline->zelenskyy);
    zelenskyy.affiliationId = m_ukraine;
    store.updateActor(zelenskyy);
    Actor rutte = *store.actor(m_timeline->rutte);
    rutte.affiliationId = m_nato;
    store.updateActor(rutte);

    m_panel = std::make_unique<FilterPanel>();
    m_panel->setStore(&store);
    m_panel->resize(280, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    // Tags and outlets are read on a thread (every event and source): listed when they come.
    QTRY_VERIFY(!list(u"outlets"_s)->findItems(u"Reuters"_s, Qt::MatchExactly).isEmpty());
    QVERIFY(!list(u"tags"_s)->findItems(u"ceasefire"_s, Qt::MatchExactly).isEmpty());
    m_spy = std::make_unique<QSignalSpy>(m_panel.get(), &FilterPanel::criteriaChanged);
}

void TstFilterPanel::cleanup()
{
    m_spy.reset();
    m_panel.reset();
    m_timeline.reset();
}

QTreeWidgetItem *TstFilterPanel::actorItem(qint64 id) const
{
    QTreeWidget *tree = m_panel->findChild<ActorFilterTree *>(u"actors"_s)->tree();
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toLongLong() == id) {
            return *it;
        }
    }
    return nullptr;
}

CheckList *TstFilterPanel::list(const QString &name) const
{
    return m_panel->findChild<CheckList *>(name);
}

void TstFilterPanel::tick(CheckList *list, const QString &text)
{
    const QList<QListWidgetItem *> found = list->findItems(text, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    list->setFocus();
    list->setCurrentItem(found.first());
    QTest::keyClick(list, Qt::Key_Space);
}

void TstFilterPanel::tick(QTreeWidgetItem *item)
{
    QVERIFY(item);
    item->treeWidget()->setFocus();
    item->treeWidget()->setCurrentItem(item);
    QTest::keyClick(item->treeWidget(), Qt::Key_Space);
}

void TstFilterPanel::typeDate(const QString &name, const QString &text)
{
    QLineEdit *field = m_panel->findChild<PartialDateEdit *>(name)->lineEdit();
    field->setFocus();
    QTest::keyClicks(field, text);
}

EventCriteria TstFilterPanel::lastEmitted() const
{
    return m_spy->isEmpty() ? EventCriteria() : m_spy->last().at(0).value<EventCriteria>();
}

void TstFilterPanel::peopleAreUnderTheirStateOrOrganisation()
{
    QTreeWidget *tree = m_panel->findChild<ActorFilterTree *>(u"actors"_s)->tree();
    QStringList topLevel;
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        topLevel.append(tree->topLevelItem(row)->text(0));
    }
    // By name: NATO sorts by its full name.
    QCOMPARE(topLevel, (QStringList{u"NATO"_s, u"Ukraine"_s, u"Vladimir Putin"_s}));
    QCOMPARE(actorItem(m_timeline->rutte)->parent(), actorItem(m_nato));
    QCOMPARE(actorItem(m_timeline->zelenskyy)->parent(), actorItem(m_ukraine));
    QVERIFY(actorItem(m_timeline->rutte)->isExpanded() || actorItem(m_nato)->isExpanded());
}

void TstFilterPanel::tickingAnActorAsksForItsEvents()
{
    tick(actorItem(m_timeline->rutte));
    QCOMPARE(m_spy->size(), 1);
    QCOMPARE(lastEmitted().actors, QList<qint64>{m_timeline->rutte});
    tick(actorItem(m_timeline->putin));
    QCOMPARE(lastEmitted().actors, (QList<qint64>{m_timeline->rutte, m_timeline->putin}));
    tick(actorItem(m_timeline->rutte));
    QCOMPARE(m_spy->size(), 3);
    QCOMPARE(lastEmitted().actors, QList<qint64>{m_timeline->putin});
    QCOMPARE(m_panel->criteria(), lastEmitted());
}

void TstFilterPanel::tickingAStateLeavesItsPeopleAlone()
{
    tick(actorItem(m_ukraine));
    QCOMPARE(lastEmitted().actors, QList<qint64>{m_ukraine});
    QCOMPARE(actorItem(m_ukraine)->checkState(0), Qt::Checked);
    QCOMPARE(actorItem(m_timeline->zelenskyy)->checkState(0), Qt::Unchecked);
    QVERIFY(m_panel->findChild<ActorFilterTree *>(u"actors"_s)
                ->tree()
                ->toolTip()
                .contains(u"does not tick its people"_s));
}

void TstFilterPanel::findFieldNarrowsTheTree()
{
    QLineEdit *find = m_panel->findChild<ActorFilterTree *>(u"actors"_s)->filterField();
    find->setFocus();
    QTest::keyClicks(find, u"rutt"_s);
    QVERIFY(!actorItem(m_timeline->rutte)->isHidden());
    QVERIFY(!actorItem(m_nato)->isHidden()); // the way to Rutte
    QVERIFY(actorItem(m_ukraine)->isHidden());
    QVERIFY(actorItem(m_timeline->putin)->isHidden());
    find->clear();
    QVERIFY(!actorItem(m_ukraine)->isHidden());
    QVERIFY(m_spy->isEmpty()); // finding filters nothing
}

void TstFilterPanel::tickingAValueAsksForIt_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("row");
    QTest::addColumn<EventCriteria>("expected");
    EventCriteria category;
    category.categories = {u"Agreement"_s};
    QTest::newRow("category") << u"categories"_s << u"Agreement"_s << category;
    EventCriteria uncategorized;
    uncategorized.categories = {QString()};
    QTest::newRow("uncategorized") << u"categories"_s << u"(uncategorized)"_s << uncategorized;
    EventCriteria tag;
    tag.tags = {u"minsk talks"_s};
    QTest::newRow("tag") << u"tags"_s << u"minsk talks"_s << tag;
    EventCriteria outlet;
    outlet.outlets = {u"TASS"_s};
    QTest::newRow("outlet") << u"outlets"_s << u"TASS"_s << outlet;
}

void TstFilterPanel::tickingAValueAsksForIt()
{
    QFETCH(QString, list);
    QFETCH(QString, row);
    QFETCH(EventCriteria, expected);
    tick(this->list(list), row);
    QCOMPARE(m_spy->size(), 1);
    QCOMPARE(lastEmitted(), expected);
    tick(this->list(list), row);
    QCOMPARE(m_spy->size(), 2);
    QCOMPARE(lastEmitted(), EventCriteria());
}

void TstFilterPanel::typedDatesAskForTheirRange()
{
    typeDate(u"from"_s, u"2015"_s);
    QVERIFY(m_spy->wait()); // after a pause in typing
    QCOMPARE(m_spy->size(), 1);
    QCOMPARE(lastEmitted().from.value_or(-1), utc(2015, 1, 1));
    typeDate(u"to"_s, u"Feb 2016"_s);
    QTest::keyClick(m_panel->findChild<PartialDateEdit *>(u"to"_s)->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_spy->size(), 2); // Return does not wait
    QCOMPARE(lastEmitted().from.value_or(-1), utc(2015, 1, 1));
    QCOMPARE(lastEmitted().to.value_or(-1), utc(2016, 2, 29, 23, 59, 59));
    QCOMPARE(lastEmitted().describe(QHash<qint64, Actor>()),
             QStringList{u"2015-01-01 to 2016-02-29 23:59"_s});
}

void TstFilterPanel::clearButtonDropsADate()
{
    auto *clear = m_panel->findChild<QToolButton *>(u"fromClear"_s);
    QVERIFY(!clear->isEnabled());
    typeDate(u"from"_s, u"14 Feb 2015"_s);
    QTest::keyClick(m_panel->findChild<PartialDateEdit *>(u"from"_s)->lineEdit(), Qt::Key_Return);
    QCOMPARE(lastEmitted().from.value_or(-1), utc(2015, 2, 14));
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(m_spy->size(), 2);
    QVERIFY(!lastEmitted().from);
    QVERIFY(m_panel->findChild<PartialDateEdit *>(u"from"_s)->text().isEmpty());
}

void TstFilterPanel::importanceAsksForAtLeast()
{
    auto *importance = m_panel->findChild<QSpinBox *>(u"importance"_s);
    QCOMPARE(importance->text(), u"Any"_s);
    importance->setFocus();
    QTest::keyClick(importance, Qt::Key_Up);
    QTest::keyClick(importance, Qt::Key_Up);
    QCOMPARE(m_spy->size(), 2);
    QCOMPARE(lastEmitted().minImportance, 3);
    QCOMPARE(importance->text(), u"3 or more"_s);
    QTest::keyClick(importance, Qt::Key_PageDown); // to the least
    QCOMPARE(lastEmitted(), EventCriteria());      // "Any" is no criterion
}

void TstFilterPanel::flagsAskForRelationsAndApproximateDates()
{
    auto *relations = m_panel->findChild<QCheckBox *>(u"hasRelations"_s);
    QTest::mouseClick(relations, Qt::LeftButton, {}, QPoint(6, relations->height() / 2));
    QCOMPARE(m_spy->size(), 1);
    QVERIFY(lastEmitted().hasRelations);
    auto *approximate = m_panel->findChild<QCheckBox *>(u"approximateOnly"_s);
    approximate->setFocus();
    QTest::keyClick(approximate, Qt::Key_Space);
    QCOMPARE(m_spy->size(), 2);
    EventCriteria expected;
    expected.hasRelations = true;
    expected.approximateOnly = true;
    QCOMPARE(lastEmitted(), expected);
}

void TstFilterPanel::setCriteriaShowsThemWithoutEmitting()
{
    EventCriteria criteria;
    criteria.query = u"Minsk"_s;
    criteria.actors = {m_timeline->putin, m_nato};
    criteria.categories = {u"Visit"_s};
    criteria.tags = {u"ceasefire"_s};
    criteria.from = utc(2015, 2, 1);
    criteria.to = utc(2015, 2, 28, 23, 59, 59);
    criteria.minImportance = 4;
    criteria.outlets = {u"Reuters"_s};
    criteria.hasRelations = true;
    criteria.approximateOnly = true;
    m_panel->setCriteria(criteria);
    QTest::qWait(400); // longer than the pause after typing: nothing is pending either
    QVERIFY(m_spy->isEmpty());
    QCOMPARE(m_panel->criteria(), criteria);
    QCOMPARE(actorItem(m_timeline->putin)->checkState(0), Qt::Checked);
    QCOMPARE(actorItem(m_nato)->checkState(0), Qt::Checked);
    QCOMPARE(actorItem(m_timeline->rutte)->checkState(0), Qt::Unchecked);
    QCOMPARE(list(u"categories"_s)->findItems(u"Visit"_s, Qt::MatchExactly).first()->checkState(),
             Qt::Checked);
    QCOMPARE(list(u"tags"_s)->checkedValues(), QStringList{u"ceasefire"_s});
    QCOMPARE(m_panel->findChild<PartialDateEdit *>(u"from"_s)->date(),
             PartialDate::day(2015, 2, 1));
    QCOMPARE(m_panel->findChild<PartialDateEdit *>(u"to"_s)->date(), PartialDate::day(2015, 2, 28));
    QCOMPARE(m_panel->findChild<QSpinBox *>(u"importance"_s)->value(), 4);
    QVERIFY(m_panel->findChild<QCheckBox *>(u"hasRelations"_s)->isChecked());
    QVERIFY(m_panel->findChild<QCheckBox *>(u"approximateOnly"_s)->isChecked());

    // The user's next change starts from them, the search text kept.
    tick(actorItem(m_nato));
    QCOMPARE(m_spy->size(), 1);
    criteria.actors = {m_timeline->putin};
    QCOMPARE(lastEmitted(), criteria);
}

void TstFilterPanel::countsAppearBesideTheActors()
{
    m_panel->setActorCounts({{m_timeline->putin, 3}, {m_nato, 0}, {0, 2}});
    QCOMPARE(actorItem(m_timeline->putin)->text(0), u"Vladimir Putin (3)"_s);
    QCOMPARE(actorItem(m_nato)->text(0), u"NATO (0)"_s);
    QCOMPARE(actorItem(m_timeline->rutte)->text(0), u"Mark Rutte (0)"_s);
    auto *without = m_panel->findChild<QLabel *>(u"withoutActors"_s);
    QVERIFY(without->isVisible());
    QCOMPARE(without->text(), u"2 events without actors"_s);
    QVERIFY(m_spy->isEmpty());
    m_panel->setActorCounts({});
    QCOMPARE(actorItem(m_timeline->putin)->text(0), u"Vladimir Putin"_s);
    QVERIFY(!without->isVisible());
}

void TstFilterPanel::clearAllKeepsTheSearch()
{
    EventCriteria criteria;
    criteria.query = u"Minsk"_s;
    criteria.tags = {u"ceasefire"_s};
    criteria.minImportance = 2;
    m_panel->setCriteria(criteria);
    QTest::mouseClick(m_panel->findChild<QPushButton *>(u"clearAll"_s), Qt::LeftButton);
    QCOMPARE(m_spy->size(), 1);
    EventCriteria searchOnly;
    searchOnly.query = u"Minsk"_s;
    QCOMPARE(lastEmitted(), searchOnly);
    QVERIFY(list(u"tags"_s)->checkedValues().isEmpty());
    QTest::mouseClick(m_panel->findChild<QPushButton *>(u"clearAll"_s), Qt::LeftButton);
    QCOMPARE(m_spy->size(), 1); // nothing left to clear
}

void TstFilterPanel::newTagsAndActorsAreListed()
{
    EventStore &store = m_timeline->store;
    const qint64 osce = store.addActor(actor(u"OSCE"_s, QString(), Actor::Type::Organisation));
    QVERIFY(actorItem(osce));
    store.addEvent(SearchTimeline::make(u"Monitors report"_s, PartialDate::day(2015, 3, 1),
                                        u"Report"_s, 2, {u"monitoring"_s}, {osce}, {}, QString()));
    QCOMPARE(list(u"tags"_s)->findItems(u"monitoring"_s, Qt::MatchExactly).size(), 1);
    QCOMPARE(list(u"categories"_s)->findItems(u"Report"_s, Qt::MatchExactly).size(), 1);
    store.addSource({0, u"Interfax"_s, u"Report"_s, QString(), PartialDate(), QString()});
    QTRY_COMPARE(list(u"outlets"_s)->findItems(u"Interfax"_s, Qt::MatchExactly).size(), 1);
    QVERIFY(m_spy->isEmpty());
}

void TstFilterPanel::tabGoesDownThePanel()
{
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_panel->findChild<ActorFilterTree *>(u"actors"_s)->filterField()->setFocus();
    QStringList visited;
    for (int step = 0; step < 11; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        const QString name = focus->objectName().isEmpty() ? focus->parentWidget()->objectName()
                                                           : focus->objectName();
        if (visited.isEmpty() || visited.last() != name) {
            visited.append(name);
        }
    }
    // The dates' clear buttons are disabled while there is no date to clear. From the last
    // field, Tab goes on (here: round to the first).
    QCOMPARE(visited, (QStringList{u"actors"_s, u"categories"_s, u"tags"_s, u"from"_s, u"to"_s,
                                   u"importance"_s, u"outlets"_s, u"hasRelations"_s,
                                   u"approximateOnly"_s, u"clearAll"_s, u"actors"_s}));
}

QTEST_MAIN(TstFilterPanel)
#include "tst_filterpanel.moc"
