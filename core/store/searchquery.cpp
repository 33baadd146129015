// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include <QStringList>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

using Field = SearchQuery::Field;
using Term = SearchQuery::Term;

struct Named
{
    Field field;
    QLatin1StringView prefix; // what users write before the colon
    QLatin1StringView column; // the FTS table's column
};

constexpr Named Names[] = {
    {Field::Any, ""_L1, ""_L1},
    {Field::Title, "title"_L1, "title"_L1},
    {Field::Description, "description"_L1, "description"_L1},
    {Field::Actor, "actor"_L1, "actors"_L1},
    {Field::Source, "source"_L1, "sources"_L1},
    {Field::Tag, "tag"_L1, "tags"_L1},
    {Field::Location, "location"_L1, "location"_L1},
    {Field::Category, "category"_L1, "category"_L1},
};

const Named &named(Field field)
{
    return Names[int(field)];
}

// The field a prefix names, in the singular or the plural, in any case.
std::optional<Field> fieldNamed(QStringView name)
{
    for (const Named &entry : Names) {
        if (entry.field == Field::Any) {
            continue;
        }
        const QString plural = entry.prefix + u's';
        if (name.compare(entry.prefix, Qt::CaseInsensitive) == 0 ||
            name.compare(plural, Qt::CaseInsensitive) == 0) {
            return entry.field;
        }
    }
    return std::nullopt;
}

// One piece of the text: a term, perhaps excluded, or the operator OR.
struct Token
{
    Term term;
    bool excluded = false;
    bool isOr = false;
};

// A `-` counts only at the start of a term and with something after it: `2015-02-12` and a
// lone `-` are text.
bool startsExclusion(QStringView rest)
{
    return rest.size() > 1 && rest.front() == u'-' && !rest.at(1).isSpace();
}

// The length of a known field prefix (`actor:`) at the start of `rest`, which it sets in
// `field`, or 0. `foo:bar`, and `actor:` with nothing after it, are text.
qsizetype readField(QStringView rest, Field &field)
{
    qsizetype colon = 0;
    while (colon < rest.size() && rest.at(colon).isLetter()) {
        ++colon;
    }
    const qsizetype after = colon + 1;
    if (colon == 0 || after >= rest.size() || rest.at(colon) != u':' || rest.at(after).isSpace()) {
        return 0;
    }
    const std::optional<Field> found = fieldNamed(rest.first(colon));
    if (!found) {
        return 0;
    }
    field = *found;
    return after;
}

// A "phrase" (to the end of the text when the quote is not closed) or a word (up to a space
// or a quote), with a trailing `*` making it a prefix. Returns the length read.
qsizetype readBody(QStringView rest, Term &term)
{
    if (rest.startsWith(u'"')) {
        term.phrase = true;
        const qsizetype close = rest.indexOf(u'"', 1);
        if (close < 0) {
            term.text = rest.sliced(1).toString();
            return rest.size();
        }
        term.text = rest.sliced(1, close - 1).toString();
        term.prefix = close + 1 < rest.size() && rest.at(close + 1) == u'*';
        return close + 1 + (term.prefix ? 1 : 0);
    }
    qsizetype end = 0;
    while (end < rest.size() && !rest.at(end).isSpace() && rest.at(end) != u'"') {
        ++end;
    }
    QStringView word = rest.first(end);
    while (word.endsWith(u'*')) {
        word.chop(1);
        term.prefix = true;
    }
    term.text = word.toString();
    return end;
}

// Reads the token that starts at `at` (not a space) and moves `at` past it.
Token readToken(QStringView text, qsizetype &at)
{
    Token token;
    if (startsExclusion(text.sliced(at))) {
        token.excluded = true;
        ++at;
    }
    at += readField(text.sliced(at), token.term.field);
    at += readBody(text.sliced(at), token.term);
    token.isOr = !token.excluded && token.term == Term{u"OR"_s};
    return token;
}

