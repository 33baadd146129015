// SPDX-License-Identifier: GPL-3.0-or-later
// The agreement editor driven as a user would, with keys and clicks: a provision added by
// typing, its topic and deadline set, an event linked from the timeline's selection, the
// agreement's stage set, and Ctrl+Z taking each step back; what is stored is read from the store.
#include <QTest>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include "agreementeditor.h"
#include "agreementrowedit.h"
#include "editactions.h"
#include "eventstore.h"
#include "partialdateedit.h"
#include "provisionform.h"
#include "provisionlinkdialog.h"
#include "provisionlinksedit.h"
#include "rowtable.h"
#include "testsupport.h"

#include <memory>

using namespace entente;
using namespace Qt::StringLiterals;

class TstAgreementEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }
    void init();
    void cleanup();

    void addAProvisionByTypingThenTopicDeadlineAndLinkAndUndoThem();
    void aProvisionWithoutASummaryIsNotStoredAndSaysWhy();
    void daysAfterAnotherProvisionAsksWhichOne();
    void settingTheStageIsOneStep();
    void movingAndRemovingFromTheKeyboard();
    void linkToProvisionFromTheEventsSide();
    void theSameTimelineInAnotherFileStaysOpenAnotherCloses();

private:
    EventStore *store() const { return m_store.get(); }
    QUndoStack *undo() const { return m_editing->undoStack(); }
    template <typename T>
    T *child(const QString &name) const
    {
        T *found = m_editor->findChild<T *>(name);
        if (!found) {
            qWarning("no child %s", qPrintable(name));
        }
        return found;
    }
    void typeInto(QLineEdit *field, const QString &text);
    void pressCtrlZ();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<QMainWindow> m_window;
    EditActions *m_editing = nullptr;
    std::unique_ptr<AgreementEditor> m_editor;
    QList<qint64> m_selected; // the timeline's selection, as the editor asks for it
    qint64 m_minsk = 0, m_invasion = 0, m_russia = 0;
};

void TstAgreementEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>(m_dir->filePath(u"t.entente"_s));
    m_russia = store()->addActor({0, u"Russia"_s, {}, Actor::Type::State, 0, {}});
    Event minsk;
    minsk.title = u"Minsk II"_s;
    minsk.start = PartialDate::day(2015, 2, 12);
    minsk.category = u"agreement"_s;
    m_minsk = store()->addEvent(minsk);
    Event invasion;
    invasion.title = u"Invasion"_s;
    invasion.start = PartialDate::day(2022, 2, 24);
    invasion.category = u"military"_s;
    m_invasion = store()->addEvent(invasion);
    m_window = std::make_unique<QMainWindow>();
    m_editing = new EditActions(m_window.get(), new QMenu(m_window.get()));
    m_editing->setStore(store());
    m_selected.clear();
    m_editor = std::make_unique<AgreementEditor>(m_editing, [this] { return m_selected; });
    m_editor->setAgreement(m_minsk);
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void TstAgreementEditor::cleanup()
{
    m_editor.reset();
    m_window.reset();
    m_store.reset();
}

