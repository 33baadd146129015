// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

// Types `text` into the focused field as a keyboard would, one character a key, Cyrillic too:
// QTest::keyClicks knows the keys of ASCII characters only.
inline void typeText(QWidget *field, const QString &text)
{
    for (const QChar character : text) {
        for (const QEvent::Type type : {QEvent::KeyPress, QEvent::KeyRelease}) {
            QKeyEvent key(type, Qt::Key_unknown, Qt::NoModifier, QString(character));
            QCoreApplication::sendEvent(field, &key);
        }
    }
}
