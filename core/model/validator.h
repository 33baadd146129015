// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "actorgroup.h"
#include "actorrole.h"
#include "agreement.h"
#include "era.h"
#include "event.h"
#include "levelassessment.h"
#include "provision.h"
#include "provisionlink.h"
#include "relation.h"
#include "source.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace entente {

// The rules a value must meet before it is stored, the same for the editor, the seed loader,
// the importers and the store itself (which refuses what breaks them). Each problem names the
// field it is about, so that an editor can show it beside that field.
class Validator final
{
    Q_DECLARE_TR_FUNCTIONS(entente::Validator)

public:
    struct Problem
    {
        QString field;   // "title", "start", "end", "url", ...; in a source list "sources"
        QString message; // a sentence that says why, to show on its own

        friend bool operator==(const Problem &, const Problem &) = default;
    };

    // What an event's attributes may hold: short names, values of a bounded length (they are
    // what a dataset said in one field, not documents).
    static constexpr int MaxAttributeNameLength = 100;
    static constexpr int MaxAttributeValueLength = 10000;
    // Bounds on what one field or list of a value may hold, far above what a person or a
    // dataset writes: a hostile or broken file's gigantic field is refused with the field
    // named, instead of filling memory and the timeline.
    static constexpr qsizetype MaxNameLength = 1000;    // titles, names, categories, tags, roles
    static constexpr qsizetype MaxTextLength = 1000000; // descriptions, quotes, notes
    static constexpr qsizetype MaxUrlLength = 8192;
    static constexpr qsizetype MaxListLength = 10000; // tags, actors, sources, aliases

    static QList<Problem> check(const Event &event);
    static QList<Problem> check(const Source &source);
    static QList<Problem> check(const Actor &actor);
    static QList<Problem> check(const Era &era);
    static QList<Problem> check(const Relation &relation);
    // Agreements (issue 15): a provision's summary is a name, its text a description.
    static QList<Problem> check(const Provision &provision);
    static QList<Problem> check(const ProvisionLink &link);
    static QList<Problem> check(const LevelAssessment &assessment);
    static QList<Problem> check(const Agreement &agreement);
    static QList<Problem> check(const ActorRole &role);
    static QList<Problem> check(const ActorGroup &group);
    // A date as typed into `field`: empty is allowed (no date), else it must parse.
    static QList<Problem> checkDateText(const QString &field, const QString &text);

    // Whether a link may be opened from Entente: http, https or mailto.
    static bool isOpenableUrl(const QString &url);
    // "field “end”: the end is before the start" for each problem, one per line: what an
    // error message says when a value is refused outside an editor.
    static QString describe(const QList<Problem> &problems);

private:
    static QList<Problem> checkAttributes(const Attributes &attributes);
    static void checkDeadline(QList<Problem> *problems, const Provision::Deadline &deadline);
    static bool isColour(const QString &colour);
    static void checkColour(QList<Problem> *problems, const QString &colour); // "" is none
};

} // namespace entente
