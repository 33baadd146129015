// SPDX-License-Identifier: GPL-3.0-or-later
// The stored names of issue 15's enums (enumnames.h): each value has its own name, which reads
// back as that value, and the names are those the schema's CHECKs and Entente JSON use.
#include <QTest>

#include "actorrole.h"
#include "agreement.h"
#include "implementationlevel.h"
#include "provisionlink.h"
#include "provisiontopic.h"

#include <QSet>

using namespace entente;

class TstEnumNames : public QObject
{
    Q_OBJECT

private slots:
    void namesReadBackAsTheirValues();
    void unknownNamesAreRefused();
};

namespace {

// The names of the values 0 … count-1, checked to read back as themselves.
template <typename Enum>
QStringList roundTrip(int count, QString (*nameOf)(Enum), bool (*fromName)(const QString &, Enum *))
{
    QStringList names;
    for (int i = 0; i < count; ++i) {
        const QString name = nameOf(Enum(i));
        Enum back{};
        if (!fromName(name, &back) || back != Enum(i)) {
            return {QStringLiteral("“%1” does not read back as value %2").arg(name).arg(i)};
        }
        names.append(name);
    }
    return names;
}

} // namespace

void TstEnumNames::namesReadBackAsTheirValues()
{
    QCOMPARE(roundTrip(13, &provisionTopicName, &provisionTopicFromName),
             (QStringList{QStringLiteral("ceasefire"), QStringLiteral("withdrawal-disarmament"),
                          QStringLiteral("monitoring-verification"),
                          QStringLiteral("prisoners-detainees"), QStringLiteral("amnesty"),
                          QStringLiteral("humanitarian-access"), QStringLiteral("elections"),
                          QStringLiteral("constitutional-reform"), QStringLiteral("borders"),
                          QStringLiteral("security-guarantees"), QStringLiteral("economic-social"),
                          QStringLiteral("implementation-mechanism"), QStringLiteral("other")}));
    QCOMPARE(roundTrip(6, &implementationLevelName, &implementationLevelFromName),
             (QStringList{QStringLiteral("not-initiated"), QStringLiteral("minimal"),
                          QStringLiteral("intermediate"), QStringLiteral("full"),
                          QStringLiteral("violated"), QStringLiteral("lapsed")}));
    QCOMPARE(roundTrip(3, &ProvisionLink::typeName, &ProvisionLink::typeFromName),
             (QStringList{QStringLiteral("implements"), QStringLiteral("violates"),
                          QStringLiteral("refers-to")}));
    QCOMPARE(roundTrip(6, &Agreement::stageName, &Agreement::stageFromName),
             (QStringList{QStringLiteral(""), QStringLiteral("pre-negotiation"),
                          QStringLiteral("ceasefire"), QStringLiteral("framework"),
                          QStringLiteral("implementation"), QStringLiteral("renegotiation")}));
    QCOMPARE(roundTrip(4, &Agreement::endName, &Agreement::endFromName),
             (QStringList{QStringLiteral(""), QStringLiteral("superseded"),
                          QStringLiteral("denounced"), QStringLiteral("lapsed")}));
    QCOMPARE(roundTrip(3, &ActorRole::seatName, &ActorRole::seatFromName),
             (QStringList{QStringLiteral("at-table"), QStringLiteral("absent"),
                          QStringLiteral("none")}));
}

void TstEnumNames::unknownNamesAreRefused()
{
    ProvisionTopic topic = ProvisionTopic::Borders;
    QVERIFY(!provisionTopicFromName(QStringLiteral("Ceasefire"), &topic)); // case counts
    QCOMPARE(topic, ProvisionTopic::Borders);                              // left alone
    ImplementationLevel level = ImplementationLevel::Full;
    QVERIFY(!implementationLevelFromName(QStringLiteral("partial"), &level));
    ActorRole::Seat seat = ActorRole::Seat::Absent;
    QVERIFY(!ActorRole::seatFromName(QString(), &seat));
}

QTEST_GUILESS_MAIN(TstEnumNames)
#include "tst_enumnames.moc"
