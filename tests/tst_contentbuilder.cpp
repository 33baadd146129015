// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "contentbuilder.h"

using namespace entente;

class TstContentBuilder : public QObject
{
    Q_OBJECT

private slots:
    void outletIsTheSourceOfThatOutlet();
    void actorsFoundAgainByName();
};

// ACLED's outlets come as names (addOutlet), other readers' sources whole (addSource): an outlet
// named both ways is one source, and a source with more than its outlet is another.
void TstContentBuilder::outletIsTheSourceOfThatOutlet()
{
    ContentBuilder builder;
    Event first, second;
    builder.addOutlet(&first, u"Kyiv Independent");
    builder.addSource(&second, Source{0, QStringLiteral("Kyiv Independent"), {}, {}, {}, {}});
    builder.addSource(&second, Source{0,
                                      QStringLiteral("Kyiv Independent"),
                                      QStringLiteral("Shelling of Kharkiv"),
                                      {},
                                      {},
                                      {}});
    builder.addOutlet(&second, u"Kyiv Independent");
    builder.addOutlet(&second, u"Interfax");
    QCOMPARE(first.sourceIds, (QList<qint64>{1}));
    QCOMPARE(second.sourceIds, (QList<qint64>{1, 2, 3}));
    builder.addEvent(first);
    builder.addEvent(second);
    TimelineContent delivered;
    builder.deliver([&](TimelineContent content) { delivered = std::move(content); });
    QCOMPARE(delivered.sources.size(), 3);
    QCOMPARE(delivered.sources.at(0),
             (Source{1, QStringLiteral("Kyiv Independent"), {}, {}, {}, {}}));
    QCOMPARE(delivered.sources.at(2).outlet, QStringLiteral("Interfax"));
}

void TstContentBuilder::actorsFoundAgainByName()
{
    ContentBuilder builder;
    Event event;
    const QString name = QStringLiteral("Military Forces of Russia (2000-)");
    builder.addActor(&event, QStringView(name).first(20), QStringLiteral("party"));
    builder.addActor(&event, name, QStringLiteral("party"), Actor::Type::State);
    builder.addActor(&event, name, QStringLiteral("associated"));
    builder.addActor(&event, u"", QStringLiteral("party"));
    QCOMPARE(event.actors,
             (QList<EventActor>{{1, QStringLiteral("party")}, {2, QStringLiteral("party")}}));
    builder.addEvent(event);
    TimelineContent delivered;
    builder.deliver([&](TimelineContent content) { delivered = std::move(content); });
    QCOMPARE(delivered.actors.size(), 2);
    QCOMPARE(delivered.actors.at(0).name, QStringLiteral("Military Forces of R"));
    QCOMPARE(delivered.actors.at(1).name, name);
    QCOMPARE(delivered.actors.at(1).type, Actor::Type::State);
}

QTEST_MAIN(TstContentBuilder)
#include "tst_contentbuilder.moc"
