// SPDX-License-Identifier: GPL-3.0-or-later
// A small agreement in a store, for the tests of what is shown of agreements: five provisions
// whose levels, today, are one of each kind the marker counts. Header-only.
#pragma once

#include "eventstore.h"

namespace entente {

struct AgreementFixture
{
    qint64 source = 0;
    qint64 agreement = 0;                                          // "Minsk II", 12 February 2015
    qint64 withdrawal = 0, confirmed = 0, invasion = 0, talks = 0; // the linked events
    // Violated (the invasion), intermediate (two implementing events), full (by hand, October
    // 2015), lapsed (due in 2015), not initiated (a refers-to link changes nothing).
    qint64 ceasefire = 0, weapons = 0, prisoners = 0, elections = 0, reform = 0;

    explicit AgreementFixture(EventStore &store)
    {
        const qint64 ukraine =
            store.addActor({0, QStringLiteral("Ukraine"), {}, Actor::Type::State, 0, {}});
        source = store.addSource({0,
                                  QStringLiteral("OSCE"),
                                  QStringLiteral("Daily report"),
                                  QStringLiteral("https://example.org/osce"),
                                  {},
                                  {}});
        agreement = addEvent(store, QStringLiteral("Minsk II signed"),
                             PartialDate::day(2015, 2, 12), QStringLiteral("agreement"), ukraine);
        withdrawal = addEvent(store, QStringLiteral("Heavy weapons pulled back"),
                              PartialDate::day(2015, 2, 20), {}, ukraine);
        confirmed = addEvent(store, QStringLiteral("OSCE confirms the withdrawal"),
                             PartialDate::day(2015, 3, 10), {}, ukraine);
        invasion = addEvent(store, QStringLiteral("Full-scale invasion"),
                            PartialDate::day(2022, 2, 24), {}, ukraine);
        talks = addEvent(store, QStringLiteral("Talks on the special status"),
                         PartialDate::month(2016, 6), {}, ukraine);
        store.addAgreement({agreement, Agreement::Stage::Implementation,
                            QStringLiteral("Ukraine peace process"), Agreement::End::None, 0});
        ceasefire = addProvision(store, 0, QStringLiteral("Immediate ceasefire"),
                                 ProvisionTopic::Ceasefire);
        weapons = addProvision(store, 1, QStringLiteral("Withdrawal of heavy weapons"),
                               ProvisionTopic::WithdrawalAndDisarmament);
        prisoners = addProvision(store, 2, QStringLiteral("Release of hostages"),
                                 ProvisionTopic::PrisonersAndDetainees);
        elections = addProvision(store, 3, QStringLiteral("Local elections"),
                                 ProvisionTopic::Elections, PartialDate::year(2015));
        reform = addProvision(store, 4, QStringLiteral("Constitutional reform"),
                              ProvisionTopic::ConstitutionalReform);
        store.addProvisionLink({0, ceasefire, invasion, ProvisionLink::Type::Violates, source, {}});
        store.addProvisionLink({0, weapons, confirmed, ProvisionLink::Type::Implements, source,
                                QStringLiteral("Monitors saw the sites")});
        store.addProvisionLink({0, weapons, withdrawal, ProvisionLink::Type::Implements, 0, {}});
        store.addProvisionLink({0, reform, talks, ProvisionLink::Type::RefersTo, 0, {}});
        store.addAssessment({0, prisoners, PartialDate::month(2015, 10), ImplementationLevel::Full,
                             source, QStringLiteral("All exchanged")});
    }

private:
    static qint64 addEvent(EventStore &store, const QString &title, const PartialDate &date,
                           const QString &category, qint64 actor)
    {
        Event event;
        event.title = title;
        event.start = date;
        event.category = category;
        event.importance = 4;
        event.actors = {{actor, QStringLiteral("party")}};
        return store.addEvent(event);
    }

    qint64 addProvision(EventStore &store, int position, const QString &summary,
                        ProvisionTopic topic, const PartialDate &deadline = {}) const
    {
        Provision provision;
        provision.agreementId = agreement;
        provision.number = QString::number(position + 1);
        provision.position = position;
        provision.summary = summary;
        provision.topic = topic;
        provision.deadline.date = deadline;
        return store.addProvision(provision);
    }
};

} // namespace entente
