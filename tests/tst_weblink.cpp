// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "weblink.h"

using namespace entente;

class TstWebLink : public QObject
{
    Q_OBJECT

private slots:
    void onlyWebAndMailAddressesOpen_data();
    void onlyWebAndMailAddressesOpen();
};

void TstWebLink::onlyWebAndMailAddressesOpen_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("opens");
    QTest::newRow("https") << QStringLiteral(
                                  "https://www.osce.org/files/f/documents/5/b/140221.pdf")
                           << true;
    QTest::newRow("http") << QStringLiteral("http://example.org/news?id=1") << true;
    QTest::newRow("scheme in capitals") << QStringLiteral("HTTPS://EXAMPLE.ORG/") << true;
    QTest::newRow("mailto") << QStringLiteral("mailto:press@example.org") << true;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("windows share") << QStringLiteral("file://server/share/run.exe") << false;
    QTest::newRow("smb") << QStringLiteral("smb://server/share") << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>x</script>") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org/file") << false;
    QTest::newRow("custom scheme") << QStringLiteral("ms-settings:privacy") << false;
    QTest::newRow("no scheme") << QStringLiteral("example.org/page") << false;
    QTest::newRow("https without host") << QStringLiteral("https:///etc/passwd") << false;
    QTest::newRow("empty mailto") << QStringLiteral("mailto:") << false;
    QTest::newRow("empty") << QString() << false;
}

void TstWebLink::onlyWebAndMailAddressesOpen()
{
    QFETCH(QString, address);
    QFETCH(bool, opens);
    QCOMPARE(WebLink::canOpen(QUrl(address)), opens);
}

QTEST_GUILESS_MAIN(TstWebLink)
#include "tst_weblink.moc"
