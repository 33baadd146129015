// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QWheelEvent>

#include "actorrolesedit.h"
#include "editactions.h"
#include "eventdetails.h"
#include "eventediting.h"
#include "eventeditor.h"
#include "eventeditordialog.h"
#include "eventstore.h"
#include "mainwindow.h"
#include "partialdateedit.h"
#include "relationsedit.h"
#include "seedloader.h"
#include "sourcesedit.h"
#include "testsupport.h"
#include "typetext.h"

#include <memory>

using namespace entente;

namespace {

const auto RutteUid = QStringLiteral("article-11-rutte-buitenhof");

// Replaces what a line edit holds by typing, as a user does.
void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    if (!text.isEmpty()) {
        QTest::keyClicks(field, text);
    }
}

template <typename T>
T *field(QWidget *editor, const QString &name)
{
    T *found = editor->findChild<T *>(name);
    if (!found) {
        qWarning("no field %s", qPrintable(name));
    }
    return found;
}

QLineEdit *dateText(QWidget *editor, const QString &name)
{
    return field<PartialDateEdit>(editor, name)->lineEdit();
}

QLabel *problemLabel(QWidget *editor, const QString &field)
{
    return editor->findChild<QLabel *>(field + QStringLiteral("Problem"));
}

// The combo or line edit in a row of the actors table.
QComboBox *actorBox(EventEditor *editor, int row)
{
    return qobject_cast<QComboBox *>(editor->actors()->table()->cellWidget(row, 0));
}

QComboBox *kindBox(EventEditor *editor, int row)
{
    return qobject_cast<QComboBox *>(editor->actors()->table()->cellWidget(row, 1));
}

QLineEdit *roleEdit(EventEditor *editor, int row)
{
    return qobject_cast<QComboBox *>(editor->actors()->table()->cellWidget(row, 2))->lineEdit();
}

// Adds an actor row and types the actor and the role.
void addActor(EventEditor *editor, const QString &actor, const QString &role)
{
    QTest::mouseClick(field<QPushButton>(editor, QStringLiteral("addActor")), Qt::LeftButton);
    const int row = editor->actors()->table()->rowCount() - 1;
    typeInto(actorBox(editor, row)->lineEdit(), actor);
    typeInto(roleEdit(editor, row), role);
}

void addSource(EventEditor *editor, const QString &outlet, const QString &url)
{
    QTest::mouseClick(field<QPushButton>(editor, QStringLiteral("newSource")), Qt::LeftButton);
    typeInto(editor->sources()->outletEdit(), outlet);
    typeInto(editor->sources()->urlEdit(), url);
}

} // namespace

class TstEventEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typingFillsTheDraft();
    void roleFieldOffersTheTimelinesRolesByTheirLabels();
    void precisionFollowsTheTextAndCoarsensIt();
    void citedSourceCorrectedIsEdited();
    void sourcePickedByPartOfItsTitleIsSaved();
    void wheelScrollsPastFieldsWithoutFocus();
    void problemsShowBesideTheirFields_data();
    void problemsShowBesideTheirFields();
    void newEventIsSavedAndUndone();
    void editWithNewActorAndSourceIsOneStep();
    void relationsAreAddedAndRemovedWithTheEvent();
    void detailsEditInPlace();
    void unchangedSaveAddsNoStep();
    void readOnlyFileCannotBeEdited();
    void dialogSizeIsRemembered();

private:
    std::unique_ptr<MainWindow>
    newWindow(EventStore::Access access = EventStore::Access::ReadWrite);
    qint64 eventId(const QString &uid) const;
    EventEditorDialog *openDialog(QAction *action);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store; // for the form on its own
    std::unique_ptr<MainWindow> m_window;
};

void TstEventEditor::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EntenteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_eventeditor"));
    isolateSettings();
}

void TstEventEditor::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("form.entente")));
    SeedLoader::loadBundled(*m_store);
}

void TstEventEditor::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_dir.reset();
    QSettings().clear();
}

