// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvmapping.h"

#include "error.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

using Field = CsvMapping::Field;

struct Named
{
    Field field;
    const char *name;
    const char *label;
};

constexpr Named Names[] = {
    {Field::Ignore, "", QT_TRANSLATE_NOOP("entente::CsvMapping", "(ignore)")},
    {Field::Title, "title", QT_TRANSLATE_NOOP("entente::CsvMapping", "Title")},
    {Field::Date, "date", QT_TRANSLATE_NOOP("entente::CsvMapping", "Date (start)")},
    {Field::EndDate, "end", QT_TRANSLATE_NOOP("entente::CsvMapping", "End date")},
    {Field::Actor, "actor", QT_TRANSLATE_NOOP("entente::CsvMapping", "Actor")},
    {Field::Category, "category", QT_TRANSLATE_NOOP("entente::CsvMapping", "Category")},
    {Field::Description, "description", QT_TRANSLATE_NOOP("entente::CsvMapping", "Description")},
    {Field::Location, "location", QT_TRANSLATE_NOOP("entente::CsvMapping", "Location")},
    {Field::Tags, "tags", QT_TRANSLATE_NOOP("entente::CsvMapping", "Tags")},
    {Field::SourceUrl, "url", QT_TRANSLATE_NOOP("entente::CsvMapping", "Source URL")},
    {Field::SourceTitle, "source", QT_TRANSLATE_NOOP("entente::CsvMapping", "Source title")},
    {Field::SourceOutlet, "outlet", QT_TRANSLATE_NOOP("entente::CsvMapping", "Source outlet")},
    {Field::Uid, "uid", QT_TRANSLATE_NOOP("entente::CsvMapping", "Identifier (uid)")},
    {Field::Importance, "importance", QT_TRANSLATE_NOOP("entente::CsvMapping", "Importance")},
    {Field::Attribute, "attribute", QT_TRANSLATE_NOOP("entente::CsvMapping", "Keep as attribute")},
};

// Header names as datasets write them, lower case without spaces, "_" or "-".
struct Synonyms
{
    Field field;
    QStringList names;
};

const QList<Synonyms> &synonyms()
{
    static const QList<Synonyms> list = {
        {Field::Title,
         {u"title"_s, u"headline"_s, u"eventtitle"_s, u"eventname"_s, u"name"_s, u"event"_s,
          u"subject"_s}},
        {Field::Date,
         {u"date"_s, u"eventdate"_s, u"startdate"_s, u"start"_s, u"datestart"_s, u"begin"_s,
          u"begindate"_s, u"when"_s, u"dateofevent"_s, u"startdatetime"_s, u"datetime"_s}},
        {Field::EndDate,
         {u"enddate"_s, u"end"_s, u"dateend"_s, u"until"_s, u"enddatetime"_s, u"finish"_s}},
        {Field::Actor,
         {u"actor"_s, u"actors"_s, u"actor1"_s, u"actor2"_s, u"party"_s, u"parties"_s, u"sidea"_s,
          u"sideb"_s, u"participant"_s, u"participants"_s, u"who"_s}},
        {Field::Category,
         {u"category"_s, u"type"_s, u"eventtype"_s, u"group"_s, u"kind"_s, u"theme"_s}},
        {Field::Description,
         {u"description"_s, u"notes"_s, u"note"_s, u"text"_s, u"details"_s, u"body"_s, u"summary"_s,
          u"comment"_s, u"comments"_s, u"content"_s}},
        {Field::Location,
         {u"location"_s, u"place"_s, u"city"_s, u"where"_s, u"site"_s, u"region"_s, u"country"_s}},
        {Field::Tags, {u"tags"_s, u"tag"_s, u"keywords"_s, u"labels"_s}},
        {Field::SourceUrl,
         {u"url"_s, u"link"_s, u"sourceurl"_s, u"sourcelink"_s, u"href"_s, u"website"_s}},
        {Field::SourceTitle, {u"sourcetitle"_s, u"articletitle"_s}},
        {Field::SourceOutlet,
         {u"source"_s, u"sources"_s, u"outlet"_s, u"publisher"_s, u"publication"_s,
          u"sourcename"_s}},
        {Field::Uid, {u"uid"_s, u"id"_s, u"eventid"_s, u"uniqueid"_s, u"key"_s}},
        {Field::Importance, {u"importance"_s, u"priority"_s, u"significance"_s}},
    };
    return list;
}

