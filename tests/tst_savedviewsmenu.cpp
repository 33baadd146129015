// SPDX-License-Identifier: GPL-3.0-or-later
// View ▸ Saved Views, driven as a user does: saving the current view under a name, applying one,
// updating, renaming and deleting, each one step of the undo stack.
#include <QTest>

#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include "editactions.h"
#include "eventstore.h"
#include "namedialog.h"
#include "savedviewsmenu.h"

#include <memory>

using namespace entente;

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(entente::SavedView)

class TstSavedViewsMenu : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void saveCurrentViewAddsOneThroughTheUndoStack();
    void saveRefusesADuplicateName();
    void triggeringAnEntryAppliesTheStoredView();
    void followsTheStore();
    void updateRenameAndDeleteAreUndoable();
    void readOnlyTimelineOffersNoChanges();

private:
    QAction *action(QMenu *menu, const QString &text) const;
    QStringList entries() const;
    NameDialog *nameDialog() const;
    void saveAs(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<QMainWindow> m_window; // for the edit actions every change goes through
    EditActions *m_editing = nullptr;
    QUndoStack *m_stack = nullptr; // theirs
    std::unique_ptr<SavedViewsMenu> m_menu;
    SavedView m_current; // what the window shows
};

void TstSavedViewsMenu::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<EventStore>(m_dir->filePath(u"t.entente"_s));
    m_window = std::make_unique<QMainWindow>();
    m_editing = new EditActions(m_window.get(), m_window->menuBar()->addMenu(u"Edit"_s));
    m_editing->setStore(m_store.get());
    m_stack = m_editing->undoStack();
    m_current = SavedView();
    m_current.criteria.query = u"ceasefire"_s;
    m_current.visible = std::pair<qint64, qint64>(1409875200, 1424304000);
    m_current.lanes = u"category"_s;
    m_menu = std::make_unique<SavedViewsMenu>(m_editing, [this] { return m_current; });
    m_menu->setStore(m_store.get());
}

void TstSavedViewsMenu::cleanup()
{
    m_menu.reset();
    m_window.reset();
    m_store.reset();
}

// The action of `menu` (or of the submenu so named) with this text, "&" left out.
QAction *TstSavedViewsMenu::action(QMenu *menu, const QString &text) const
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(QRegularExpression(u"&(?!&)"_s)) == text) {
            return action;
        }
    }
    return nullptr;
}

// The saved views the menu offers to apply: between the two separators.
QStringList TstSavedViewsMenu::entries() const
{
    QStringList names;
    int separators = 0;
    for (QAction *action : m_menu->actions()) {
        if (action->isSeparator()) {
            ++separators;
        } else if (separators == 1 && action->isEnabled()) {
            names.append(action->text());
        }
    }
    return names;
}

NameDialog *TstSavedViewsMenu::nameDialog() const
{
    for (NameDialog *dialog : m_menu->findChildren<NameDialog *>()) {
        if (dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

void TstSavedViewsMenu::saveAs(const QString &name)
{
    QAction *save = action(m_menu.get(), u"Save Current View…"_s);
    QVERIFY(save && save->isEnabled());
    save->trigger();
    NameDialog *dialog = nameDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->field(), name);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
}

void TstSavedViewsMenu::saveCurrentViewAddsOneThroughTheUndoStack()
{
    QCOMPARE(entries(), QStringList());
    saveAs(u"Minsk & after"_s);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->text(0), u"Add Saved View “Minsk & after”"_s);
    const QList<SavedView> views = m_store->savedViews();
    QCOMPARE(views.size(), 1);
    SavedView expected = m_current;
    expected.id = views.first().id;
    expected.name = u"Minsk & after"_s;
    QCOMPARE(views.first(), expected);
    QCOMPARE(entries(), QStringList{u"Minsk && after"_s});
    m_stack->undo();
    QVERIFY(m_store->savedViews().isEmpty());
    QCOMPARE(entries(), QStringList());
}

void TstSavedViewsMenu::saveRefusesADuplicateName()
{
    saveAs(u"Minsk"_s);
    action(m_menu.get(), u"Save Current View…"_s)->trigger();
    NameDialog *dialog = nameDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->field(), u"MINSK"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->problemLabel()->text(),
             u"“Minsk” is the name of a saved view already: choose another."_s);
    dialog->field()->clear();
    QVERIFY(!dialog->okButton()->isEnabled()); // and no empty name either
    dialog->reject();
    QCOMPARE(m_store->savedViews().size(), 1);
    QCOMPARE(m_stack->count(), 1);
}

