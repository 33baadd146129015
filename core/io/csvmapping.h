// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "datecolumn.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace entente {

// Which event field each column of a CSV file of no known format fills: what the mapping
// dialog shows and `--map title=COL,date=COL,…` says. Guessed from the header names and the
// values, and written as text to be remembered per header.
class CsvMapping final
{
    Q_DECLARE_TR_FUNCTIONS(entente::CsvMapping)

public:
    enum class Field {
        Ignore,
        Title,
        Date, // the start
        EndDate,
        Actor, // several columns may name actors, each with its role
        Category,
        Description,
        Location,
        Tags,
        SourceUrl,
        SourceTitle,
        SourceOutlet,
        Uid,
        Importance,
        Attribute, // kept in the event's attributes under the column's name
    };

    struct Column
    {
        Field field = Field::Ignore;
        QString role; // actors only; empty: "party"
        // Actors only: what an actor new to the timeline is. The file does not say, and most
        // parties a table names are not states.
        Actor::Type kind = Actor::Type::Organisation;

        friend bool operator==(const Column &, const Column &) = default;
    };

    CsvMapping() = default;
    explicit CsvMapping(qsizetype columns) : m_columns(columns) {}

    qsizetype size() const { return m_columns.size(); }
    bool isEmpty() const { return m_columns.isEmpty(); }
    const Column &column(qsizetype index) const { return m_columns.at(index); }
    void setColumn(qsizetype index, const Column &column) { m_columns[index] = column; }
    // The first column mapped to `field`, or -1.
    qsizetype indexOf(Field field) const;
    QList<qsizetype> indexesOf(Field field) const;

    // Day first or month first for the date columns; Unknown: as their values settle it.
    DateOrder dateOrder = DateOrder::Unknown;

    // Why events cannot be made with this mapping (nothing to call them), or "".
    QString missing() const;

    // A guess from the column names and some rows of values.
    static CsvMapping guess(const QStringList &header, const QList<QStringList> &rows);

    // "title=Headline,date=2,actor:mediator=Envoy,actor:party:state=Side,attribute=Deaths":
    // each mapped column by its header name, or by its 1-based number when the name would not
    // read back; an actor column with its role and, unless Organisation, its kind.
    QString toText(const QStringList &header) const;
    // The mapping a text names, for a file with this header. A column is a header name (exact,
    // else ignoring case) or a 1-based number. Throws Error saying what is wrong.
    static CsvMapping fromText(const QString &text, const QStringList &header);

    // "title", "date", "end", "actor", …: the names --map uses (empty for Ignore).
    static QString name(Field field);
    static std::optional<Field> fromName(QStringView name);
    // What the mapping dialog shows for a field.
    static QString label(Field field);
    static QList<Field> fields(); // all of them, Ignore first
    static QStringList names();   // the names --map takes
    // The name an attribute column is kept under: the header in lower case, "_" for spaces.
    static QString attributeName(const QString &header);

    friend bool operator==(const CsvMapping &, const CsvMapping &) = default;

private:
    static qsizetype columnOf(QStringView column, const QStringList &header);
    static QString keyOf(const Column &column);
    static Actor::Type kindOf(const QString &name, const QString &part);
    void guessFromNames(const QStringList &header, const QList<QStringList> &rows);
    void guessFromValues(const QStringList &header, const QList<QStringList> &rows);

    QList<Column> m_columns;
};

} // namespace entente