qsizetype skipSpaces(QStringView text, qsizetype at)
{
    while (at < text.size() && text.at(at).isSpace()) {
        ++at;
    }
    return at;
}

// FTS5 drops what is not a letter or a digit: a term without one would be an empty phrase,
// which matches nothing on its own.
bool hasLetterOrDigit(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(),
                       [](uint c) { return QChar::isLetterOrNumber(c); });
}

// A text as an FTS5 string in a term's column: quoted whatever it holds, so none of it is read
// as syntax. parse() leaves no `"` in a term (it ends words and phrases); it is doubled all the
// same, as FTS5 wants, so that the quoting never depends on the parser.
QString quoted(Field field, const QString &text)
{
    const QLatin1StringView column = named(field).column;
    QString fts = column.isEmpty() ? QString() : column + u':';
    return fts + u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

// A term as FTS5 syntax: a prefix as the texts it stands for, any of them, when `expand`
// gives them.
QString written(const Term &term, const SearchQuery::Expansion &expand)
{
    const QStringList expanded = term.prefix && expand ? expand(term) : QStringList();
    if (expanded.isEmpty()) {
        return quoted(term.field, term.text) + (term.prefix ? u"*"_s : QString());
    }
    QStringList alternatives;
    for (const QString &text : expanded) {
        alternatives.append(quoted(term.field, text));
    }
    const QString any = alternatives.join(u" OR "_s);
    return alternatives.size() > 1 ? u'(' + any + u')' : any;
}

QString anyOf(const QList<Term> &terms, const SearchQuery::Expansion &expand)
{
    QStringList parts;
    for (const Term &term : terms) {
        parts.append(written(term, expand));
    }
    return parts.join(u" OR "_s);
}

} // namespace

SearchQuery SearchQuery::parse(QStringView text)
{
    // FTS5 takes a NUL for the end of the expression, so inside a string it would leave the
    // string unterminated: it separates terms like a space.
    QString cleaned = text.toString();
    cleaned.replace(QChar::Null, u' ');

    SearchQuery query;
    bool afterRequired = false; // the last term kept is a required one
    bool joinsPrevious = false; // an OR stands between that term and the next
    for (qsizetype at = skipSpaces(cleaned, 0); at < cleaned.size(); at = skipSpaces(cleaned, at)) {
        const Token token = readToken(cleaned, at);
        if (token.isOr) {
            joinsPrevious = afterRequired;
        } else if (hasLetterOrDigit(token.term.text)) {
            query.add(token.term, token.excluded, joinsPrevious);
            afterRequired = !token.excluded;
            joinsPrevious = false;
        }
    }
    return query;
}

void SearchQuery::add(const Term &term, bool excluded, bool joinsPrevious)
{
    if (excluded) {
        m_excluded.append(term);
    } else if (joinsPrevious) {
        m_required.last().append(term);
    } else {
        m_required.append({term});
    }
}

bool SearchQuery::isEmpty() const
{
    return m_required.isEmpty() && m_excluded.isEmpty();
}

QString SearchQuery::match(const Expansion &expand) const
{
    // FTS5 binds NOT tighter than AND and AND tighter than OR: every group of more than one
    // term, and each side of NOT, is parenthesised.
    QStringList groups;
    for (const QList<Term> &group : m_required) {
        const QString any = anyOf(group, expand);
        groups.append(group.size() > 1 ? u'(' + any + u')' : any);
    }
    const QString required = groups.join(u" AND "_s);
    if (required.isEmpty() || m_excluded.isEmpty()) {
        return required;
    }
    return u'(' + required + u") NOT ("_s + excludedMatch(expand) + u')';
}

QString SearchQuery::excludedMatch(const Expansion &expand) const
{
    return anyOf(m_excluded, expand);
}

QString SearchQuery::fieldPrefix(Field field)
{
    return named(field).prefix;
}

QString SearchQuery::column(Field field)
{
    return named(field).column;
}

} // namespace entente