void TstAgreementEditor::typeInto(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

void TstAgreementEditor::pressCtrlZ()
{
    m_editor->provisionsTable()->setFocus();
    QTest::keyClick(m_editor->provisionsTable(), Qt::Key_Z, Qt::ControlModifier);
}

void TstAgreementEditor::addAProvisionByTypingThenTopicDeadlineAndLinkAndUndoThem()
{
    QTest::mouseClick(child<QPushButton>(u"addProvision"_s), Qt::LeftButton);
    QVERIFY(m_editor->form()->summaryEdit()->hasFocus());
    QCOMPARE(m_editor->form()->numberEdit()->text(), u"1"_s);
    QTest::keyClicks(m_editor->form()->summaryEdit(), u"Immediate and comprehensive ceasefire"_s);
    QTest::keyClick(m_editor->form()->summaryEdit(), Qt::Key_Return);
    QList<Provision> provisions = store()->provisionsOf(m_minsk);
    QCOMPARE(provisions.size(), 1);
    const qint64 id = provisions.first().id;
    QCOMPARE(provisions.first().summary, u"Immediate and comprehensive ceasefire"_s);
    QCOMPARE(provisions.first().number, u"1"_s);
    QCOMPARE(undo()->text(undo()->index() - 1), u"Add point 1 to Minsk II"_s);
    QCOMPARE(m_editor->provisionsTable()->rowCount(), 1);
    QCOMPARE(m_editor->currentProvisionId(), id);

    // The topic: Home picks the first of the list, the ceasefire.
    QComboBox *topic = m_editor->form()->topicBox();
    topic->setFocus();
    QTest::keyClick(topic, Qt::Key_Home);
    QCOMPARE(store()->provision(id)->topic, ProvisionTopic::Ceasefire);
    QCOMPARE(m_editor->provisionsTable()->item(0, 2)->text(), u"Ceasefire"_s);

    // The deadline: "On a date" asks for the date beside the field, then stores it.
    QComboBox *kind = m_editor->form()->deadlineKindBox();
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    auto *problem = child<QLabel>(u"deadlineProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY(store()->provision(id)->deadline.isNone()); // nothing stored yet
    typeInto(m_editor->form()->deadlineDateEdit()->lineEdit(), u"7 Mar 2015"_s);
    QCOMPARE(store()->provision(id)->deadline.date, PartialDate::day(2015, 3, 7));
    QVERIFY(!problem->isVisible());

    // A link from the event selected on the timeline, as a violation.
    m_selected = {m_invasion};
    QComboBox *type = m_editor->linksEdit()->typeBox();
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down); // implements → violates
    QTest::mouseClick(m_editor->linksEdit()->linkButton(), Qt::LeftButton);
    QList<ProvisionLink> links = store()->linksOfEvent(m_invasion);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().provisionId, id);
    QCOMPARE(links.first().type, ProvisionLink::Type::Violates);
    QCOMPARE(m_editor->linksEdit()->table()->rowCount(), 1);
    QCOMPARE(m_editor->provisionsTable()->item(0, 4)->text(), u"Violated"_s); // level now

    // Ctrl+Z in the editor takes the steps back one by one, and the editor follows.
    pressCtrlZ();
    QVERIFY(store()->linksOfEvent(m_invasion).isEmpty());
    QCOMPARE(m_editor->linksEdit()->table()->rowCount(), 0);
    pressCtrlZ();
    QVERIFY(store()->provision(id)->deadline.isNone());
    pressCtrlZ();
    QCOMPARE(store()->provision(id)->topic, ProvisionTopic::Other);
    QCOMPARE(m_editor->form()->topicBox()->currentText(), u"Other"_s);
    pressCtrlZ();
    QVERIFY(store()->provisionsOf(m_minsk).isEmpty());
    QCOMPARE(m_editor->provisionsTable()->rowCount(), 0);
}

void TstAgreementEditor::aProvisionWithoutASummaryIsNotStoredAndSaysWhy()
{
    QTest::mouseClick(child<QPushButton>(u"addProvision"_s), Qt::LeftButton);
    QTest::keyClicks(m_editor->form()->summaryEdit(), u"Amnesty"_s);
    QTest::keyClick(m_editor->form()->summaryEdit(), Qt::Key_Return);
    const qint64 id = store()->provisionsOf(m_minsk).first().id;
    typeInto(m_editor->form()->summaryEdit(), QString()); // emptied
    QVERIFY(child<QLabel>(u"summaryProblem"_s)->isVisible());
    QCOMPARE(store()->provision(id)->summary, u"Amnesty"_s);
    QCOMPARE(undo()->count(), 1);
}

// "Days after another provision" before one is picked: the form asks which (the agreement has
// others to follow), then stores the deadline once one is chosen.
void TstAgreementEditor::daysAfterAnotherProvisionAsksWhichOne()
{
    for (const QString &summary : {u"Ceasefire"_s, u"Withdrawal"_s}) {
        QTest::mouseClick(child<QPushButton>(u"addProvision"_s), Qt::LeftButton);
        QTest::keyClicks(m_editor->form()->summaryEdit(), summary);
        QTest::keyClick(m_editor->form()->summaryEdit(), Qt::Key_Return);
    }
    const QList<Provision> provisions = store()->provisionsOf(m_minsk);
    QCOMPARE(m_editor->currentProvisionId(), provisions.at(1).id);
    QComboBox *kind = m_editor->form()->deadlineKindBox();
    kind->setFocus();
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(kind, Qt::Key_Down); // none → date → after the agreement → after another
    }
    auto *problem = child<QLabel>(u"deadlineProblem"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), u"Choose the provision whose fulfilment the days count from."_s);
    // Not stored until one is picked (the step through "after the agreement" was).
    QCOMPARE(store()->provision(provisions.at(1).id)->deadline.afterProvisionId, 0);
    QComboBox *after = m_editor->form()->deadlineAfterBox();
    QCOMPARE(after->count(), 1);
    after->setFocus();
    QTest::keyClick(after, Qt::Key_Down);
    QCOMPARE(store()->provision(provisions.at(1).id)->deadline.afterProvisionId,
             provisions.at(0).id);
    QVERIFY(!problem->isVisible());
}