QString normalized(const QString &header)
{
    QString name = header.trimmed().toLower();
    name.remove(u' ').remove(u'_').remove(u'-').remove(u'.');
    return name;
}

std::optional<Field> fieldOfName(const QString &header)
{
    const QString name = normalized(header);
    for (const Synonyms &entry : synonyms()) {
        if (entry.names.contains(name)) {
            return entry.field;
        }
    }
    return std::nullopt;
}

QStringList valuesOf(const QList<QStringList> &rows, qsizetype column)
{
    QStringList values;
    for (const QStringList &row : rows) {
        values.append(row.value(column).trimmed());
    }
    return values;
}

bool isDateField(Field field)
{
    return field == Field::Date || field == Field::EndDate;
}

// A column named as a date column is taken when most of its values are dates (some rows of a
// real file have typos), one of no name only when four in five are (DateColumn::looksLikeDates).
bool mostlyDates(const QStringList &values)
{
    qsizetype written = 0, dates = 0;
    for (const QString &value : values) {
        if (DateColumn::isPlaceholder(value)) {
            continue;
        }
        ++written;
        dates += !DateColumn::parse(value, DateOrder::DayFirst).isNull() ||
                 !DateColumn::parse(value, DateOrder::MonthFirst).isNull();
    }
    return written == 0 || dates * 2 > written;
}

// Values that may be the events' identity: present in every row and never twice.
bool looksLikeIds(const QStringList &values)
{
    const QSet<QString> distinct(values.cbegin(), values.cend());
    return !values.isEmpty() && !distinct.contains(QString()) && distinct.size() == values.size();
}

} // namespace

qsizetype CsvMapping::indexOf(Field field) const
{
    const QList<qsizetype> indexes = indexesOf(field);
    return indexes.isEmpty() ? -1 : indexes.first();
}

QList<qsizetype> CsvMapping::indexesOf(Field field) const
{
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).field == field) {
            indexes.append(i);
        }
    }
    return indexes;
}

QString CsvMapping::missing() const
{
    if (indexOf(Field::Title) < 0 && indexOf(Field::Description) < 0) {
        return tr("No column is the title (or a description to take it from).");
    }
    return {};
}

CsvMapping CsvMapping::guess(const QStringList &header, const QList<QStringList> &rows)
{
    CsvMapping mapping(header.size());
    mapping.guessFromNames(header, rows);
    mapping.guessFromValues(header, rows);
    return mapping;
}

void CsvMapping::guessFromNames(const QStringList &header, const QList<QStringList> &rows)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        const std::optional<Field> field = fieldOfName(header.at(i));
        if (!field) {
            continue;
        }
        // A date column of values that are no dates (a "Date" of two-digit years beside an ISO
        // "date") is not taken; only actors come in several columns.
        const QStringList values = valuesOf(rows, i);
        const bool datesFit = !isDateField(*field) || mostlyDates(values);
        if (datesFit && (*field == Field::Actor || indexOf(*field) < 0)) {
            m_columns[i].field = *field;
        }
    }
}

void CsvMapping::guessFromValues(const QStringList &header, const QList<QStringList> &rows)
{
    if (rows.isEmpty()) {
        return;
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (m_columns.at(i).field != Field::Ignore) {
            continue;
        }
        const QStringList values = valuesOf(rows, i);
        if (indexOf(Field::Date) < 0 && DateColumn::looksLikeDates(values)) {
            m_columns[i].field = Field::Date;
        } else if (indexOf(Field::Uid) < 0 && header.at(i).trimmed().toLower().endsWith(u"id") &&
                   looksLikeIds(values)) {
            m_columns[i].field = Field::Uid;
        }
    }
}

