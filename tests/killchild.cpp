// SPDX-License-Identifier: GPL-3.0-or-later
// entente_killchild KIND FILE [ARGUMENT…]: the child program of tst_killsafety, which kills it
// (SIGKILL) at a random moment and checks the file. It works on the timeline FILE in a loop
// until killed, the way the window does, and says on stdout, a line at a time and flushed at
// once, what the file holds (killState):
//   ready STATE       the file is open and the loop begins
//   next STATE        a write begins that will leave the file in STATE
//   committed STATE   it has committed
// so the file holds the last committed state or, after a "next", the next one.
// Kinds:
//   import FILE JSON  imports JSON (ImportCommand, streamed as the window does) and undoes it,
//                     in turn; every other import with sole access (the command line's)
//   edit FILE         changes fields of an event, in turn through EventStore::updateEvent
//                     and EditEventsCommand
//   undo FILE         undoes and redoes three commands: an edit, an addition, a removal
//   saveas FILE COPY  saves FILE as COPY (EventStore::saveCopy, what Save As does) and opens
//                     the copy; prints "copy STATE" lines instead, STATE being FILE's
//   add FILE NAME N   N batches, each adding an event "NAME i" and counting one more in the
//                     description of the event with the lowest id: prints "committed NAME i",
//                     or "error MESSAGE" for a batch that failed; exits 1 if one did
//   hold FILE         holds the write lock in a batch, prints "locked" and sleeps until killed
//   sole FILE JSON    imports JSON with sole access (the command line's import: a rollback
//                     journal) in two halves; between them, with the file locked exclusively,
//                     prints "locked" and waits for a line on stdin; prints "committed STATE"
#include "addeventscommand.h"
#include "contentimport.h"
#include "database.h"
#include "editeventscommand.h"
#include "error.h"
#include "eventstore.h"
#include "filefingerprints.h"
#include "importcommand.h"
#include "importformats.h"
#include "killstate.h"
#include "removeeventscommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>

using namespace entente;

