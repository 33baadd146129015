// SPDX-License-Identifier: GPL-3.0-or-later
#include "levelcolours.h"

#include <QCoreApplication>

namespace entente {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("entente::LevelColours", text, nullptr, n);
}

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
        {summary.full, ImplementationLevel::Full, tr("%n full", summary.full)},
        {summary.partial, ImplementationLevel::Intermediate, tr("%n partial", summary.partial)},
        {summary.none, ImplementationLevel::NotInitiated, tr("%n none", summary.none)},
        {summary.violated, ImplementationLevel::Violated, tr("%n violated", summary.violated)},
        {summary.lapsed, ImplementationLevel::Lapsed, tr("%n lapsed", summary.lapsed)},
        {summary.unknown, ImplementationLevel::NotAssessed, tr("%n not assessed", summary.unknown)},
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
