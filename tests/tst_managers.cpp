// SPDX-License-Identifier: GPL-3.0-or-later
// The actor, category and era managers, driven through their widgets as a user would: each
// change is one undo step that undo takes back exactly, the managers follow the store, and a
// read-only file cannot be changed from them.
#include <QTest>

#include <QColorDialog>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

#include "actordialog.h"
#include "actormanager.h"
#include "categorycolours.h"
#include "categorycommand.h"
#include "categorymanager.h"
#include "colourpicker.h"
#include "editactions.h"
#include "editrowcommand.h"
#include "eradialog.h"
#include "eramanager.h"
#include "eventstore.h"
#include "frameassembler.h"
#include "lanearrangements.h"
#include "managertestsupport.h"
#include "namedialog.h"
#include "reassigndialog.h"
#include "testsupport.h"
#include "timelinecolours.h"
#include "timelineexporter.h"
#include "timelineview.h"

#include <memory>

using namespace entente;
using namespace Qt::StringLiterals;

class TstManagers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void actorsAreATreeWithTheirEventCounts();
    void addAnActor();
    void renamingAnActorShowsOnItsLane();
    void anActorCannotBelongToItsOwnPeople();
    void anActorsColourComesFromTheColourDialog();
    void removingAnActorReassignsItsEventsInOneStep();
    void removingAnActorTakesItOutOfItsEvents();
    void removingAnActorMovesItsPeopleUp();
    void addRenameAndRecolourACategory();
    void renamingACategoryToATakenNameIsRefused();
    void removingACategoryMovesItsEvents();
    void addEditAndRemoveAnEra();
    void anEraSaysWhatIsWrongWithItsDates();
    void anUndoElsewhereShowsInTheManagers();
    void aReadOnlyFileCannotBeEdited();

private:
    QStringList dump() { return canonicalDump(m_store->database()); }
    EventStore *store() const { return m_store.get(); }
    QUndoStack *undo() const { return m_editing->undoStack(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<QMainWindow> m_window;
    EditActions *m_editing = nullptr;
    qint64 m_russia = 0, m_ukraine = 0, m_nato = 0, m_rutte = 0;
    qint64 m_crimea = 0, m_minsk = 0, m_summit = 0;
};

void TstManagers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>(m_dir->filePath(u"t.entente"_s));
    m_russia = store()->addActor({0, u"Russia"_s, u"RU"_s, Actor::Type::State, 0, u"#b03a2e"_s});
    m_ukraine = store()->addActor({0, u"Ukraine"_s, u"UA"_s, Actor::Type::State, 0, {}});
    m_nato = store()->addActor({0, u"NATO"_s, {}, Actor::Type::Organisation, 0, {}});
    m_rutte = store()->addActor({0, u"Mark Rutte"_s, {}, Actor::Type::Person, m_nato, {}});
    const auto event = [&](const QString &title, const PartialDate &start,
                           const QList<EventActor> &actors, const QString &category) {
        Event e;
        e.title = title;
        e.start = start;
        e.actors = actors;
        e.category = category;
        return store()->addEvent(e);
    };
    m_crimea =
        event(u"Crimea"_s, PartialDate::month(2014, 3), {{m_russia, u"party"_s}}, u"military"_s);
    m_minsk = event(u"Minsk"_s, PartialDate::day(2014, 9, 5),
                    {{m_russia, u"party"_s}, {m_ukraine, u"party"_s}}, u"agreement"_s);
    m_summit = event(u"Summit"_s, PartialDate::year(2023), {{m_ukraine, u"guest"_s}, {m_rutte, {}}},
                     u"diplomacy"_s);
    store()->addEra({0, u"Minsk process"_s, PartialDate::day(2014, 9, 5),
                     PartialDate::month(2022, 2), u"#e0d8c0"_s});
    m_window = std::make_unique<QMainWindow>();
    m_editing = new EditActions(m_window.get(), new QMenu(m_window.get()));
    m_editing->setStore(store());
}

void TstManagers::cleanup()
{
    m_window.reset(); // the managers and the stack go first: they name the store
    m_store.reset();
}