namespace {

void say(const QString &line)
{
    std::fputs(qUtf8Printable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Runs `write`, announced as leading to `expected`; a state other than foretold ends the
// child, which the parent then reports.
template <typename F>
void commitStep(EventStore &store, const QString &expected, F &&write)
{
    say(QStringLiteral("next ") + expected);
    write();
    const QString found = killState(store);
    if (found != expected) {
        say(QStringLiteral("mismatch: expected %1, found %2").arg(expected, found));
        std::exit(3);
    }
    say(QStringLiteral("committed ") + found);
}

QString stateWith(const EventStore &store, const Event &changed)
{
    QList<Event> events = store.events();
    std::replace_if(
        events.begin(), events.end(), [&](const Event &e) { return e.id == changed.id; }, changed);
    return killState(events, store.actors().size());
}

// The event changed in step `step`: its text, its dates (which move it in the time indexes
// and the summaries), its kind and its tags.
Event edited(Event event, int step)
{
    event.title = QStringLiteral("Edit %1").arg(step);
    event.description = QStringLiteral("Step %1").arg(step);
    event.kind = Event::Kind::Point;
    event.start = PartialDate::day(2000 + step % 20, 1 + step % 12, 1 + step % 28);
    event.end = PartialDate();
    event.ongoing = false;
    event.tags = {QStringLiteral("step-%1").arg(step)};
    return event;
}

ContentImport::Producer streamed(const QString &json)
{
    return [json](const ContentSink &sink) {
        QFile file(json);
        if (!file.open(QIODevice::ReadOnly)) {
            throw Error(QStringLiteral("cannot read %1").arg(json));
        }
        ImportReport report;
        ImportFormats::reader(ImportFormat::Json)->stream(file, json, &report, sink);
    };
}

void pushImport(QUndoStack &stack, EventStore &store, const QString &json, bool sole)
{
    ContentImport::Options options;
    options.soleAccess = sole;
    stack.push(new ImportCommand(&store, streamed(json), 0, options, json));
}

[[noreturn]] void importLoop(EventStore &store, const QString &json)
{
    QUndoStack stack;
    const QString before = killState(store);
    pushImport(stack, store, json, false); // learns the state an import leaves
    const QString after = killState(store);
    stack.undo();
    say(QStringLiteral("ready ") + before);
    for (int step = 0;; ++step) {
        commitStep(store, after, [&] { pushImport(stack, store, json, step % 2 == 0); });
        commitStep(store, before, [&] { stack.undo(); });
    }
}

[[noreturn]] void editLoop(EventStore &store)
{
    QUndoStack stack;
    stack.setUndoLimit(10);
    const Event original = firstEvent(store);
    say(QStringLiteral("ready ") + killState(store));
    for (int step = 1;; ++step) {
        const Event before = *store.event(original.id);
        const Event after = edited(before, step);
        commitStep(store, stateWith(store, after), [&] {
            if (step % 2 == 0) {
                store.updateEvent(after);
            } else {
                stack.push(
                    new EditEventsCommand(&store, {before}, {after}, QStringLiteral("Edit")));
            }
        });
    }
}

[[noreturn]] void undoLoop(EventStore &store)
{
    QUndoStack stack;
    const QList<Event> events = store.events();
    const Event first = firstEvent(store);
    const qint64 removed = events.last().id != first.id ? events.last().id : events.first().id;
    Event added;
    added.title = QStringLiteral("Added");
    added.start = PartialDate::day(2001, 2, 3);
    QStringList states{killState(store)};
    stack.push(new EditEventsCommand(&store, {first}, {edited(first, 1)}, QStringLiteral("Edit")));
    states.append(killState(store));
    stack.push(new AddEventsCommand(&store, {added}));
    states.append(killState(store));
    stack.push(new RemoveEventsCommand(&store, {removed}));
    states.append(killState(store));
    say(QStringLiteral("ready ") + states.last());
    for (;;) {
        while (stack.canUndo()) {
            commitStep(store, states.at(stack.index() - 1), [&] { stack.undo(); });
        }
        while (stack.canRedo()) {
            commitStep(store, states.at(stack.index() + 1), [&] { stack.redo(); });
        }
    }
}

[[noreturn]] void saveAsLoop(EventStore &store, const QString &copyPath)
{
    const QString state = killState(store);
    say(QStringLiteral("ready ") + state);
    for (;;) {
        say(QStringLiteral("next copy ") + state);
        store.saveCopy(copyPath);
        const EventStore copy(copyPath); // the window goes on in the copy
        say(QStringLiteral("committed copy ") + killState(copy));
    }
}

int addLoop(EventStore &store, const QString &name, int count)
{
    const qint64 counterId = firstEvent(store).id;
    int failures = 0;
    for (int i = 1; i <= count; ++i) {
        try {
            store.batch([&] {
                Event counter = *store.event(counterId); // read, then written: read-modify-write
                counter.description = QString::number(counter.description.toLongLong() + 1);
                store.updateEvent(counter);
                Event event;
                event.title = QStringLiteral("%1 %2").arg(name).arg(i);
                event.start = PartialDate::day(2010, 1, 1 + i % 28);
                store.addEvent(event);
            });
            say(QStringLiteral("committed %1 %2").arg(name).arg(i));
        } catch (const Error &error) {
            say(QStringLiteral("error ") + error.message());
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}

[[noreturn]] void holdLock(EventStore &store)
{
    store.batch([&] {
        Event event = firstEvent(store);
        event.description = QStringLiteral("held");
        store.updateEvent(event);
        say(QStringLiteral("locked"));
        for (;;) {
            QThread::sleep(1);
        }
    });
    std::abort(); // not reached
}

// After the first chunk the reader streams, the import has written pages into the file itself
// (a cache too small to hold them), which takes SQLite's exclusive lock: there it waits for
// the parent to say go (a line on stdin, or the pipe closed) before the rest and the commit.
void soleImportPaused(EventStore &store, const QString &json)
{
    ContentImport::Options options;
    options.soleAccess = true;
    const ContentImport::Producer produce = streamed(json);
    ContentImport::run(
        store,
        [&](const ContentSink &sink) {
            store.database().execute(QStringLiteral("PRAGMA cache_size = 2"));
            bool paused = false;
            produce([&](const TimelineContent &chunk) {
                sink(chunk);
                if (!std::exchange(paused, true)) {
                    say(QStringLiteral("locked"));
                    std::getc(stdin);
                }
            });
        },
        options);
    say(QStringLiteral("committed ") + killState(store));
}

int usage()
{
    std::fputs("usage: entente_killchild import|edit|undo|saveas|add|hold|sole FILE [ARGUMENT…]\n",
               stderr);
    return 2;
}

int run(const QStringList &arguments)
{
    const QString kind = arguments.value(1);
    if (arguments.size() < 3) {
        return usage();
    }
    EventStore store(arguments.at(2));
    if (kind == u"import" && arguments.size() == 4) {
        importLoop(store, arguments.at(3));
    } else if (kind == u"edit") {
        editLoop(store);
    } else if (kind == u"undo") {
        undoLoop(store);
    } else if (kind == u"saveas" && arguments.size() == 4) {
        saveAsLoop(store, arguments.at(3));
    } else if (kind == u"add" && arguments.size() == 5) {
        return addLoop(store, arguments.at(3), arguments.at(4).toInt());
    } else if (kind == u"hold") {
        holdLock(store);
    } else if (kind == u"sole" && arguments.size() == 4) {
        soleImportPaused(store, arguments.at(3));
        return 0;
    }
    return usage();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() >= 3) {
        // Each run keeps the files it checked in settings of its own, beside its timeline: a
        // child killed while it writes them can leave their lock half made, which makes the
        // next one to read them wait 30 s for it to go stale (QLockFile).
        FileFingerprints::useSettingsFile(arguments.at(2) + QStringLiteral(".fingerprints.ini"));
    }
    try {
        return run(arguments);
    } catch (const Error &error) {
        say(QStringLiteral("error ") + error.message());
        return 1;
    }
}
