// SPDX-License-Identifier: GPL-3.0-or-later
// The negotiating table as a spreadsheet reads it: a header of events, a record per row, the
// roles' labels in the cells, a group's members counted and its members indented under it.
#include "negotiatingtablecsv.h"

#include <QBuffer>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

enum : qint64 { Russia = 1, Ukraine, France, Germany, UnitedStates, Osce };
enum : qint64 { MinskII = 10, Riyadh, Paris };

Event event(qint64 id, const char *date, const char *title, const char *category,
            const QList<EventActor> &actors)
{
    Event e;
    e.id = id;
    e.uid = QStringLiteral("e%1").arg(id);
    e.title = QString::fromUtf8(title);
    e.start = PartialDate::fromIso(QString::fromLatin1(date));
    e.category = QString::fromLatin1(category);
    e.actors = actors;
    return e;
}

EventActor as(qint64 actorId, const char *role)
{
    return {actorId, QString::fromLatin1(role)};
}

NegotiatingTable::Input input()
{
    NegotiatingTable::Input input;
    input.events = {
        event(Riyadh, "2025-02-18~", "Riyadh talks, US–Russia", "talks",
              {as(UnitedStates, "party"), as(Russia, "party"), as(Ukraine, "excluded")}),
        event(MinskII, "2015-02-12", "Minsk II", "agreement",
              {as(Russia, "signatory"), as(Ukraine, "signatory"), as(France, "mediator"),
               as(Germany, "mediator"), as(Osce, "=guarantor"), as(Osce, "mediator")}),
        event(Paris, "2019-12", "Paris summit", "meeting",
              {as(France, "party"), as(Germany, "party"), as(Russia, "party")}),
    };
    input.roles = ActorRole::builtIn();
    input.roles.append(
        {QStringLiteral("=guarantor"), QString(), QString(), ActorRole::Seat::AtTable});
    for (ActorRole &role : input.roles) {
        if (role.name == u"signatory") {
            role.label = QStringLiteral("Signatory");
        }
    }
    input.groups = {
        {7, QStringLiteral("Normandy format"), QString(), {France, Germany, Russia, Ukraine}}};
    input.actorNames = {
        {Russia, QStringLiteral("Russia")},
        {Ukraine, QStringLiteral("Ukraine")},
        {France, QStringLiteral("France")},
        {Germany, QStringLiteral("Germany")},
        {UnitedStates, QStringLiteral("United States")},
        {Osce, QStringLiteral("Organization for Security and Co-operation in Europe")}};
    input.actorShortNames = {{Osce, QStringLiteral("OSCE")}};
    return input;
}

// The records of an RFC 4180 text, each a list of fields.
QList<QStringList> records(const QString &text)
{
    QList<QStringList> records{{}};
    QString field;
    bool quoted = false;
    const auto at = [&text](qsizetype i) { return i < text.size() ? text.at(i) : QChar(); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == u'"' && at(i + 1) == u'"') {
            field += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u',') {
            records.last().append(std::exchange(field, QString()));
        } else if (!quoted && c == u'\r' && at(i + 1) == u'\n') {
            ++i;
            records.last().append(std::exchange(field, QString()));
            records.append(QStringList());
        } else {
            field += c;
        }
    }
    records.removeLast(); // after the last CRLF
    return records;
}

} // namespace

class TstNegotiatingTableCsv : public QObject
{
    Q_OBJECT

private slots:
    void writesAHeaderOfEventsAndARecordPerRow();
    void startsWithAByteOrderMarkAndEndsLinesWithCrLf();
};

void TstNegotiatingTableCsv::writesAHeaderOfEventsAndARecordPerRow()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    NegotiatingTableCsv::write(NegotiatingTable(input()), input().roles, &buffer);
    const QList<QStringList> rows = records(QString::fromUtf8(buffer.data().mid(3)));

    const QList<QStringList> expected{
        {u"Actor"_s, u"Shown as"_s, u"Minsk II"_s, u"Paris summit"_s, u"Riyadh talks, US–Russia"_s},
        // The events' dates as the events' CSV writes them: "c. 18 Feb 2025" is approximate.
        {u"uid"_s, QString(), u"e10"_s, u"e12"_s, u"e11"_s},
        {u"start"_s, QString(), u"2015-02-12"_s, u"2019-12"_s, u"2025-02-18"_s},
        {u"end"_s, QString(), QString(), QString(), QString()},
        {u"precision"_s, QString(), u"day"_s, u"month"_s, u"day"_s},
        {u"approximate"_s, QString(), u"false"_s, u"false"_s, u"true"_s},
        {u"Normandy format (group)"_s, u"Normandy format"_s, u"4 at the table"_s,
         u"3 at the table"_s, u"1 at the table, 1 excluded"_s},
        {u"  France"_s, u"France"_s, u"mediator"_s, u"party"_s, QString()},
        {u"  Germany"_s, u"Germany"_s, u"mediator"_s, u"party"_s, QString()},
        {u"  Russia"_s, u"Russia"_s, u"Signatory"_s, u"party"_s, u"party"_s},
        {u"  Ukraine"_s, u"Ukraine"_s, u"Signatory"_s, QString(), u"excluded"_s},
        // The full name, lossless, then the short name the table shows; a cell a spreadsheet
        // would run as a formula is neutralised.
        {u"Organization for Security and Co-operation in Europe"_s, u"OSCE"_s,
         u"'=guarantor; mediator"_s, QString(), QString()},
        {u"United States"_s, u"United States"_s, QString(), QString(), u"party"_s},
    };
    QCOMPARE(rows, expected);
}

void TstNegotiatingTableCsv::startsWithAByteOrderMarkAndEndsLinesWithCrLf()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    NegotiatingTableCsv::write(NegotiatingTable(input()), input().roles, &buffer);
    QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"
                                     "Actor,"));
    QVERIFY(buffer.data().endsWith("party\r\n"));
    QCOMPARE(buffer.data().count("\r\n"), 13); // six records of the events, seven rows
    QCOMPARE(buffer.data().count('\n'), 13);
}

QTEST_GUILESS_MAIN(TstNegotiatingTableCsv)
#include "tst_negotiatingtablecsv.moc"