void TstManagers::actorsAreATreeWithTheirEventCounts()
{
    ActorManager manager(m_editing);
    manager.show();
    QTreeWidget *list = manager.list();
    QCOMPARE(list->topLevelItemCount(), 3); // NATO, Russia, Ukraine; Rutte under NATO
    QTreeWidgetItem *nato = row(&manager, m_nato);
    QCOMPARE(nato->parent(), nullptr);
    QCOMPARE(nato->childCount(), 1);
    QCOMPARE(nato->child(0)->text(ActorManager::Name), u"Mark Rutte"_s);
    QCOMPARE(nato->text(ActorManager::Kind), u"Organisation"_s);
    QTreeWidgetItem *russia = row(&manager, m_russia);
    QCOMPARE(russia->text(ActorManager::ShortName), u"RU"_s);
    QCOMPARE(russia->text(ActorManager::Colour), u"#b03a2e"_s);
    QTRY_COMPARE(russia->text(ActorManager::Events), u"2"_s); // counted on a thread
    QCOMPARE(row(&manager, m_ukraine)->text(ActorManager::Colour), u"Automatic"_s);
}

void TstManagers::addAnActor()
{
    ActorManager manager(m_editing);
    manager.show();
    click(&manager, u"&Add…"_s);
    auto *dialog = openDialog<ActorDialog>(&manager);
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled()); // a name first
    QCOMPARE(dialog->problem(u"name"_s), u"An actor needs a name."_s);
    QTest::keyClicks(dialog->nameField(), u"Volodymyr Zelensky"_s);
    QTest::keyClicks(dialog->shortNameField(), u"Zelensky"_s);
    dialog->typeField()->setCurrentIndex(dialog->typeField()->findData(int(Actor::Type::Person)));
    dialog->parentField()->setCurrentIndex(dialog->parentField()->findData(m_ukraine));
    QTest::keyClicks(dialog->aliasesField(), u"Zelenskyy"_s);
    QTest::keyClick(dialog->aliasesField(), Qt::Key_Return);
    QTest::keyClicks(dialog->aliasesField(), u"Zelenskiy"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    QCOMPARE(undo()->count(), 1);
    const qint64 id = manager.currentKey().toLongLong();
    const std::optional<Actor> added = store()->actor(id);
    QVERIFY(added);
    QCOMPARE(added->name, u"Volodymyr Zelensky"_s);
    QCOMPARE(added->shortName, u"Zelensky"_s);
    QCOMPARE(added->type, Actor::Type::Person);
    QCOMPARE(added->affiliationId, m_ukraine);
    QCOMPARE(added->aliases, (QStringList{u"Zelenskyy"_s, u"Zelenskiy"_s}));
    QCOMPARE(row(&manager, id)->parent(), row(&manager, m_ukraine)); // under Ukraine
    undo()->undo();
    QVERIFY(!store()->actor(id));
    QVERIFY(!row(&manager, id));
}

void TstManagers::renamingAnActorShowsOnItsLane()
{
    TimelineView view;
    view.setStore(store());
    const auto laneLabel = [&] {
        return view.lanes().lanes().at(view.lanes().laneOfKey(m_ukraine)).label;
    };
    QCOMPARE(laneLabel(), u"UA"_s);
    ActorManager manager(m_editing);
    manager.show();
    select(&manager, m_ukraine);
    click(&manager, u"&Edit…"_s);
    auto *dialog = openDialog<ActorDialog>(&manager);
    QVERIFY(dialog);
    dialog->shortNameField()->clear();
    QTest::keyClicks(dialog->shortNameField(), u"Ukr."_s);
    dialog->nameField()->selectAll();
    QTest::keyClicks(dialog->nameField(), u"Ukraina"_s);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    QCOMPARE(store()->actor(m_ukraine)->name, u"Ukraina"_s);
    QCOMPARE(row(&manager, m_ukraine)->text(ActorManager::Name), u"Ukraina"_s);
    QCOMPARE(laneLabel(), u"Ukr."_s); // the lane header, without being told
    undo()->undo();
    QCOMPARE(laneLabel(), u"UA"_s);
    QCOMPARE(row(&manager, m_ukraine)->text(ActorManager::Name), u"Ukraine"_s);
}

