// SPDX-License-Identifier: GPL-3.0-or-later
// An agreement in Details: its provisions with their levels and evidence; a linked event's
// title selects it on the timeline, a provision rings its events there until Esc or another
// selection; an event linked to a provision says what it does to which.
#include <QTest>

#include <QAbstractTextDocumentLayout>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>

#include "agreementdetailshtml.h"
#include "agreementfixture.h"
#include "eventdetails.h"
#include "eventstore.h"
#include "levelcolours.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "timelineview.h"

#include <memory>

using namespace entente;
using Kind = AgreementDetailsHtml::Target::Kind;

class TstAgreementDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsProvisionsWithLevelsAndEvidence();
    void evidenceIsLatestFirst();
    void clickOnALinkedEventSelectsIt();
    void clickOnAProvisionRingsItsEvents();
    void ringedEventsOutOfSightAreBroughtIntoView();
    void ringGoesWithEscOrAnotherSelection();
    void linkedEventSaysWhatItDoesToWhichProvision();
    void otherAddressesAreNotOurs();
    void actorsRolesAreNamedByTheirLabels();

private:
    // Clicks the link to `href` where Details shows it; false when it shows none.
    bool clickLink(const QString &href);
    QTextBrowser *browser() const { return m_window->details()->findChild<QTextBrowser *>(); }
    QString text() const { return m_window->details()->plainText(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AgreementFixture> m_fixture;
};

void TstAgreementDetails::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EntenteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_agreementdetails"));
    isolateSettings();
}

void TstAgreementDetails::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("t.entente")));
    m_fixture = std::make_unique<AgreementFixture>(*store);
    m_window = std::make_unique<MainWindow>(std::move(store));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectEvent(m_fixture->agreement);
}

void TstAgreementDetails::cleanup()
{
    m_window.reset();
    m_fixture.reset();
    m_dir.reset();
}

bool TstAgreementDetails::clickLink(const QString &href)
{
    QTextBrowser *view = browser();
    const QTextDocument *document = view->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href) {
                continue;
            }
            QTextCursor cursor(const_cast<QTextDocument *>(document));
            cursor.setPosition(fragment.position() + 1);
            view->setTextCursor(cursor);
            view->ensureCursorVisible();
            const QPoint at = view->cursorRect(cursor).center();
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
            return true;
        }
    }
    return false;
}

void TstAgreementDetails::listsProvisionsWithLevelsAndEvidence()
{
    const QString shown = text().simplified(); // the chips' spaces are no-break spaces
    for (const char *expected :
         {"Stage: Implementation", "Process: Ukraine peace process", "Provisions",
          "1 full · 1 partial · 1 violated · 1 lapsed · 1 not assessed",
          "1. Immediate ceasefire Violated", "2. Withdrawal of heavy weapons Intermediate",
          "3. Release of hostages Full", "4. Local elections Lapsed",
          "5. Constitutional reform Not assessed", "due by 2015", "lapsed since 1 Jan 2016",
          "Violates Full-scale invasion — 24 Feb 2022 — OSCE, Daily report",
          "Monitors saw the sites", "Assessed Full — Oct 2015 — OSCE, Daily report — All exchanged",
          "Refers to Talks on the special status — Jun 2016"}) {
        QVERIFY2(
            shown.contains(QString::fromUtf8(expected)),
            qPrintable(QStringLiteral("no “%1” in:\n%2").arg(QString::fromUtf8(expected), shown)));
    }
    // The level's chip is in its colour.
    QVERIFY(browser()->toHtml().contains(LevelColours::of(ImplementationLevel::Lapsed).name()));
}

void TstAgreementDetails::evidenceIsLatestFirst()
{
    const QString shown = text();
    const qsizetype confirmed = shown.indexOf(QStringLiteral("OSCE confirms the withdrawal"));
    const qsizetype withdrawal = shown.indexOf(QStringLiteral("Heavy weapons pulled back"));
    QVERIFY(confirmed > 0 && withdrawal > 0);
    QVERIFY(confirmed < withdrawal);
}

void TstAgreementDetails::clickOnALinkedEventSelectsIt()
{
    QVERIFY(clickLink(AgreementDetailsHtml::href(Kind::Event, m_fixture->confirmed)));
    QCOMPARE(m_window->timelineView()->selectedEventId(), m_fixture->confirmed);
    QCOMPARE(m_window->details()->eventId(), m_fixture->confirmed);
}

void TstAgreementDetails::clickOnAProvisionRingsItsEvents()
{
    TimelineView *view = m_window->timelineView();
    QVERIFY(view->highlightedEvents().isEmpty());
    QVERIFY(clickLink(AgreementDetailsHtml::href(Kind::ProvisionEvents, m_fixture->weapons)));
    QList<qint64> ringed = view->highlightedEvents();
    std::sort(ringed.begin(), ringed.end());
    QCOMPARE(ringed, (QList<qint64>{m_fixture->withdrawal, m_fixture->confirmed}));
    QCOMPARE(view->selectedEventId(), m_fixture->agreement); // the agreement stays selected
    QVERIFY(clickLink(AgreementDetailsHtml::href(Kind::AgreementEvents, m_fixture->agreement)));
    QCOMPARE(view->highlightedEvents().size(), 4);
}

