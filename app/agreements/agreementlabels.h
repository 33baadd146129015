// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement.h"
#include "implementationlevel.h"
#include "provision.h"
#include "provisionlink.h"

#include <QCoreApplication>
#include <QList>

namespace entente {

// What the window calls the values of an agreement: its stage, its end and how an event is
// linked to a provision ("Framework", "Violates"), and each list of values (with topics and
// levels, whose names core gives: provisionTopicLabel, implementationLevelLabel) in the order
// menus offer it.
class AgreementLabels final
{
    Q_DECLARE_TR_FUNCTIONS(entente::AgreementLabels)

public:
    static QString stage(Agreement::Stage stage);
    static QString end(Agreement::End end);
    static QString linkType(ProvisionLink::Type type);

    static QList<Agreement::Stage> stages(); // None first
    static QList<Agreement::End> ends();     // None first
    static QList<ProvisionTopic> topics();
    static QList<ImplementationLevel> levels();
    static QList<ProvisionLink::Type> linkTypes();

    // "point 3", or the start of its summary when it has no number.
    static QString provisionName(const Provision &provision);
};

} // namespace entente
