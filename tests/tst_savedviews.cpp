// SPDX-License-Identifier: GPL-3.0-or-later
// Saved views in the timeline file: added, changed and removed through the store, checked,
// announced, and kept when the file is opened again.
#include <QTest>

#include <QSignalSpy>
#include <QTemporaryDir>

#include "error.h"
#include "eventstore.h"
#include "testsupport.h"

#include <memory>

using namespace entente;

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(entente::SavedView)

class TstSavedViews : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void addedViewsAreListedByName();
    void updateAndRemove();
    void keptWithKeepIdsForUndo();
    void survivesReopening();
    void refusesEmptyOrDuplicateNamesChangingNothing_data();
    void refusesEmptyOrDuplicateNamesChangingNothing();
    void refusesAnUnknownLaneMode();
    void namesAreKeptTrimmed();
    void eachWriteIsAnnouncedOnce();
    void viewOfARemovedActorMatchesNothingAndComesBackWithIt();

private:
    SavedView view(const QString &name) const;
    QString path() const { return m_dir->filePath(u"t.entente"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    qint64 m_russia = 0;
};

void TstSavedViews::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<EventStore>(path());
    m_russia = m_store->addActor({0, u"Russia"_s, {}, Actor::Type::State, 0, {}, {}});
}

SavedView TstSavedViews::view(const QString &name) const
{
    SavedView view;
    view.name = name;
    view.criteria.query = u"ceasefire"_s;
    view.criteria.actors = {m_russia};
    view.criteria.minImportance = 3;
    view.visible = std::pair<qint64, qint64>(1409875200, 1424304000);
    view.lanes = u"packed"_s;
    return view;
}

void TstSavedViews::addedViewsAreListedByName()
{
    QVERIFY(m_store->savedViews().isEmpty());
    SavedView minsk = view(u"Minsk"_s);
    minsk.id = m_store->addSavedView(minsk);
    SavedView all;
    all.name = u"all talks"_s;
    all.id = m_store->addSavedView(all);
    QVERIFY(minsk.id > 0 && all.id > 0 && minsk.id != all.id);
    // By name whatever its case, as the menu lists them.
    QCOMPARE(m_store->savedViews(), (QList<SavedView>{all, minsk}));
    QCOMPARE(m_store->savedView(minsk.id), std::optional<SavedView>(minsk));
    QCOMPARE(m_store->savedView(minsk.id + all.id), std::nullopt);
}

void TstSavedViews::updateAndRemove()
{
    SavedView minsk = view(u"Minsk"_s);
    minsk.id = m_store->addSavedView(minsk);
    minsk.name = u"Minsk I"_s;
    minsk.criteria.tags = {u"talks"_s};
    minsk.visible.reset();
    minsk.lanes.clear();
    m_store->updateSavedView(minsk);
    QCOMPARE(m_store->savedView(minsk.id), std::optional<SavedView>(minsk));
    // A change of case only is a rename, not a clash with itself.
    minsk.name = u"MINSK I"_s;
    m_store->updateSavedView(minsk);
    QCOMPARE(m_store->savedView(minsk.id)->name, u"MINSK I"_s);
    m_store->removeSavedView(minsk.id);
    QCOMPARE(m_store->savedView(minsk.id), std::nullopt);
    QVERIFY(m_store->savedViews().isEmpty());
}

void TstSavedViews::keptWithKeepIdsForUndo()
{
    SavedView minsk = view(u"Minsk"_s);
    minsk.id = m_store->addSavedView(minsk);
    m_store->removeSavedView(minsk.id);
    QCOMPARE(m_store->addSavedView(minsk, EventStore::Ids::Keep), minsk.id);
    QCOMPARE(m_store->savedViews(), QList<SavedView>{minsk});
}

void TstSavedViews::survivesReopening()
{
    SavedView minsk = view(u"Minsk"_s);
    minsk.criteria.from = -100000;
    minsk.criteria.categories = {QString(), u"agreement"_s};
    minsk.id = m_store->addSavedView(minsk);
    m_store.reset();
    EventStore reopened(path());
    QCOMPARE(reopened.savedViews(), QList<SavedView>{minsk});
}

