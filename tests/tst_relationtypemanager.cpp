// SPDX-License-Identifier: GPL-3.0-or-later
// The relation type manager, driven through its widgets as a user would: each change is one
// undo step that undo takes back exactly, the timeline's arrows take the labels and colours it
// gives, and a read-only file cannot be changed from it.
#include <QTest>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

#include "colourpicker.h"
#include "editactions.h"
#include "eventstore.h"
#include "frameassembler.h"
#include "lanearrangements.h"
#include "managertestsupport.h"
#include "namedialog.h"
#include "reassigndialog.h"
#include "relationtypecommand.h"
#include "relationtypedialog.h"
#include "relationtypemanager.h"
#include "testsupport.h"
#include "timelinerenderer.h"
#include "timelinetooltips.h"

#include <memory>

using namespace entente;
using namespace Qt::StringLiterals;

class TstRelationTypeManager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsTheTypesWithTheirRelations();
    void addAType();
    void aTakenNameIsRefused();
    void editLabelAndColourShowsOnTheArrows();
    void renameATypeAndItsRelationsFollow();
    void removingATypeChangesItsRelations();
    void removingATypeDeletesItsRelations();
    void anUndoElsewhereShowsInTheManager();
    void aReadOnlyFileCannotBeEdited();

private:
    QString toolTipOf(qint64 relation) const;
    QStringList dump() { return canonicalDump(m_store->database()); }
    EventStore *store() const { return m_store.get(); }
    QUndoStack *undo() const { return m_editing->undoStack(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<QMainWindow> m_window;
    EditActions *m_editing = nullptr;
    qint64 m_crimea = 0, m_minsk = 0, m_invasion = 0;
    qint64 m_ledTo = 0, m_violates = 0;
};

void TstRelationTypeManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>(m_dir->filePath(u"t.entente"_s));
    const auto event = [&](const QString &title, const PartialDate &start) {
        Event e;
        e.title = title;
        e.start = start;
        return store()->addEvent(e);
    };
    m_crimea = event(u"Crimea"_s, PartialDate::month(2014, 3));
    m_minsk = event(u"Minsk"_s, PartialDate::day(2014, 9, 5));
    m_invasion = event(u"Invasion"_s, PartialDate::day(2022, 2, 24));
    m_ledTo = store()->addRelation({0, m_crimea, m_minsk, Relation::LedTo, {}});
    m_violates = store()->addRelation({0, m_invasion, m_minsk, Relation::Violates, u"war"_s});
    store()->addRelation({0, m_minsk, m_invasion, Relation::LedTo, {}});
    m_window = std::make_unique<QMainWindow>();
    m_editing = new EditActions(m_window.get(), new QMenu(m_window.get()));
    m_editing->setStore(store());
}

void TstRelationTypeManager::cleanup()
{
    m_window.reset(); // the managers and the stack go first: they name the store
    m_store.reset();
}

// What the timeline says when the pointer is over the relation's arrow.
QString TstRelationTypeManager::toolTipOf(qint64 relation) const
{
    TimelineFrame frame;
    TimelineRenderer renderer;
    return TimelineToolTips(*store(), frame, renderer, QLocale::c())
        .forRelation(*store()->relation(relation));
}

void TstRelationTypeManager::listsTheTypesWithTheirRelations()
{
    RelationTypeManager manager(m_editing);
    manager.show();
    QCOMPARE(manager.list()->topLevelItemCount(), 5);
    QCOMPARE(manager.list()->topLevelItem(0)->text(RelationTypeManager::Name), Relation::LedTo);
    QCOMPARE(row(&manager, Relation::LedTo)->text(RelationTypeManager::Label), u"led to"_s);
    QCOMPARE(row(&manager, Relation::LedTo)->text(RelationTypeManager::Relations), u"2"_s);
    QCOMPARE(row(&manager, Relation::Violates)->text(RelationTypeManager::Relations), u"1"_s);
    QCOMPARE(row(&manager, Relation::Related)->text(RelationTypeManager::Relations), u"0"_s);
    QCOMPARE(row(&manager, Relation::Related)->text(RelationTypeManager::Colour), u"Automatic"_s);
}