void TstManagers::anActorCannotBelongToItsOwnPeople()
{
    ActorManager manager(m_editing);
    manager.show();
    select(&manager, m_nato);
    click(&manager, u"&Edit…"_s);
    auto *dialog = openDialog<ActorDialog>(&manager);
    QVERIFY(dialog);
    QComboBox *parent = dialog->parentField();
    QCOMPARE(parent->findData(m_nato), -1); // not itself
    parent->setCurrentIndex(parent->findData(m_rutte));
    QVERIFY(!dialog->okButton()->isEnabled());
    const QString problem = dialog->problem(u"affiliation"_s);
    QVERIFY2(problem.contains(u"loop"_s) && problem.contains(u"Mark Rutte → NATO"_s),
             qPrintable(problem));
    parent->setCurrentIndex(parent->findData(m_russia));
    QVERIFY(dialog->problem(u"affiliation"_s).isEmpty());
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(store()->actor(m_nato)->affiliationId, m_russia);
}

void TstManagers::anActorsColourComesFromTheColourDialog()
{
    ActorManager manager(m_editing);
    manager.show();
    select(&manager, m_ukraine);
    click(&manager, u"&Edit…"_s);
    auto *dialog = openDialog<ActorDialog>(&manager);
    QVERIFY(dialog);
    ColourPicker *picker = dialog->colourField();
    QCOMPARE(picker->colour(), QString()); // automatic
    QTest::mouseClick(picker->findChild<QPushButton *>(), Qt::LeftButton);
    auto *colours = openDialog<QColorDialog>(picker);
    QVERIFY(colours);
    colours->setCurrentColor(QColor(u"#ffd500"_s));
    colours->accept();
    QCOMPARE(picker->colour(), u"#ffd500"_s);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(store()->actor(m_ukraine)->color, u"#ffd500"_s);
    QCOMPARE(row(&manager, m_ukraine)->text(ActorManager::Colour), u"#ffd500"_s);
}

void TstManagers::removingAnActorReassignsItsEventsInOneStep()
{
    // Provisions that bind Ukraine bind Russia instead, in Ukraine's place, or just lose
    // Ukraine where Russia is bound already.
    const auto addProvision = [&](const QString &summary, const QList<qint64> &parties) {
        Provision provision;
        provision.agreementId = m_minsk;
        provision.number = summary.left(1);
        provision.position = int(store()->provisionsOf(m_minsk).size());
        provision.summary = summary;
        provision.partyIds = parties;
        return store()->addProvision(provision);
    };
    const qint64 ceasefire = addProvision(u"Ceasefire"_s, {m_ukraine, m_nato});
    const qint64 exchange = addProvision(u"Exchange"_s, {m_russia, m_ukraine});
    const QStringList before = dump();
    ActorManager manager(m_editing);
    manager.show();
    select(&manager, m_ukraine);
    click(&manager, u"&Delete…"_s);
    auto *dialog = openDialog<ReassignDialog>(&manager);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>()->text().contains(u"“Ukraine” is named in 2 events"_s));
    QVERIFY(dialog->moveButton()->isChecked());
    dialog->choices()->setCurrentIndex(dialog->choices()->findData(m_russia));
    dialog->accept();

    QVERIFY(!store()->actor(m_ukraine));
    QCOMPARE(undo()->count(), 1); // one step
    // Minsk had both: Russia once, with its own role; the summit's guest is now Russia.
    QCOMPARE(store()->event(m_minsk)->actors, (QList<EventActor>{{m_russia, u"party"_s}}));
    QCOMPARE(store()->event(m_summit)->actors,
             (QList<EventActor>{{m_russia, u"guest"_s}, {m_rutte, {}}}));
    QCOMPARE(store()->provision(ceasefire)->partyIds, (QList<qint64>{m_russia, m_nato}));
    QCOMPARE(store()->provision(exchange)->partyIds, QList<qint64>{m_russia});
    QTRY_COMPARE(row(&manager, m_russia)->text(ActorManager::Events), u"3"_s);
    const QStringList after = dump();
    undo()->undo();
    QCOMPARE(dump(), before);
    QTRY_COMPARE(row(&manager, m_ukraine)->text(ActorManager::Events), u"2"_s);
    undo()->redo();
    QCOMPARE(dump(), after);
}