QString CsvMapping::toText(const QStringList &header) const
{
    QStringList parts;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const Column &column = m_columns.at(i);
        if (column.field == Field::Ignore) {
            continue;
        }
        const QString name = header.value(i);
        const bool readsBack = !name.isEmpty() && !name.contains(u',') && !name.contains(u'=') &&
                               name == name.trimmed() && columnOf(name, header) == i;
        parts.append(keyOf(column) + u'=' + (readsBack ? name : QString::number(i + 1)));
    }
    return parts.join(u',');
}

CsvMapping CsvMapping::fromText(const QString &text, const QStringList &header)
{
    CsvMapping mapping(header.size());
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        const QString key = part.left(equals).trimmed();
        const QString fieldName = key.section(u':', 0, 0);
        const std::optional<Field> field = fromName(fieldName);
        if (equals < 0 || !field || *field == Field::Ignore) {
            throw Error(tr("column mapping: “%1” is not FIELD=COLUMN with FIELD one of %2")
                            .arg(part, names().join(QStringLiteral(", "))));
        }
        const QString columnText = part.mid(equals + 1).trimmed();
        const qsizetype index = columnOf(columnText, header);
        if (index < 0) {
            throw Error(tr("column mapping: the file has no column “%1”; its columns are %2")
                            .arg(columnText, header.join(QStringLiteral(", "))));
        }
        mapping.m_columns[index] = {*field, key.section(u':', 1, 1).trimmed(),
                                    kindOf(key.section(u':', 2).trimmed(), part)};
    }
    return mapping;
}

// "actor", "actor:mediator", "actor:party:state".
QString CsvMapping::keyOf(const Column &column)
{
    QString key = name(column.field);
    const bool kind = column.field == Field::Actor && column.kind != Actor::Type::Organisation;
    if (!column.role.isEmpty() || kind) {
        key += u':' + (column.role.isEmpty() ? QStringLiteral("party") : column.role);
    }
    if (kind) {
        key += u':' + Actor::typeName(column.kind);
    }
    return key;
}

Actor::Type CsvMapping::kindOf(const QString &name, const QString &part)
{
    Actor::Type kind = Actor::Type::Organisation;
    if (!name.isEmpty() && !Actor::typeFromName(name.toLower(), &kind)) {
        throw Error(tr("column mapping: “%1” names no kind of actor in “%2”; the kinds are "
                       "state, organisation, person and group")
                        .arg(name, part));
    }
    return kind;
}

qsizetype CsvMapping::columnOf(QStringView column, const QStringList &header)
{
    if (const qsizetype exact = header.indexOf(column); exact >= 0) {
        return exact;
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(column, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    bool isNumber = false;
    const int number = column.toInt(&isNumber);
    return isNumber && number >= 1 && number <= header.size() ? number - 1 : -1;
}

QString CsvMapping::name(Field field)
{
    for (const Named &named : Names) {
        if (named.field == field) {
            return QString::fromLatin1(named.name);
        }
    }
    return {};
}

std::optional<Field> CsvMapping::fromName(QStringView name)
{
    for (const Named &named : Names) {
        if (name.compare(QLatin1StringView(named.name), Qt::CaseInsensitive) == 0) {
            return named.field;
        }
    }
    return std::nullopt;
}

QStringList CsvMapping::names()
{
    QStringList list;
    for (const Named &named : Names) {
        if (named.field != Field::Ignore) {
            list.append(QString::fromLatin1(named.name));
        }
    }
    return list;
}

QString CsvMapping::label(Field field)
{
    for (const Named &named : Names) {
        if (named.field == field) {
            return tr(named.label);
        }
    }
    return {};
}

QList<Field> CsvMapping::fields()
{
    QList<Field> list;
    for (const Named &named : Names) {
        list.append(named.field);
    }
    return list;
}

QString CsvMapping::attributeName(const QString &header)
{
    return header.trimmed().toLower().replace(u' ', u'_');
}

} // namespace entente
