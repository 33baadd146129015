// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventclipboard.h"

#include "ententejson.h"
#include "error.h"
#include "storecontent.h"

namespace entente {

EventClipboard::Content EventClipboard::gather(const EventStore &store,
                                               const QList<qint64> &eventIds)
{
    return StoreContent::gather(store, eventIds);
}

QByteArray EventClipboard::toJson(const Content &content)
{
    return EntenteJson::write(content);
}

EventClipboard::Content EventClipboard::fromJson(const QByteArray &json)
{
    try {
        Content content = EntenteJson::read(json, tr("clipboard"));
        content.savedViews.clear(); // a paste brings events: a whole file's views stay out
        return content;
    } catch (const Error &error) {
        throw Error(tr("The clipboard does not hold Entente events: %1").arg(error.message()));
    }
}

} // namespace entente