std::unique_ptr<MainWindow> TstEventEditor::newWindow(EventStore::Access access)
{
    const QString path = m_dir->filePath(QStringLiteral("window.entente"));
    {
        EventStore seeded(path);
        if (seeded.eventCount() == 0) {
            SeedLoader::loadBundled(seeded);
        }
    }
    auto window = std::make_unique<MainWindow>(std::make_unique<EventStore>(path, access));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        return {};
    }
    return window;
}

qint64 TstEventEditor::eventId(const QString &uid) const
{
    EventStore *store = m_window ? m_window->store() : m_store.get();
    const std::optional<Event> event = store->eventByUid(uid);
    return event ? event->id : 0;
}

EventEditorDialog *TstEventEditor::openDialog(QAction *action)
{
    action->trigger();
    EventEditorDialog *dialog = m_window->eventEditing()->dialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog)) {
        return nullptr;
    }
    return dialog;
}

void TstEventEditor::typingFillsTheDraft()
{
    EventEditor editor;
    editor.setStore(m_store.get());
    editor.newEvent();
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    typeInto(field<QLineEdit>(&editor, QStringLiteral("title")), QStringLiteral("Talks in Riyadh"));
    auto *kind = field<QComboBox>(&editor, QStringLiteral("kind"));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down); // a period
    typeInto(dateText(&editor, QStringLiteral("start")), QStringLiteral("18 Feb 2025"));
    typeInto(dateText(&editor, QStringLiteral("end")), QStringLiteral("c. Mar 2025"));
    typeInto(field<QComboBox>(&editor, QStringLiteral("category"))->lineEdit(),
             QStringLiteral("Back channel"));
    auto *importance = field<QSpinBox>(&editor, QStringLiteral("importance"));
    importance->setFocus();
    QTest::keyClick(importance, Qt::Key_Up); // 3 → 4
    typeInto(field<QLineEdit>(&editor, QStringLiteral("location")), QStringLiteral("Riyadh"));
    typeInto(field<QLineEdit>(&editor, QStringLiteral("tags")),
             QStringLiteral("talks,  Saudi Arabia, ,talks"));
    addActor(&editor, QStringLiteral("rutte"), QStringLiteral("speaker")); // a short name
    addActor(&editor, QStringLiteral("Arab League"), QStringLiteral("host"));
    // A new actor's kind is asked for; a known one's is shown and not changed here.
    QComboBox *actorKind = kindBox(&editor, editor.actors()->table()->rowCount() - 1);
    QVERIFY(actorKind->isEnabled());
    actorKind->setCurrentIndex(actorKind->findData(int(Actor::Type::Organisation)));
    QVERIFY(!kindBox(&editor, 0)->isEnabled());
    addSource(&editor, QStringLiteral("Al Arabiya"), QStringLiteral("https://example.org/a"));
    typeInto(editor.sources()->publishedEdit(), QStringLiteral("19 Feb 2025"));
    typeInto(editor.sources()->quoteEdit(), QStringLiteral("They met."));

    QVERIFY(editor.isValid());
    const EventDraft draft = editor.draft();
    QCOMPARE(draft.event.id, 0);
    QCOMPARE(draft.event.title, QStringLiteral("Talks in Riyadh"));
    QCOMPARE(draft.event.kind, Event::Kind::Period);
    QCOMPARE(draft.event.start, PartialDate::day(2025, 2, 18));
    QCOMPARE(draft.event.end, PartialDate::month(2025, 3, true));
    QVERIFY(!draft.event.ongoing);
    QCOMPARE(draft.event.category, QStringLiteral("Back channel"));
    QCOMPARE(draft.event.importance, 4);
    QCOMPARE(draft.event.location, QStringLiteral("Riyadh"));
    QCOMPARE(draft.event.tags,
             (QStringList{QStringLiteral("talks"), QStringLiteral("Saudi Arabia")}));
    const qint64 rutte = m_store->eventByUid(RutteUid)->actors.first().actorId;
    QCOMPARE(m_store->actor(rutte)->shortName, QStringLiteral("Rutte"));
    QCOMPARE(draft.event.actors,
             (QList<EventActor>{{rutte, QStringLiteral("speaker")},
                                {EventDraft::placeholder(0), QStringLiteral("host")}}));
    QCOMPARE(draft.newActors.size(), 1);
    QCOMPARE(draft.newActors.first().name, QStringLiteral("Arab League"));
    QCOMPARE(draft.newActors.first().type, Actor::Type::Organisation);
    QCOMPARE(draft.event.sourceIds, QList<qint64>{EventDraft::placeholder(0)});
    QCOMPARE(draft.newSources.size(), 1);
    QCOMPARE(draft.newSources.first().outlet, QStringLiteral("Al Arabiya"));
    QCOMPARE(draft.newSources.first().url, QStringLiteral("https://example.org/a"));
    QCOMPARE(draft.newSources.first().published, PartialDate::day(2025, 2, 19));
    QCOMPARE(draft.newSources.first().quote, QStringLiteral("They met."));
    QVERIFY(draft.editedSources.isEmpty());
    QVERIFY(draft.relations && draft.relations->isEmpty());
}

