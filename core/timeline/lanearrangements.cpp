// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanearrangements.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace entente {

namespace {

constexpr std::array<LaneModel::Mode, 3> Modes = {LaneModel::Mode::Actor, LaneModel::Mode::Category,
                                                  LaneModel::Mode::Packed};

// Where a timeline's lane arrangement is kept: per file, since actor ids are per file.
QString groupOf(const QString &file, LaneModel::Mode mode)
{
    const QByteArray path = QFileInfo(file).absoluteFilePath().toUtf8();
    return QStringLiteral("lanes/%1/%2")
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16)))
        .arg(int(mode));
}

QStringList toStrings(const QList<qint64> &keys)
{
    QStringList strings;
    for (qint64 key : keys) {
        strings.append(QString::number(key));
    }
    return strings;
}

QList<qint64> toKeys(const QStringList &strings)
{
    QList<qint64> keys;
    for (const QString &string : strings) {
        bool ok = false;
        const qint64 key = string.toLongLong(&ok);
        if (ok) {
            keys.append(key);
        }
    }
    return keys;
}

// save() writes every mode's group, whatever the user changed.
bool hasSaved(QSettings &settings, const QString &file)
{
    settings.beginGroup(groupOf(file, LaneModel::Mode::Actor));
    const bool saved = !settings.childKeys().isEmpty();
    settings.endGroup();
    return saved;
}

} // namespace

LaneModel::Arrangement LaneArrangements::firstArrangement(const QList<Actor> &actors)
{
    QSet<qint64> ids;
    for (const Actor &actor : actors) {
        ids.insert(actor.id);
    }
    LaneModel::Arrangement arrangement;
    for (const Actor &actor : actors) {
        if (actor.affiliationId != 0 && ids.contains(actor.affiliationId)) {
            arrangement.collapsed.insert(actor.affiliationId);
        }
    }
    return arrangement;
}

void LaneArrangements::set(LaneModel::Mode mode, const LaneModel::Arrangement &arrangement)
{
    m_arrangements[int(mode)] = arrangement;
}

void LaneArrangements::toggleFold(qint64 key)
{
    QSet<qint64> &collapsed = currentArrangement().collapsed;
    if (!collapsed.remove(key)) {
        collapsed.insert(key);
    }
}

void LaneArrangements::hide(qint64 key)
{
    currentArrangement().hidden.insert(key);
}

void LaneArrangements::show(qint64 key)
{
    currentArrangement().hidden.remove(key);
}

void LaneArrangements::showAll()
{
    currentArrangement().hidden.clear();
}

bool LaneArrangements::move(const LaneModel &lanes, int lane, int steps)
{
    const QList<int> siblings = lanes.siblingsOf(lane);
    const qsizetype from = siblings.indexOf(lane);
    const qsizetype to = std::clamp<qsizetype>(from + steps, 0, siblings.size() - 1);
    if (from < 0 || from == to) {
        return false;
    }
    // The whole sibling order is remembered, so that the move survives new lanes appearing.
    QList<qint64> keys;
    for (int sibling : siblings) {
        keys.append(lanes.lanes().at(sibling).key);
    }
    keys.move(from, to);
    QList<qint64> &order = currentArrangement().order;
    for (qint64 key : std::as_const(keys)) {
        order.removeAll(key);
    }
    order += keys;
    return true;
}

QList<std::pair<qint64, QString>>
LaneArrangements::hiddenLanes(const QStringList &categoriesInUse,
                              const QHash<qint64, Actor> &actors) const
{
    const QSet<qint64> &hidden = current().hidden;
    QList<std::pair<qint64, QString>> lanes;
    if (m_mode == LaneModel::Mode::Category) {
        for (const QString &category : categoriesInUse) {
            if (hidden.contains(LaneKey::ofCategory(category))) {
                lanes.append({LaneKey::ofCategory(category),
                              category.isEmpty() ? LaneModel::tr("Uncategorized") : category});
            }
        }
    } else if (m_mode == LaneModel::Mode::Actor) {
        for (qint64 key : hidden) {
            if (key == LaneKey::NoActor) {
                lanes.append({key, LaneModel::tr("No actor")});
            } else if (actors.contains(key)) { // not one removed since
                lanes.append({key, actors.value(key).displayName()});
            }
        }
        std::sort(lanes.begin(), lanes.end(),
                  [](const auto &a, const auto &b) { return a.second < b.second; });
    }
    return lanes;
}

void LaneArrangements::save(QSettings &settings, const QString &file) const
{
    for (const LaneModel::Mode mode : Modes) {
        const LaneModel::Arrangement &arrangement = of(mode);
        settings.beginGroup(groupOf(file, mode));
        settings.setValue(QStringLiteral("collapsed"), toStrings({arrangement.collapsed.cbegin(),
                                                                  arrangement.collapsed.cend()}));
        settings.setValue(QStringLiteral("hidden"),
                          toStrings({arrangement.hidden.cbegin(), arrangement.hidden.cend()}));
        settings.setValue(QStringLiteral("order"), toStrings(arrangement.order));
        settings.endGroup();
    }
}

void LaneArrangements::restore(QSettings &settings, const QString &file, const QList<Actor> &actors)
{
    if (!hasSaved(settings, file)) {
        for (const LaneModel::Mode mode : Modes) {
            set(mode, {});
        }
        set(LaneModel::Mode::Actor, firstArrangement(actors));
        return;
    }
    for (const LaneModel::Mode mode : Modes) {
        settings.beginGroup(groupOf(file, mode));
        const QList<qint64> collapsed =
            toKeys(settings.value(QStringLiteral("collapsed")).toStringList());
        const QList<qint64> hidden =
            toKeys(settings.value(QStringLiteral("hidden")).toStringList());
        set(mode, {{collapsed.cbegin(), collapsed.cend()},
                   {hidden.cbegin(), hidden.cend()},
                   toKeys(settings.value(QStringLiteral("order")).toStringList())});
        settings.endGroup();
    }
}

} // namespace entente
