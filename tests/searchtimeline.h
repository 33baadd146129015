// SPDX-License-Identifier: GPL-3.0-or-later
// A small timeline to search and filter, shared by tst_eventsearch and tst_eventcriteria.
#pragma once

#include "eventstore.h"
#include "partialdate.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace entente {

using namespace Qt::StringLiterals;

// Seven events of the war in Donbas and after, with actors, sources, tags, categories and a
// relation: every criterion lets some of them through and leaves others out. In a file of its
// own, gone with it.
class SearchTimeline final
{
public:
    SearchTimeline() : store(m_dir.filePath(u"t.entente"_s))
    {
        store.batch([this] { fill(); });
    }

    qint64 id(const QString &title) const { return ids.value(title); }

    // The titles of these events, sorted: what a test compares.
    QStringList titles(const QList<qint64> &eventIds) const
    {
        QStringList found;
        for (qint64 eventId : eventIds) {
            found.append(ids.key(eventId));
        }
        found.sort();
        return found;
    }

    static Event make(const QString &title, const PartialDate &start, const QString &category,
                      int importance, const QStringList &tags, const QList<qint64> &actors,
                      const QList<qint64> &sources, const QString &description)
    {
        Event event;
        event.title = title;
        event.start = start;
        event.category = category;
        event.importance = importance;
        event.tags = tags;
        for (qint64 actor : actors) {
            event.actors.append({actor, QString()});
        }
        event.sourceIds = sources;
        event.description = description;
        return event;
    }

private:
    QTemporaryDir m_dir; // before the store, which it outlives

public:
    EventStore store;
    qint64 zelenskyy = 0, putin = 0, rutte = 0, reuters = 0, tass = 0;
    QHash<QString, qint64> ids; // by title

private:
    static Actor person(const QString &name, const QStringList &aliases)
    {
        Actor actor;
        actor.name = name;
        actor.type = Actor::Type::Person;
        actor.aliases = aliases;
        return actor;
    }

    void fill()
    {
        zelenskyy = store.addActor(person(u"Volodymyr Zelenskyy"_s, {u"Зеленський"_s}));
        putin = store.addActor(person(u"Vladimir Putin"_s, {u"Путин"_s}));
        rutte = store.addActor(person(u"Mark Rutte"_s, {}));
        reuters = store.addSource({0, u"Reuters"_s, u"Leaders meet in Belarus"_s, QString(),
                                   PartialDate(), u"The talks went on all night."_s});
        tass = store.addSource(
            {0, u"TASS"_s, u"Kremlin statement"_s, QString(), PartialDate(), QString()});

        add(u"Minsk Protocol signed"_s, PartialDate::day(2014, 9, 5), u"Agreement"_s, 5,
            {u"ceasefire"_s, u"minsk"_s}, {putin, zelenskyy}, {reuters},
            u"The Trilateral Contact Group signs a ceasefire protocol in Minsk."_s);
        Event battle = make(u"Battle of Debaltseve"_s, PartialDate::day(2015, 1, 14),
                            u"Armed clash"_s, 4, {u"debaltseve"_s}, {}, {},
                            u"Heavy fighting around the railway hub of Debaltseve."_s);
        battle.kind = Event::Kind::Period;
        battle.end = PartialDate::day(2015, 2, 20);
        battle.location = u"Debaltseve"_s;
        ids.insert(battle.title, store.addEvent(battle));
        add(u"Package of Measures"_s, PartialDate::day(2015, 2, 12), u"Agreement"_s, 5, {}, {putin},
            {tass},
            u"The package of measures for the implementation of the Minsk agreements, agreed "
            u"after a night of talks between the leaders of four states and the separatists."_s);
        add(u"Зеленський addresses parliament"_s, PartialDate::day(2019, 5, 20), QString(), 3, {},
            {zelenskyy}, {}, u"Президент Зеленський заявив про перемир'я."_s);
        add(u"Rutte visits Kyiv"_s, PartialDate::month(2022, 3), u"Visit"_s, 2, {u"nato"_s},
            {rutte}, {reuters}, u"Rutte talks about Minsk and NATO."_s);
        add(u"Talks resume"_s, PartialDate::day(2016, 6, 1, true), u"Agreement"_s, 3,
            {u"minsk talks"_s}, {putin, rutte}, {}, u"Negotiators meet again."_s);
        add(u"Rumour of a meeting"_s, PartialDate(), u"Rumour"_s, 1, {}, {}, {},
            u"Talk of a Minsk meeting, date unknown."_s);

        Relation relation;
        relation.fromEventId = id(u"Minsk Protocol signed"_s);
        relation.toEventId = id(u"Package of Measures"_s);
        relation.type = Relation::LedTo;
        store.addRelation(relation);
    }

    void add(const QString &title, const PartialDate &start, const QString &category,
             int importance, const QStringList &tags, const QList<qint64> &actors,
             const QList<qint64> &sources, const QString &description)
    {
        ids.insert(title, store.addEvent(make(title, start, category, importance, tags, actors,
                                              sources, description)));
    }
};

} // namespace entente