void TstEventEditor::roleFieldOffersTheTimelinesRolesByTheirLabels()
{
    m_store->addActorRole({QStringLiteral("co-chair"),
                           QStringLiteral("co-chair of the talks"),
                           {},
                           ActorRole::Seat::AtTable});
    EventEditor editor;
    editor.setStore(m_store.get());
    editor.newEvent();
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    addActor(&editor, QStringLiteral("rutte"), QString());
    auto *roles = qobject_cast<QComboBox *>(editor.actors()->table()->cellWidget(0, 2));
    QVERIFY(roles);
    // Entente's own roles and the one the user added, each by its label.
    QVERIFY(roles->findText(QStringLiteral("demanded a seat")) >= 0);
    const int coChair = roles->findText(QStringLiteral("co-chair of the talks"));
    QVERIFY(coChair >= 0);
    roles->setFocus();
    roles->setCurrentIndex(coChair);
    addActor(&editor, QStringLiteral("Arab League"), QStringLiteral("Demanded a seat"));
    addActor(&editor, QStringLiteral("OSCE"), QStringLiteral("facilitator")); // a new role
    QStringList given;
    for (const EventActor &actor : editor.draft().event.actors) {
        given.append(actor.role);
    }
    QCOMPARE(given, (QStringList{QStringLiteral("co-chair"), QStringLiteral("demanded-seat"),
                                 QStringLiteral("facilitator")}));
}

void TstEventEditor::precisionFollowsTheTextAndCoarsensIt()
{
    PartialDateEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    typeInto(edit.lineEdit(), QStringLiteral("14 Feb 2022"));
    QCOMPARE(edit.precisionBox()->currentData().toInt(), int(PartialDate::Precision::Day));
    QVERIFY(!edit.approximateBox()->isChecked());
    // Coarser, by the selector: the text loses the day.
    edit.precisionBox()->setFocus();
    QTest::keyClick(edit.precisionBox(), Qt::Key_Up);
    QCOMPARE(edit.date(), PartialDate::month(2022, 2));
    QCOMPARE(edit.text(), QStringLiteral("Feb 2022"));
    // Never finer than typed: that would invent a day.
    QTest::keyClick(edit.precisionBox(), Qt::Key_Down);
    QCOMPARE(edit.date(), PartialDate::month(2022, 2));
    // "c." ticks the box.
    typeInto(edit.lineEdit(), QStringLiteral("c. 2014"));
    QVERIFY(edit.approximateBox()->isChecked());
    QCOMPARE(edit.date(), PartialDate::year(2014, true));
    QCOMPARE(edit.precisionBox()->currentData().toInt(), int(PartialDate::Precision::Year));
}

