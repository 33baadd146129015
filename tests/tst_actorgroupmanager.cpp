// SPDX-License-Identifier: GPL-3.0-or-later
// The actor groups manager (Data ▸ Actor Groups…), driven through its widgets as a user would:
// the Normandy format made of four actors picked by typing, its members reordered, renamed and
// deleted, each change one undo step that undo takes back exactly.
#include <QTest>

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

#include "actorgroupdialog.h"
#include "actorgroupmanager.h"
#include "editactions.h"
#include "eventstore.h"
#include "managertestsupport.h"
#include "namedialog.h"
#include "testsupport.h"

#include <memory>

using namespace entente;
using namespace Qt::StringLiterals;

class TstActorGroupManager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void makeTheNormandyFormatReorderAndUndo();
    void anActorIsAMemberOnce();
    void renameAndDeleteAGroup();

private:
    QStringList dump() { return canonicalDump(m_store->database()); }
    EventStore *store() const { return m_store.get(); }
    QUndoStack *undo() const { return m_editing->undoStack(); }
    // Types the actor's name in the picker and presses Enter.
    static void pick(ActorGroupDialog *dialog, const QString &name);
    static QStringList members(ActorGroupDialog *dialog);
    static void clickIn(QWidget *dialog, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<QMainWindow> m_window;
    EditActions *m_editing = nullptr;
    qint64 m_france = 0, m_germany = 0, m_russia = 0, m_ukraine = 0;
};

void TstActorGroupManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>(m_dir->filePath(u"t.entente"_s));
    m_ukraine = store()->addActor({0, u"Ukraine"_s, {}, Actor::Type::State, 0, {}});
    m_russia = store()->addActor({0, u"Russia"_s, {}, Actor::Type::State, 0, {}});
    m_france = store()->addActor({0, u"France"_s, {}, Actor::Type::State, 0, {}});
    m_germany = store()->addActor({0, u"Germany"_s, {}, Actor::Type::State, 0, {}});
    store()->addActor({0, u"Emmanuel Macron"_s, {}, Actor::Type::Person, m_france, {}});
    m_window = std::make_unique<QMainWindow>();
    m_editing = new EditActions(m_window.get(), new QMenu(m_window.get()));
    m_editing->setStore(store());
}

void TstActorGroupManager::cleanup()
{
    m_window.reset(); // the managers and the stack go first: they name the store
    m_store.reset();
}

void TstActorGroupManager::pick(ActorGroupDialog *dialog, const QString &name)
{
    QLineEdit *field = dialog->actorPicker()->lineEdit();
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, name);
    QTest::keyClick(field, Qt::Key_Return);
}

QStringList TstActorGroupManager::members(ActorGroupDialog *dialog)
{
    QStringList names;
    for (int row = 0; row < dialog->membersList()->count(); ++row) {
        names.append(dialog->membersList()->item(row)->text());
    }
    return names;
}

void TstActorGroupManager::clickIn(QWidget *dialog, const QString &text)
{
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == text) {
            QVERIFY2(button->isEnabled(), qPrintable(text));
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(u"no button "_s + text));
}

