// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include <QFileInfo>

namespace entente {

ImportCommand::ImportCommand(EventStore *store, const TimelineContent &content,
                             const ContentImport::Options &options, const QString &fileName,
                             QUndoCommand *parent)
    : ImportCommand(
          store, [content](const ContentSink &sink) { sink(content); }, content.events.size(),
          options, fileName, parent)
{}

ImportCommand::ImportCommand(EventStore *store, ContentImport::Producer produce, qsizetype events,
                             const ContentImport::Options &options, const QString &fileName,
                             QUndoCommand *parent)
    : StoreCommand(store,
                   QCoreApplication::translate("entente::ImportCommand", "Import %1 (%n events)",
                                               nullptr, int(events))
                       .arg(QFileInfo(fileName).fileName()),
                   parent),
      m_produce(std::move(produce)), m_options(options)
{}

void ImportCommand::redo()
{
    if (m_done) {
        ContentImport::redo(*store(), &m_outcome);
        return;
    }
    m_outcome = ContentImport::run(*store(), m_produce, m_options);
    m_done = true;
    m_produce = {};
    m_options.progress = {}; // what it reported to is gone by the next redo
}

void ImportCommand::undo()
{
    ContentImport::undo(*store(), &m_outcome);
}

} // namespace entente