void TstEventEditor::citedSourceCorrectedIsEdited()
{
    EventEditor editor;
    editor.setStore(m_store.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    // Keyboard only: ↓ lists the timeline's sources, ↓ and Enter cite the first.
    QLineEdit *existing = editor.sources()->existingEdit();
    QAbstractItemView *popup = editor.sources()->completer()->popup();
    existing->setFocus();
    QTest::keyClick(existing, Qt::Key_Down);
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    const qint64 id = m_store->sources().first().id;
    QTest::keyClick(popup, Qt::Key_Return);
    // The same again, by its whole label and Cite: cited once.
    const QString label = editor.sources()->list()->item(0)->text();
    typeInto(existing, label);
    QTRY_VERIFY(popup->isVisible());
    popup->hide();
    QTest::mouseClick(field<QPushButton>(&editor, QStringLiteral("citeSource")), Qt::LeftButton);
    QCOMPARE(editor.sources()->list()->count(), 1);
    EventDraft draft = editor.draft();
    QCOMPARE(draft.event.sourceIds, QList<qint64>{id});
    QVERIFY(draft.editedSources.isEmpty());

    typeInto(editor.sources()->titleEdit(), QStringLiteral("Corrected title"));
    draft = editor.draft();
    QCOMPARE(draft.event.sourceIds, QList<qint64>{id});
    QCOMPARE(draft.editedSources.size(), 1);
    Source expected = *m_store->source(id);
    expected.title = QStringLiteral("Corrected title");
    QCOMPARE(draft.editedSources.first(), expected);
    QVERIFY(draft.newSources.isEmpty());
}

void TstEventEditor::sourcePickedByPartOfItsTitleIsSaved()
{
    m_window = newWindow();
    QVERIFY(m_window);
    EventStore *store = m_window->store();
    const qint64 rutte = eventId(RutteUid);
    const Source cited = *store->source(store->event(rutte)->sourceIds.first());
    Source other = cited;
    other.title = QStringLiteral("Переговоры в Эр-Рияде");
    other.id = store->addSource(other);
    m_window->selectEvent(rutte);
    EventEditorDialog *dialog = openDialog(m_window->eventEditing()->editEventAction());
    QVERIFY(dialog);
    SourcesEdit *sources = dialog->editor()->sources();
    sources->existingEdit()->setFocus();
    typeText(sources->existingEdit(), QStringLiteral("эр-рия")); // part of it, another case
    QAbstractItemView *popup = sources->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTRY_COMPARE(popup->model()->rowCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->eventEditing()->dialog());
    QCOMPARE(store->event(rutte)->sourceIds.last(), other.id);
}

void TstEventEditor::wheelScrollsPastFieldsWithoutFocus()
{
    EventEditor editor;
    editor.setStore(m_store.get());
    editor.resize(500, 300); // the form scrolls
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *kind = field<QComboBox>(&editor, QStringLiteral("kind"));
    const auto wheel = [](QWidget *target) {
        const QPointF at = QPointF(target->rect().center());
        QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &event);
    };
    field<QLineEdit>(&editor, QStringLiteral("title"))->setFocus();
    wheel(kind);
    QCOMPARE(kind->currentIndex(), 0); // still a moment
    // (A wheel event sent by a test is not passed on to the scroll area as the window
    // system's are; that the form scrolls is seen by hand.)
    kind->setFocus();
    wheel(kind);
    QCOMPARE(kind->currentIndex(), 1); // focused, the wheel chooses
}

void TstEventEditor::problemsShowBesideTheirFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("problemField");
    QTest::addColumn<QString>("message");

    QTest::newRow("title required") << "title"
                                    << ""
                                    << "title"
                                    << "An event needs a title.";
    QTest::newRow("end before start") << "end"
                                      << "2019"
                                      << "end"
                                      << "The end (2019) is before the start (2020).";
    QTest::newRow("bad url") << "url"
                             << "ftp://example.org/x"
                             << "url"
                             << "The address must be a web address starting with http:// or "
                                "https://.";
    QTest::newRow("unparsable start") << "start"
                                      << "14 Febtember 2022"
                                      << "start"
                                      << "No month is called “Febtember”: write a date as "
                                         "14 Feb 2022.";
    QTest::newRow("unparsable published") << "published"
                                          << "2022-13"
                                          << "published"
                                          << "Month 13 is not between 01 and 12.";
}

