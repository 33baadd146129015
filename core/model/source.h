// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partialdate.h"

#include <QString>

namespace entente {

// Where a fact comes from: one citation, with the sentence quoted from the document.
struct Source
{
    qint64 id = 0;
    QString outlet;
    QString title;
    QString url;
    PartialDate published;
    QString quote;

    // A title that ends a sentence ("… with Putin.") is its own separator in a citation: no
    // comma follows it.
    bool titleEndsSentence() const
    {
        const QString trimmed = title.trimmed();
        return !trimmed.isEmpty() && QStringLiteral(".!?…").contains(trimmed.back());
    }

    friend bool operator==(const Source &, const Source &) = default;
};

} // namespace entente
