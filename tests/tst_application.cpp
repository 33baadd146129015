// SPDX-License-Identifier: GPL-3.0-or-later
// The program's application object: an error thrown inside an event handler is reported and
// the window stays. Runs under entente::Application, as the program does.
#include "application.h"
#include "database.h"
#include "error.h"
#include "eventdetails.h"
#include "eventstore.h"
#include "mainwindow.h"
#include "seedloader.h"
#include "testsupport.h"
#include "timelineview.h"

#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace entente;

namespace {

// A widget whose click runs into a store error, as a slot reading a broken file would.
class FailingWidget final : public QWidget
{
protected:
    void mousePressEvent(QMouseEvent *) override
    {
        throw Error(QStringLiteral("demo.entente: database disk image is malformed"));
    }
};

} // namespace

class TstApplication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EntenteTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_application"));
        isolateSettings();
        QSettings().clear();
    }

    void errorInAnEventHandlerIsReportedNotFatal()
    {
        auto *application = qobject_cast<Application *>(QCoreApplication::instance());
        QVERIFY(application);
        QSignalSpy failed(application, &Application::failed);
        FailingWidget widget;
        widget.resize(100, 100);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));

        QTest::mouseClick(&widget, Qt::LeftButton);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("demo.entente: database disk image is malformed"));
        QVERIFY(widget.isVisible());
        // And again: the application keeps handling events after a failure.
        QTest::mouseClick(&widget, Qt::LeftButton);
        QTRY_COMPARE(failed.size(), 2);
    }

    // A timeline whose sources table has gone (as in a damaged file): selecting an event makes
    // Details read its sources, which fails. The window says so and stays usable.
    void windowShowsAStoreFailureAndStays()
    {
        QTemporaryDir dir;
        auto store = std::make_unique<EventStore>(dir.filePath(QStringLiteral("t.entente")));
        SeedLoader::loadBundled(*store);
        EventStore *raw = store.get();
        MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        raw->database().execute(QStringLiteral("ALTER TABLE sources RENAME TO sources_gone"));

        window.timelineView()->setFocus();
        QTest::keyClick(window.timelineView(), Qt::Key_Home); // selects the first event
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("sources")));
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("sources")));
        QVERIFY(window.isVisible());
        QVERIFY(window.timelineView()->selectedEventId() > 0);
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    Application application(argc, argv);
    TstApplication test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_application.moc"