void TstEventEditor::problemsShowBesideTheirFields()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, problemField);
    QFETCH(QString, message);

    EventEditorDialog dialog(m_store.get());
    dialog.newEvent();
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    EventEditor *editor = dialog.editor();
    // A valid period with a source first: Save is on and no problem is shown.
    typeInto(::field<QLineEdit>(editor, QStringLiteral("title")), QStringLiteral("Talks"));
    auto *kind = ::field<QComboBox>(editor, QStringLiteral("kind"));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    typeInto(dateText(editor, QStringLiteral("start")), QStringLiteral("2020"));
    typeInto(dateText(editor, QStringLiteral("end")), QStringLiteral("2021"));
    addSource(editor, QStringLiteral("Reuters"), QStringLiteral("https://example.org"));
    QVERIFY(dialog.saveButton()->isEnabled());
    QVERIFY(problemLabel(editor, problemField)->isHidden());

    QWidget *target = field == u"url"         ? editor->sources()->urlEdit()
                      : field == u"published" ? editor->sources()->publishedEdit()
                      : field == u"title"     ? ::field<QLineEdit>(editor, field)
                                              : static_cast<QWidget *>(dateText(editor, field));
    typeInto(target, typed);

    QLabel *label = problemLabel(editor, problemField);
    QVERIFY(label);
    QVERIFY(!label->isHidden());
    QCOMPARE(label->text(), message);
    QCOMPARE(label->buddy(), target); // the message belongs to the field
    QVERIFY(target->property("problem").toBool());
    QVERIFY(!dialog.saveButton()->isEnabled());
    // Put right, the message goes and Save comes back.
    QTest::keyClick(target, Qt::Key_Z, Qt::ControlModifier);
    if (field == u"title") {
        QTest::keyClicks(target, QStringLiteral("Talks"));
    }
    QVERIFY(label->isHidden());
    QVERIFY(dialog.saveButton()->isEnabled());
}

void TstEventEditor::newEventIsSavedAndUndone()
{
    m_window = newWindow();
    QVERIFY(m_window);
    EventStore *store = m_window->store();
    const qint64 before = store->eventCount();
    EventEditorDialog *dialog = openDialog(m_window->eventEditing()->newEventAction());
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("New Event"));
    QVERIFY(!dialog->saveButton()->isEnabled()); // no title yet
    typeInto(field<QLineEdit>(dialog->editor(), QStringLiteral("title")),
             QStringLiteral("Jeddah talks"));
    typeInto(dateText(dialog->editor(), QStringLiteral("start")), QStringLiteral("11 Mar 2025"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

    QTRY_VERIFY(!m_window->eventEditing()->dialog());
    QCOMPARE(store->eventCount(), before + 1);
    const qint64 id = m_window->details()->eventId(); // the new event is selected
    const std::optional<Event> added = store->event(id);
    QVERIFY(added);
    QCOMPARE(added->title, QStringLiteral("Jeddah talks"));
    QCOMPARE(added->start, PartialDate::day(2025, 3, 11));
    QUndoStack *undo = m_window->editing()->undoStack();
    QCOMPARE(undo->count(), 1);

    undo->undo();
    QVERIFY(!store->event(id));
    QCOMPARE(store->eventCount(), before);
    undo->redo();
    QCOMPARE(store->event(id), added); // the same id and uid
}

void TstEventEditor::editWithNewActorAndSourceIsOneStep()
{
    m_window = newWindow();
    QVERIFY(m_window);
    EventStore *store = m_window->store();
    const qint64 rutte = eventId(RutteUid);
    m_window->selectEvent(rutte);
    const QStringList dumpBefore = canonicalDump(store->database());
    const qsizetype actors = store->actors().size(), sources = store->sources().size();

    EventEditorDialog *dialog = openDialog(m_window->eventEditing()->editEventAction());
    QVERIFY(dialog);
    QCOMPARE(dialog->editor()->eventId(), rutte);
    addActor(dialog->editor(), QStringLiteral("Dutch parliament"), QStringLiteral("audience"));
    addSource(dialog->editor(), QStringLiteral("NOS"), QStringLiteral("https://nos.nl/x"));
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->eventEditing()->dialog());

    QCOMPARE(store->actors().size(), actors + 1);
    QCOMPARE(store->sources().size(), sources + 1);
    const Event edited = *store->event(rutte);
    QCOMPARE(store->actor(edited.actors.last().actorId)->name, QStringLiteral("Dutch parliament"));
    QCOMPARE(store->source(edited.sourceIds.last())->outlet, QStringLiteral("NOS"));
    QUndoStack *undo = m_window->editing()->undoStack();
    QCOMPARE(undo->count(), 1);
    undo->undo();
    QCOMPARE(store->actors().size(), actors);
    QCOMPARE(store->sources().size(), sources);
    QCOMPARE(canonicalDump(store->database()), dumpBefore);
    undo->redo();
    QCOMPARE(*store->event(rutte), edited);
}

