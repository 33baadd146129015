// SPDX-License-Identifier: GPL-3.0-or-later
// The roles manager (Data ▸ Roles…), driven through its widgets as a user would: a role added
// by typing, its seat set, each change one undo step that undo takes back exactly; a rename
// the events follow; Entente's own roles and the roles events give cannot be deleted, and the
// manager says why (how many events give it).
#include <QTest>

#include <QComboBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

#include "actorrolecommand.h"
#include "actorroledialog.h"
#include "colourpicker.h"
#include "editactions.h"
#include "eventstore.h"
#include "managertestsupport.h"
#include "namedialog.h"
#include "rolemanager.h"
#include "testsupport.h"

#include <memory>

using namespace entente;
using namespace Qt::StringLiterals;

class TstRoleManager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsTheRolesWithTheirSeatsAndUses();
    void addARoleByTypingSetItsSeatAndUndo();
    void renameARoleAndItsEventsFollow();
    void ownAndUsedRolesCannotBeDeleted();
    void anUnusedRoleIsDeletedAndUndoBringsItBack();
    void theStoreSaysHowManyEventsUseARole();

private:
    QStringList dump() { return canonicalDump(m_store->database()); }
    EventStore *store() const { return m_store.get(); }
    QUndoStack *undo() const { return m_editing->undoStack(); }
    std::optional<ActorRole> role(const QString &name) const;
    QPushButton *button(QWidget *manager, const QString &text) const;
    // Waits for the Events column, counted on a thread.
    void waitForCounts(RoleManager *manager);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<QMainWindow> m_window;
    EditActions *m_editing = nullptr;
    qint64 m_minsk = 0, m_normandy = 0;
};

void TstRoleManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>(m_dir->filePath(u"t.entente"_s));
    const qint64 belarus = store()->addActor({0, u"Belarus"_s, {}, Actor::Type::State, 0, {}});
    Event minsk;
    minsk.title = u"Minsk Protocol"_s;
    minsk.start = PartialDate::day(2014, 9, 5);
    minsk.actors = {{belarus, u"host"_s}};
    m_minsk = store()->addEvent(minsk);
    Event normandy = minsk;
    normandy.title = u"Minsk II"_s;
    normandy.start = PartialDate::day(2015, 2, 12);
    m_normandy = store()->addEvent(normandy);
    m_window = std::make_unique<QMainWindow>();
    m_editing = new EditActions(m_window.get(), new QMenu(m_window.get()));
    m_editing->setStore(store());
}

void TstRoleManager::cleanup()
{
    m_window.reset(); // the managers and the stack go first: they name the store
    m_store.reset();
}

std::optional<ActorRole> TstRoleManager::role(const QString &name) const
{
    for (const ActorRole &role : store()->actorRoles()) {
        if (role.name == name) {
            return role;
        }
    }
    return std::nullopt;
}

QPushButton *TstRoleManager::button(QWidget *manager, const QString &text) const
{
    for (QPushButton *button : manager->findChildren<QPushButton *>()) {
        if (button->text() == text) {
            return button;
        }
    }
    return nullptr;
}

void TstRoleManager::waitForCounts(RoleManager *manager)
{
    QTRY_COMPARE(row(manager, u"host"_s)->text(RoleManager::Events), u"2"_s);
}

void TstRoleManager::listsTheRolesWithTheirSeatsAndUses()
{
    RoleManager manager(m_editing);
    manager.show();
    QCOMPARE(manager.list()->topLevelItemCount(), 10); // the nine built-in ones, and "host"
    QCOMPARE(manager.list()->topLevelItem(0)->text(RoleManager::Name), u"party"_s);
    QTreeWidgetItem *demanded = row(&manager, u"demanded-seat"_s);
    QCOMPARE(demanded->text(RoleManager::Label), u"demanded a seat"_s);
    QCOMPARE(demanded->text(RoleManager::Seat), u"kept from the table"_s);
    QCOMPARE(row(&manager, u"party"_s)->text(RoleManager::Seat), u"at the table"_s);
    QCOMPARE(row(&manager, u"speaker"_s)->text(RoleManager::Seat), u"neither"_s);
    QCOMPARE(row(&manager, u"speaker"_s)->text(RoleManager::Colour), u"Automatic"_s);
    waitForCounts(&manager);
    QCOMPARE(row(&manager, u"party"_s)->text(RoleManager::Events), u"0"_s);
}

