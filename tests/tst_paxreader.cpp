// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QBuffer>

#include "importformats.h"
#include "paxreader.h"
#include "testsupport.h"

using namespace entente;

namespace {

const QByteArray Header = "Con,Contp,PP,PPName,Reg,AgtId,Ver,Agt,Dat,Status,Lgt,N_characters,"
                          "Agtp,Stage,StageSub,Part,ThrdPart,OthAgr,GCh,StDef,StBor,Ele,Ce,ImPK\n";

// Rows shaped like PA-X's Minsk I (a title across three lines, parties separated by ";", lines
// 2–4) and Minsk II (parties one per line, two of them on one line, lines 5–7), an agreement
// with a Windows-1252 "é" (line 8) and one with a 30 February (line 9).
const QByteArray Fixture =
    Header +
    "Ukraine,Government/territory,121,Ukraine peace process,Europe and Eurasia,1363,1,"
    "\"Protocol on the results of consultations of the Contact Group\nwith respect to the joint "
    "steps\n(Minsk Protocol, or Minsk I)\",2014-09-05,Multiparty signed/agreed,1,2478,Intra,"
    "SubPar,MultIss,\"Former President of Ukraine, L.D. Kuchma; Ambassador of Russia, M.Y. "
    "Zurabov; A.V. Zakharchenko; I.V. Plotnitskiy\",Heidi Tagliavini OSCE Ambassador,,0,1,1,1,1,"
    "1\n"
    "Ukraine,Government/territory,121,Ukraine peace process,Europe and Eurasia,1364,1,"
    "Package of Measures for the Implementation of the Minsk Agreements (Minsk II),2015-02-12,"
    "Multiparty signed/agreed,3,6648,Intra,Imp,ImpMod,\"Former President of Ukraine, L. D. "
    "Kuchma\nAmbassador of Russia, M. Yu. Zurabov A.W. Zakharchenko\nI.W. Plotnitski\","
    "Ambassador Heidi Tagliavini,,0,1,0,1,2,1\n"
    "Mali,Government,7,Mali peace process,Africa,2001,1,Accord de paix d'Alg\xE9rie,2015-05-15,"
    "Multiparty signed/agreed,30,90000,Intra,Comp,Comp,Government of Mali; CMA,,,0,0,0,0,0,0\n"
    "Mali,Government,7,Mali peace process,Africa,2002,1,Not a day,2015-02-30,"
    "Multiparty signed/agreed,1,100,Intra,Pre,Pre,Government of Mali,,,0,0,0,0,0,0\n";

TimelineContent readBytes(const QByteArray &bytes, ImportReport *report)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return PaxReader().read(buffer, QStringLiteral("pax.csv"), report);
}

QStringList actorsOf(const TimelineContent &content, const Event &event)
{
    QStringList actors;
    for (const EventActor &eventActor : event.actors) {
        for (const Actor &actor : content.actors) {
            if (actor.id == eventActor.actorId) {
                actors.append(actor.name + QStringLiteral(" (") + eventActor.role + u')');
            }
        }
    }
    return actors;
}

} // namespace

class TstPaxReader : public QObject
{
    Q_OBJECT

private slots:
    void minskI();
    void minskII();
    void topicsAndAttributes();
    void badRowsAndEncodingAreReported();
    void namesAreSplitOnlyWhenReliable_data();
    void namesAreSplitOnlyWhenReliable();
    void detectedFromItsHeader();
};

void TstPaxReader::minskI()
{
    ImportReport report;
    const TimelineContent content = readBytes(Fixture, &report);
    QCOMPARE(content.events.size(), 3);
    const Event minsk = content.events.at(0);
    QCOMPARE(minsk.uid, QStringLiteral("pax:1363"));
    QCOMPARE(minsk.title, QStringLiteral("Protocol on the results of consultations of the Contact "
                                         "Group with respect to the joint steps (Minsk Protocol, "
                                         "or Minsk I)"));
    QCOMPARE(minsk.start, PartialDate::day(2014, 9, 5));
    QCOMPARE(minsk.kind, Event::Kind::Point);
    QCOMPARE(minsk.category, QStringLiteral("agreement"));
    QCOMPARE(minsk.tags, QStringList{QStringLiteral("Ukraine peace process")});
    QCOMPARE(actorsOf(content, minsk),
             QStringList({QStringLiteral("Former President of Ukraine, L.D. Kuchma (party)"),
                          QStringLiteral("Ambassador of Russia, M.Y. Zurabov (party)"),
                          QStringLiteral("A.V. Zakharchenko (party)"),
                          QStringLiteral("I.V. Plotnitskiy (party)"),
                          QStringLiteral("Heidi Tagliavini OSCE Ambassador (third party)")}));
    QVERIFY(minsk.description.startsWith(
        QStringLiteral("Protocol on the results of consultations of the Contact Group\nwith "
                       "respect to the joint steps\n(Minsk Protocol, or Minsk I)\n\nParties: ")));
}

