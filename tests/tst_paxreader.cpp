// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "contentimport.h"
#include "eventstore.h"
#include "importformats.h"
#include "paxcoding.h"
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

// Minsk I (1363) and Minsk II (1364) with every coding column PA-X v10 gives a value other than
// 0 for either, as the file has them, and the signatory flag ImUN, which codes no topic.
const QByteArray CodingHeader =
    "AgtId,PPName,Agt,Dat,Stage,StageSub,StDef,StBor,StXbor,Ele,ConGen,Cons,Terps,TpsLoc,TpsAut,"
    "HrMob,Dev,DevSoc,DevHum,Tax,TaxRef,Ban,BanPers,LaCH,LaCHIt,SsrGua,Ce,CeProv,CeGen,SsrPol,"
    "SsrArm,SsrPsf,SsrFf,TjAm,TjAmPro,TjPrire,TjNR,ImOth,ImPK,ImUN\n";
const QByteArray CodingFixture =
    CodingHeader + "1363,Ukraine peace process,Minsk Protocol,2014-09-05,SubPar,MultIss,"
                   "1,1,0,1,0,0,2,0,1,0,1,1,0,0,0,0,0,0,0,1,1,0,1,0,0,1,0,1,1,1,1,1,1,0\n"
                   "1364,Ukraine peace process,Minsk II,2015-02-12,Imp,ImpMod,"
                   "1,0,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,0,2,1,0,2,1,1,1,2,1,1,1,1,1,0\n";

QStringList topicsOf(const QList<Provision> &provisions)
{
    QStringList topics;
    for (const Provision &provision : provisions) {
        topics.append(provisionTopicName(provision.topic));
    }
    return topics;
}

QList<Provision> provisionsOfAgreement(const TimelineContent &content, qsizetype eventIndex)
{
    QList<Provision> provisions;
    for (const Provision &provision : content.provisions) {
        if (provision.agreementId == TimelineContent::placeholderOf(eventIndex)) {
            provisions.append(provision);
        }
    }
    return provisions;
}

