// SPDX-License-Identifier: GPL-3.0-or-later
#include "levelcolours.h"

#include <QCoreApplication>

namespace entente {

namespace {

// The translator's context of this file's texts: lupdate reads it here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(entente::LevelColours)
};

} // namespace

QColor LevelColours::of(ImplementationLevel level)
{
    switch (level) {
    case ImplementationLevel::NotInitiated:
        return QColor(0xa8, 0xa8, 0xa8);
    case ImplementationLevel::Minimal:
        return QColor(0xf5, 0xb8, 0x5a);
    case ImplementationLevel::Intermediate:
        return QColor(0xe6, 0x7e, 0x12);
    case ImplementationLevel::Full:
        return QColor(0x2e, 0x9e, 0x4a);
    case ImplementationLevel::Violated:
        return QColor(0xd6, 0x28, 0x28);
    case ImplementationLevel::Lapsed:
        return QColor(0x94, 0x67, 0xbd);
    case ImplementationLevel::NotAssessed: // pale: the absence of a finding, not a finding
        return QColor(0xe2, 0xe2, 0xe2);
    }
    return Qt::gray;
}

QColor LevelColours::textOn(ImplementationLevel level)
{
    return qGray(of(level).rgb()) > 150 ? QColor(Qt::black) : QColor(Qt::white);
}

QList<LevelColours::Part> LevelColours::partsOf(const AgreementTally::Summary &summary)
{
    return {
        {summary.full, ImplementationLevel::Full, Texts::tr("%n full", nullptr, summary.full)},
        {summary.partial, ImplementationLevel::Intermediate,
         Texts::tr("%n partial", nullptr, summary.partial)},
        {summary.none, ImplementationLevel::NotInitiated,
         Texts::tr("%n none", nullptr, summary.none)},
        {summary.violated, ImplementationLevel::Violated,
         Texts::tr("%n violated", nullptr, summary.violated)},
        {summary.lapsed, ImplementationLevel::Lapsed,
         Texts::tr("%n lapsed", nullptr, summary.lapsed)},
        {summary.unknown, ImplementationLevel::NotAssessed,
         Texts::tr("%n not assessed", nullptr, summary.unknown)},
    };
}

QString LevelColours::inWords(const AgreementTally::Summary &summary)
{
    QStringList words;
    for (const Part &part : partsOf(summary)) {
        if (part.count > 0) {
            words.append(part.words);
        }
    }
    return words.join(QStringLiteral(" · "));
}

} // namespace entente