void TstSavedViewsMenu::triggeringAnEntryAppliesTheStoredView()
{
    SavedView minsk;
    minsk.name = u"Minsk"_s;
    minsk.criteria.tags = {u"talks"_s};
    minsk.lanes = u"actor"_s;
    minsk.id = m_store->addSavedView(minsk);
    QSignalSpy applied(m_menu.get(), &SavedViewsMenu::applyRequested);
    QAction *entry = action(m_menu.get(), u"Minsk"_s);
    QVERIFY(entry);
    entry->trigger();
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.first().first().value<SavedView>(), minsk);
    QCOMPARE(m_stack->count(), 0); // applying changes nothing in the file
}

void TstSavedViewsMenu::followsTheStore()
{
    SavedView view;
    view.name = u"b"_s;
    view.id = m_store->addSavedView(view);
    SavedView other;
    other.name = u"A"_s;
    m_store->addSavedView(other);
    QCOMPARE(entries(), (QStringList{u"A"_s, u"b"_s}));
    view.name = u"c"_s;
    m_store->updateSavedView(view);
    QCOMPARE(entries(), (QStringList{u"A"_s, u"c"_s}));
    m_store->removeSavedView(view.id);
    QCOMPARE(entries(), QStringList{u"A"_s});
    // Another timeline: its views.
    EventStore second(m_dir->filePath(u"second.entente"_s));
    m_menu->setStore(&second);
    QCOMPARE(entries(), QStringList());
    m_store->addSavedView(view);
    QCOMPARE(entries(), QStringList()); // the first one is no longer followed
}

void TstSavedViewsMenu::updateRenameAndDeleteAreUndoable()
{
    saveAs(u"Minsk"_s);
    const SavedView saved = m_store->savedViews().first();

    m_current.criteria.query = u"talks"_s;
    m_current.lanes = u"packed"_s;
    QMenu *update = action(m_menu.get(), u"Update to Current View"_s)->menu();
    QVERIFY(update && update->isEnabled());
    action(update, u"Minsk"_s)->trigger();
    QCOMPARE(m_store->savedView(saved.id)->criteria.query, u"talks"_s);
    QCOMPARE(m_store->savedView(saved.id)->lanes, u"packed"_s);
    QCOMPARE(m_stack->count(), 2);
    // The same again changes nothing: no step.
    action(action(m_menu.get(), u"Update to Current View"_s)->menu(), u"Minsk"_s)->trigger();
    QCOMPARE(m_stack->count(), 2);

    action(action(m_menu.get(), u"Rename View"_s)->menu(), u"Minsk"_s)->trigger();
    NameDialog *dialog = nameDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->name(), u"Minsk"_s);
    QVERIFY(dialog->okButton()->isEnabled()); // its own name is no clash
    dialog->field()->setText(u"Minsk I"_s);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(m_stack->text(2), u"Rename Saved View “Minsk” to “Minsk I”"_s);
    QCOMPARE(entries(), QStringList{u"Minsk I"_s});

    action(action(m_menu.get(), u"Delete View"_s)->menu(), u"Minsk I"_s)->trigger();
    QVERIFY(m_store->savedViews().isEmpty());
    QCOMPARE(m_stack->count(), 4);

    m_stack->undo();
    QCOMPARE(m_store->savedView(saved.id)->name, u"Minsk I"_s);
    m_stack->undo();
    QCOMPARE(m_store->savedView(saved.id)->name, u"Minsk"_s);
    m_stack->undo();
    QCOMPARE(m_store->savedView(saved.id), std::optional<SavedView>(saved));
    m_stack->redo();
    m_stack->redo();
    m_stack->redo();
    QVERIFY(m_store->savedViews().isEmpty());
}

void TstSavedViewsMenu::readOnlyTimelineOffersNoChanges()
{
    SavedView view;
    view.name = u"Minsk"_s;
    m_store->addSavedView(view);
    const QString path = m_store->path();
    m_menu->setStore(nullptr);
    m_store.reset();
    EventStore readOnly(path, EventStore::Access::ReadOnly);
    m_menu->setStore(&readOnly);
    QCOMPARE(entries(), QStringList{u"Minsk"_s}); // applying one changes nothing in the file
    QVERIFY(!action(m_menu.get(), u"Save Current View…"_s)->isEnabled());
    QVERIFY(!action(m_menu.get(), u"Delete View"_s)->menu()->isEnabled());
    m_menu->setStore(nullptr);
}

QTEST_MAIN(TstSavedViewsMenu)
#include "tst_savedviewsmenu.moc"