void TstAgreementEditor::settingTheStageIsOneStep()
{
    QComboBox *stage = m_editor->rowEdit()->stageBox();
    stage->setFocus();
    QTest::keyClick(stage, Qt::Key_Down); // (not said) → pre-negotiation
    QTest::keyClick(stage, Qt::Key_Down); // → ceasefire
    QCOMPARE(store()->agreement(m_minsk)->stage, Agreement::Stage::Ceasefire);
    QCOMPARE(undo()->count(), 2);
    typeInto(m_editor->rowEdit()->processBox()->lineEdit(), u"Ukraine peace process"_s);
    QCOMPARE(store()->agreement(m_minsk)->process, u"Ukraine peace process"_s);
    QCOMPARE(m_editor->rowEdit()->processBox()->count(), 1); // offered from now on
    QCOMPARE(undo()->count(), 3);
    m_selected = {m_invasion};
    QComboBox *end = m_editor->rowEdit()->endBox();
    end->setFocus();
    QTest::keyClick(end, Qt::Key_Down); // superseded
    QTest::keyClick(end, Qt::Key_Down); // denounced
    QTest::mouseClick(m_editor->rowEdit()->endFromSelectionButton(), Qt::LeftButton);
    QCOMPARE(store()->agreement(m_minsk)->end, Agreement::End::Denounced);
    QCOMPARE(store()->agreement(m_minsk)->endEventId, m_invasion);
    pressCtrlZ();
    QCOMPARE(store()->agreement(m_minsk)->endEventId, 0);
}

void TstAgreementEditor::movingAndRemovingFromTheKeyboard()
{
    for (const QString &summary : {u"Ceasefire"_s, u"Withdrawal"_s}) {
        m_editor->provisionsTable()->setFocus(); // the keys act in the table
        QTest::keyClick(m_editor->provisionsTable(), Qt::Key_Insert);
        QTest::keyClicks(m_editor->form()->summaryEdit(), summary);
        QTest::keyClick(m_editor->form()->summaryEdit(), Qt::Key_Return);
    }
    QCOMPARE(store()->provisionsOf(m_minsk).size(), 2);
    QTableWidget *table = m_editor->provisionsTable();
    table->setFocus();
    QCOMPARE(table->item(table->currentRow(), 1)->text(), u"Withdrawal"_s);
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(store()->provisionsOf(m_minsk).first().summary, u"Withdrawal"_s);
    QCOMPARE(m_editor->currentProvisionId(), store()->provisionsOf(m_minsk).first().id);
    // The ceasefire's deadline follows the withdrawal: removing it says what became of it.
    Provision ceasefire = store()->provisionsOf(m_minsk).last();
    ceasefire.deadline = {{}, 14, store()->provisionsOf(m_minsk).first().id};
    store()->updateProvision(ceasefire);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(store()->provisionsOf(m_minsk).size(), 1);
    QCOMPARE(store()->provisionsOf(m_minsk).first().summary, u"Ceasefire"_s);
    QVERIFY(m_editor->messageLabel()->text().contains(u"now counts from the agreement"_s));
    pressCtrlZ();
    QCOMPARE(store()->provisionsOf(m_minsk).size(), 2);
    QVERIFY(m_editor->messageLabel()->text().isEmpty()); // it spoke of the step undone
}

void TstAgreementEditor::linkToProvisionFromTheEventsSide()
{
    {
        ProvisionLinkDialog none(store(), m_invasion);
        QVERIFY(!none.hasAgreements()); // no agreement has provisions yet
    }
    Provision ceasefire;
    ceasefire.agreementId = m_minsk;
    ceasefire.number = u"1"_s;
    ceasefire.summary = u"Ceasefire"_s;
    const qint64 id = store()->addProvision(ceasefire);
    ProvisionLinkDialog dialog(store(), m_invasion);
    QCOMPARE(dialog.agreementBox()->count(), 1);
    QCOMPARE(dialog.agreementBox()->currentData().toLongLong(), m_minsk);
    QCOMPARE(dialog.provisionBox()->currentText(), u"point 1: Ceasefire"_s);
    dialog.typeBox()->setCurrentIndex(1); // violates
    QTest::keyClicks(dialog.noteEdit(), u"the invasion ends the ceasefire"_s);
    const ProvisionLink link = dialog.link();
    QCOMPARE(link.provisionId, id);
    QCOMPARE(link.eventId, m_invasion);
    QCOMPARE(link.type, ProvisionLink::Type::Violates);
    QCOMPARE(link.note, u"the invasion ends the ceasefire"_s);
    store()->addProvisionLink(link);
    dialog.show();
    dialog.accept(); // the same link again: said beside the provision, the dialog stays
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(u"provisionProblem"_s)->isVisible());
}

void TstAgreementEditor::theSameTimelineInAnotherFileStaysOpenAnotherCloses()
{
    m_editing->setStore(store(), true); // as after the upgrade before a first edit
    QVERIFY(m_editor->isVisible());
    QCOMPARE(m_editor->agreementId(), m_minsk);
    EventStore other(m_dir->filePath(u"other.entente"_s));
    m_editing->setStore(&other);
    QVERIFY(!m_editor->isVisible());
    m_editing->setStore(nullptr);
}

QTEST_MAIN(TstAgreementEditor)
#include "tst_agreementeditor.moc"