void TstRelationTypeManager::addAType()
{
    RelationTypeManager manager(m_editing);
    manager.show();
    click(&manager, u"&Add…"_s);
    auto *dialog = openDialog<RelationTypeDialog>(&manager);
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled()); // no name yet
    QTest::keyClicks(dialog->nameField(), u"escalated"_s);
    QCOMPARE(dialog->labelField()->text(), u"escalated"_s); // the label starts as the name
    dialog->labelField()->selectAll();
    QTest::keyClicks(dialog->labelField(), u"escalated into"_s);
    dialog->colourField()->setColour(u"#aa3300"_s);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTreeWidgetItem *added = row(&manager, u"escalated"_s);
    QVERIFY(added);
    QCOMPARE(added->text(RelationTypeManager::Label), u"escalated into"_s);
    QCOMPARE(added->text(RelationTypeManager::Colour), u"#aa3300"_s);
    QCOMPARE(manager.currentKey(), QVariant(u"escalated"_s));
    QCOMPARE(undo()->count(), 1);
    // A relation can be of it now.
    store()->addRelation({0, m_crimea, m_invasion, u"escalated"_s, {}});
    QCOMPARE(row(&manager, u"escalated"_s)->text(RelationTypeManager::Relations), u"1"_s);
}

void TstRelationTypeManager::aTakenNameIsRefused()
{
    RelationTypeManager manager(m_editing);
    manager.show();
    click(&manager, u"&Add…"_s);
    auto *dialog = openDialog<RelationTypeDialog>(&manager);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameField(), u"violates"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->nameProblemLabel()->text().contains(u"“violates” is a relation type"_s),
             qPrintable(dialog->nameProblemLabel()->text()));
    dialog->reject();

    select(&manager, Relation::LedTo);
    click(&manager, u"&Rename…"_s);
    auto *name = openDialog<NameDialog>(&manager);
    QVERIFY(name);
    name->field()->selectAll();
    QTest::keyClicks(name->field(), u"confirms"_s);
    QVERIFY(!name->okButton()->isEnabled());
    QTest::keyClick(name->field(), Qt::Key_Return); // Enter does not get round it
    QCOMPARE(store()->relation(m_ledTo)->type, Relation::LedTo);
    QCOMPARE(undo()->count(), 0);
}

void TstRelationTypeManager::editLabelAndColourShowsOnTheArrows()
{
    RelationTypeManager manager(m_editing);
    manager.show();
    QVERIFY2(toolTipOf(m_violates).contains(u"<b>violates</b>"_s),
             qPrintable(toolTipOf(m_violates)));
    select(&manager, Relation::Violates);
    click(&manager, u"&Edit…"_s);
    auto *dialog = openDialog<RelationTypeDialog>(&manager);
    QVERIFY(dialog);
    QVERIFY(!dialog->nameField()->isEnabled()); // renamed with Rename…
    dialog->labelField()->selectAll();
    QTest::keyClicks(dialog->labelField(), u"breaks"_s);
    dialog->colourField()->setColour(u"#7b1fa2"_s);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(row(&manager, Relation::Violates)->text(RelationTypeManager::Label), u"breaks"_s);
    QCOMPARE(undo()->count(), 1);

    // The arrow's tooltip says the new label; the frame carries the colour its arrows take.
    QVERIFY2(toolTipOf(m_violates).contains(u"<b>breaks</b>"_s), qPrintable(toolTipOf(m_violates)));
    TimelineFrame frame;
    FrameAssembler assembler(frame);
    assembler.setStore(store(), TileCache::Mode::Immediate);
    assembler.reload(LaneArrangements());
    QCOMPARE(frame.relationTypeColours.value(Relation::Violates), u"#7b1fa2"_s);

    undo()->undo();
    QVERIFY2(toolTipOf(m_violates).contains(u"<b>violates</b>"_s),
             qPrintable(toolTipOf(m_violates)));
}

void TstRelationTypeManager::renameATypeAndItsRelationsFollow()
{
    const QStringList before = dump();
    RelationTypeManager manager(m_editing);
    manager.show();
    select(&manager, Relation::LedTo);
    click(&manager, u"&Rename…"_s);
    auto *name = openDialog<NameDialog>(&manager);
    QVERIFY(name);
    name->field()->selectAll();
    QTest::keyClicks(name->field(), u"caused"_s);
    QTest::mouseClick(name->okButton(), Qt::LeftButton);
    QCOMPARE(store()->relation(m_ledTo)->type, u"caused"_s);
    QVERIFY(!row(&manager, Relation::LedTo));
    QCOMPARE(row(&manager, u"caused"_s)->text(RelationTypeManager::Relations), u"2"_s);
    QCOMPARE(manager.currentKey(), QVariant(u"caused"_s));
    // Renamed, not relabelled: the timeline still says "led to".
    QVERIFY2(toolTipOf(m_ledTo).contains(u"<b>led to</b>"_s), qPrintable(toolTipOf(m_ledTo)));
    undo()->undo();
    QCOMPARE(dump(), before);
}

