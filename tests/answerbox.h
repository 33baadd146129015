// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

// Answers the next message box with the button whose text (without its &) is `button`, once
// it is open, keeping its text in *text; the box must show that text as plain text, since
// what it names comes from files.
inline void answerNextBox(QObject *context, const QString &button, QString *text)
{
    text->clear();
    QTimer::singleShot(0, context, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        *text = box->text();
        QCOMPARE(box->textFormat(), Qt::PlainText);
        for (QAbstractButton *candidate : box->buttons()) {
            if (candidate->text().remove(QLatin1Char('&')) == button) {
                candidate->click();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no button %1").arg(button)));
    });
}
