// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventcriteria.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace entente {

// A name for a search and filters, with the stretch of time to show and how to lay out the
// lanes (issue 13): View ▸ Saved Views applies it; it is stored in the timeline file and
// travels in Entente JSON.
struct SavedView
{
    Q_DECLARE_TR_FUNCTIONS(entente::SavedView)

public:
    qint64 id = 0;
    QString name; // unique whatever its case, not empty; the store keeps it trimmed
    EventCriteria criteria;
    std::optional<std::pair<qint64, qint64>> visible; // seconds; none: keep the current range
    QString lanes; // one of laneModes(), as the command line names them; "": keep the current

    // The lane modes a view may name, in the command line's words.
    static QStringList laneModes()
    {
        return {QStringLiteral("actor"), QStringLiteral("category"), QStringLiteral("packed")};
    }

    // The view as JSON: "name", "criteria" (EventCriteria::toJson), "visible" ({"from", "to"} in
    // the criteria's words, or null) and "lanes"; the id is left out. fromJson sets `error` to
    // the first problem, naming the key, and then returns an empty view.
    QJsonObject toJson() const;
    static SavedView fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const SavedView &, const SavedView &) = default;
};

} // namespace entente