void TstRelationTypeManager::removingATypeChangesItsRelations()
{
    const QStringList before = dump();
    RelationTypeManager manager(m_editing);
    manager.show();
    select(&manager, Relation::LedTo);
    click(&manager, u"&Delete…"_s);
    auto *dialog = openDialog<ReassignDialog>(&manager);
    QVERIFY(dialog);
    const QString message = dialog->findChild<QLabel *>()->text();
    QVERIFY2(message.contains(u"2 relations are of the type “led to”"_s), qPrintable(message));
    QVERIFY(dialog->moveButton()->isChecked());
    QCOMPARE(dialog->choices()->count(), 4);
    dialog->choices()->setCurrentIndex(dialog->choices()->findData(Relation::Confirms));
    dialog->accept();
    QCOMPARE(store()->relation(m_ledTo)->type, Relation::Confirms);
    QVERIFY(!row(&manager, Relation::LedTo));
    QCOMPARE(row(&manager, Relation::Confirms)->text(RelationTypeManager::Relations), u"2"_s);
    QCOMPARE(undo()->count(), 1);
    undo()->undo();
    QCOMPARE(dump(), before);
    QVERIFY(row(&manager, Relation::LedTo));
}

void TstRelationTypeManager::removingATypeDeletesItsRelations()
{
    const QStringList before = dump();
    RelationTypeManager manager(m_editing);
    manager.show();
    select(&manager, Relation::LedTo);
    click(&manager, u"&Delete…"_s);
    auto *dialog = openDialog<ReassignDialog>(&manager);
    QVERIFY(dialog);
    // On its indicator: the button is wider than its short text, whose middle is not a hit.
    QTest::mouseClick(dialog->leaveButton(), Qt::LeftButton, {},
                      QPoint(4, dialog->leaveButton()->height() / 2));
    QVERIFY(dialog->leaveButton()->isChecked());
    dialog->accept();
    QVERIFY(!store()->relation(m_ledTo));
    QCOMPARE(store()->relations().size(), 1);
    undo()->undo();
    QCOMPARE(dump(), before); // with the ids they had
    undo()->redo();
    QCOMPARE(store()->relations().size(), 1);

    // A type no relation is of goes without a question.
    select(&manager, Relation::Related);
    click(&manager, u"&Delete…"_s);
    QVERIFY(!openDialog<ReassignDialog>(&manager));
    QVERIFY(!row(&manager, Relation::Related));
    QCOMPARE(undo()->count(), 2);
}

void TstRelationTypeManager::anUndoElsewhereShowsInTheManager()
{
    RelationTypeManager manager(m_editing);
    m_editing->push(RelationTypeCommand::rename(store(), Relation::Confirms, u"endorses"_s));
    QVERIFY(row(&manager, u"endorses"_s));
    undo()->undo();
    QVERIFY(row(&manager, Relation::Confirms));
    QVERIFY(!row(&manager, u"endorses"_s));
    store()->removeRelation(m_violates); // a write from outside the stack
    QCOMPARE(row(&manager, Relation::Violates)->text(RelationTypeManager::Relations), u"0"_s);
}

void TstRelationTypeManager::aReadOnlyFileCannotBeEdited()
{
    const QString path = m_store->path();
    m_editing->setStore(nullptr);
    m_store = std::make_unique<EventStore>(path, EventStore::Access::ReadOnly);
    m_editing->setStore(store());
    RelationTypeManager manager(m_editing);
    manager.show();
    manager.list()->setCurrentItem(manager.list()->topLevelItem(0));
    QCOMPARE(manager.list()->topLevelItemCount(), 5); // still shown
    const QList<QPushButton *> buttons = manager.findChildren<QPushButton *>();
    int disabled = 0;
    for (QPushButton *button : buttons) {
        disabled += button->isEnabled() ? 0 : 1;
    }
    QCOMPARE(disabled, buttons.size() - 1); // all but Close
    bool noted = false;
    for (QLabel *label : manager.findChildren<QLabel *>()) {
        noted = noted || (label->isVisible() && label->text().contains(u"read-only"_s));
    }
    QVERIFY(noted);
    emit manager.list()->itemActivated(manager.list()->topLevelItem(0), 0);
    QVERIFY(!openDialog<QDialog>(&manager));
}

QTEST_MAIN(TstRelationTypeManager)
#include "tst_relationtypemanager.moc"
