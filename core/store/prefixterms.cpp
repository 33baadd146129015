// SPDX-License-Identifier: GPL-3.0-or-later
#include "prefixterms.h"

#include "database.h"
#include "foldtokenizer.h"
#include "statement.h"

using namespace Qt::StringLiterals;

namespace entente {

QStringList PrefixTerms::expand(const SearchQuery::Term &prefix) const
{
    // FTS5 reads `"o'brie"*` as the phrase "o brie*": only the last term is a prefix.
    QStringList leading = FoldTokenizer::terms(m_db.handle(), prefix.text);
    if (leading.isEmpty()) {
        return {};
    }
    const QString last = leading.takeLast();
    const QStringList terms = termsStartingWith(last);
    if (terms.size() > MostTerms) {
        return {};
    }
    QStringList texts;
    for (const QString &term : terms) {
        texts.append((leading + QStringList{term}).join(u' '));
    }
    return texts;
}

// Up to MostTerms + 1 terms, in the index's (byte) order.
QStringList PrefixTerms::termsStartingWith(const QString &prefix) const
{
    // fts5vocab's "instance" table gives a term's first occurrence without reading its other
    // ones, so each term is one seek, from just after the one before; a range of its "row"
    // table counts every event of each term (~7 ms for a common one in 100,000 events).
    m_db.execute(u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.event_terms USING "
                 "fts5vocab(main, event_text, instance)"_s);
    Statement &next = m_db.cached(u"SELECT term FROM temp.event_terms WHERE term >= ?1 LIMIT 1"_s);
    QStringList terms;
    QString from = prefix;
    while (terms.size() <= MostTerms) {
        next.bind(1, from);
        const QString term = next.step() ? next.text(0) : QString();
        next.reset();
        if (term.isNull() || !term.startsWith(prefix)) {
            break;
        }
        terms.append(term);
        from = term + QChar(1); // no term holds a NUL: nothing lies between the two
    }
    return terms;
}

} // namespace entente