TimelineContent readBytes(const QByteArray &bytes, ImportReport *report)
{
    return readContent(PaxReader(), bytes, QStringLiteral("pax.csv"), report);
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
    void minskITopicsBecomeProvisions();
    void minskIITopicsBecomeProvisions();
    void stagesAndProcessBecomeTheAgreementRow();
    void importedProvisionsAreStoredAndFoundAgain();
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
    QCOMPARE(actorsWithRoles(content, minsk),
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
    QCOMPARE(actorsWithRoles(content, minsk),
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
    QTest::newRow("list across lines")
        << "Gen. A, GRP Panel; \nProf. B, MILF Panel"
        << QStringList{QStringLiteral("Gen. A, GRP Panel"), QStringLiteral("Prof. B, MILF Panel")};
    QTest::newRow("one name") << "Traditional Chiefs of the Diffa region"
                              << QStringList{
                                     QStringLiteral("Traditional Chiefs of the Diffa region")};
    QTest::newRow("two joined by and")
        << "Government of Rwanda and Rwandese Patriotic Front" << QStringList{};
    QTest::newRow("comma") << "British government, Irish Government" << QStringList{};
    QTest::newRow("signature block")
        << "Parties:\n\nH.E. A, President\nH.E. B, Prime Minister" << QStringList{};
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

void TstPaxReader::minskITopicsBecomeProvisions()
{
    ImportReport report;
    const TimelineContent content = readBytes(CodingFixture, &report);
    const QList<Provision> provisions = provisionsOfAgreement(content, 0);
    QCOMPARE(
        topicsOf(provisions).join(u' '),
        QStringLiteral(
            "ceasefire withdrawal-disarmament monitoring-verification prisoners-detainees amnesty "
            "elections constitutional-reform borders security-guarantees economic-social other"));
    const Provision &reform = provisions.at(6);
    QCOMPARE(reform.uid, QStringLiteral("pax:1363:constitutional-reform"));
    QCOMPARE(reform.codedBy, QStringLiteral("pax"));
    QCOMPARE(reform.paxCode, QStringLiteral("Terps,TpsAut"));
    QCOMPARE(reform.paxValue, 2);
    QCOMPARE(reform.position, 6);
    QVERIFY(reform.number.isEmpty()); // PA-X numbers nothing
    QVERIFY(reform.text.isEmpty());
    QCOMPARE(reform.summary, QStringLiteral("Constitutional reform and decentralisation (coded by "
                                            "PA-X: Terps 2, TpsAut 1)"));
    QCOMPARE(provisions.last().paxCode, QStringLiteral("StDef,TjNR"));
}

void TstPaxReader::minskIITopicsBecomeProvisions()
{
    ImportReport report;
    const TimelineContent content = readBytes(CodingFixture, &report);
    const QList<Provision> provisions = provisionsOfAgreement(content, 1);
    // No borders (StBor is 0 for Minsk II) and no row for ImOth or ImUN, who signed.
    QCOMPARE(
        topicsOf(provisions).join(u' '),
        QStringLiteral(
            "ceasefire withdrawal-disarmament monitoring-verification prisoners-detainees amnesty "
            "humanitarian-access elections constitutional-reform economic-social other"));
    QCOMPARE(provisions.at(0).paxCode, QStringLiteral("Ce,CeProv"));
    QCOMPARE(provisions.at(0).paxValue, 2);
    QCOMPARE(provisions.at(8).paxCode, QStringLiteral("Dev,DevSoc,Tax,TaxRef,Ban,BanPers"));
    QCOMPARE(provisions.at(9).paxCode,
             QStringLiteral("StDef,StXbor,LaCH,LaCHIt,SsrPol,SsrArm,TjNR"));
    QCOMPARE(content.events.at(1).attributes.value(QStringLiteral("pax.topics")).count(u',') + 1,
             30); // ImOth among them: the attribute keeps every column coded
}

void TstPaxReader::stagesAndProcessBecomeTheAgreementRow()
{
    ImportReport report;
    const TimelineContent content = readBytes(CodingFixture, &report);
    QCOMPARE(content.agreements.size(), 2);
    QCOMPARE(content.agreements.at(0).id, TimelineContent::placeholderOf(0));
    QCOMPARE(content.agreements.at(0).stage, Agreement::Stage::Framework);
    QCOMPARE(content.agreements.at(1).stage, Agreement::Stage::Implementation);
    QCOMPARE(content.agreements.at(1).process, QStringLiteral("Ukraine peace process"));
    QCOMPARE(PaxCoding::stageOf(u"Imp", u"ExtSub"), Agreement::Stage::Renegotiation);
    QCOMPARE(PaxCoding::stageOf(u"Cea", u"Ceas"), Agreement::Stage::Ceasefire);
    QCOMPARE(PaxCoding::stageOf(u"Pre", u"Prin"), Agreement::Stage::PreNegotiation);
    QCOMPARE(PaxCoding::stageOf(u"Oth", u"Oth"), Agreement::Stage::None);
    // The bad row of the first fixture (30 February) brings no agreement row in.
    const TimelineContent mixed = readBytes(Fixture, &report);
    QCOMPARE(mixed.agreements.size(), 3);
    QCOMPARE(mixed.agreements.last().id, TimelineContent::placeholderOf(2));
}

void TstPaxReader::importedProvisionsAreStoredAndFoundAgain()
{
    QTemporaryDir dir;
    EventStore store(dir.filePath(QStringLiteral("t.entente")));
    ImportReport report;
    const TimelineContent content = readBytes(CodingFixture, &report);
    QVERIFY(!store.hasProvisions());
    ContentImport::run(store, content);
    QVERIFY(store.hasProvisions());
    const std::optional<Event> minskII = store.eventByUid(QStringLiteral("pax:1364"));
    QVERIFY(minskII);
    QCOMPARE(store.provisionsOf(minskII->id).size(), 10);
    QCOMPARE(store.agreement(minskII->id)->stage, Agreement::Stage::Implementation);
    const QList<Provision> before = store.provisionsOf(minskII->id);
    // The same file again: its provisions are known by their uids, none is added twice.
    ContentImport::run(store, readBytes(CodingFixture, &report));
    QCOMPARE(store.provisionsOf(minskII->id), before);
}

QTEST_MAIN(TstPaxReader)
#include "tst_paxreader.moc"