void TstManagers::removingAnActorTakesItOutOfItsEvents()
{
    Provision ceasefire; // binds Ukraine too: the confirmation counts it, undo gives it back
    ceasefire.agreementId = m_minsk;
    ceasefire.number = u"1"_s;
    ceasefire.summary = u"Ceasefire"_s;
    ceasefire.partyIds = {m_ukraine, m_russia};
    ceasefire.id = store()->addProvision(ceasefire);
    const QStringList before = dump();
    ActorManager manager(m_editing);
    manager.show();
    select(&manager, m_ukraine);
    click(&manager, u"&Delete…"_s);
    auto *dialog = openDialog<ReassignDialog>(&manager);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>()->text().contains(u"Provisions that bind it: 1."_s));
    QTest::mouseClick(dialog->leaveButton(), Qt::LeftButton);
    QVERIFY(dialog->leaveButton()->isChecked());
    dialog->accept();
    QCOMPARE(store()->event(m_minsk)->actors, (QList<EventActor>{{m_russia, u"party"_s}}));
    QCOMPARE(store()->event(m_summit)->actors, (QList<EventActor>{{m_rutte, {}}}));
    QCOMPARE(store()->provision(ceasefire.id)->partyIds, QList<qint64>{m_russia});
    undo()->undo();
    QCOMPARE(dump(), before);
    QCOMPARE(store()->provision(ceasefire.id)->partyIds, (QList<qint64>{m_ukraine, m_russia}));
}

void TstManagers::removingAnActorMovesItsPeopleUp()
{
    store()->updateActor([&] {
        Actor nato = *store()->actor(m_nato);
        nato.affiliationId = m_russia; // for the test: so that Rutte has somewhere to go up to
        return nato;
    }());
    const QStringList before = dump();
    ActorManager manager(m_editing);
    manager.show();
    select(&manager, m_nato);
    click(&manager, u"&Delete…"_s); // no event names NATO: no question
    QVERIFY(!openDialog<ReassignDialog>(&manager));
    QVERIFY(!store()->actor(m_nato));
    QCOMPARE(store()->actor(m_rutte)->affiliationId, m_russia);
    QCOMPARE(undo()->count(), 1);
    undo()->undo();
    QCOMPARE(dump(), before);
    QCOMPARE(store()->actor(m_rutte)->affiliationId, m_nato);
}

void TstManagers::addRenameAndRecolourACategory()
{
    CategoryManager manager(m_editing);
    manager.show();
    QCOMPARE(manager.list()->topLevelItemCount(), 3);
    QCOMPARE(row(&manager, u"military"_s)->text(CategoryManager::Events), u"1"_s);

    click(&manager, u"&Add…"_s);
    auto *name = openDialog<NameDialog>(&manager);
    QVERIFY(name);
    QTest::keyClicks(name->field(), u"humanitarian"_s);
    QTest::mouseClick(name->okButton(), Qt::LeftButton);
    QVERIFY(row(&manager, u"humanitarian"_s));
    QCOMPARE(manager.currentKey(), QVariant(u"humanitarian"_s));
    // A new category takes a hue of the palette that none of the others shows.
    QStringList shown;
    QString added;
    for (const Category &category : store()->categories()) {
        if (category.name == u"humanitarian"_s) {
            added = CategoryColours::shown(category);
        } else {
            shown.append(CategoryColours::shown(category));
        }
    }
    QVERIFY(CategoryColours::palette().contains(added));
    QVERIFY2(!shown.contains(added), qPrintable(shown.join(u' ') + u" / "_s + added));

    select(&manager, u"military"_s);
    click(&manager, u"&Rename…"_s);
    name = openDialog<NameDialog>(&manager);
    QVERIFY(name);
    name->field()->selectAll();
    QTest::keyClicks(name->field(), u"armed conflict"_s);
    QTest::mouseClick(name->okButton(), Qt::LeftButton);
    QCOMPARE(store()->event(m_crimea)->category, u"armed conflict"_s);
    QVERIFY(!row(&manager, u"military"_s));

    // Recoloured: the timeline draws the category's events in that colour at once.
    select(&manager, u"armed conflict"_s);
    click(&manager, u"&Colour…"_s);
    auto *colours = openDialog<QColorDialog>(&manager);
    QVERIFY(colours);
    colours->setCurrentColor(QColor(u"#2a7d5f"_s));
    colours->accept();
    QCOMPARE(row(&manager, u"armed conflict"_s)->text(CategoryManager::Colour), u"#2a7d5f"_s);
    TimelineFrame frame;
    FrameAssembler assembler(frame);
    assembler.setStore(store(), TileCache::Mode::Immediate);
    assembler.reload(LaneArrangements());
    frame.colourBy = TimelineFrame::ColourBy::Category;
    QCOMPARE(TimelineColours(frame, TimelineExporter::palette(TimelineExporter::Theme::Light))
                 .ofEvent(0, *store()->event(m_crimea)),
             QColor(u"#2a7d5f"_s));
    QCOMPARE(undo()->count(), 3);
    click(&manager, u"A&utomatic Colour"_s);
    QCOMPARE(row(&manager, u"armed conflict"_s)->text(CategoryManager::Colour), u"Automatic"_s);
}