void TstRoleManager::addARoleByTypingSetItsSeatAndUndo()
{
    const QStringList before = dump();
    RoleManager manager(m_editing);
    manager.show();
    click(&manager, u"&Add…"_s);
    auto *dialog = openDialog<ActorRoleDialog>(&manager);
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled()); // no name yet
    QTest::keyClicks(dialog->nameField(), u"co-chair"_s);
    QCOMPARE(dialog->labelField()->text(), u"co-chair"_s); // the label starts as the name
    dialog->labelField()->selectAll();
    QTest::keyClicks(dialog->labelField(), u"co-chair of the talks"_s);
    dialog->colourField()->setColour(u"#336699"_s);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(role(u"co-chair"_s),
             std::optional<ActorRole>(ActorRole{u"co-chair"_s, u"co-chair of the talks"_s,
                                                u"#336699"_s, ActorRole::Seat::None}));
    QCOMPARE(manager.currentKey(), QVariant(u"co-chair"_s));
    QCOMPARE(row(&manager, u"co-chair"_s)->text(RoleManager::Colour), u"#336699"_s);
    const QStringList added = dump();

    // Its seat: at the table.
    click(&manager, u"&Edit…"_s);
    dialog = openDialog<ActorRoleDialog>(&manager);
    QVERIFY(dialog);
    QVERIFY(!dialog->nameField()->isEnabled()); // renamed with Rename…
    QComboBox *seat = dialog->seatField();
    QCOMPARE(seat->currentText(), u"neither"_s);
    seat->setFocus();
    QTest::keyClick(seat, Qt::Key_Home); // the first: at the table
    QCOMPARE(seat->currentText(), u"at the table"_s);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(role(u"co-chair"_s)->seat, ActorRole::Seat::AtTable);
    QCOMPARE(row(&manager, u"co-chair"_s)->text(RoleManager::Seat), u"at the table"_s);
    QCOMPARE(undo()->count(), 2);

    undo()->undo();
    QCOMPARE(role(u"co-chair"_s)->seat, ActorRole::Seat::None);
    QCOMPARE(row(&manager, u"co-chair"_s)->text(RoleManager::Seat), u"neither"_s);
    QCOMPARE(dump(), added);
    undo()->undo();
    QVERIFY(!row(&manager, u"co-chair"_s));
    QCOMPARE(dump(), before);
}

void TstRoleManager::renameARoleAndItsEventsFollow()
{
    const QStringList before = dump();
    RoleManager manager(m_editing);
    manager.show();
    select(&manager, u"party"_s);
    QVERIFY(!button(&manager, u"&Rename…"_s)->isEnabled()); // files and imports use the name
    select(&manager, u"host"_s);
    click(&manager, u"&Rename…"_s);
    auto *name = openDialog<NameDialog>(&manager);
    QVERIFY(name);
    name->field()->selectAll();
    QTest::keyClicks(name->field(), u"speaker"_s);
    QVERIFY(!name->okButton()->isEnabled()); // taken
    name->field()->selectAll();
    QTest::keyClicks(name->field(), u"hosted"_s);
    QTest::mouseClick(name->okButton(), Qt::LeftButton);
    QCOMPARE(store()->event(m_minsk)->actors.first().role, u"hosted"_s);
    QCOMPARE(store()->event(m_normandy)->actors.first().role, u"hosted"_s);
    QCOMPARE(manager.currentKey(), QVariant(u"hosted"_s));
    undo()->undo();
    QCOMPARE(store()->event(m_minsk)->actors.first().role, u"host"_s);
    QCOMPARE(dump(), before);
}

void TstRoleManager::ownAndUsedRolesCannotBeDeleted()
{
    RoleManager manager(m_editing);
    manager.show();
    waitForCounts(&manager);
    QPushButton *remove = button(&manager, u"&Delete"_s);
    select(&manager, u"excluded"_s);
    QVERIFY(!remove->isEnabled());
    QVERIFY2(remove->toolTip().contains(u"Entente's own roles"_s), qPrintable(remove->toolTip()));
    select(&manager, u"host"_s);
    QVERIFY(!remove->isEnabled());
    QVERIFY2(remove->toolTip().contains(u"2 events give the role “host”"_s),
             qPrintable(remove->toolTip()));
}

void TstRoleManager::anUnusedRoleIsDeletedAndUndoBringsItBack()
{
    store()->addActorRole({u"witness"_s, u"witness"_s, {}, ActorRole::Seat::AtTable});
    const QStringList before = dump();
    const QList<ActorRole> roles = store()->actorRoles();
    RoleManager manager(m_editing);
    manager.show();
    waitForCounts(&manager);
    select(&manager, u"witness"_s);
    QCOMPARE(row(&manager, u"witness"_s)->text(RoleManager::Events), u"0"_s);
    click(&manager, u"&Delete"_s);
    QVERIFY(!role(u"witness"_s));
    QVERIFY(!row(&manager, u"witness"_s));
    undo()->undo();
    QCOMPARE(dump(), before);
    QCOMPARE(store()->actorRoles(), roles);
    QVERIFY(row(&manager, u"witness"_s));
}

void TstRoleManager::theStoreSaysHowManyEventsUseARole()
{
    // A role given by an event since it was counted: the store refuses it, saying by how many.
    const QStringList before = dump();
    QSignalSpy failed(m_editing, &EditActions::failed);
    QVERIFY(!m_editing->push(ActorRoleCommand::remove(store(), *role(u"host"_s))));
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"“host” is used by 2 event"_s), qPrintable(message));
    QCOMPARE(undo()->count(), 0);
    QCOMPARE(dump(), before);
}

QTEST_MAIN(TstRoleManager)
#include "tst_rolemanager.moc"
