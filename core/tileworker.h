// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tile.h"

#include <QObject>

#include <memory>

namespace entente {

class EventStore;

// Runs tile queries on its own thread, over its own read-only connection to the timeline
// (SQLite in WAL mode lets it read while the UI's connection writes).
class TileWorker final : public QObject
{
    Q_OBJECT

public:
    explicit TileWorker(const QString &path);
    ~TileWorker() override;

public slots:
    // Fetches the keys in order; stops early when `generation` is no longer the latest, since
    // the view has moved on and will ask again.
    void fetch(const QList<entente::TileKey> &keys, quint64 generation);
    void setLatestGeneration(quint64 generation);

signals:
    void fetched(const entente::Tile &tile, quint64 generation);
    void failed(const QString &message);

private:
    QString m_path;
    std::unique_ptr<EventStore> m_store;
    std::atomic<quint64> m_latest{0};
};

} // namespace entente
