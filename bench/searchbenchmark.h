// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synthetictimeline.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace entente {

// search_ms (issue 13): the first page of 50 results with snippets, for a mix of one-word,
// phrase, prefix and field queries, from random dates forward and back, in time order and in
// relevance order; and how long collecting every match takes (what the window does once per
// query for the timeline's dimming and the overview's marks).
class SearchBenchmark final
{
public:
    using Report = std::function<void(const QString &figure, double value, const QString &unit,
                                      const QJsonObject &context)>;

    // The queries suit the vocabulary the timeline was made with.
    SearchBenchmark(const QString &database, SyntheticTimeline::Vocabulary vocabulary, int perQuery,
                    Report report)
        : m_database(database), m_vocabulary(vocabulary), m_perQuery(perQuery),
          m_report(std::move(report))
    {}

    int run();

private:
    QString m_database;
    SyntheticTimeline::Vocabulary m_vocabulary;
    int m_perQuery;
    Report m_report;
};

} // namespace entente