void TstAgreementDetails::ringedEventsOutOfSightAreBroughtIntoView()
{
    TimelineView *view = m_window->timelineView();
    const qint64 invasion = PartialDate::day(2022, 2, 24).earliestSecond();
    view->setVisibleRange(invasion - 30 * 86400, invasion + 30 * 86400);
    QVERIFY(view->waitForData());
    QVERIFY(clickLink(AgreementDetailsHtml::href(Kind::ProvisionEvents, m_fixture->weapons)));
    QVERIFY(view->waitForData());
    const qint64 withdrawal = PartialDate::day(2015, 2, 20).earliestSecond();
    QVERIFY(view->scale().visibleFrom() <= withdrawal && withdrawal <= view->scale().visibleTo());
    // In sight already: the window stays where it is.
    const qint64 from = view->scale().visibleFrom();
    QVERIFY(clickLink(AgreementDetailsHtml::href(Kind::ProvisionEvents, m_fixture->weapons)));
    QCOMPARE(view->scale().visibleFrom(), from);
}

void TstAgreementDetails::ringGoesWithEscOrAnotherSelection()
{
    TimelineView *view = m_window->timelineView();
    QVERIFY(clickLink(AgreementDetailsHtml::href(Kind::ProvisionEvents, m_fixture->weapons)));
    // Stepping to one of them keeps the ring; Esc takes it away, and a second Esc the selection.
    QVERIFY(clickLink(AgreementDetailsHtml::href(Kind::Event, m_fixture->withdrawal)));
    QCOMPARE(view->highlightedEvents().size(), 2);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(view->highlightedEvents().isEmpty());
    QCOMPARE(view->selectedEventId(), m_fixture->withdrawal);
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(view->selectedEventId(), 0);

    m_window->selectEvent(m_fixture->agreement);
    QVERIFY(clickLink(AgreementDetailsHtml::href(Kind::ProvisionEvents, m_fixture->weapons)));
    m_window->selectEvent(m_fixture->talks);
    QVERIFY(view->highlightedEvents().isEmpty());
}

void TstAgreementDetails::linkedEventSaysWhatItDoesToWhichProvision()
{
    m_window->selectEvent(m_fixture->invasion);
    QVERIFY2(
        text().contains(QStringLiteral("Violates: Minsk II signed, point 1 (Immediate ceasefire)")),
        qPrintable(text()));
    QVERIFY(!text().contains(QStringLiteral("Provisions")));
    // The agreement's title is a link back to it.
    QVERIFY(clickLink(AgreementDetailsHtml::href(Kind::Event, m_fixture->agreement)));
    QCOMPARE(m_window->timelineView()->selectedEventId(), m_fixture->agreement);
}

void TstAgreementDetails::otherAddressesAreNotOurs()
{
    QVERIFY(!AgreementDetailsHtml::target(QUrl(QStringLiteral("https://example.org/event/1"))));
    QVERIFY(!AgreementDetailsHtml::target(QUrl(QStringLiteral("entente:event/x"))));
    QVERIFY(!AgreementDetailsHtml::target(QUrl(QStringLiteral("entente:nothing/1"))));
    const auto target =
        AgreementDetailsHtml::target(QUrl(AgreementDetailsHtml::href(Kind::ProvisionEvents, 7)));
    QVERIFY(target);
    QCOMPARE(target->kind, Kind::ProvisionEvents);
    QCOMPARE(target->id, 7);
}

void TstAgreementDetails::actorsRolesAreNamedByTheirLabels()
{
    EventStore &store = *m_window->store();
    store.addActorRole({QStringLiteral("host"), QStringLiteral("Host country"), QString(),
                        ActorRole::Seat::AtTable});
    Event talks = *store.event(m_fixture->talks);
    const qint64 actor = talks.actors.constFirst().actorId;
    talks.actors = {{actor, QStringLiteral("demanded-seat")},
                    {actor, QStringLiteral("host")},
                    {actor, QStringLiteral("co-chair")}}; // a role without a label
    store.updateEvent(talks);
    m_window->selectEvent(m_fixture->talks);
    const QString name = store.actor(actor)->name;
    for (const QString &expected :
         {name + QStringLiteral(" — demanded a seat"), name + QStringLiteral(" — Host country"),
          name + QStringLiteral(" — co-chair")}) {
        QVERIFY2(text().contains(expected), qPrintable(text()));
    }
    QVERIFY(!text().contains(QStringLiteral("demanded-seat")));

    // A label changed is shown at once.
    store.relabelActorRole(QStringLiteral("host"), QStringLiteral("Hosted the talks"), QString());
    QVERIFY2(text().contains(name + QStringLiteral(" — Hosted the talks")), qPrintable(text()));
}

QTEST_MAIN(TstAgreementDetails)
#include "tst_agreementdetails.moc"