void TstActorGroupManager::makeTheNormandyFormatReorderAndUndo()
{
    const QStringList before = dump();
    ActorGroupManager manager(m_editing);
    manager.show();
    click(&manager, u"&Add…"_s);
    auto *dialog = openDialog<ActorGroupDialog>(&manager);
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled()); // no name yet
    QTest::keyClicks(dialog->nameField(), u"Normandy format"_s);
    for (const QString &name : {u"France"_s, u"Germany"_s, u"Russia"_s, u"Ukraine"_s}) {
        pick(dialog, name);
    }
    QVERIFY(dialog->isVisible()); // Enter in the picker adds; it does not close the dialog
    QCOMPARE(members(dialog), (QStringList{u"France"_s, u"Germany"_s, u"Russia"_s, u"Ukraine"_s}));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(store()->actorGroups().size(), 1);
    const ActorGroup made = store()->actorGroups().first();
    QCOMPARE(made.name, u"Normandy format"_s);
    QCOMPARE(made.memberIds, (QList<qint64>{m_france, m_germany, m_russia, m_ukraine}));
    QCOMPARE(manager.currentKey(), QVariant(made.id));
    QCOMPARE(row(&manager, made.id)->text(ActorGroupManager::Members),
             u"France, Germany, Russia, Ukraine"_s);
    const QStringList added = dump();

    // Ukraine up to the second place, in one step.
    click(&manager, u"&Edit…"_s);
    dialog = openDialog<ActorGroupDialog>(&manager);
    QVERIFY(dialog);
    dialog->membersList()->setCurrentRow(3);
    clickIn(dialog, u"&Up"_s);
    clickIn(dialog, u"&Up"_s);
    QCOMPARE(members(dialog), (QStringList{u"France"_s, u"Ukraine"_s, u"Germany"_s, u"Russia"_s}));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(store()->actorGroup(made.id)->memberIds,
             (QList<qint64>{m_france, m_ukraine, m_germany, m_russia}));
    QCOMPARE(row(&manager, made.id)->text(ActorGroupManager::Members),
             u"France, Ukraine, Germany, Russia"_s);
    QCOMPARE(undo()->count(), 2);

    undo()->undo();
    QCOMPARE(store()->actorGroup(made.id)->memberIds, made.memberIds);
    QCOMPARE(dump(), added);
    undo()->undo();
    QCOMPARE(manager.list()->topLevelItemCount(), 0);
    QCOMPARE(dump(), before);
    undo()->redo(); // the same group, with its id
    QCOMPARE(store()->actorGroup(made.id), std::optional<ActorGroup>(made));
}

void TstActorGroupManager::anActorIsAMemberOnce()
{
    ActorGroupManager manager(m_editing);
    manager.show();
    click(&manager, u"&Add…"_s);
    auto *dialog = openDialog<ActorGroupDialog>(&manager);
    QVERIFY(dialog);
    pick(dialog, u"Russia"_s);
    pick(dialog, u"russia"_s); // whatever its case
    pick(dialog, u"Ukraine"_s);
    QCOMPARE(members(dialog), (QStringList{u"Russia"_s, u"Ukraine"_s}));
    dialog->membersList()->setCurrentRow(0);
    clickIn(dialog, u"Re&move"_s);
    QCOMPARE(members(dialog), QStringList{u"Ukraine"_s});
    dialog->reject();
    QCOMPARE(undo()->count(), 0);
}

void TstActorGroupManager::renameAndDeleteAGroup()
{
    const qint64 id = store()->addActorGroup(
        {0, u"Normandy format"_s, {}, {m_france, m_germany, m_russia, m_ukraine}});
    const QStringList before = dump();
    ActorGroupManager manager(m_editing);
    manager.show();
    select(&manager, id);
    click(&manager, u"&Rename…"_s);
    auto *name = openDialog<NameDialog>(&manager);
    QVERIFY(name);
    name->field()->selectAll();
    QTest::keyClicks(name->field(), u"Normandy Four"_s);
    QTest::mouseClick(name->okButton(), Qt::LeftButton);
    QCOMPARE(store()->actorGroup(id)->name, u"Normandy Four"_s);
    QCOMPARE(row(&manager, id)->text(ActorGroupManager::Name), u"Normandy Four"_s);
    click(&manager, u"&Delete"_s);
    QVERIFY(store()->actorGroups().isEmpty());
    undo()->undo();
    QCOMPARE(store()->actorGroup(id)->name, u"Normandy Four"_s); // its id back
    undo()->undo();
    QCOMPARE(dump(), before);
}

QTEST_MAIN(TstActorGroupManager)
#include "tst_actorgroupmanager.moc"
