// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: TimelineJS 3 and 2 JSON imported (FuzzTargets::importFile).
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    entente::FuzzTargets::importFile(entente::ImportFormat::TimelineJs,
                                     QByteArrayView(data, qsizetype(size)));
    return 0;
}
