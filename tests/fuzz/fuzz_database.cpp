// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a timeline file opened for viewing (FuzzTargets::database).
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    entente::FuzzTargets::database(QByteArrayView(data, qsizetype(size)));
    return 0;
}
