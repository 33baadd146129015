// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchquery.h"

#include <QString>
#include <QStringList>

namespace entente {

class Database;

// A prefix (`negotia*`) as the terms of the search index that start with it, for
// SearchQuery::match() to join by OR. FTS5 (3.40) answers its own prefix query by merging the
// lists of events of every such term before it returns a row, so a page of a common prefix
// cost as much as every match; an OR of terms it reads a page at a time within the key range.
class PrefixTerms final
{
public:
    // A prefix with more terms than this is left to FTS5: an OR of terms costs a seek per term
    // and a comparison per term for each row it returns, which for a short prefix of a real
    // vocabulary ("a*": thousands of terms) costs more than FTS5's merge.
    static constexpr int MostTerms = 128;

    explicit PrefixTerms(Database &db) : m_db(db) {}

    // What a prefix term stands for (SearchQuery::Expansion): its text, as the index's
    // tokenizer folds it, with the last term replaced by each term of the index that starts
    // with it. Empty when no term or more than MostTerms do.
    QStringList expand(const SearchQuery::Term &prefix) const;

private:
    QStringList termsStartingWith(const QString &prefix) const;

    Database &m_db;
};

} // namespace entente