void TstEventEditor::relationsAreAddedAndRemovedWithTheEvent()
{
    m_window = newWindow();
    QVERIFY(m_window);
    EventStore *store = m_window->store();
    const qint64 rutte = eventId(RutteUid);
    const QList<Relation> had = store->relationsOf({rutte});
    // The kinds offered are the timeline's, as it labels them.
    store->setRelationType({Relation::LedTo, QStringLiteral("brought about"), {}, 0});
    m_window->selectEvent(rutte);
    const QStringList dumpBefore = canonicalDump(store->database());
    EventEditorDialog *dialog = openDialog(m_window->eventEditing()->editEventAction());
    QVERIFY(dialog);
    RelationsEdit *relations = dialog->editor()->relations();
    QCOMPARE(relations->table()->rowCount(), had.size());
    QTest::mouseClick(field<QPushButton>(dialog->editor(), QStringLiteral("addRelation")),
                      Qt::LeftButton);
    const int row = relations->table()->rowCount() - 1;
    auto *type = qobject_cast<QComboBox *>(relations->table()->cellWidget(row, 1));
    QVERIFY(type);
    QCOMPARE(type->currentData().toString(), Relation::Related);
    QCOMPARE(type->itemText(type->findData(Relation::LedTo)), QStringLiteral("brought about"));
    QCOMPARE(type->count(), 5);
    auto *other = qobject_cast<QLineEdit *>(relations->table()->cellWidget(row, 2));
    QVERIFY(!dialog->saveButton()->isEnabled()); // no other event yet
    QVERIFY(!dialog->editor()->problem(QStringLiteral("relations")).isEmpty());
    other->setFocus();
    QTest::keyClicks(other, QStringLiteral("Minsk II"));
    QCompleter *completer = other->findChild<QCompleter *>();
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QVERIFY(other->text().startsWith(QStringLiteral("Minsk II")));
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->eventEditing()->dialog());

    const QList<Relation> now = store->relationsOf({rutte});
    QCOMPARE(now.size(), had.size() + 1);
    QCOMPARE(now.last().fromEventId, rutte);
    QCOMPARE(store->event(now.last().toEventId)->title.left(8), QStringLiteral("Minsk II"));
    const QStringList dumpAdded = canonicalDump(store->database());

    // A changed note changes the relation; a removed row removes it.
    dialog = openDialog(m_window->eventEditing()->editEventAction());
    QVERIFY(dialog);
    QTableWidget *table = dialog->editor()->relations()->table();
    typeInto(table->cellWidget(table->rowCount() - 1, 3), QStringLiteral("as agreed"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->eventEditing()->dialog());
    QCOMPARE(store->relation(now.last().id)->note, QStringLiteral("as agreed"));
    dialog = openDialog(m_window->eventEditing()->editEventAction());
    QVERIFY(dialog);
    table = dialog->editor()->relations()->table();
    QTest::mouseClick(table->cellWidget(table->rowCount() - 1, 4), Qt::LeftButton);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->eventEditing()->dialog());
    QCOMPARE(store->relationsOf({rutte}), had);

    QUndoStack *undo = m_window->editing()->undoStack();
    QCOMPARE(undo->count(), 3);
    undo->undo();
    QCOMPARE(store->relation(now.last().id)->note, QStringLiteral("as agreed"));
    undo->undo();
    QCOMPARE(canonicalDump(store->database()), dumpAdded);
    undo->undo();
    QCOMPARE(canonicalDump(store->database()), dumpBefore);
}

