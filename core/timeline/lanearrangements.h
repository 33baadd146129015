// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lanemodel.h"

#include <QList>
#include <QString>

#include <array>
#include <utility>

class QSettings;

namespace entente {

// What the user made of the lanes, for each kind of lane: which are folded, hidden and moved,
// and which kind is shown. Each kind keeps its own, so that switching back and forth loses
// nothing. Kept per timeline file in the settings, since actor ids are per file.
class LaneArrangements final
{
public:
    LaneModel::Mode mode() const { return m_mode; }
    void setMode(LaneModel::Mode mode) { m_mode = mode; }
    const LaneModel::Arrangement &of(LaneModel::Mode mode) const
    {
        return m_arrangements[int(mode)];
    }
    const LaneModel::Arrangement &current() const { return of(m_mode); }
    void set(LaneModel::Mode mode, const LaneModel::Arrangement &arrangement);

    // All of these act on the current mode's arrangement.
    void toggleFold(qint64 key);
    void hide(qint64 key);
    void show(qint64 key);
    void showAll();
    // Moves lane `lane` of `lanes` (laid out from this arrangement) up (steps < 0) or down
    // among the lanes of the same parent; false when it cannot move.
    bool move(const LaneModel &lanes, int lane, int steps);
    // The lanes hidden in the current mode that still exist, by key, with their names:
    // categories in the order given, actors by name. None in packed mode.
    QList<std::pair<qint64, QString>> hiddenLanes(const QStringList &categoriesInUse,
                                                  const QHash<qint64, Actor> &actors) const;

    // Every mode's arrangement under the settings of `file`; the mode is not part of them
    // (it is a preference of the user, not of a file).
    void save(QSettings &settings, const QString &file) const;
    // What was saved for `file`; when nothing was (the file's first opening), the first
    // arrangement for its `actors`: see firstArrangement.
    void restore(QSettings &settings, const QString &file, const QList<Actor> &actors);
    // Actors with others nested under them start folded, so that the first view tells the
    // story in the lanes of states and bodies (their people's events drawn there) and fits a
    // laptop's screen; the user unfolds them with the arrow or the lane menu.
    static LaneModel::Arrangement firstArrangement(const QList<Actor> &actors);

private:
    LaneModel::Arrangement &currentArrangement() { return m_arrangements[int(m_mode)]; }

    LaneModel::Mode m_mode = LaneModel::Mode::Actor;
    std::array<LaneModel::Arrangement, 3> m_arrangements;
};

} // namespace entente