void TstSavedViews::refusesEmptyOrDuplicateNamesChangingNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString() << u"A saved view needs a name. Nothing was changed."_s;
    QTest::newRow("blank") << u"  "_s << u"A saved view needs a name. Nothing was changed."_s;
    QTest::newRow("duplicate") << u"Minsk"_s
                               << u"A saved view is named “Minsk” already. Nothing was changed."_s;
    QTest::newRow("duplicate in another case")
        << u" minsk "_s << u"A saved view is named “Minsk” already. Nothing was changed."_s;
}

void TstSavedViews::refusesEmptyOrDuplicateNamesChangingNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, error);
    SavedView minsk = view(u"Minsk"_s);
    minsk.id = m_store->addSavedView(minsk);
    SavedView other = view(u"Other"_s);
    other.id = m_store->addSavedView(other);
    const QStringList before = canonicalDump(m_store->database());
    QSignalSpy changed(m_store.get(), &EventStore::changed);

    QCOMPARE(errorOf([&] { m_store->addSavedView(view(name)); }), std::optional<QString>(error));
    SavedView renamed = other;
    renamed.name = name;
    QCOMPARE(errorOf([&] { m_store->updateSavedView(renamed); }), std::optional<QString>(error));
    QCOMPARE(canonicalDump(m_store->database()), before);
    QCOMPARE(changed.size(), 0);
}

void TstSavedViews::refusesAnUnknownLaneMode()
{
    SavedView stacked = view(u"Stacked"_s);
    stacked.lanes = u"stacked"_s;
    QCOMPARE(errorOf([&] { m_store->addSavedView(stacked); }),
             std::optional<QString>(u"Saved view “Stacked”: “stacked” is not a lane mode (actor, "
                                    "category or packed). Nothing was changed."_s));
    QVERIFY(m_store->savedViews().isEmpty());
}

void TstSavedViews::namesAreKeptTrimmed()
{
    const qint64 id = m_store->addSavedView(view(u"  Minsk\t"_s));
    QCOMPARE(m_store->savedView(id)->name, u"Minsk"_s);
}

void TstSavedViews::eachWriteIsAnnouncedOnce()
{
    QSignalSpy changed(m_store.get(), &EventStore::changed);
    SavedView minsk = view(u"Minsk"_s);
    minsk.id = m_store->addSavedView(minsk);
    minsk.lanes = u"actor"_s;
    m_store->updateSavedView(minsk);
    m_store->removeSavedView(minsk.id);
    QCOMPARE(changed.size(), 3);
    const auto changeAt = [&](int i) { return changed.at(i).first().value<StoreChange>(); };
    QCOMPARE(changeAt(0).savedViews.added, QList<qint64>{minsk.id});
    QCOMPARE(changeAt(1).savedViews.changed, QList<qint64>{minsk.id});
    QCOMPARE(changeAt(2).savedViews.removed, QList<qint64>{minsk.id});
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!changeAt(i).isEmpty());
        QVERIFY(!changeAt(i).touchesEvents()); // no tile needs reading again
    }
}

// The view keeps the actor's id: it matches nothing while the actor is gone, and what it was
// when undo brings the actor back with its id.
void TstSavedViews::viewOfARemovedActorMatchesNothingAndComesBackWithIt()
{
    Event talks;
    talks.title = u"Talks"_s;
    talks.start = PartialDate::day(2015, 2, 12);
    talks.actors = {{m_russia, {}}};
    m_store->addEvent(talks);
    SavedView russia;
    russia.name = u"Russia"_s;
    russia.criteria.actors = {m_russia};
    russia.id = m_store->addSavedView(russia);
    const Actor actor = *m_store->actor(m_russia);
    QCOMPARE(m_store->matches(russia.criteria).count(), 1);

    m_store->removeActor(m_russia);
    QCOMPARE(m_store->savedView(russia.id), std::optional<SavedView>(russia));
    QCOMPARE(m_store->matches(m_store->savedView(russia.id)->criteria).count(), 0);
    m_store->addActor(actor, EventStore::Ids::Keep);
    Event again = m_store->events().first();
    again.actors = {{m_russia, {}}};
    m_store->updateEvent(again);
    QCOMPARE(m_store->matches(m_store->savedView(russia.id)->criteria).count(), 1);
}

QTEST_GUILESS_MAIN(TstSavedViews)
#include "tst_savedviews.moc"
