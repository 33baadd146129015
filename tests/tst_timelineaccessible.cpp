// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader gets from the timeline: the events on screen as a list, each with its
// title, dates and actors, and the keyboard's selection as the focused item.
#include <QTest>

#include <QAccessible>
#include <QTemporaryDir>

#include "eventstore.h"
#include "seedloader.h"
#include "testsupport.h"
#include "timelineview.h"

#include <memory>

using namespace entente;

class TstTimelineAccessible : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsTheEventsOnScreen();
    void itemsSayTitleDatesAndActors();
    void itemsAreWhereTheEventsAreDrawn();
    void focusFollowsTheKeyboardSelection();

private:
    QAccessibleInterface *timeline() const
    {
        return QAccessible::queryAccessibleInterface(m_view.get());
    }
    int indexOfTitle(const QString &title) const
    {
        QAccessibleInterface *list = timeline();
        for (int i = 0; i < list->childCount(); ++i) {
            if (list->child(i)->text(QAccessible::Name) == title) {
                return i;
            }
        }
        return -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<TimelineView> m_view;
};

void TstTimelineAccessible::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("t.entente")));
    SeedLoader::loadBundled(*m_store);
    m_view = std::make_unique<TimelineView>();
    m_view->setStore(m_store.get());
    m_view->resize(1200, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setVisibleRange(utc(2014, 1, 1), utc(2015, 6, 1)); // Crimea and both Minsk deals
    QVERIFY(m_view->waitForData());
}

void TstTimelineAccessible::cleanup()
{
    m_view.reset();
    m_store.reset();
    m_dir.reset();
}

void TstTimelineAccessible::listsTheEventsOnScreen()
{
    QAccessibleInterface *list = timeline();
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QCOMPARE(list->childCount(), 3);
    QVERIFY(indexOfTitle(QStringLiteral("Russia seizes and annexes Crimea")) >= 0);
    QVERIFY(indexOfTitle(QStringLiteral("Minsk agreement (Minsk Protocol) signed")) >= 0);
    QVERIFY(indexOfTitle(QStringLiteral("Minsk II (Package of Measures) signed")) >= 0);
    for (int i = 0; i < list->childCount(); ++i) {
        QCOMPARE(list->child(i)->role(), QAccessible::ListItem);
        QCOMPARE(list->indexOfChild(list->child(i)), i);
        QCOMPARE(list->child(i)->parent(), list);
    }
    // Moved elsewhere, the list follows.
    m_view->setVisibleRange(utc(2016, 6, 1), utc(2017, 6, 1));
    QCOMPARE(list->childCount(), 0);
}

void TstTimelineAccessible::itemsSayTitleDatesAndActors()
{
    QAccessibleInterface *item =
        timeline()->child(indexOfTitle(QStringLiteral("Minsk agreement (Minsk Protocol) signed")));
    QVERIFY(item);
    const QString description = item->text(QAccessible::Description);
    QVERIFY2(description.contains(QStringLiteral("5 Sep 2014")), qPrintable(description));
    for (const char *actor : {"Russia", "Ukraine", "Organization for Security and Co-operation"}) {
        QVERIFY2(description.contains(QLatin1String(actor)), qPrintable(description));
    }
}

void TstTimelineAccessible::itemsAreWhereTheEventsAreDrawn()
{
    QAccessibleInterface *list = timeline();
    for (int i = 0; i < list->childCount(); ++i) {
        const QRect rect = list->child(i)->rect();
        QVERIFY(!rect.isEmpty());
        QCOMPARE(list->childAt(rect.center().x(), rect.center().y()), list->child(i));
    }
}

void TstTimelineAccessible::focusFollowsTheKeyboardSelection()
{
    m_view->setFocus();
    QVERIFY(!timeline()->focusChild());
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QAccessibleInterface *focused = timeline()->focusChild();
    QVERIFY(focused);
    QCOMPARE(focused->text(QAccessible::Name), QStringLiteral("Russia seizes and annexes Crimea"));
    QVERIFY(focused->state().selected);
    QTest::keyClick(m_view.get(), Qt::Key_Tab);
    QCOMPARE(timeline()->focusChild()->text(QAccessible::Name),
             QStringLiteral("Minsk agreement (Minsk Protocol) signed"));
    QVERIFY(!focused->state().selected); // Crimea's item no longer is
}

QTEST_MAIN(TstTimelineAccessible)
#include "tst_timelineaccessible.moc"
