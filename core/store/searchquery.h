// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace entente {

// What a user types into the search field, in the syntax web search taught them (words,
// "phrases", prefix*, OR, -exclude, field:), parsed and written out as an FTS5 MATCH
// expression. Nothing the user types reaches FTS5 as syntax: every term goes out as a quoted
// string and every operator and parenthesis is ours, so no input is an SQL error.
class SearchQuery final
{
    Q_DECLARE_TR_FUNCTIONS(entente::SearchQuery)

public:
    // Where a term must occur. The FTS table has the columns title, description, actors,
    // sources, tags, location, category, in that order.
    enum class Field { Any, Title, Description, Actor, Source, Tag, Location, Category };

    struct Term
    {
        QString text;        // as the user wrote it, quotes removed
        bool phrase = false; // written in double quotes
        bool prefix = false; // written with a trailing *
        Field field = Field::Any;

        friend bool operator==(const Term &, const Term &) = default;
    };

    static SearchQuery parse(QStringView text);

    bool isEmpty() const; // nothing to search for (blank, or only punctuation)
    // All of: each group is a list of terms of which any one will do (joined by OR).
    const QList<QList<Term>> &required() const { return m_required; }
    const QList<Term> &excluded() const { return m_excluded; } // -term: none of these

    // What a prefix term stands for: the texts it may be, each ending in a whole term, to
    // be searched for in its place (any of them); empty to leave the prefix to FTS5.
    using Expansion = std::function<QStringList(const Term &prefix)>;

    // The FTS5 MATCH expression of the required part, with the excluded terms joined in by
    // NOT; empty when nothing is required. FTS5 cannot run a bare NOT, so a query that only
    // excludes is for the caller to anti-join with excludedMatch(). Prefix terms are replaced
    // by what `expand` gives for them, if anything.
    QString match(const Expansion &expand = {}) const;
    QString excludedMatch(const Expansion &expand = {}) const; // the excluded terms, any of them

    static QString fieldPrefix(Field field); // "actor", "title", ... ("" for Any)
    static QString column(Field field);      // "actors", "title", ... ("" for Any)

private:
    void add(const Term &term, bool excluded, bool joinsPrevious);

    QList<QList<Term>> m_required;
    QList<Term> m_excluded;
};

} // namespace entente
