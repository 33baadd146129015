// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

#include "answerbox.h"
#include "eventdetails.h"
#include "eventstore.h"
#include "linkopener.h"
#include "testsupport.h"

using namespace entente;

// Stands in for the system's browser and file manager: records what it was asked to open.
class Opened : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TstLinkOpener : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init() { m_opened.urls.clear(); }
    void webAddressOpensAfterTheUserSeesIt();
    void cancelOpensNothing();
    void otherSchemesAreNeverOpened_data();
    void otherSchemesAreNeverOpened();
    void detailsPaneOpensSourceLinksOnlyThroughTheOpener();

private:
    // Answers the next message box with `button` (its text), keeping what it said.
    void answerNextBox(const QString &button);

    Opened m_opened;
    QString m_boxText;
};

void TstLinkOpener::initTestCase()
{
    for (const char *scheme : {"http", "https", "mailto", "file", "smb", "javascript"}) {
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_opened, "open");
    }
}

void TstLinkOpener::cleanupTestCase()
{
    for (const char *scheme : {"http", "https", "mailto", "file", "smb", "javascript"}) {
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }
}

void TstLinkOpener::answerNextBox(const QString &button)
{
    ::answerNextBox(this, button, &m_boxText);
}

void TstLinkOpener::webAddressOpensAfterTheUserSeesIt()
{
    const QUrl url(QStringLiteral("https://www.un.org/press/en/2015/sc11785.doc.htm"));
    answerNextBox(QStringLiteral("Open"));
    QVERIFY(LinkOpener::open(nullptr, url));
    QVERIFY2(m_boxText.contains(url.toDisplayString()), qPrintable(m_boxText));
    QCOMPARE(m_opened.urls, QList<QUrl>{url});
}

void TstLinkOpener::cancelOpensNothing()
{
    answerNextBox(QStringLiteral("Cancel"));
    QVERIFY(!LinkOpener::open(nullptr, QUrl(QStringLiteral("https://example.org/"))));
    QVERIFY(m_opened.urls.isEmpty());
}

void TstLinkOpener::otherSchemesAreNeverOpened_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("smb") << QStringLiteral("smb://server/share/run.exe");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
}

void TstLinkOpener::otherSchemesAreNeverOpened()
{
    QFETCH(QString, address);
    answerNextBox(QStringLiteral("OK"));
    QVERIFY(!LinkOpener::open(nullptr, QUrl(address)));
    QVERIFY2(m_boxText.contains(QStringLiteral("was not opened")), qPrintable(m_boxText));
    QVERIFY2(m_boxText.contains(QUrl(address).toDisplayString()), qPrintable(m_boxText));
    QVERIFY(m_opened.urls.isEmpty());
}

void TstLinkOpener::detailsPaneOpensSourceLinksOnlyThroughTheOpener()
{
    QTemporaryDir dir;
    EventStore store(dir.filePath(QStringLiteral("t.entente")));
    Source source;
    source.outlet = QStringLiteral("<b>Bold</b> News");
    source.title = QStringLiteral("Report");
    source.url = QStringLiteral("https://example.org/report");
    Event event;
    event.title = QStringLiteral("Talks");
    event.start = PartialDate::day(2025, 2, 18);
    event.sourceIds = {store.addSource(source)};
    const qint64 id = store.addEvent(event);
    // The editor refuses such an address; a file written elsewhere may hold it all the same.
    const QString hostile = QStringLiteral("file:///etc/passwd");
    store.database().execute(QStringLiteral("UPDATE sources SET url = '%1'").arg(hostile));
    EventDetails details;
    details.setStore(&store);
    details.displayEvent(id);
    auto *browser = details.findChild<QTextBrowser *>();
    QVERIFY(browser);
    // The outlet's markup is text, not bold.
    QVERIFY2(details.plainText().contains(QStringLiteral("<b>Bold</b> News")),
             qPrintable(details.plainText()));
    const QString shown = browser->toHtml();
    answerNextBox(QStringLiteral("OK"));
    QVERIFY2(shown.contains(hostile), qPrintable(shown));
    emit browser->anchorClicked(QUrl(hostile));
    QVERIFY2(m_boxText.contains(QStringLiteral("was not opened")), qPrintable(m_boxText));
    QVERIFY(m_opened.urls.isEmpty());
    QCOMPARE(browser->toHtml(), shown); // the pane did not follow the link either
}

QTEST_MAIN(TstLinkOpener)
#include "tst_linkopener.moc"