void TstManagers::renamingACategoryToATakenNameIsRefused()
{
    CategoryManager manager(m_editing);
    manager.show();
    select(&manager, u"military"_s);
    click(&manager, u"&Rename…"_s);
    auto *name = openDialog<NameDialog>(&manager);
    QVERIFY(name);
    name->field()->selectAll();
    QTest::keyClicks(name->field(), u"agreement"_s);
    QVERIFY(!name->okButton()->isEnabled());
    QVERIFY2(name->problemLabel()->text().contains(u"“agreement” is a category already"_s),
             qPrintable(name->problemLabel()->text()));
    QVERIFY(name->problemLabel()->isVisible());
    QTest::keyClick(name->field(), Qt::Key_Return); // Enter does not get round it
    QCOMPARE(store()->event(m_crimea)->category, u"military"_s);
    QCOMPARE(undo()->count(), 0);
}

void TstManagers::removingACategoryMovesItsEvents()
{
    const QStringList before = dump();
    CategoryManager manager(m_editing);
    manager.show();
    select(&manager, u"military"_s);
    click(&manager, u"&Delete…"_s);
    auto *dialog = openDialog<ReassignDialog>(&manager);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>()->text().contains(u"1 events use “military”"_s));
    dialog->choices()->setCurrentIndex(dialog->choices()->findData(u"diplomacy"_s));
    dialog->accept();
    QCOMPARE(store()->event(m_crimea)->category, u"diplomacy"_s);
    QVERIFY(!row(&manager, u"military"_s));
    QCOMPARE(row(&manager, u"diplomacy"_s)->text(CategoryManager::Events), u"2"_s);
    undo()->undo();
    QCOMPARE(dump(), before);

    // Or left without a category.
    select(&manager, u"military"_s);
    click(&manager, u"&Delete…"_s);
    dialog = openDialog<ReassignDialog>(&manager);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->leaveButton(), Qt::LeftButton);
    dialog->accept();
    QCOMPARE(store()->event(m_crimea)->category, QString());
}

void TstManagers::addEditAndRemoveAnEra()
{
    const QStringList before = dump();
    EraManager manager(m_editing);
    manager.show();
    QCOMPARE(manager.list()->topLevelItemCount(), 1);
    QCOMPARE(manager.list()->topLevelItem(0)->text(EraManager::Start), u"5 Sep 2014"_s);

    click(&manager, u"&Add…"_s);
    auto *dialog = openDialog<EraDialog>(&manager);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameField(), u"Full-scale war"_s);
    QTest::keyClicks(dialog->startField(), u"24 Feb 2022"_s);
    QTest::keyClicks(dialog->endField(), u"2025"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    const qint64 id = manager.currentKey().toLongLong();
    QCOMPARE(store()->era(id)->start, PartialDate::day(2022, 2, 24));
    QCOMPARE(store()->era(id)->end, PartialDate::year(2025));

    click(&manager, u"&Edit…"_s);
    dialog = openDialog<EraDialog>(&manager);
    QVERIFY(dialog);
    QCOMPARE(dialog->startField()->text(), u"24 Feb 2022"_s);
    dialog->endField()->selectAll();
    QTest::keyClicks(dialog->endField(), u"c. 2026"_s);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(store()->era(id)->end, PartialDate::year(2026, true));
    QCOMPARE(row(&manager, id)->text(EraManager::End), u"c. 2026"_s);

    click(&manager, u"&Delete"_s);
    QVERIFY(!store()->era(id));
    QVERIFY(!row(&manager, id));
    QCOMPARE(undo()->count(), 3);
    while (undo()->canUndo()) {
        undo()->undo();
    }
    QCOMPARE(dump(), before);
}

