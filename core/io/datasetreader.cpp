// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetreader.h"

namespace entente {

TimelineContent DatasetReader::read(QIODevice &device, const QString &fileName,
                                    ImportReport *report, const ImportProgress &progress)
{
    TimelineContent content;
    stream(
        device, fileName, report,
        [&content](TimelineContent chunk) { append(&content, std::move(chunk)); }, progress);
    return content;
}

void DatasetReader::append(TimelineContent *content, TimelineContent chunk)
{
    if (content->title.isEmpty()) {
        content->title = chunk.title;
    }
    content->categoriesComplete = content->categoriesComplete || chunk.categoriesComplete;
    content->events += std::move(chunk.events);
    content->actors += std::move(chunk.actors);
    content->sources += std::move(chunk.sources);
    content->relations += std::move(chunk.relations);
    content->relationTypes += std::move(chunk.relationTypes);
    content->categories += std::move(chunk.categories);
    content->eras += std::move(chunk.eras);
    content->agreements += std::move(chunk.agreements);
    content->provisions += std::move(chunk.provisions);
    content->provisionLinks += std::move(chunk.provisionLinks);
    content->assessments += std::move(chunk.assessments);
    content->actorRoles += std::move(chunk.actorRoles);
    content->actorGroups += std::move(chunk.actorGroups);
    content->savedViews += std::move(chunk.savedViews);
}

} // namespace entente
