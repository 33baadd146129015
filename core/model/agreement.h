// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace entente {

// What an agreement event carries beyond an event: its stage in PA-X's terms, the peace process
// it belongs to, and how it ended, if it has (the ending is an event of its own). Its id is
// the agreement event's id; an agreement without this row is at no stage, in no process.
struct Agreement
{
    // PA-X's stages: "pre-negotiation", "ceasefire", "framework" (framework/substantive),
    // "implementation", "renegotiation"; None: not said.
    enum class Stage { None, PreNegotiation, Ceasefire, Framework, Implementation, Renegotiation };
    // "superseded", "denounced", "lapsed"; None: in force, or not said.
    enum class End { None, Superseded, Denounced, Lapsed };

    qint64 id = 0; // the agreement event's id
    Stage stage = Stage::None;
    QString process; // the peace process, e.g. PA-X's "Ukraine peace process"
    End end = End::None;
    qint64 endEventId = 0; // the event that ended it (0: none named)

    static QString stageName(Stage stage);
    static bool stageFromName(const QString &name, Stage *stage);
    static QString endName(End end);
    static bool endFromName(const QString &name, End *end);

    friend bool operator==(const Agreement &, const Agreement &) = default;
};

} // namespace entente