void TstPaxReader::minskII()
{
    ImportReport report;
    const TimelineContent content = readBytes(Fixture, &report);
    const Event minsk = content.events.at(1);
    QCOMPARE(minsk.uid, QStringLiteral("pax:1364"));
    QCOMPARE(minsk.title, QStringLiteral("Package of Measures for the Implementation of the Minsk "
                                         "Agreements (Minsk II)"));
    QCOMPARE(minsk.start, PartialDate::day(2015, 2, 12));
    QCOMPARE(minsk.tags, QStringList{QStringLiteral("Ukraine peace process")});
    // Parties one per line, two of them run together: no actor is made of them, the text is
    // kept; the third party is one name.
    QCOMPARE(actorsOf(content, minsk),
             QStringList{QStringLiteral("Ambassador Heidi Tagliavini (third party)")});
    QCOMPARE(minsk.description,
             QStringLiteral("Package of Measures for the Implementation of the Minsk Agreements "
                            "(Minsk II)\n\nParties: Former President of Ukraine, L. D. Kuchma\n"
                            "Ambassador of Russia, M. Yu. Zurabov A.W. Zakharchenko\n"
                            "I.W. Plotnitski\n\nThird parties: Ambassador Heidi Tagliavini"));
}

void TstPaxReader::topicsAndAttributes()
{
    ImportReport report;
    const TimelineContent content = readBytes(Fixture, &report);
    const Event minsk = content.events.at(1);
    QCOMPARE(minsk.attributes.value(QStringLiteral("pax.id")), QStringLiteral("1364"));
    QCOMPARE(minsk.attributes.value(QStringLiteral("pax.topics")),
             QStringLiteral("StDef,Ele,Ce,ImPK"));
    QCOMPARE(minsk.attributes.value(QStringLiteral("pax.stage")), QStringLiteral("Imp"));
    QCOMPARE(minsk.attributes.value(QStringLiteral("pax.stagesub")), QStringLiteral("ImpMod"));
    QCOMPARE(minsk.attributes.value(QStringLiteral("pax.status")),
             QStringLiteral("Multiparty signed/agreed"));
    QCOMPARE(minsk.attributes.value(QStringLiteral("pax.agtp")), QStringLiteral("Intra"));
    QCOMPARE(minsk.attributes.value(QStringLiteral("pax.con")), QStringLiteral("Ukraine"));
    QVERIFY(!content.events.at(2).attributes.contains(QStringLiteral("pax.topics")));
}

void TstPaxReader::badRowsAndEncodingAreReported()
{
    ImportReport report;
    const TimelineContent content = readBytes(Fixture, &report);
    QCOMPARE(content.events.at(2).title, QStringLiteral("Accord de paix d'Algérie"));
    QCOMPARE(report.warnings.size(), 1);
    QCOMPARE(report.warnings.first().toString(),
             QStringLiteral("pax.csv:8: a line not in UTF-8, read as Windows-1252: 8"));
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().line, 9);
    QCOMPARE(report.problems.first().column, QStringLiteral("Dat"));
    // The actor only the bad row names is not brought in.
    QCOMPARE(content.actors.size(), 5 + 1 + 2);
}

void TstPaxReader::namesAreSplitOnlyWhenReliable_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("list") << "Government of Sri Lanka; Liberation Tigers of Tamil Eelam"
                          << QStringList{QStringLiteral("Government of Sri Lanka"),
                                         QStringLiteral("Liberation Tigers of Tamil Eelam")};
    QTest::newRow("list across lines") << "Gen. A, GRP Panel; \nProf. B, MILF Panel"
                                       << QStringList{QStringLiteral("Gen. A, GRP Panel"), QStringLiteral("Prof. B, MILF Panel")};
    QTest::newRow("one name") << "Traditional Chiefs of the Diffa region"
                              << QStringList{QStringLiteral("Traditional Chiefs of the Diffa region")};
    QTest::newRow("two joined by and") << "Government of Rwanda and Rwandese Patriotic Front"
                                       << QStringList{};
    QTest::newRow("comma") << "British government, Irish Government" << QStringList{};
    QTest::newRow("signature block") << "Parties:\n\nH.E. A, President\nH.E. B, Prime Minister"
                                     << QStringList{};
    QTest::newRow("empty") << "" << QStringList{};
}

void TstPaxReader::namesAreSplitOnlyWhenReliable()
{
    QFETCH(QString, field);
    QFETCH(QStringList, names);
    QCOMPARE(PaxReader::namesIn(field), names);
}

void TstPaxReader::detectedFromItsHeader()
{
    QCOMPARE(ImportFormats::detect(QStringLiteral("agreements.csv"), Fixture), ImportFormat::Pax);
}

QTEST_MAIN(TstPaxReader)
#include "tst_paxreader.moc"
