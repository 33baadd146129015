// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>

#include "plainmessage.h"

using namespace entente;

// Messages quote files and their values; markup in them is shown, never run.
class TstPlainMessage : public QObject
{
    Q_OBJECT

private slots:
    void markupInAMessageIsShownAsWritten();
};

void TstPlainMessage::markupInAMessageIsShownAsWritten()
{
    const QString text = QStringLiteral(
        "a.csv:3: title: “<b>Minsk</b> <img src=\"file:///etc/x.png\">” is too long");
    QString shown;
    Qt::TextFormat format = Qt::AutoText;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        format = box->textFormat();
        // What the label in the box displays, as plain text.
        for (const QLabel *label : box->findChildren<QLabel *>()) {
            if (label->text() == text) {
                shown = label->text();
            }
        }
        box->accept();
    });
    PlainMessage::warning(nullptr, QStringLiteral("Import failed"), text);
    QCOMPARE(format, Qt::PlainText);
    QCOMPARE(shown, text);
}

QTEST_MAIN(TstPlainMessage)
#include "tst_plainmessage.moc"
