// SPDX-License-Identifier: GPL-3.0-or-later
#include "wholefilereader.h"

#include "error.h"

#include <QIODevice>

namespace entente {

QByteArray WholeFileReader::readAllOf(QIODevice &device, const QString &fileName)
{
    const auto tooLarge = [&] {
        return Error(tr("%1 is larger than %L2 MB; files of this format are read whole, and "
                        "Entente reads them up to that size. Nothing was imported.")
                         .arg(fileName)
                         .arg(MaxBytes >> 20));
    };
    if (!device.isSequential()) {
        if (device.size() - device.pos() > MaxBytes) {
            throw tooLarge(); // said before a byte is read
        }
        return device.readAll();
    }
    QByteArray bytes; // a pipe says its size only by its end
    while (!device.atEnd() || device.waitForReadyRead(-1)) {
        bytes += device.read(1 << 20);
        if (bytes.size() > MaxBytes) {
            throw tooLarge();
        }
    }
    return bytes;
}

} // namespace entente