void TstEventEditor::detailsEditInPlace()
{
    m_window = newWindow();
    QVERIFY(m_window);
    const qint64 rutte = eventId(RutteUid);
    m_window->selectEvent(rutte);
    EventDetails *details = m_window->details();
    QVERIFY(details->editButton()->isEnabled());
    QTest::mouseClick(details->editButton(), Qt::LeftButton);
    QVERIFY(details->isEditing());
    auto *title = field<QLineEdit>(details->editor(), QStringLiteral("title"));
    typeInto(title, QString());
    QVERIFY(!details->saveButton()->isEnabled());
    QTest::keyClicks(title, QStringLiteral("Rutte on Buitenhof"));
    QVERIFY(details->saveButton()->isEnabled());
    QTest::mouseClick(details->saveButton(), Qt::LeftButton);

    QVERIFY(!details->isEditing());
    QCOMPARE(m_window->store()->event(rutte)->title, QStringLiteral("Rutte on Buitenhof"));
    QVERIFY(details->plainText().contains(QStringLiteral("Rutte on Buitenhof")));
    QCOMPARE(m_window->editing()->undoStack()->count(), 1);
    // Esc drops an edit.
    QTest::mouseClick(details->editButton(), Qt::LeftButton);
    title = field<QLineEdit>(details->editor(), QStringLiteral("title"));
    typeInto(title, QStringLiteral("x"));
    QTest::keyClick(title, Qt::Key_Escape);
    QVERIFY(!details->isEditing());
    QCOMPARE(m_window->store()->event(rutte)->title, QStringLiteral("Rutte on Buitenhof"));
}

void TstEventEditor::unchangedSaveAddsNoStep()
{
    m_window = newWindow();
    QVERIFY(m_window);
    m_window->selectEvent(eventId(RutteUid));
    EventEditorDialog *dialog = openDialog(m_window->eventEditing()->editEventAction());
    QVERIFY(dialog);
    QVERIFY(!dialog->editor()->isModified());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->eventEditing()->dialog());
    QCOMPARE(m_window->editing()->undoStack()->count(), 0);
}

void TstEventEditor::readOnlyFileCannotBeEdited()
{
    m_window = newWindow(EventStore::Access::ReadOnly);
    QVERIFY(m_window);
    m_window->selectEvent(eventId(RutteUid));
    EventEditing *editing = m_window->eventEditing();
    QVERIFY(!editing->newEventAction()->isEnabled());
    QVERIFY(!editing->editEventAction()->isEnabled());
    EventDetails *details = m_window->details();
    QVERIFY(!details->editButton()->isEnabled());
    QVERIFY(!details->readOnlyNote()->isHidden());
    QVERIFY(details->readOnlyNote()->text().startsWith(QStringLiteral("This file is read-only: ")));
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!editing->dialog());
    details->startEditing();
    QVERIFY(!details->isEditing());

    // The same window on a file it can write: everything is on again.
    m_window.reset();
    m_window = newWindow();
    m_window->selectEvent(eventId(RutteUid));
    QVERIFY(m_window->eventEditing()->editEventAction()->isEnabled());
    QVERIFY(m_window->details()->readOnlyNote()->isHidden());
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    QVERIFY(m_window->eventEditing()->dialog());
    QCOMPARE(m_window->eventEditing()->dialog()->editor()->eventId(), eventId(RutteUid));
    m_window->eventEditing()->dialog()->reject();
    QTRY_VERIFY(!m_window->eventEditing()->dialog());
    m_window->activateWindow(); // what the window manager does when the dialog closes
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->eventEditing()->dialog());
    QCOMPARE(m_window->eventEditing()->dialog()->editor()->eventId(), 0);
}

void TstEventEditor::dialogSizeIsRemembered()
{
    {
        EventEditorDialog dialog(m_store.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.resize(640, 500);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }
    EventEditorDialog again(m_store.get());
    QCOMPARE(again.size(), QSize(640, 500));
}

QTEST_MAIN(TstEventEditor)
#include "tst_eventeditor.moc"
