// SPDX-License-Identifier: GPL-3.0-or-later
#include "pasteeventscommand.h"

namespace entente {

PasteEventsCommand::PasteEventsCommand(EventStore *store, const EventClipboard::Content &content,
                                       QUndoCommand *parent)
    : ImportCommand(store, contentOf(content), {}, QString(), parent)
{
    setText(content.events.size() == 1
                ? QCoreApplication::translate("entente::PasteEventsCommand", "Paste “%1”")
                      .arg(content.events.constFirst().title)
                : QCoreApplication::translate("entente::PasteEventsCommand", "Paste %n Events",
                                              nullptr, int(content.events.size())));
}

TimelineContent PasteEventsCommand::contentOf(const EventClipboard::Content &content)
{
    TimelineContent result;
    result.events = content.events;
    for (Event &event : result.events) {
        event.uid.clear(); // a new event, also when pasted into the timeline it came from
    }
    result.actors = content.actors;
    result.sources = content.sources;
    result.relations = content.relations;
    result.relationTypes = content.relationTypes;
    result.agreements = content.agreements;
    result.provisions = content.provisions;
    for (Provision &provision : result.provisions) {
        provision.uid.clear(); // new as the events are: text from another program may carry one
    }
    result.provisionLinks = content.provisionLinks;
    result.assessments = content.assessments;
    result.actorRoles = content.actorRoles;
    return result;
}

} // namespace entente
