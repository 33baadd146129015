// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QLabel>

#include "filterchip.h"
#include "filterchips.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QToolButton>

using namespace entente;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(entente::EventCriteria)

class TstFilterChips : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void hiddenWhileNothingIsAsked();
    void aChipPerCriterion();
    void removingAChipTakesOutThatOne_data();
    void removingAChipTakesOutThatOne();
    void deleteRemovesTheFocusedChipAndKeepsTheKeyboardInTheRow();
    void namesFromTheFileAreShownAsWritten();

private:
    static EventCriteria everything();
    QStringList labels() const;
    FilterChip *chip(const QString &label) const;

    FilterChips m_chips;
    QHash<qint64, Actor> m_actors;
};

void TstFilterChips::init()
{
    Actor zelenskyy;
    zelenskyy.id = 1;
    zelenskyy.name = u"Volodymyr Zelenskyy"_s;
    Actor putin;
    putin.id = 2;
    putin.name = u"Vladimir Putin"_s;
    putin.shortName = u"Putin"_s;
    m_actors = {{zelenskyy.id, zelenskyy}, {putin.id, putin}};
    m_chips.setCriteria({}, m_actors);
}

EventCriteria TstFilterChips::everything()
{
    EventCriteria criteria;
    criteria.query = u"  Minsk   talks "_s;
    criteria.actors = {1, 2};
    criteria.categories = {u"Agreement"_s, QString()};
    criteria.tags = {u"ceasefire"_s};
    criteria.from = utc(2015, 2, 1);
    criteria.to = utc(2015, 2, 28, 23, 59, 59);
    criteria.minImportance = 4;
    criteria.outlets = {u"Reuters"_s, u"TASS"_s};
    criteria.hasRelations = true;
    criteria.approximateOnly = true;
    return criteria;
}

QStringList TstFilterChips::labels() const
{
    QStringList texts;
    for (const FilterChip *chip : m_chips.chips()) {
        texts.append(chip->text());
    }
    return texts;
}

FilterChip *TstFilterChips::chip(const QString &label) const
{
    for (FilterChip *chip : m_chips.chips()) {
        if (chip->text() == label) {
            return chip;
        }
    }
    return nullptr;
}

void TstFilterChips::hiddenWhileNothingIsAsked()
{
    QVERIFY(m_chips.isHidden());
    EventCriteria blank;
    blank.query = u"   "_s;
    blank.minImportance = 1;
    m_chips.setCriteria(blank, m_actors);
    QVERIFY(m_chips.isHidden());
    EventCriteria one;
    one.hasRelations = true;
    m_chips.setCriteria(one, m_actors);
    QVERIFY(!m_chips.isHidden());
    QCOMPARE(labels(), QStringList{u"Has relations"_s});
}

void TstFilterChips::aChipPerCriterion()
{
    EventCriteria criteria = everything();
    criteria.actors.append(7); // gone from the timeline
    m_chips.setCriteria(criteria, m_actors);
    QCOMPARE(labels(), (QStringList{
                           u"Search: Minsk talks"_s,
                           u"Actor: Volodymyr Zelenskyy"_s,
                           u"Actor: Putin"_s,
                           u"Actor: #7"_s,
                           u"Category: Agreement"_s,
                           u"Category: uncategorized"_s,
                           u"Tag: ceasefire"_s,
                           u"2015-02-01 to 2015-02-28 23:59"_s,
                           u"Importance 4 or more"_s,
                           u"Source: Reuters"_s,
                           u"Source: TASS"_s,
                           u"Has relations"_s,
                           u"Approximate dates only"_s,
                       }));
}

void TstFilterChips::removingAChipTakesOutThatOne_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<EventCriteria>("expected");
    const auto without = [](const std::function<void(EventCriteria &)> &change) {
        EventCriteria criteria = everything();
        change(criteria);
        return criteria;
    };
    QTest::newRow("search") << u"Search: Minsk talks"_s
                            << without([](EventCriteria &c) { c.query.clear(); });
    QTest::newRow("one actor") << u"Actor: Putin"_s
                               << without([](EventCriteria &c) { c.actors = {1}; });
    QTest::newRow("uncategorized")
        << u"Category: uncategorized"_s
        << without([](EventCriteria &c) { c.categories = {u"Agreement"_s}; });
    QTest::newRow("tag") << u"Tag: ceasefire"_s
                         << without([](EventCriteria &c) { c.tags.clear(); });
    QTest::newRow("dates") << u"2015-02-01 to 2015-02-28 23:59"_s
                           << without([](EventCriteria &c) { c.from = c.to = std::nullopt; });
    QTest::newRow("importance") << u"Importance 4 or more"_s
                                << without([](EventCriteria &c) { c.minImportance = 0; });
    QTest::newRow("one outlet") << u"Source: Reuters"_s
                                << without([](EventCriteria &c) { c.outlets = {u"TASS"_s}; });
    QTest::newRow("relations") << u"Has relations"_s
                               << without([](EventCriteria &c) { c.hasRelations = false; });
    QTest::newRow("approximate") << u"Approximate dates only"_s
                                 << without([](EventCriteria &c) { c.approximateOnly = false; });
}

void TstFilterChips::removingAChipTakesOutThatOne()
{
    QFETCH(QString, label);
    QFETCH(EventCriteria, expected);
    m_chips.setCriteria(everything(), m_actors);
    const qsizetype before = m_chips.chips().size();
    QSignalSpy spy(&m_chips, &FilterChips::criteriaChanged);
    FilterChip *removed = chip(label);
    QVERIFY(removed);
    QTest::mouseClick(removed->removeButton(), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).value<EventCriteria>(), expected);
    QCOMPARE(m_chips.criteria(), expected);
    QCOMPARE(m_chips.chips().size(), before - 1);
    QVERIFY(!labels().contains(label));
}

void TstFilterChips::deleteRemovesTheFocusedChipAndKeepsTheKeyboardInTheRow()
{
    EventCriteria criteria;
    criteria.tags = {u"ceasefire"_s, u"minsk"_s};
    criteria.hasRelations = true;
    m_chips.setCriteria(criteria, m_actors);
    m_chips.show();
    QVERIFY(QTest::qWaitForWindowActive(&m_chips));
    QSignalSpy spy(&m_chips, &FilterChips::criteriaChanged);
    chip(u"Tag: ceasefire"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(labels(), (QStringList{u"Tag: minsk"_s, u"Has relations"_s}));
    QCOMPARE(QApplication::focusWidget(), chip(u"Tag: minsk"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), chip(u"Has relations"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QCOMPARE(spy.size(), 3);
    QCOMPARE(spy.last().at(0).value<EventCriteria>(), EventCriteria());
    QVERIFY(m_chips.isHidden());
}

// A timeline from someone else may name an actor in markup: the chip shows it as text.
void TstFilterChips::namesFromTheFileAreShownAsWritten()
{
    Actor hostile;
    hostile.id = 3;
    hostile.name = u"<b>Bold</b> <img src=\"x.png\">"_s;
    m_actors.insert(hostile.id, hostile);
    EventCriteria criteria;
    criteria.actors = {3};
    m_chips.setCriteria(criteria, m_actors);
    FilterChip *shown = chip(u"Actor: "_s + hostile.name);
    QVERIFY(shown);
    auto *label = shown->findChild<QLabel *>();
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), u"Actor: "_s + hostile.name);
}

QTEST_MAIN(TstFilterChips)
#include "tst_filterchips.moc"
