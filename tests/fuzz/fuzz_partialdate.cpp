// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: partial dates as typed and as files write them (FuzzTargets::partialDate).
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    entente::FuzzTargets::partialDate(QByteArrayView(data, qsizetype(size)));
    return 0;
}
