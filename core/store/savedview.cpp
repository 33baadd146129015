// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedview.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace entente {

QJsonObject SavedView::toJson() const
{
    QJsonObject json;
    json.insert(u"name"_s, name);
    json.insert(u"criteria"_s, criteria.toJson());
    if (visible) {
        // The criteria's words for the two ends of a range of time.
        EventCriteria range;
        range.from = visible->first;
        range.to = visible->second;
        json.insert(u"visible"_s, range.toJson());
    } else {
        json.insert(u"visible"_s, QJsonValue::Null);
    }
    json.insert(u"lanes"_s, lanes);
    return json;
}

SavedView SavedView::fromJson(const QJsonObject &json, QString *error)
{
    SavedView view;
    QString problem;
    const QJsonValue name = json.value(u"name");
    const QJsonValue criteria = json.value(u"criteria");
    const QJsonValue visible = json.value(u"visible");
    const QJsonValue lanes = json.value(u"lanes");
    if (!name.isString() || name.toString().trimmed().isEmpty()) {
        problem = tr("“name”: expected the view's name");
    } else if (!criteria.isUndefined() && !criteria.isNull() && !criteria.isObject()) {
        problem = tr("“criteria”: expected an object");
    } else if (!visible.isUndefined() && !visible.isNull() && !visible.isObject()) {
        problem = tr("“visible”: expected an object with “from” and “to”, or null");
    } else if (!lanes.isUndefined() && !lanes.isNull() &&
               (!lanes.isString() ||
                (!lanes.toString().isEmpty() && !laneModes().contains(lanes.toString())))) {
        problem = tr("“lanes”: expected one of actor, category, packed or \"\"");
    }
    if (problem.isEmpty()) {
        view.name = name.toString();
        view.lanes = lanes.toString();
        view.criteria = EventCriteria::fromJson(criteria.toObject(), &problem);
        if (!problem.isEmpty()) {
            problem = tr("“criteria”, %1").arg(problem);
        }
    }
    if (problem.isEmpty() && visible.isObject()) {
        const EventCriteria range = EventCriteria::fromJson(visible.toObject(), &problem);
        if (!problem.isEmpty() || !range.from || !range.to) {
            problem = tr("“visible”: expected “from” and “to” as date-times or seconds");
        } else {
            view.visible = std::pair(*range.from, *range.to);
        }
    }
    if (error) {
        *error = problem;
    }
    return problem.isEmpty() ? view : SavedView();
}

} // namespace entente