void TstManagers::anEraSaysWhatIsWrongWithItsDates()
{
    EraManager manager(m_editing);
    manager.show();
    click(&manager, u"&Add…"_s);
    auto *dialog = openDialog<EraDialog>(&manager);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameField(), u"Talks"_s);
    QTest::keyClicks(dialog->startField(), u"Spetember 2014"_s);
    QTest::keyClicks(dialog->endField(), u"2013"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->problem(u"start"_s).isEmpty());
    dialog->startField()->selectAll();
    QTest::keyClicks(dialog->startField(), u"Sep 2014"_s);
    QVERIFY(dialog->problem(u"start"_s).isEmpty());
    QVERIFY2(dialog->problem(u"end"_s).contains(u"before the start"_s),
             qPrintable(dialog->problem(u"end"_s)));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->endField()->selectAll();
    QTest::keyClicks(dialog->endField(), u"2015"_s);
    QVERIFY(dialog->okButton()->isEnabled());
}

void TstManagers::anUndoElsewhereShowsInTheManagers()
{
    ActorManager actors(m_editing);
    CategoryManager categories(m_editing);
    EraManager eras(m_editing);
    Actor ukraine = *store()->actor(m_ukraine);
    Actor renamed = ukraine;
    renamed.name = u"Ukraina"_s;
    m_editing->push(new EditRowCommand<Actor>(store(), ukraine, renamed));
    m_editing->push(CategoryCommand::rename(store(), u"military"_s, u"war"_s));
    QCOMPARE(row(&actors, m_ukraine)->text(ActorManager::Name), u"Ukraina"_s);
    QVERIFY(row(&categories, u"war"_s));
    undo()->undo();
    undo()->undo();
    QCOMPARE(row(&actors, m_ukraine)->text(ActorManager::Name), u"Ukraine"_s);
    QVERIFY(row(&categories, u"military"_s));
    QVERIFY(!row(&categories, u"war"_s));
    store()->removeEra(store()->eras().constFirst().id); // a write from outside the stack
    QCOMPARE(eras.list()->topLevelItemCount(), 0);
}

void TstManagers::aReadOnlyFileCannotBeEdited()
{
    const QString path = m_store->path();
    m_editing->setStore(nullptr);
    m_store = std::make_unique<EventStore>(path, EventStore::Access::ReadOnly);
    m_editing->setStore(store());
    ActorManager actors(m_editing);
    CategoryManager categories(m_editing);
    EraManager eras(m_editing);
    for (ManagerDialog *manager : QList<ManagerDialog *>{&actors, &categories, &eras}) {
        manager->show();
        manager->list()->setCurrentItem(manager->list()->topLevelItem(0));
        QVERIFY(manager->list()->topLevelItemCount() > 0); // still shown
        const QList<QPushButton *> buttons = manager->findChildren<QPushButton *>();
        int disabled = 0;
        for (QPushButton *button : buttons) {
            disabled += button->isEnabled() ? 0 : 1;
        }
        QCOMPARE(disabled, buttons.size() - 1); // all but Close
        bool noted = false;
        for (QLabel *label : manager->findChildren<QLabel *>()) {
            noted = noted || (label->isVisible() && label->text().contains(u"read-only"_s));
        }
        QVERIFY2(noted, qPrintable(manager->windowTitle()));
        // Activating a row does not open an editor either.
        emit manager->list()->itemActivated(manager->list()->topLevelItem(0), 0);
        QVERIFY(!openDialog<QDialog>(manager));
    }
}

QTEST_MAIN(TstManagers)
#include "tst_managers.moc"
