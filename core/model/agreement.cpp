// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement.h"

#include "enumnames.h"

namespace entente {

namespace {
constexpr EnumName<Agreement::Stage> StageNames[] = {
    {Agreement::Stage::None, ""},
    {Agreement::Stage::PreNegotiation, "pre-negotiation"},
    {Agreement::Stage::Ceasefire, "ceasefire"},
    {Agreement::Stage::Framework, "framework"},
    {Agreement::Stage::Implementation, "implementation"},
    {Agreement::Stage::Renegotiation, "renegotiation"},
};
constexpr EnumName<Agreement::End> EndNames[] = {
    {Agreement::End::None, ""},
    {Agreement::End::Superseded, "superseded"},
    {Agreement::End::Denounced, "denounced"},
    {Agreement::End::Lapsed, "lapsed"},
};
} // namespace

QString Agreement::stageName(Stage stage)
{
    return nameOf(StageNames, stage);
}

bool Agreement::stageFromName(const QString &name, Stage *stage)
{
    return valueOf(StageNames, name, stage);
}

QString Agreement::endName(End end)
{
    return nameOf(EndNames, end);
}

bool Agreement::endFromName(const QString &name, End *end)
{
    return valueOf(EndNames, name, end);
}

} // namespace entente
