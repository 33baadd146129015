// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include <QFileInfo>

namespace entente {

ImportCommand::ImportCommand(EventStore *store, const TimelineContent &content,
                             const ContentImport::Options &options, const QString &fileName,
                             QUndoCommand *parent)
    : StoreCommand(store,
                   QCoreApplication::translate("entente::ImportCommand", "Import %1 (%n events)",
                                               nullptr, int(content.events.size()))
                       .arg(QFileInfo(fileName).fileName()),
                   parent),
      m_content(content), m_options(options)
{}

void ImportCommand::redo()
{
    if (m_done) {
        ContentImport::redo(*store(), m_outcome);
        return;
    }
    m_outcome = ContentImport::run(*store(), m_content, m_options);
    m_done = true;
    m_content = {};
    m_options.progress = {}; // what it reported to is gone by the next redo
}

void ImportCommand::undo()
{
    ContentImport::undo(*store(), m_outcome);
}

} // namespace entente
